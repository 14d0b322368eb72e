/**
 * Regenerating a table of contents for arbitrary headings (fast-check), in each TOC
 * style the checker knows. With ordinary heading texts (words, Hangul, spaces, `:`,
 * `%`, brackets, parentheses, emphasis) the regenerated TOC is current and every entry
 * is a parsed link that reaches its heading under both readings of a heading path.
 * With any text at all (`# ~`, `# ㄱ` beside `# ㄱ(`, `# %%`), a TOC that cannot be
 * regenerated cleanly keeps its warning but gets no fix: a fix is never offered that
 * leaves the TOC stale or breaks a link.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { MemoryVault } from "../../src/core/vault/memory-vault";

const WORDS = ["개요", "컨테이너", "기술 발전", "Docker", "Step 1: 설치", "100% 완료", "Taint(얼룩)", "C# basics", "a|b", "[draft]", "*강조*", "`code`", "v1.2", "Q&A", "x^2", "문제점"];
const NASTY = [...WORDS, "ㄱ", "ㄱ(", "~", "!", "'", "\"", "]", "[", "(", "%%", "%20", "<", ">", "\\", "|", "#", "^", "👍", " ", "&amp;", "$"];
const heading = (pieces: string[], maxLength: number) =>
	fc.tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength })).map(([level, p]) => `${"#".repeat(level)} ${p.join(" ")}`);
/** Stale TOCs in the styles the checker knows (indent by tree or by level, wikilinks with and without aliases, `<...>`, `%20`, numbered), each listing a heading that is not there. */
const STALE = [
	"- [개요](#개요)\n\t- [없음](#개요#없음)",
	"- [[#개요]]\n\t- [[#개요#없음]]",
	"- [[#개요|개요]]\n    - [[#없음|없음]]",
	"1. [개요](<#개요>)\n   1. [없는 제목](<#개요#없는 제목>)",
	"* [개요](#개요)\n  * [없음](#없음)",
	"- [개요](#개요)\n\t\t- [없음](#개요#없음)",
	"- [[#개요|개요]]\n\t- [[#개요#없음|없음]]",
	"- [개요](<#개요>)\n  - [없음](<#개요#없음>)",
	"- [개요](#개요)\n\t- [없음 제목](#개요#없음%20제목)",
	"1) [개요](#개요)\n    1) [없음](#개요#없음)",
];

async function fixAll(toc: string, headings: string[]) {
	const text = `#Docker\n${toc}\n\n${headings.join("\n")}\n`;
	const checker = new Checker(new MemoryVault({ "n.md": text }), { ...DEFAULT_CHECK_SETTINGS, scope: "all" });
	return checker.fixNote("n.md", text);
}

describe("regenerated tables of contents", () => {
	it("are current, parsed, and reach every ordinary heading (distinct texts) under both readings", async () => {
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...STALE), fc.uniqueArray(heading(WORDS, 2), { minLength: 1, maxLength: 8, selector: (h) => h.replace(/^#+ /, "") }), async (toc, headings) => {
				const r = await fixAll(toc, headings);
				// Texts that differ only in what Obsidian strips from headings are twins, reported as ambiguous.
				const left = r.report.diagnostics.filter((d) => d.rule !== "heading-ambiguous").map((d) => `${d.rule} ${d.span.start.line}: ${d.message}`);
				expect(left, r.text).toEqual([]);
			}),
			{ numRuns: 300 },
		);
	}, 60_000);

	it("come out clean on the notes random runs found (a fix that qualified a link broke it, and the TOC fix undid it)", async () => {
		// A wikilink target ending in "]" ends the link early: qualified, `[[#draft]]` becomes `[[#C basics#draft]]`.
		const wiki = await fixAll(STALE[1] ?? "", ["#### 개요", "#### 개요", "# C# basics", "#### [draft]", "# [draft]"]);
		expect(wiki.report.diagnostics.filter((d) => d.fix?.safe)).toEqual([]);
		expect(wiki.text).toContain("- [[#C basics#draft]]");
		// Obsidian decodes `<...>` too: a heading "%20" is `%2520` in either form.
		const angle = await fixAll(STALE[3] ?? "", ["# %20", "#### 개요", "#### x^2", "# x^2", "# 개요"]);
		expect(angle.report.diagnostics.filter((d) => d.fix?.safe)).toEqual([]);
		expect(angle.text).toContain("2. [x^2](<#%2520#x 2>)");
	});

	it("are only offered when they come out clean, whatever the headings hold", async () => {
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...STALE), fc.array(heading(NASTY, 3), { minLength: 1, maxLength: 8 }), async (toc, headings) => {
				const r = await fixAll(toc, headings);
				expect(r.refused).toEqual([]);
				expect(r.report.diagnostics.filter((d) => d.fix?.safe).map((d) => d.rule)).toEqual([]);
				const stale = r.report.diagnostics.some((d) => d.rule === "toc-stale");
				// Applied, the TOC is current and none of its links is broken or unparsed.
				if (!stale) expect(r.report.diagnostics.filter((d) => d.rule === "link-unparsed" || d.rule === "heading-missing").map((d) => d.message), r.text).toEqual([]);
			}),
			{ numRuns: 300 },
		);
	}, 60_000);
});
