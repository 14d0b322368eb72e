/**
 * "Fix all" on arbitrary notes built from the seed's ingredients (heading-path TOCs
 * with raw spaces, duplicate headings, images under `/img/이미지 창고/`, block ids,
 * comma-string tags) and from things that break naive fixers (fences, comments,
 * line endings): the safe fixes converge, a second run changes nothing, there are
 * no more errors and no more findings afterwards, and the headings are kept.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import type { Diagnostic } from "../../src/core/model/diagnostic";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { grayMatterParser } from "../../src/cli/frontmatter";

const HEADINGS = ["# 개요", "## 컨테이너 기술 발전", "### Traditional Deployment", "#### 문제점", "### Virtualized Deployment", "#### 문제점", "## Kubernetes", "## Docker 설치", "### 실습"];
const LINES = [
	...HEADINGS,
	"- [개요](#개요)",
	"\t- [컨테이너 기술 발전](#개요#컨테이너 기술 발전)",
	"\t\t- [문제점](#Traditional Deployment#문제점)",
	"\t\t- [문제점](#Virtualized%20Deployment#문제점)",
	"- [없는 제목](#없는 제목)",
	"[[#문제점]] and [[#Kubernetes]]",
	"[[Other note#Part one]] and [[Other note#Part One#Detail]] and [[other note#part two]]",
	"[other](Other note.md#Part one) [other](<Other note.md#Part two>)",
	"![그림](/img/이미지 창고/a.png) ![없는 그림](/img/이미지 창고/b.png)",
	"![[a.png]] ![[A.PNG]] ![[Pasted image a.png]]",
	"[블록](#^block-1) text ^block-1",
	"[[#^missing]]",
	"#Container #Docker",
	"## Step 1: 설치", "### C# and .NET", "## a|b", "## [draft] 메모", "## 100%", "#### 문제점 ###",
	"- [Step 1: 설치](#Step 1: 설치)", "- [[#C# and .NET]]", "- [a|b](#a|b)", "- [100%](#100%)", "- [[#개요#문제점]]",
	"[[#Traditional Deployment#문제점]] [[#컨테이너 기술 발전#문제점]] [x](<#Virtualized Deployment#문제점>)",
	"[[Other note#Detail]] [[Other note#Part two#Detail]] [[Other Note#Part%20one]]",
	"```", "~~~", "<!--", "-->", "%%", "$$", "> quote [x](#개요 x)", "    indented [x](#개요 x)",
	"`[x](#개요 x)`", "", "---", "plain text",
	"## [draft]", "#### [draft]", "- [[#draft]]", "- [[#[draft]]]", "## %20", "### %20", "[p](<#%20>)", "[q](#%2520)", "[r](<#x 2>)", "## x^2", "#### x^2",
];
const FRONT = [
	"",
	"---\ntags: container, docker\n---\n",
	"---\ntags: [container]\n---\n",
	"---\ntags: [\n---\n",
	// Links in properties: quoted, unquoted (a safe fix quotes them), into this note and another.
	'---\nup: [[Other note#Part one]]\nrelated:\n  - "[[#문제점]]"\n  - [[Other note#Detail]]\n  - "[[Other note#part two#Detail]]"\n---\n',
];
const NOTE = fc
	.tuple(fc.constantFrom(...FRONT), fc.array(fc.constantFrom(...LINES), { maxLength: 30 }), fc.constantFrom("\n", "\r\n"))
	.map(([front, lines, eol]) => front.replace(/\n/g, eol) + lines.join(eol));

const headingLines = (text: string): string[] => text.split(/\r\n|\r|\n/).filter((l) => /^#{1,6} /.test(l));

describe("fix all on arbitrary notes", () => {
	it("converges, is idempotent, never adds errors or findings, and keeps the headings", async () => {
		await fc.assert(
			fc.asyncProperty(NOTE, async (text) => {
				const vault = new MemoryVault(
					{ "n.md": text, "Other note.md": "# Part one\n## Detail\n# Part two\n", "img/이미지 창고/a.png": "", "img/이미지 창고/Pasted-image-a.png": "", "a.png": "" },
					grayMatterParser,
				);
				const checker = new Checker(vault, { ...DEFAULT_CHECK_SETTINGS, scope: "all" });
				const before = await checker.checkNote("n.md", text);
				const r = await checker.fixNote("n.md", text);
				expect(r.refused).toEqual([]);
				expect(r.report.diagnostics.filter((d) => d.fix?.safe).map((d) => d.rule)).toEqual([]);
				// A fix may trade one finding for another (a fragile path for an ambiguous one when
				// twin parents leave no better path), but never adds errors or findings, save two
				// that only reveal what was there: fixing `tags: a, b` makes the tags real, so a note
				// that becomes a container note gets the container-note check (image-outside-folder);
				// a regenerated TOC lists twin headings, whose entries are then reported as ambiguous.
				const revealed = (d: Diagnostic) =>
					(d.rule === "image-outside-folder" && !before.isContainerNote) || (d.rule === "heading-ambiguous" && before.diagnostics.some((b) => b.rule === "toc-stale"));
				const count = (ds: readonly Diagnostic[], severity?: string) => ds.filter((d) => (severity === undefined || d.severity === severity) && !revealed(d)).length;
				expect(count(r.report.diagnostics, "error")).toBeLessThanOrEqual(count(before.diagnostics, "error"));
				expect(count(r.report.diagnostics)).toBeLessThanOrEqual(count(before.diagnostics));
				expect((await checker.fixNote("n.md", r.text)).text).toBe(r.text);
				expect(headingLines(r.text)).toEqual(headingLines(text));
			}),
			{ numRuns: 1000 },
		);
	}, 60_000);
});

describe("fixes never rename a heading", () => {
	it("offers no fix for a link inside a heading line (found by the property above)", async () => {
		// Line 1 is a setext heading whose text holds the links; qualifying `#문제점` with that
		// heading would change the heading itself, and the new path would reach nothing.
		const text = "[[#문제점]] and [[#Kubernetes]]\n---\n#### 문제점\n#### 문제점\n## [설치](#설치 방법)\n### 설치 방법\n";
		const checker = new Checker(new MemoryVault({ "n.md": text }, grayMatterParser), { ...DEFAULT_CHECK_SETTINGS, scope: "all" });
		const report = await checker.checkNote("n.md", text);
		expect(report.diagnostics.map((d) => [d.rule, d.span.start.line, d.fix])).toEqual([
			["heading-ambiguous", 1, null],
			["heading-missing", 1, null],
			["link-unparsed", 5, null],
		]);
		expect((await checker.fixNote("n.md", text)).text).toBe(text);
	});
});
