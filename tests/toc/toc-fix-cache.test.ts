import { describe, expect, it, vi } from "vitest";
import { scanNote } from "../../src/core/scan/scan-note";
import { tocFix } from "../../src/core/toc/toc-fix";
import { memoTocFix } from "../../src/core/toc/toc-fix-cache";
import { applyEdits } from "../../src/core/fix/apply";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";

const settings = DEFAULT_CHECK_SETTINGS;

function note(headings: string[], body = "본문 한 줄\n"): string {
	const toc = "- [시작](#시작)\n\t- [준비](#시작#준비)\n";
	return toc + "\n" + headings.map((h) => h + "\n" + body).join("");
}

describe("tocFix cache", () => {
	it("gives the same fix as a first computation for the same note, rebuilt with the current spans", () => {
		const text = note(["# 시작", "## 준비", "## 실행"]);
		const first = tocFix(scanNote(text), settings);
		const again = tocFix(scanNote(text), settings);
		expect(first).not.toBeNull();
		expect(again).toEqual(first);
		expect(again).not.toBe(first);
		const applied = applyEdits(text, again?.edits ?? []);
		expect(applied.ok && applied.text).toContain("- [실행](#시작#실행)");
	});

	it("never returns a stale verdict: renaming a heading changes the regenerated TOC", () => {
		const a = note(["# 시작", "## 준비", "## 실행"]);
		const b = note(["# 시작", "## 준비", "## 배포"]);
		expect(tocFix(scanNote(a), settings)?.edits[0]?.text).toContain("실행");
		const fixB = tocFix(scanNote(b), settings);
		expect(fixB?.edits[0]?.text).toContain("배포");
		expect(fixB?.edits[0]?.text).not.toContain("실행");
		// Back to headings that match the TOC: no fix at all.
		expect(tocFix(scanNote(note(["# 시작", "## 준비"])), settings)).toBeNull();
		expect(tocFix(scanNote(a), settings)?.edits[0]?.text).toContain("실행");
	});

	it("agrees with an uncached computation across a sequence of edits (levels, order, text before the TOC)", async () => {
		const variants = [
			note(["# 시작", "## 준비", "## 실행"]),
			note(["# 시작", "## 준비", "### 실행"]),
			note(["# 시작", "## 실행", "## 준비"]),
			note(["# 시작", "## 준비"]),
			"---\ntags: [container]\n---\n" + note(["# 시작", "## 준비", "## 실행"]),
			"머리말\n" + note(["# 시작", "## 준비", "## 실행"]),
			note(["# 시작", "## 준비", "## 실행"], "다른 본문\n"),
			note(["# 시작", "## 준비", "## 실행"]).replace("- [준비]", "- [준비 단계]"),
		];
		for (let round = 0; round < 2; round++) {
			for (const text of variants) {
				vi.resetModules();
				const fresh = (await import("../../src/core/toc/toc-fix")).tocFix(scanNote(text), settings);
				expect(tocFix(scanNote(text), settings)).toEqual(fresh);
			}
		}
		const shifted = variants[4] ?? "";
		const fix = tocFix(scanNote(shifted), settings);
		expect(fix?.edits[0]?.span.start.offset).toBe("---\ntags: [container]\n---\n".length);
		expect(applyEdits(shifted, fix?.edits ?? []).ok).toBe(true);
	});

	it("follows the link encoding setting", () => {
		const text = note(["# 시작", "## 준비", "## 새 항목"]);
		const percent = tocFix(scanNote(text), { ...settings, linkEncoding: "percent" });
		const angle = tocFix(scanNote(text), { ...settings, linkEncoding: "angle" });
		expect(percent?.edits[0]?.text).toContain("(#시작#새%20항목)");
		expect(angle?.edits[0]?.text).toContain("(<#시작#새 항목>)");
	});

	it("stays bounded: the oldest entries are evicted", () => {
		let computed = 0;
		const compute = (): string => String(++computed);
		expect(memoTocFix("probe-0", compute)).toBe("1");
		expect(memoTocFix("probe-0", compute)).toBe("1");
		for (let i = 1; i <= 64; i++) memoTocFix(`probe-${i}`, compute);
		expect(computed).toBe(65);
		expect(memoTocFix("probe-64", compute)).toBe("65");
		expect(memoTocFix("probe-0", compute)).toBe("66");
	});
});
