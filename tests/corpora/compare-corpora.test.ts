// @vitest-environment happy-dom
/**
 * The comparison on real notes nobody on the team wrote (issue 5, "Must show"): the
 * seed note and the seed author's container notes. Run from .ci/run only
 * (vitest.corpora.config.ts); skipped when ../shared is absent.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import "../compare/dom-helpers";
import { extractModels, gatherModels, type NoteInput } from "../../src/core/compare/extract";
import { comparisonToMarkdown } from "../../src/core/compare/markdown-table";
import { buildComparison, compareNote, comparisonToJson } from "../../src/core/compare/view-model";
import { scanNote } from "../../src/core/scan/scan-note";
import { matchWatchedTags } from "../../src/core/tags/container";
import { renderComparison } from "../../src/obsidian/compare/render";
import { splitRow, tableLines } from "../compare/table-helpers";

const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared");
const SEED = path.join(SHARED, "seed/Docker-파트-기초.md");
const DEVDUBU = path.join(SHARED, "corpora/devdubu-blog-partial");
const HELP = path.join(SHARED, "corpora/obsidian-help");

function markdownFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string): void => {
		for (const name of readdirSync(d).sort()) {
			const p = path.join(d, name);
			if (statSync(p).isDirectory()) walk(p);
			else if (name.endsWith(".md")) out.push(p);
		}
	};
	walk(dir);
	return out;
}

/** Builds everything the view and the CLI build from one note, and checks the table's shape. */
function buildAll(rel: string, text: string): ReturnType<typeof compareNote> {
	const vm = compareNote({ path: rel, scan: scanNote(text) }, { lang: "ko" });
	const md = comparisonToMarkdown(vm);
	const rows = tableLines(md);
	expect(rows.length, rel).toBe(2 + vm.rows.length);
	for (const r of rows) expect(splitRow(r).length, `${rel}: ${r.slice(0, 80)}`).toBe(1 + vm.columns.length);
	expect(() => JSON.parse(comparisonToJson(vm)) as unknown, rel).not.toThrow();
	const host = document.body.createDiv();
	renderComparison(host, vm, { layout: "table" }).destroy();
	host.remove();
	return vm;
}

describe.skipIf(!existsSync(SEED))("the seed note", () => {
	it("covers the four models with the seed's problems, Hypervisor, chroot and namespace", () => {
		const text = readFileSync(SEED, "utf8");
		const vm = buildAll("Docker-파트-기초.md", text);
		expect(vm.columns.map((c) => [c.modelId, c.heading, c.origin?.line])).toEqual([
			["traditional", "Traditional Deployment", 23],
			["virtualized", "Virtualized Deployment", 31],
			["container", "Container Deployment", 44],
			["kubernetes", "Kubernetes Deployment", 56],
		]);
		const ex = extractModels(scanNote(text), "seed.md");
		expect(ex.sections.map((s) => s.problems?.items.filter((i) => i.kind === "bullet").length ?? null)).toEqual([2, 2, null, null]);
		expect(ex.sections[1]?.subTopics.map((t) => t.heading)).toEqual(["Hypervisor"]);
		const container = ex.sections[2]?.items.map((i) => i.text).join("\n") ?? "";
		expect(container).toContain("chroot");
		expect(container).toContain("namespace");
		expect(vm.rows.find((r) => r.id === "note.problems")?.cells[3]?.placeholder).toBe("이 노트에는 문제점 섹션이 없음");
	});
});

describe.skipIf(!existsSync(DEVDUBU))("the seed author's container notes (devdubu-blog-partial)", () => {
	const files = existsSync(DEVDUBU) ? markdownFiles(DEVDUBU) : [];
	const notes = files.map((f) => ({ rel: path.relative(DEVDUBU, f).split(path.sep).join("/"), text: readFileSync(f, "utf8") }));
	const container = notes.filter((n) => matchWatchedTags(scanNote(n.text).tags, ["Container", "Docker"]).length > 0);

	it("has the 23 notes, all tagged as container notes", () => {
		expect(notes).toHaveLength(23);
		expect(container).toHaveLength(23);
	});

	it("builds the view model, Markdown, JSON and DOM for every note without error", () => {
		const covering: string[] = [];
		for (const n of container) {
			const vm = buildAll(n.rel, n.text);
			if (vm.anyCovered) covering.push(`${n.rel}: ${vm.columns.filter((c) => c.covered).map((c) => c.modelId).join(",")}`);
		}
		// Only the seed note teaches the deployment models; "## Container" in the image note is not one.
		expect(covering).toEqual(["docs/wiki/Container/Docker/Docker_V2/Docker-파트-기초.md: traditional,virtualized,container,kubernetes"]);
	});

	it("gathers the four models from the container notes", () => {
		const inputs: NoteInput[] = container.map((n) => ({ path: n.rel, scan: scanNote(n.text) }));
		const ex = gatherModels(inputs);
		expect(ex.sections.map((s) => s.modelId)).toEqual(["traditional", "virtualized", "container", "kubernetes"]);
		expect(ex.paths).toEqual(["docs/wiki/Container/Docker/Docker_V2/Docker-파트-기초.md"]);
		expect(buildComparison(ex, { lang: "en", gathered: true }).title).toBe("Gathered from 1 container notes");
	});
});

describe.skipIf(!existsSync(HELP))("Obsidian's help vault (no deployment models: a false-positive check)", () => {
	it("builds for every note and finds no deployment model section", () => {
		const found: string[] = [];
		for (const f of markdownFiles(HELP)) {
			const text = readFileSync(f, "utf8");
			const ex = extractModels(scanNote(text), f);
			for (const s of ex.sections) found.push(`${path.relative(HELP, f)}:${s.line} ${s.modelId} "${s.heading}"`);
			expect(() => comparisonToMarkdown(buildComparison(ex, { lang: "en" }))).not.toThrow();
		}
		expect(found).toEqual([]);
	});
});
