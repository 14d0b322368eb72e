/**
 * User extensions of the catalog: extra models (say, "Serverless"), extra
 * dimensions, extra or corrected facts, extra sources. An extension is JSON; it is
 * validated entry by entry (a bad entry is skipped with a reason, never thrown).
 */
import type { Catalog, CatalogDimension, CatalogFact, CatalogModel, CatalogSource, Localized, StackLayerKind, StackRow } from "./catalog-types";

export { sourceUrl } from "./catalog";

/**
 * A model in an extension. For an existing id, every field is optional and
 * merges (facts by dimension, keywords appended); a new id needs `name` and `keywords`.
 * `after` places a new model after the model with that id (default: last).
 */
export interface ModelExtension {
	id: string;
	name?: Localized;
	keywords?: string[];
	stack?: StackRow[];
	facts?: Record<string, CatalogFact>;
	after?: string;
}

/**
 * What a user may add to the catalog.
 *
 * @example
 * const ext: CatalogExtension = {
 *   models: [{ id: "serverless", after: "kubernetes", name: { en: "Serverless", ko: "서버리스" }, keywords: ["serverless", "서버리스"],
 *     facts: { unit: { text: { en: "A function", ko: "함수" }, sources: ["my-notes"] } } }],
 *   sources: [{ id: "my-notes", title: { en: "My notes", ko: "내 노트" }, url: "https://example.org" }],
 * };
 */
export interface CatalogExtension {
	sources?: CatalogSource[];
	dimensions?: CatalogDimension[];
	models?: ModelExtension[];
}

const LAYER_KINDS: readonly StackLayerKind[] = ["hardware", "host-os", "hypervisor", "guest-os", "container-engine", "container", "app", "node", "control-plane"];

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === "object" && v !== null && !Array.isArray(v);
}

function asLocalized(v: unknown): Localized | null {
	if (typeof v === "string" && v.trim() !== "") return { en: v, ko: v };
	if (!isRecord(v)) return null;
	const en = typeof v["en"] === "string" ? v["en"] : null;
	const ko = typeof v["ko"] === "string" ? v["ko"] : null;
	if (en === null && ko === null) return null;
	// One language given: show it in both rather than nothing.
	return { en: en ?? ko ?? "", ko: ko ?? en ?? "" };
}

/**
 * Is this an http(s) address (the only kind a source may link to)?
 *
 * @example
 * isWebUrl("https://kubernetes.io/docs/"); // true
 * isWebUrl("javascript:alert(1)"); // false
 */
export function isWebUrl(url: string): boolean {
	return /^https?:\/\/[^\s/]+/i.test(url.trim());
}

function asId(v: unknown): string | null {
	return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
}

function asFact(v: unknown): CatalogFact | null {
	if (!isRecord(v)) return asLocalized(v) ? { text: asLocalized(v) as Localized, sources: [] } : null;
	const text = asLocalized(v["text"]);
	if (!text) return null;
	const sources = Array.isArray(v["sources"]) ? v["sources"].filter((s): s is string => typeof s === "string") : [];
	return { text, sources };
}

function asStack(v: unknown): StackRow[] | null {
	if (!Array.isArray(v)) return null;
	const rows: StackRow[] = [];
	for (const r of v) {
		if (!isRecord(r) || typeof r["kind"] !== "string" || !LAYER_KINDS.includes(r["kind"] as StackLayerKind)) continue;
		const row: StackRow = { kind: r["kind"] as StackLayerKind };
		if (typeof r["count"] === "number" && Number.isFinite(r["count"])) row.count = Math.max(1, Math.min(8, Math.round(r["count"])));
		const label = asLocalized(r["label"]);
		if (label) row.label = label;
		rows.push(row);
	}
	return rows;
}

/**
 * Validates parsed JSON as a catalog extension. Never throws; invalid entries are
 * dropped and described in `errors`.
 *
 * @example
 * parseCatalogExtension({ models: [{}] }).errors; // ["models[0]: needs an id"]
 * parseCatalogExtension("nope").errors; // ["The catalog extension must be a JSON object"]
 */
