/**
 * A fix computed for one version of a note is never applied to another: the user
 * edits the note between the check and the fix, and nothing of their text is lost.
 */
import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { applyEdits, applySafeFixes } from "../../src/core/fix/apply";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { MemoryVault } from "../../src/core/vault/memory-vault";

const NOTE = "#docker\n# 설치 방법\n## 도커 엔진\n- [엔진](#설치 방법#도커 엔진)\n- [설치](#설치 방법)\n";

describe("a fix refuses when the note changed after it was checked", () => {
	it("in a memory vault: edits that no longer hold their text are refused and the write is refused", async () => {
		const vault = new MemoryVault({ "a.md": NOTE });
		const checker = new Checker(vault, DEFAULT_CHECK_SETTINGS);
		const report = await checker.checkNote("a.md");
		expect(report.diagnostics.filter((d) => d.fix?.safe)).toHaveLength(2);
		const fixed = applySafeFixes(NOTE, report.diagnostics).text;

		// The user types a line at the top: every offset moves by its length.
		const edited = "메모 한 줄\n" + NOTE;
		vault.set("a.md", edited);
		const stale = applySafeFixes(edited, report.diagnostics);
		expect(stale.applied).toBe(0);
		expect(stale.refused).toHaveLength(2);
		expect(stale.text).toBe(edited);
		for (const d of report.diagnostics) {
			if (d.fix) expect(applyEdits(edited, d.fix.edits).ok).toBe(false);
		}
		const writes = vault.writes;
		expect(await vault.replaceIfUnchanged("a.md", NOTE, fixed)).toBe(false);
		expect(vault.get("a.md")).toBe(edited);
		expect(vault.writes).toBe(writes);

		// Re-checked, the edited note is fixed and the user's line kept.
		const again = await checker.fixNote("a.md");
		expect(await vault.replaceIfUnchanged("a.md", again.original, again.text)).toBe(true);
		expect(vault.get("a.md")).toBe("메모 한 줄\n" + NOTE.replace("(#설치 방법#도커 엔진)", "(#설치%20방법#도커%20엔진)").replace("(#설치 방법)", "(#설치%20방법)"));
	});

	it("an edit inside the fixed range, same length, is refused too", async () => {
		const checker = new Checker(new MemoryVault({ "a.md": NOTE }), DEFAULT_CHECK_SETTINGS);
		const report = await checker.checkNote("a.md");
		// Same offsets, different text under one edit: only that fix is refused.
		const edited = NOTE.replace("(#설치 방법)", "(#설치 방볍)");
		const result = applySafeFixes(edited, report.diagnostics);
		expect(result.applied).toBe(1);
		expect(result.refused).toHaveLength(1);
		expect(result.text).toContain("(#설치 방볍)");
		expect(result.text).toContain("(#설치%20방법#도커%20엔진)");
	});
});
