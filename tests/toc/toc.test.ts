import { describe, expect, it } from "vitest";
import { scanNote } from "../../src/core/scan/scan-note";
import { findToc } from "../../src/core/toc/find-toc";
import { generateToc } from "../../src/core/toc/generate-toc";
import { compareToc } from "../../src/core/toc/compare-toc";
import { insertTocFix, tocFix, writableStyle } from "../../src/core/toc/toc-fix";
import { applyEdits } from "../../src/core/fix/apply";
import { resolveHeadingPath } from "../../src/core/resolve/heading-path";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { SEED_LIKE } from "../check/seed-structure";

const settings = DEFAULT_CHECK_SETTINGS;

function tocText(text: string): string {
	const scan = scanNote(text);
	const toc = findToc(scan);
	return toc ? text.slice(toc.span.start.offset, toc.span.end.offset) : "";
}

describe("findToc on the seed's structure", () => {
	const scan = scanNote(SEED_LIKE);
	const toc = findToc(scan);

	it("finds the leading TOC and reads its style", () => {
		expect(toc?.entries.length).toBe(10);
		expect(toc?.hostHeading).toBeNull();
		expect(toc?.style).toMatchObject({
			indentUnit: "\t",
			marker: "-",
			linkKind: "markdown",
			pathStyle: "parent",
			encoding: "raw",
			minLevel: 1,
			maxLevel: 4,
			depthMode: "tree",
			lineEnding: "\n",
		});
		expect(toc?.entries.map((e) => e.depth)).toEqual([0, 1, 2, 3, 2, 3, 3, 2, 2, 1]);
	});

	it("is not stale: unparsed but correct", () => {
		expect(toc && compareToc(scan, toc).stale).toBe(false);
	});

	it("regenerates the same TOC with parseable destinations (immediate parent kept)", () => {
		const style = toc ? writableStyle(toc, settings) : null;
		const generated = style ? generateToc(scan, style, null) : "";
		expect(generated).toBe(tocText(SEED_LIKE).replace(/\(([^)]*)\)/g, (_, d: string) => `(${d.replace(/ /g, "%20")})`));
		const fix = tocFix(scan, settings);
		expect(fix?.safe).toBe(true);
		expect(fix?.edits[0]?.text).toBe(generated);
	});

	it("turns stale when a heading is added, renamed or moved", () => {
		const added = SEED_LIKE.replace("### Kubernetes Deployment", "### Kubernetes Deployment\n#### 장점");
		const addedScan = scanNote(added);
		const addedToc = findToc(addedScan);
		expect(addedToc && compareToc(addedScan, addedToc)).toMatchObject({ stale: true, missing: ["장점"], extra: [] });

		const renamed = SEED_LIKE.replace("#### Hypervisor", "#### 하이퍼바이저");
		const renamedScan = scanNote(renamed);
		const renamedToc = findToc(renamedScan);
		expect(renamedToc && compareToc(renamedScan, renamedToc)).toMatchObject({ stale: true, missing: ["하이퍼바이저"], extra: ["Hypervisor"] });

		const fix = tocFix(renamedScan, settings);
		const applied = fix ? applyEdits(renamed, fix.edits) : null;
		expect(applied?.ok).toBe(true);
		if (applied?.ok) {
			expect(applied.text).toContain("\t\t\t- [하이퍼바이저](#Virtualized%20Deployment#하이퍼바이저)");
			const again = scanNote(applied.text);
			const t = findToc(again);
			expect(t && compareToc(again, t).stale).toBe(false);
		}
	});
});

