/**
 * Bugs the security tests found, kept as regressions:
 * - a regenerated TOC whose first entry was deeper than its top level started with an
 *   indented line (read as indented code), so every fix run prepended another copy;
 * - applying thousands of safe fixes was quadratic in their number (core and the plugin's "Fix all");
 * - heading suggestions cost headings × broken links × |heading|² (37 s for one 176 KB note).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { applySafeFixes } from "../../src/core/fix/apply";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { grayMatterParser } from "../../src/cli/frontmatter";
import { selectSafeEdits } from "../../src/obsidian/fixes";
import { noteArbitrary, VAULT_FILES } from "./note-arbitrary";

const SETTINGS = { ...DEFAULT_CHECK_SETTINGS, scope: "all" as const };

describe("TOC regeneration is idempotent", () => {
	it("does not start the TOC with an indented entry (minimal repro)", async () => {
		const text = "- [B](#B)\n\t\t- [C](#B#C)\n\n### C\n# B\n### C\n";
		const checker = new Checker(new MemoryVault({ "Note.md": text }), SETTINGS);
		const first = await checker.fixNote("Note.md");
		expect(first.text.startsWith("\t")).toBe(false);
		expect(first.text.startsWith(" ")).toBe(false);
		const second = await checker.fixNote("Note.md", first.text);
		expect(second.text).toBe(first.text);
		expect(second.report.diagnostics.filter((d) => d.fix?.safe)).toEqual([]);
	});

	it.each([2, 3, 4, 8])("reaches a fixpoint on fuzz seed %i, which found it", async (seed) => {
		await fc.assert(
			fc.asyncProperty(noteArbitrary, async ({ text }) => {
				const checker = new Checker(new MemoryVault({ ...VAULT_FILES, "Note.md": text }, grayMatterParser), SETTINGS);
				const fixed = await checker.fixNote("Note.md");
				expect(fixed.report.diagnostics.filter((d) => d.fix?.safe).map((d) => d.rule)).toEqual([]);
				expect((await checker.fixNote("Note.md", fixed.text)).text).toBe(fixed.text);
			}),
			{ seed, numRuns: 100 },
		);
	});
});

describe("applySafeFixes scales", () => {
	it("applies 10,000 safe fixes on one line in seconds, not minutes", async () => {
		const line = Array.from({ length: 10_000 }, (_, i) => `[${i}](#개요 없음)`).join(" ");
		const text = `#Docker\n# 개요\n${line}\n`;
		const checker = new Checker(new MemoryVault({ "a.md": text }), SETTINGS);
		const report = await checker.checkNote("a.md");
		expect(report.diagnostics.filter((d) => d.fix?.safe)).toHaveLength(10_000);
		const started = performance.now();
		const result = applySafeFixes(text, report.diagnostics);
		const ms = performance.now() - started;
		expect(result.applied).toBe(10_000);
		expect(result.text).toBe(text.replace(/\(#개요 없음\)/g, "(#개요%20없음)"));
		// Was about 7 s (quadratic); linear takes well under a second. Generous for a busy CI machine.
		expect(ms).toBeLessThan(2500);
	}, 60_000);
});

describe("the plugin's Fix all scales", () => {
	it("selects 5,000 safe fixes on one line quickly", async () => {
		const line = Array.from({ length: 5000 }, (_, i) => `[${i}](#개요 없음)`).join(" ");
		const text = `#Docker\n# 개요\n${line}\n`;
		const report = await new Checker(new MemoryVault({ "a.md": text }), SETTINGS).checkNote("a.md");
		const started = performance.now();
		const { count, edits } = selectSafeEdits(text, report.diagnostics);
		const ms = performance.now() - started;
		expect(count).toBe(5000);
		expect(edits).toHaveLength(5000);
		// Was about 28 s (every fix re-sorted and re-applied all taken edits).
		expect(ms).toBeLessThan(2500);
	}, 120_000);
});

describe("heading suggestions have a bounded cost", () => {
	it("checks a note with 250 long Korean headings and 250 broken links in seconds", async () => {
		const n = 250;
		const words = (i: number) => `컨테이너 이미지 레이어 캐시 설정 ${i} `.repeat(4);
		const headings = Array.from({ length: n }, (_, i) => `## ${words(i)}`).join("\n");
		const links = Array.from({ length: n }, (_, i) => `[x](#${encodeURIComponent(words(i + 7) + "없음")})`).join("\n");
		const text = `#Docker\n${headings}\n${links}\n`;
		const started = performance.now();
		const report = await new Checker(new MemoryVault({ "a.md": text }), SETTINGS).checkNote("a.md");
		const ms = performance.now() - started;
		expect(report.diagnostics.filter((d) => d.rule === "heading-missing")).toHaveLength(n);
		// Was about 37 s; a near heading is still suggested.
		expect(report.diagnostics.some((d) => d.rule === "heading-missing" && d.suggestion !== null && d.fix !== null)).toBe(true);
		expect(ms).toBeLessThan(5000);
	}, 120_000);
});
