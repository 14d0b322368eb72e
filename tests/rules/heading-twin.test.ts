/**
 * heading-ambiguous on TOC entries for "twin" headings: a heading with the same path
 * as an earlier one (three "## 실습" under one "# NameSpace", as in the seed author's
 * NameSpace note) cannot be reached by any link, so its TOC entry opens the first.
 */
import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { DEFAULT_CHECK_SETTINGS, type CheckSettings } from "../../src/core/model/settings";
import { MemoryVault } from "../../src/core/vault/memory-vault";

const NOTE = [
	"#Docker",
	"- [NameSpace](#NameSpace)",
	"\t- [실습](#NameSpace#실습)",
	"\t- [기본](#NameSpace#기본)",
	"\t- [실습](#NameSpace#실습)",
	"",
	"# NameSpace",
	"## 실습",
	"## 기본",
	"## 실습",
	"",
].join("\n");

async function diagnostics(text: string, settings: Partial<CheckSettings> = {}) {
	const checker = new Checker(new MemoryVault({ "a.md": text }), { ...DEFAULT_CHECK_SETTINGS, ...settings });
	return (await checker.checkNote("a.md")).diagnostics;
}

describe("heading-ambiguous: TOC entries for twin headings", () => {
	it("marks the entry of the unreachable twin, names both lines, and offers no fix", async () => {
		const found = await diagnostics(NOTE);
		expect(found.map((d) => `${d.rule}:${d.span.start.line}`)).toEqual(["heading-ambiguous:5"]);
		const [d] = found;
		expect(d?.severity).toBe("warning");
		expect(d?.message).toBe("This entry's heading (line 10) has the same path as line 8: Obsidian opens line 8");
		expect(d?.suggestion).toBe("No link can tell them apart; rename one of the headings");
		expect(d?.fix).toBeNull();
		expect([d?.span.start.column, d?.span.end.column]).toEqual([4, 23]);
	});

	it("speaks Korean", async () => {
		const [d] = await diagnostics(NOTE, { language: "ko" });
		expect(d?.message).toBe("이 항목의 제목(10행)은 8행과 경로가 같아 Obsidian은 8행을 엽니다");
	});

	it("reports a one-segment entry once (as a twin, not also as an ambiguous link with a fix)", async () => {
		const oneSegment = NOTE.replace(/\(#NameSpace#/g, "(#");
		const found = await diagnostics(oneSegment);
		expect(found.map((d) => `${d.rule}:${d.span.start.line}:${d.fix === null ? "no fix" : "fix"}`)).toEqual([
			"heading-ambiguous:3:fix",
			"heading-ambiguous:5:no fix",
		]);
	});

	it("says nothing once the twins are renamed, and still works with toc-stale off", async () => {
		expect(await diagnostics(NOTE.replace("\t- [실습](#NameSpace#실습)\n\t- [기본]", "\t- [실습 1](#NameSpace#실습%201)\n\t- [기본]").replace("## 실습\n## 기본", "## 실습 1\n## 기본"))).toEqual([]);
		const off = await diagnostics(NOTE, { rules: { "toc-stale": "off" } });
		expect(off.map((d) => d.rule)).toEqual(["heading-ambiguous"]);
	});
});