describe("TOC styles", () => {
	it("keeps wikilinks with aliases under a 목차 heading, and leaves the host heading out", () => {
		const text = "# 도커\n## 목차\n- [[#개요|개요]]\n\n## 개요\n### 설치\n";
		const scan = scanNote(text);
		const toc = findToc(scan);
		expect(toc?.hostHeading).toBe(1);
		expect(toc?.style).toMatchObject({ linkKind: "wiki", wikiAlias: true, minLevel: 2, maxLevel: 2 });
		expect(toc && compareToc(scan, toc).stale).toBe(false);
	});

	it("keeps space indentation, `*` markers, `%20` and full paths", () => {
		const text = [
			"* [A b](#A%20b)",
			"    * [C](#A%20b#C)",
			"        * [D e](#A%20b#C#D%20e)",
			"",
			"# A b",
			"## C",
			"### D e",
			"### F",
			"",
		].join("\n");
		const scan = scanNote(text);
		const toc = findToc(scan);
		expect(toc?.style).toMatchObject({ indentUnit: "    ", marker: "*", pathStyle: "full", encoding: "percent" });
		expect(toc && compareToc(scan, toc)).toMatchObject({ stale: true, missing: ["F"] });
		expect(tocFix(scan, settings)?.edits[0]?.text).toBe(
			["* [A b](#A%20b)", "    * [C](#A%20b#C)", "        * [D e](#A%20b#C#D%20e)", "        * [F](#A%20b#C#F)"].join("\n"),
		);
	});

	it("numbers ordered lists per level and keeps `<...>` destinations", () => {
		const text = "1. [A b](<#A b>)\n2. [C](<#C>)\n\n# A b\n# C\n# D\n";
		const scan = scanNote(text);
		const fix = tocFix(scan, settings);
		expect(fix?.edits[0]?.text).toBe("1. [A b](<#A b>)\n2. [C](#C)\n3. [D](#D)");
	});

	it("qualifies further when the immediate parent is ambiguous", () => {
		const text = ["- [A](#A)", "\t- [X](#A#X)", "\t\t- [문제점](#X#문제점)", "", "# A", "## X", "### 문제점", "# B", "## X", "### 문제점", ""].join("\n");
		const scan = scanNote(text);
		const fix = tocFix(scan, settings);
		const out = fix ? applyEdits(text, fix.edits) : null;
		expect(out?.ok).toBe(true);
		if (!out?.ok) return;
		const again = scanNote(out.text);
		const toc = findToc(again);
		const targets = toc?.entries.map((e) => resolveHeadingPath(again.headings, e.link.subpath).strict);
		expect(targets).toEqual([0, 1, 2, 3, 4, 5]);
		expect(out.text).toContain("\t\t- [문제점](#B#X#문제점)");
		expect(out.text).toContain("\t\t- [문제점](#X#문제점)");
	});

	it("percent-encodes a heading's `%` even in `<...>` style: Obsidian decodes `<#100%20 done>` too", () => {
		const text = "1. [A](<#A>)\n2. [B](<#B>)\n\n# A\n# 100%20 done\n";
		expect(tocFix(scanNote(text), settings)?.edits[0]?.text).toBe("1. [A](#A)\n2. [100%20 done](#100%2520%20done)");
	});

	it("keeps a wikilink TOC parseable when a heading ends in `]`: no bracket in the target, a space after the alias", () => {
		const text = "- [[#A|A]]\n- [[#B|B]]\n\n# A\n# [draft] 메모 [2]\n";
		const fix = tocFix(scanNote(text), settings);
		expect(fix?.edits[0]?.text).toBe("- [[#A|A]]\n- [[#draft 메모 2|[draft] 메모 [2] ]]");
		const out = fix ? applyEdits(text, fix.edits) : null;
		const after = out?.ok ? scanNote(out.text) : null;
		expect(after?.links.map((l) => [l.linktext, l.text])).toEqual([["#A", "A"], ["#draft 메모 2", "[draft] 메모 [2] "]]);
		expect(after && resolveHeadingPath(after.headings, after.links[1]?.subpath ?? "").strict).toBe(1);
	});

	it("regenerates a TOC down to one entry (one heading left), and finds that TOC again when headings come back", () => {
		const text = "- [A](#A)\n\t- [B](#A#B)\n\n# A\n";
		const fix = tocFix(scanNote(text), settings);
		expect(fix?.edits[0]?.text).toBe("- [A](#A)");
		const one = applyEdits(text, fix?.edits ?? []);
		expect(one).toEqual({ ok: true, text: "- [A](#A)\n\n# A\n" });
		// A heading added below: the one-entry TOC is stale, and regenerating it replaces it (no second TOC).
		const grown = (one.ok ? one.text : "") + "## C\n";
		expect(tocText(grown)).toBe("- [A](#A)");
		const grownToc = findToc(scanNote(grown));
		expect(grownToc && compareToc(scanNote(grown), grownToc).missing).toEqual(["C"]);
		const regenerated = applyEdits(grown, tocFix(scanNote(grown), settings)?.edits ?? []);
		expect(regenerated).toEqual({ ok: true, text: "- [A](#A)\n\t- [C](#A#C)\n\n# A\n## C\n" });
		// "Insert TOC" on that note regenerates it too, rather than writing a second TOC above it.
		expect(applyEdits(grown, insertTocFix(scanNote(grown), settings).edits)).toEqual(regenerated);
	});

	it("takes one leading link for a TOC only when it is all there is before the first heading, and links to it", () => {
		expect(tocText("---\ntags: [Docker]\n---\n- [A](#A)\n\n# A\n## B\n")).toBe("- [A](#A)");
		// A link to a later heading ("see the summary"), or text beside it: no TOC.
		expect(findToc(scanNote("- [Summary](#Summary)\n\n# Intro\n# Summary\n"))).toBeNull();
		expect(findToc(scanNote("Notes on Docker.\n- [A](#A)\n\n# A\n## B\n"))).toBeNull();
		expect(findToc(scanNote("- [A](#A)\n- see [B](#B)\n\n# A\n# B\n"))).toBeNull();
	});

	it("indents by heading level when the TOC does (the TOC plugin's way)", () => {
		const text = ["- [A](#A)", "\t\t- [C](#A#C)", "", "# A", "### C", "## D", ""].join("\n");
		const scan = scanNote(text);
		const toc = findToc(scan);
		expect(toc?.style.depthMode).toBe("level");
		expect(tocFix(scan, settings)?.edits[0]?.text).toBe("- [A](#A)\n\t\t- [C](#A#C)\n\t- [D](#A#D)");
	});
});

describe("insertTocFix", () => {
	it("inserts after the front matter in the seed's style, keeping CRLF", () => {
		const text = "---\r\nslug: x\r\n---\r\n# 개요\r\n## 컨테이너 기술\r\n";
		const fix = insertTocFix(scanNote(text), settings);
		const out = applyEdits(text, fix.edits);
		expect(out).toEqual({ ok: true, text: "---\r\nslug: x\r\n---\r\n- [개요](#개요)\r\n\t- [컨테이너 기술](#개요#컨테이너%20기술)\r\n\r\n# 개요\r\n## 컨테이너 기술\r\n" });
	});

	it("regenerates instead when a TOC exists, and does nothing without headings", () => {
		expect(insertTocFix(scanNote("본문뿐\n"), settings).edits).toEqual([]);
		const withToc = "- [a](#a)\n- [b](#b)\n\n# a\n# b\n";
		expect(insertTocFix(scanNote(withToc), settings).edits).toEqual([]);
	});
});
