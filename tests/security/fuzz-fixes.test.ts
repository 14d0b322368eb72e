/**
 * Property-based tests: generated notes mixing every construct the scanner knows
 * with random characters never crash the checker, every range it reports lies in
 * the text, and safe fixes keep the text outside their edits and reach a fixpoint.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { applyEdits, applySafeFixes } from "../../src/core/fix/apply";
import { DEFAULT_CHECK_SETTINGS, type CheckSettings } from "../../src/core/model/settings";
import { scanNote } from "../../src/core/scan/scan-note";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { grayMatterParser } from "../../src/cli/frontmatter";
import { LineIndex } from "../../src/core/model/position";
import { isWellFormed, noteArbitrary, noise, VAULT_FILES, wellFormedNoteArbitrary } from "./note-arbitrary";
import { expectOutsideKept, expectReportConsistent, expectSpanInside, safeEdits } from "./invariants";

const SETTINGS: CheckSettings = { ...DEFAULT_CHECK_SETTINGS, scope: "all" };
const ROUNDS = 5;
/** Fixed seed by default (reproducible CI); FUZZ_SEED overrides it, FUZZ_RUNS the number of runs. */
const seed = Number(process.env.FUZZ_SEED ?? 20261128);
const numRuns = Number(process.env.FUZZ_RUNS ?? 250);

function checkerFor(text: string, settings: CheckSettings = SETTINGS): { checker: Checker; vault: MemoryVault } {
	const vault = new MemoryVault({ ...VAULT_FILES, "Note.md": text }, grayMatterParser);
	return { checker: new Checker(vault, settings), vault };
}

describe("fuzzing the scanner", () => {
	it("never throws and reports every range inside the text", () => {
		fc.assert(
			fc.property(noteArbitrary, ({ text }) => {
				const scan = scanNote(text, { parseFrontMatter: grayMatterParser });
				const index = new LineIndex(text);
				for (const h of scan.headings) {
					expectSpanInside(h.span, text, index, "heading");
					expectSpanInside(h.textSpan, text, index, "heading text");
				}
				for (const l of scan.links) {
					expectSpanInside(l.span, text, index, "link");
					expectSpanInside(l.destSpan, text, index, "link destination");
				}
				for (const b of scan.blockIds) expectSpanInside(b.span, text, index, "block id");
				for (const r of scan.regions) expectSpanInside(r.span, text, index, "region");
				for (const t of scan.tags) if (t.span) expectSpanInside(t.span, text, index, "tag");
			}),
			{ seed, numRuns: numRuns * 2 },
		);
	});
});

describe("fuzzing the checker and the safe fixes", () => {
	it("never throws; diagnostics and fix edits lie in the text and name the text they replace", async () => {
		await fc.assert(
			fc.asyncProperty(noteArbitrary, async ({ text }) => {
				const { checker } = checkerFor(text);
				const report = await checker.checkNote("Note.md");
				expect(report.skipped).toBeNull();
				expectReportConsistent(report, text);
				// The vault-wide pass sees the same note the same way.
				const vaultReport = await checker.checkVault();
				const again = vaultReport.notes.find((n) => n.path === "Note.md");
				expect(again?.diagnostics.length).toBe(report.diagnostics.length);
			}),
			{ seed, numRuns },
		);
	});

	it("applying safe fixes keeps the text outside the edits, reaches a fixpoint, and a second run changes nothing", async () => {
		await fc.assert(
			fc.asyncProperty(noteArbitrary, async ({ text }) => {
				const { checker } = checkerFor(text);
				let current = text;
				let report = await checker.checkNote("Note.md", current);
				for (let round = 0; round < ROUNDS; round++) {
					const edits = safeEdits(report.diagnostics);
					if (edits.length === 0) break;
					const result = applySafeFixes(current, report.diagnostics);
					expectOutsideKept(current, result.text, edits);
					// When no two safe edits collide, every one of them is applied, exactly.
					const all = applyEdits(current, edits);
					if (all.ok && result.refused.length === 0) expect(result.text).toBe(all.text);
					if (result.text === current) break;
					current = result.text;
					report = await checker.checkNote("Note.md", current);
					expectReportConsistent(report, current);
				}
				// Re-checking the fixed text: no diagnostic with a safe fix is left.
				const remaining = report.diagnostics.filter((d) => d.fix?.safe).map((d) => `${d.rule}: ${d.message}`);
				expect(remaining, JSON.stringify(current)).toEqual([]);

				// The product's own loop agrees, and running it again changes nothing.
				const fixed = await checker.fixNote("Note.md", text);
				expect(fixed.text).toBe(current);
				const second = await checker.fixNote("Note.md", fixed.text);
				expect(second.text).toBe(fixed.text);
				expect(second.applied).toBe(0);
			}),
			{ seed: seed + 1, numRuns },
		);
	});

	it("never splits a surrogate pair: fixed text stays valid Unicode (a UTF-8 write would turn halves into U+FFFD)", async () => {
		await fc.assert(
			fc.asyncProperty(wellFormedNoteArbitrary, async (text) => {
				expect(isWellFormed(text)).toBe(true);
				const { checker } = checkerFor(text);
				const report = await checker.checkNote("Note.md");
				for (const d of report.diagnostics) {
					expect(isWellFormed(d.message), d.message).toBe(true);
					for (const e of d.fix?.edits ?? []) expect(isWellFormed(e.text), JSON.stringify(e.text)).toBe(true);
				}
				const fixed = await checker.fixNote("Note.md");
				expect(isWellFormed(fixed.text), JSON.stringify(text)).toBe(true);
			}),
			{ seed: seed + 3, numRuns },
		);
	});

	it("fixes a note written to the vault only when it is unchanged", async () => {
		await fc.assert(
			fc.asyncProperty(noteArbitrary, noise, async ({ text }, edit) => {
				const { checker, vault } = checkerFor(text);
				const fixed = await checker.fixNote("Note.md");
				// Someone edits the note between the check and the write: the write is refused, nothing is lost.
				const changed = text + edit + "\n";
				vault.set("Note.md", changed);
				const writes = vault.writes;
				expect(await vault.replaceIfUnchanged("Note.md", fixed.original, fixed.text)).toBe(false);
				expect(vault.get("Note.md")).toBe(changed);
				expect(vault.writes).toBe(writes);
			}),
			{ seed: seed + 2, numRuns: Math.ceil(numRuns / 5) },
		);
	});
});
