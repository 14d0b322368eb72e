import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOG } from "../../src/core/compare/catalog";
import { mergeCatalog, parseCatalogExtension, sourceUrl } from "../../src/core/compare/catalog-extend";

describe("DEFAULT_CATALOG", () => {
	it("lists the four models in evolution order", () => {
		expect(DEFAULT_CATALOG.models.map((m) => m.id)).toEqual(["traditional", "virtualized", "container", "kubernetes"]);
	});

	it("has the twelve dimensions the issue asks for", () => {
		expect(DEFAULT_CATALOG.dimensions.map((d) => d.id)).toEqual([
			"unit", "isolation", "shared", "overhead", "performance", "startup", "density", "portability", "scaling", "failure", "solved", "left",
		]);
	});

	it("describes every model on every dimension in both languages, each fact with known sources", () => {
		const sources = new Set(DEFAULT_CATALOG.sources.map((s) => s.id));
		for (const m of DEFAULT_CATALOG.models) {
			expect(m.name.en && m.name.ko).toBeTruthy();
			expect(m.stack.length).toBeGreaterThan(0);
			for (const d of DEFAULT_CATALOG.dimensions) {
				const fact = m.facts[d.id];
				expect(fact, `${m.id}.${d.id}`).toBeDefined();
				expect(fact?.text.en.trim(), `${m.id}.${d.id} en`).not.toBe("");
				expect(fact?.text.ko.trim(), `${m.id}.${d.id} ko`).not.toBe("");
				expect(/[\uac00-\ud7a3]/.test(fact?.text.ko ?? ""), `${m.id}.${d.id} ko is Korean`).toBe(true);
				expect(fact?.sources.length, `${m.id}.${d.id} sources`).toBeGreaterThan(0);
				for (const s of fact?.sources ?? []) expect(sources.has(s), `${m.id}.${d.id} -> ${s}`).toBe(true);
			}
		}
	});

	it("cites the Kubernetes overview's history section in English and Korean, and https sources only", () => {
		const k8s = DEFAULT_CATALOG.sources.find((s) => s.id === "k8s-overview");
		expect(k8s?.title.en).toContain("Going back in time");
		expect(k8s?.title.ko).toContain("여정 돌아보기");
		expect(k8s && sourceUrl(k8s, "en")).toBe("https://kubernetes.io/docs/concepts/overview/#going-back-in-time");
		expect(k8s && sourceUrl(k8s, "ko")).toBe("https://kubernetes.io/ko/docs/concepts/overview/");
		for (const s of DEFAULT_CATALOG.sources) {
			for (const lang of ["en", "ko"] as const) expect(sourceUrl(s, lang)).toMatch(/^https:\/\/[a-z0-9.-]+\//);
		}
	});

	it("is plain JSON data (a user can copy and extend it)", () => {
		expect(JSON.parse(JSON.stringify(DEFAULT_CATALOG))).toEqual(DEFAULT_CATALOG);
	});
});

describe("catalog extensions", () => {
	it("adds a model after another, with its own source", () => {
		const { extension, errors } = parseCatalogExtension({
			sources: [{ id: "mine", title: { en: "My notes", ko: "내 노트" }, url: "https://example.org/notes" }],
			models: [{ id: "serverless", after: "kubernetes", name: { en: "Serverless", ko: "서버리스" }, keywords: ["Serverless", "서버리스"], facts: { unit: { text: { en: "A function", ko: "함수" }, sources: ["mine"] } } }],
		});
		expect(errors).toEqual([]);
		const merged = mergeCatalog(DEFAULT_CATALOG, extension);
		expect(merged.errors).toEqual([]);
		expect(merged.catalog.models.map((m) => m.id)).toEqual(["traditional", "virtualized", "container", "kubernetes", "serverless"]);
		expect(merged.catalog.models[4]?.keywords).toEqual(["serverless", "서버리스"]);
		// The base catalog is untouched.
		expect(DEFAULT_CATALOG.models).toHaveLength(4);
	});

	it("merges facts and keywords into an existing model", () => {
		const { extension } = parseCatalogExtension({ models: [{ id: "container", keywords: ["도커"], facts: { startup: { text: "Seconds", sources: [] } } }] });
		const { catalog } = mergeCatalog(DEFAULT_CATALOG, extension);
		const c = catalog.models.find((m) => m.id === "container");
		expect(c?.keywords).toContain("도커");
		expect(c?.facts["startup"]?.text).toEqual({ en: "Seconds", ko: "Seconds" });
		expect(c?.facts["unit"]).toEqual(DEFAULT_CATALOG.models[2]?.facts["unit"]);
	});

	it("skips invalid entries with reasons instead of throwing", () => {
		expect(parseCatalogExtension(null).errors).toEqual(["The catalog extension must be a JSON object"]);
		expect(parseCatalogExtension([1]).errors).toHaveLength(1);
		const { extension, errors } = parseCatalogExtension({ models: [{}, { id: "x" }, { id: "container", facts: { a: 3 } }], sources: [{ id: "s" }], dimensions: [{ label: "x" }] });
		expect(errors).toEqual(["sources[0]: needs id, title and url", "dimensions[0]: needs id and label", "models[0]: needs an id", "models[2].facts.a: needs text"]);
		const merged = mergeCatalog(DEFAULT_CATALOG, extension);
		expect(merged.errors).toEqual(["model x: a new model needs a name and keywords"]);
		expect(merged.catalog.models).toHaveLength(4);
	});

	it("accepts only web addresses for sources", () => {
		const { extension, errors } = parseCatalogExtension({
			sources: [
				{ id: "js", title: "x", url: "javascript:alert(1)" },
				{ id: "file", title: "x", url: { en: "https://ok.example/", ko: "file:///etc/passwd" } },
				{ id: "ok", title: "x", url: "http://ok.example/page" },
			],
		});
		expect(errors).toEqual(["sources[0]: url must start with https:// or http://", "sources[1]: url must start with https:// or http://"]);
		expect(extension.sources?.map((s) => s.id)).toEqual(["ok"]);
	});

	it("reports facts citing unknown sources", () => {
		const { extension } = parseCatalogExtension({ models: [{ id: "container", facts: { unit: { text: "x", sources: ["nowhere"] } } }] });
		expect(mergeCatalog(DEFAULT_CATALOG, extension).errors).toEqual(["model container, unit: unknown source nowhere"]);
	});
});
