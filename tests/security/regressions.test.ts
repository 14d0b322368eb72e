/**
 * Bugs the security tests found, kept as regressions:
 * - a regenerated TOC whose first entry was deeper than its top level started with an
 *   indented line (read as indented code), so every fix run prepended another copy;
 * - applying thousands of safe fixes was quadratic in their number.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { applySafeFixes } from "../../src/core/fix/apply";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { grayMatterParser } from "../../src/cli/frontmatter";
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
