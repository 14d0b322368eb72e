/**
 * The real seed note (../shared/seed), when present: the verdicts issue 3 names.
 * Skipped on a machine without ../shared (npm test must pass without it).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { scanNote } from "../../src/core/scan/scan-note";
import { resolveHeadingPath } from "../../src/core/resolve/heading-path";
import { findToc } from "../../src/core/toc/find-toc";
import { compareToc } from "../../src/core/toc/compare-toc";

const SEED = fileURLToPath(new URL("../../../shared/seed/Docker-파트-기초.md", import.meta.url));
const present = existsSync(SEED);

describe.skipIf(!present)("the real seed note", () => {
	const text = present ? readFileSync(SEED, "utf8") : "";
	const path = "Docker-파트-기초.md";

	it("has exactly 11 link-unparsed (9 TOC, 2 images) and 2 image-missing, nothing else", async () => {
		const checker = new Checker(new MemoryVault({ [path]: text }), DEFAULT_CHECK_SETTINGS);
		const report = (await checker.checkVault()).notes[0];
		const rules = (report?.diagnostics ?? []).map((d) => d.rule).sort();
		expect(rules).toEqual([...Array<string>(2).fill("image-missing"), ...Array<string>(11).fill("link-unparsed")]);
		const toc = findToc(scanNote(text));
		expect(toc?.entries.length).toBe(10);
		expect(toc && compareToc(scanNote(text), toc).stale).toBe(false);
		expect(toc?.style.pathStyle).toBe("parent");
		expect(toc?.style.indentUnit).toBe("\t");
	});

	it("after fix: 0 link-unparsed, every TOC link resolves strictly, the two 문제점 differ", async () => {
		const vault = new MemoryVault({ [path]: text });
		const checker = new Checker(vault, DEFAULT_CHECK_SETTINGS);
		const fixed = await checker.fixNote(path);
		expect(fixed.report.diagnostics.map((d) => d.rule)).toEqual(["image-missing", "image-missing"]);
		const scan = scanNote(fixed.text);
		const toc = findToc(scan);
		const targets = (toc?.entries ?? []).map((e) => (e.link.parsed ? resolveHeadingPath(scan.headings, e.link.subpath).strict : null));
		expect(targets).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		const problems = (toc?.entries ?? []).filter((e) => e.link.text === "문제점").map((e) => e.target);
		expect(new Set(problems).size).toBe(2);
		expect(fixed.text.replace(/%20/g, " ")).toBe(text);
	});
});
