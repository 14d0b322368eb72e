import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { scanNote } from "../../src/core/scan/scan-note";
import { resolveHeadingPath } from "../../src/core/resolve/heading-path";
import { findToc } from "../../src/core/toc/find-toc";
import type { NoteReport } from "../../src/core/model/diagnostic";
import { SEED_LIKE, SEED_LIKE_PATH } from "./seed-structure";

function counts(report: NoteReport): Record<string, number> {
	const out: Record<string, number> = {};
	for (const d of report.diagnostics) out[d.rule] = (out[d.rule] ?? 0) + 1;
	return out;
}

describe("a vault holding a note with the seed's structure", () => {
	it("reports exactly 11 link-unparsed and 2 image-missing, nothing else", async () => {
		const checker = new Checker(new MemoryVault({ [SEED_LIKE_PATH]: SEED_LIKE }), DEFAULT_CHECK_SETTINGS);
		const vault = await checker.checkVault();
		expect(vault.notesChecked).toBe(1);
		const report = vault.notes[0] as NoteReport;
		expect(report.isContainerNote).toBe(true);
		expect(report.matchedTags).toEqual(["#container", "#docker"]);
		expect(counts(report)).toEqual({ "link-unparsed": 11, "image-missing": 2 });
		for (const d of report.diagnostics.filter((d) => d.rule === "link-unparsed")) expect(d.fix?.safe).toBe(true);
	});

	it("after fixing: no link-unparsed, every TOC link resolves strictly, the two 문제점 stay apart", async () => {
		const vault = new MemoryVault({ [SEED_LIKE_PATH]: SEED_LIKE });
		const checker = new Checker(vault, DEFAULT_CHECK_SETTINGS);
		const fixed = await checker.fixNote(SEED_LIKE_PATH);
		expect(fixed.applied).toBe(11);
		expect(counts(fixed.report)).toEqual({ "image-missing": 2 });
		const scan = scanNote(fixed.text);
		const toc = findToc(scan);
		expect(toc?.entries.length).toBe(10);
		const targets = (toc?.entries ?? []).map((e) => {
			expect(e.link.parsed).toBe(true);
			return resolveHeadingPath(scan.headings, e.link.subpath).strict;
		});
		expect(targets).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(fixed.text).toContain("- [문제점](#Traditional%20Deployment#문제점)");
		expect(fixed.text).toContain("- [문제점](#Virtualized%20Deployment#문제점)");
		expect(fixed.text).toContain("(/img/이미지%20창고/Pasted-image-20240101090000.png)");
		// Outside the edits, nothing moved.
		expect(fixed.text.replace(/%20/g, " ")).toBe(SEED_LIKE);
		// Idempotent: a second run changes nothing.
		const again = await checker.fixNote(SEED_LIKE_PATH, fixed.text);
		expect(again.text).toBe(fixed.text);
		expect(again.applied).toBe(0);
	});
});
