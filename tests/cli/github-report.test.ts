/** `check --format github`: GitHub Actions annotations that note text cannot break out of. */
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/core/model/diagnostic";
import { escapeData, escapeProperty, githubAnnotation } from "../../src/cli/github-report";
import { messages } from "../../src/cli/i18n";
import { cleanup, cli, tempVault } from "./helpers";

afterAll(cleanup);

/** A workflow command line: `::level props::data`, data without raw line breaks. */
const COMMAND = /^::(error|warning|notice) ((?:[a-zA-Z]+=[^,:\r\n]*)(?:,[a-zA-Z]+=[^,:\r\n]*)*)::([^\r\n]*)$/;

function parse(line: string): { level: string; props: Record<string, string>; data: string } | null {
	const m = COMMAND.exec(line);
	if (!m) return null;
	const props = Object.fromEntries((m[2] ?? "").split(",").map((p) => [p.slice(0, p.indexOf("=")), decodeURIComponent(p.slice(p.indexOf("=") + 1))]));
	return { level: m[1] ?? "", props, data: decodeURIComponent(m[3] ?? "") };
}

describe("check --format github", () => {
	it("prints one annotation per diagnostic with its place, rule and hint, then the summary", async () => {
		const dir = tempVault({ "docs/d.md": "#docker\n# 설치하기\n본문 [[#설치]]\n", "docs/ok.md": "#docker\n# 개요\n" });
		const r = await cli(["check", ".", "--format", "github"], dir);
		expect(r.code).toBe(1);
		const lines = r.out.trimEnd().split("\n");
		expect(lines).toHaveLength(2);
		expect(parse(lines[0] ?? "")).toEqual({
			level: "error",
			props: { file: "docs/d.md", line: "3", col: "4", endLine: "3", endColumn: "11", title: "heading-missing" },
			data: 'No heading "#설치" in this note\nhint: Did you mean "#설치하기"?',
		});
		expect(lines[1]).toBe("2 notes checked, 1 error, 0 warnings (2 notes in the vault)");
	});

	it("maps warning and info to GitHub's warning and notice, and says why a note was skipped", async () => {
		const dir = tempVault({
			"a.md": "#docker\n# 개요\n[[#없음]] [[없는 노트#개요]]\n",
			"bin.md": new Uint8Array([0x23, 0x64, 0, 1, 2, 0xff]),
			".obsidian/plugins/container-notes/data.json": JSON.stringify({ scope: "all", rules: { "heading-missing": "info", "note-missing": "warning" } }),
		});
		const r = await cli(["check", ".", "--format", "github"], dir);
		expect(r.code).toBe(0);
		const parsed = r.out.trimEnd().split("\n").slice(0, -1).map(parse);
		expect(parsed.map((p) => [p?.level, p?.props.title ?? null, p?.props.file])).toEqual([
			["notice", "heading-missing", "a.md"],
			["warning", "note-missing", "a.md"],
			["warning", null, "bin.md"],
		]);
		expect(parsed[2]?.data).toMatch(/^Skipped: /);
	});

	it("escapes note text, so a heading or a file name cannot end the annotation or start another", async () => {
		const dir = tempVault({ "a, b: c%.md": "#docker\n# 개요\n[[#x::error file=evil.md::pwned%0A::warning::y]]\n" });
		const r = await cli(["check", ".", "--format", "github"], dir);
		const lines = r.out.trimEnd().split("\n");
		expect(lines).toHaveLength(2);
		const p = parse(lines[0] ?? "");
		expect(p?.props.file).toBe("a, b: c%.md");
		expect(p?.data).toContain('"#x::error file=evil.md::pwned%0A::warning::y"');
	});

	it("keeps a message's line break inside the annotation", () => {
		const d: Diagnostic = {
			path: "x.md",
			rule: "heading-missing",
			severity: "error",
			span: { start: { line: 1, column: 2, offset: 1 }, end: { line: 1, column: 5, offset: 4 } },
			message: "first\r\nsecond 100%",
			suggestion: null,
			fix: null,
		};
		const line = githubAnnotation("x.md", d, messages("en"));
		expect(line).toBe("::error file=x.md,line=1,col=2,endLine=1,endColumn=5,title=heading-missing::first%0D%0Asecond 100%25");
		expect(escapeData("a\nb%")).toBe("a%0Ab%25");
		expect(escapeProperty("a:b,c\n")).toBe("a%3Ab%2Cc%0A");
	});

	it("gives paths from the GitHub workspace when it is set, so a step run in a subfolder still annotates", async () => {
		const repo = tempVault({ "blog/docs/d.md": "#docker\n# 개요\n[[#없음]]\n" });
		const r = await cli(["check", ".", "--format", "github"], path.join(repo, "blog"), { env: { LANG: "en_US.UTF-8", GITHUB_WORKSPACE: repo } });
		expect(parse(r.out.split("\n")[0] ?? "")?.props.file).toBe("blog/docs/d.md");
		const local = await cli(["check", ".", "--format", "github"], path.join(repo, "blog"));
		expect(parse(local.out.split("\n")[0] ?? "")?.props.file).toBe("docs/d.md");
	});

	it("is refused by fix", async () => {
		const r = await cli(["fix", ".", "--format", "github"], tempVault({}));
		expect(r.code).toBe(2);
		expect(r.err).toContain("Invalid value for --format: github (expected text, json)");
	});
});