export function parseCatalogExtension(json: unknown): { extension: CatalogExtension; errors: string[] } {
	const errors: string[] = [];
	const extension: CatalogExtension = {};
	if (!isRecord(json)) return { extension, errors: ["The catalog extension must be a JSON object"] };
	if (Array.isArray(json["sources"])) {
		extension.sources = [];
		json["sources"].forEach((s, i) => {
			const id = isRecord(s) ? asId(s["id"]) : null;
			const title = isRecord(s) ? asLocalized(s["title"]) : null;
			const url = isRecord(s) ? (typeof s["url"] === "string" ? s["url"] : asLocalized(s["url"])) : null;
			if (!id || !title || !url) errors.push(`sources[${i}]: needs id, title and url`);
			// Sources become links in the view: web addresses only (no javascript:, file:, obsidian: ...).
			else if (![typeof url === "string" ? url : url.en, typeof url === "string" ? url : url.ko].every(isWebUrl)) errors.push(`sources[${i}]: url must start with https:// or http://`);
			else extension.sources?.push({ id, title, url });
		});
	}
	if (Array.isArray(json["dimensions"])) {
		extension.dimensions = [];
		json["dimensions"].forEach((d, i) => {
			const id = isRecord(d) ? asId(d["id"]) : null;
			const label = isRecord(d) ? asLocalized(d["label"]) : null;
			if (!id || !label) errors.push(`dimensions[${i}]: needs id and label`);
			else extension.dimensions?.push({ id, label });
		});
	}
	if (Array.isArray(json["models"])) {
		extension.models = [];
		json["models"].forEach((m, i) => {
			const id = isRecord(m) ? asId(m["id"]) : null;
			if (!isRecord(m) || !id) {
				errors.push(`models[${i}]: needs an id`);
				return;
			}
			const out: ModelExtension = { id };
			const name = asLocalized(m["name"]);
			if (name) out.name = name;
			if (Array.isArray(m["keywords"])) out.keywords = m["keywords"].filter((k): k is string => typeof k === "string" && k.trim() !== "").map((k) => k.trim().toLowerCase());
			const stack = asStack(m["stack"]);
			if (stack) out.stack = stack;
			if (isRecord(m["facts"])) {
				out.facts = {};
				for (const [dim, f] of Object.entries(m["facts"])) {
					const fact = asFact(f);
					if (fact) out.facts[dim] = fact;
					else errors.push(`models[${i}].facts.${dim}: needs text`);
				}
			}
			const after = asId(m["after"]);
			if (after) out.after = after;
			extension.models?.push(out);
		});
	}
	return { extension, errors };
}

/**
 * Returns a new catalog: `base` with `extension` merged in (base is not modified).
 *
 * @example
 * const { catalog, errors } = mergeCatalog(DEFAULT_CATALOG, { models: [{ id: "container", keywords: ["도커"] }] });
 * catalog.models[2]?.keywords.includes("도커"); // true
 */
export function mergeCatalog(base: Catalog, extension: CatalogExtension): { catalog: Catalog; errors: string[] } {
	const errors: string[] = [];
	const sources = base.sources.map((s) => ({ ...s }));
	for (const s of extension.sources ?? []) {
		const i = sources.findIndex((x) => x.id === s.id);
		if (i >= 0) sources[i] = s;
		else sources.push(s);
	}
	const dimensions = base.dimensions.map((d) => ({ ...d }));
	for (const d of extension.dimensions ?? []) {
		const i = dimensions.findIndex((x) => x.id === d.id);
		if (i >= 0) dimensions[i] = d;
		else dimensions.push(d);
	}
	const models: CatalogModel[] = base.models.map((m) => ({ ...m, keywords: [...m.keywords], stack: [...m.stack], facts: { ...m.facts } }));
	for (const m of extension.models ?? []) {
		const existing = models.find((x) => x.id === m.id);
		if (existing) {
			if (m.name) existing.name = m.name;
			if (m.keywords) existing.keywords.push(...m.keywords.filter((k) => !existing.keywords.includes(k)));
			if (m.stack) existing.stack = m.stack;
			if (m.facts) Object.assign(existing.facts, m.facts);
			continue;
		}
		if (!m.name || !m.keywords || m.keywords.length === 0) {
			errors.push(`model ${m.id}: a new model needs a name and keywords`);
			continue;
		}
		const model: CatalogModel = { id: m.id, name: m.name, keywords: m.keywords, stack: m.stack ?? [], facts: m.facts ?? {} };
		const at = m.after === undefined ? -1 : models.findIndex((x) => x.id === m.after);
		if (at >= 0) models.splice(at + 1, 0, model);
		else models.push(model);
	}
	const known = new Set(sources.map((s) => s.id));
	for (const m of models) {
		for (const [dim, fact] of Object.entries(m.facts)) {
			for (const s of fact.sources) if (!known.has(s)) errors.push(`model ${m.id}, ${dim}: unknown source ${s}`);
		}
	}
	return { catalog: { version: 1, sources, dimensions, models, layerLabels: { ...base.layerLabels } }, errors };
}
