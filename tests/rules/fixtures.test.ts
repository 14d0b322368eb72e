/**
 * Every rule has a fixture folder whose notes carry inline expectations; the
 * checker must report exactly those diagnostics (nothing more, nothing less).
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../../src/core/model/diagnostic";
import { Checker } from "../../src/core/check/checker";
import { expectations, fixtureVault, FIXTURE_SETTINGS, FIXTURES } from "./fixture-vault";

describe("rule fixtures", () => {
	it("exist for every rule id, and nothing else", () => {
		expect(readdirSync(FIXTURES).sort()).toEqual([...RULE_IDS].sort());
	});

	for (const rule of RULE_IDS) {
		it(`${rule}: reports exactly the marked diagnostics`, async () => {
			const vault = fixtureVault(rule);
			const checker = new Checker(vault, FIXTURE_SETTINGS);
			const report = await checker.checkVault();
			const expected: string[] = [];
			const actual: string[] = [];
			for (const note of report.notes) {
				expect(note.skipped).toBeNull();
				expected.push(...expectations(note.path, vault.get(note.path) ?? ""));
				for (const d of note.diagnostics) {
					actual.push(`${note.path}:${d.span.start.line}:${d.rule}`);
					expect(d.message.length).toBeGreaterThan(0);
					expect(d.span.start.offset).toBeLessThanOrEqual(d.span.end.offset);
				}
			}
			expect(actual.sort()).toEqual(expected.sort());
			expect(expected.some((e) => e.endsWith(":" + rule))).toBe(true);
		});
	}
});
