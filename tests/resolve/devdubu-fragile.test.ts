/**
 * The seed author's own vault (read-only, from ../shared; skipped when absent):
 * its TOCs hold heading paths that resolve only in document order (issue 2).
 * Headings and links come from the scanner (`scanNote`); a tiny independent
 * extractor (ATX headings outside fences, `[text](#...)` items) cross-checks it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { OutlineHeading } from "../../src/core/model/scan";
import { scanNote } from "../../src/core/scan/scan-note";
import { qualifiedPath, resolveHeadingPath } from "../../src/core/resolve/heading-path";

const root = fileURLToPath(new URL("../../../shared/corpora/devdubu-blog-partial", import.meta.url));
const present = existsSync(root);

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) return walk(p);
		return p.endsWith(".md") ? [p] : [];
	});
}

function headingsOf(text: string): OutlineHeading[] {
	const out: OutlineHeading[] = [];
	let fence = "";
	for (const [i, line] of text.split(/\r?\n/).entries()) {
		const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
		if (f) {
			const marker = f[1] ?? "";
			if (fence === "") fence = marker;
			else if (marker[0] === fence[0] && marker.length >= fence.length) fence = "";
			continue;
		}
		if (fence !== "") continue;
		const m = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
		if (m) out.push({ level: (m[1] ?? "#").length as OutlineHeading["level"], text: m[2] ?? "", line: i + 1 });
	}
	return out;
}

/** `[text](#...)` destinations, allowing one level of balanced parentheses as CommonMark does. */
function tocLinks(text: string): string[] {
	return [...text.matchAll(/\]\((#(?:[^()\n]|\([^()\n]*\))*)\)/g)].map((m) => m[1] ?? "");
}

describe.skipIf(!present)("devdubu-blog-partial: document-order-only TOC links", () => {
	const rows = present
		? walk(root).flatMap((file) => {
				const scan = scanNote(readFileSync(file, "utf8"));
				const hs = scan.headings;
				return scan.links
					.filter((l) => !l.external && l.path === "" && l.subpath !== "" && !l.subpath.startsWith("#^"))
					.map((l) => ({ file: file.slice(root.length + 1), hs, sub: l.subpath, r: resolveHeadingPath(hs, l.subpath) }));
			})
		: [];

	it("finds 8 fragile paths (ordered only), every other TOC link resolves strictly", () => {
		const fragile = rows.filter((x) => x.r.strict === null && x.r.ordered !== null);
		const missing = rows.filter((x) => x.r.ordered === null);
		expect(rows.length).toBeGreaterThan(100);
		expect(missing.map((x) => x.sub)).toEqual([]);
		expect(fragile.map((x) => `${x.file.split("/").pop() ?? ""} ${x.sub}`).sort()).toEqual(
			[
				"Affinity.md #실습#pod-affinity",
				"Affinity.md #실습#pod-anti-affinity",
				"Docker-Image-Build.md #실습#app",
				"NameSpace.md #실습#discovery",
				"NameSpace.md #실습#extra",
				"Node-Selector.md #node-name#minikube-m02 노드에 team Label 제거",
				"Node-Selector.md #node-name#minikube-m02 노드에 team=key Label 추가",
				"Node-Selector.md #실습#node-selector",
			].sort(),
		);
	});

	it("#실습#pod-affinity: strict null, ordered = the pod-affinity heading, whose parent is the second 실습", () => {
		const row = rows.find((x) => x.sub === "#실습#pod-affinity");
		expect(row).toBeDefined();
		if (!row) return;
		expect(row.r.strict).toBeNull();
		const target = row.hs[row.r.ordered ?? -1];
		expect(target?.text).toBe("pod-affinity");
		const firstPractice = row.hs.findIndex((h) => h.text === "실습");
		expect(firstPractice).toBeLessThan(row.r.ordered ?? -1);
		// the nearest earlier heading one level up is a later 실습, not the first
		const parent = row.hs.slice(0, row.r.ordered ?? 0).reverse().find((h) => h.level < (target?.level ?? 0));
		expect(parent?.text).toBe("실습");
		expect(row.hs.indexOf(parent as (typeof row.hs)[number])).not.toBe(firstPractice);
	});

	it("the independent extractor sees the same headings and links", () => {
		for (const file of walk(root)) {
			const text = readFileSync(file, "utf8");
			const scan = scanNote(text);
			expect(scan.headings.map((h) => [h.level, h.text]), file).toEqual(headingsOf(text).map((h) => [h.level, h.text]));
			const mine = tocLinks(text);
			const scanned = scan.links.filter((l) => l.syntax === "markdown" && l.destination.startsWith("#")).map((l) => l.destination);
			expect(scanned, file).toEqual(mine);
		}
	});

	it("qualifiedPath gives each fragile link a path both readings agree on", () => {
		for (const x of rows.filter((y) => y.r.strict === null && y.r.ordered !== null)) {
			const fixed = qualifiedPath(x.hs, x.r.ordered ?? -1);
			expect(fixed, x.sub).not.toBeNull();
			const again = resolveHeadingPath(x.hs, fixed ?? "");
			expect([again.strict, again.ordered], `${x.sub} -> ${fixed ?? ""}`).toEqual([x.r.ordered, x.r.ordered]);
		}
	});
});
