/**
 * The comparison as Markdown (`compare --format markdown`) never lets note text become
 * a link or an image. Regression: `plainInline` stripped `[text](dest)` in one pass, so
 * `[[a](b)](javascript:x)` left `[a](javascript:x)`, and `escapeCell` escaped only
 * `\ | & < >`.
 */
import { describe, expect, it } from "vitest";
import { compareNote } from "../../src/core/compare/view-model";
import { comparisonToMarkdown, escapeCell } from "../../src/core/compare/markdown-table";
import { scanNote } from "../../src/core/scan/scan-note";

const NOTE = [
	"#Docker",
	"## Traditional Deployment",
	"- [[a](b)](javascript:alert(1)) 중첩 링크",
	"- \\[x\\](https://evil.example) 이스케이프된 괄호",
	"- ![[x]](https://evil.example/track.png) 이미지",
	"## Virtualized Deployment",
	"- 가상 머신",
	"## Container Deployment",
	"- 컨테이너",
	"## Kubernetes Deployment",
	"- 클러스터",
	"",
].join("\n");

/** Markdown link or image syntax `[..](..)` not neutralised by a backslash before `[` or `(`. */
const LIVE_LINK = /(^|[^\\])\[[^\]]*\]\(/;

describe("the comparison Markdown escapes note text", () => {
	it("no note item becomes a Markdown link or image", () => {
		const md = comparisonToMarkdown(compareNote({ path: "a.md", scan: scanNote(NOTE) }, { lang: "en" }));
		const table = md.split("\n").filter((l) => l.startsWith("| **"));
		for (const row of table) expect(row, row).not.toMatch(LIVE_LINK);
	});

	it("escapeCell escapes brackets, parentheses and backticks", () => {
		expect(escapeCell("[a](javascript:alert(1)) `x`")).not.toMatch(LIVE_LINK);
		expect(escapeCell("`x`")).toContain("\\`");
	});
});
