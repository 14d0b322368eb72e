import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOG } from "../../src/core/compare/catalog";
import { extractModels } from "../../src/core/compare/extract";
import { comparisonToMarkdown, escapeCell } from "../../src/core/compare/markdown-table";
import { buildComparison, comparisonToJson } from "../../src/core/compare/view-model";
import { scanNote } from "../../src/core/scan/scan-note";
import { DEPLOYMENT_NOTE, XSS_NOTE } from "./fixtures";
import { splitRow, tableLines } from "./table-helpers";


describe("comparisonToMarkdown", () => {
	const vm = buildComparison(extractModels(scanNote(DEPLOYMENT_NOTE), "d.md"), { lang: "en" });
	const md = comparisonToMarkdown(vm);
	const rows = tableLines(md);

	it("is one table: header, delimiter, one line per row, every row with 1 + 4 cells", () => {
		expect(rows).toHaveLength(2 + vm.rows.length);
		expect(splitRow(rows[0] ?? "")).toEqual(["Dimension", "Traditional deployment", "Virtualized deployment", "Container deployment", "Kubernetes"]);
		expect(splitRow(rows[1] ?? "")).toEqual(["---", "---", "---", "---", "---"]);
		for (const r of rows) {
			expect(r.startsWith("| ") && r.endsWith(" |"), r).toBe(true);
			expect(splitRow(r), r).toHaveLength(5);
		}
		expect(md.split("\n")[rows.length]).toBe("");
	});

	it("puts the note's rows first, then the catalog rows with numbered sources", () => {
		expect(splitRow(rows[2] ?? "")[0]).toBe("**From your note: Summary**");
		const problems = splitRow(rows[3] ?? "");
		expect(problems[0]).toBe("**From your note: Problems**");
		expect(problems[1]).toContain("같은 라이브러리를 서로 다른 버전으로 요구하면 앱끼리 부딪힌다.<br>• 한 앱이 CPU를");
		expect(problems[4]).toBe("*No problems section in this note*");
		expect(problems[1]).toContain("<br>❝ 앱마다 따로 떼어 놓을 방법은 없을까?");
		expect(splitRow(rows[4] ?? "")[2]).toMatch(/^§ Hypervisor<br>&nbsp;&nbsp;◦ 물리 자원을/);
		const unit = splitRow(rows[6] ?? "");
		expect(unit[0]).toBe("**Unit of deployment**");
		expect(unit[1]).toMatch(/^An application installed directly on a physical server \\\[1\\\]$/);
		expect(md).toContain("Sources:\n\n1. [Kubernetes documentation, Overview: Going back in time](<https://kubernetes.io/docs/concepts/overview/#going-back-in-time>)");
	});

	it("escapes pipes, backslashes and HTML in note text", () => {
		const x = comparisonToMarkdown(buildComparison(extractModels(scanNote(XSS_NOTE), "x.md"), { lang: "en" }));
		const lines = tableLines(x);
		for (const r of lines) expect(splitRow(r), r).toHaveLength(5);
		const summary = splitRow(lines[2] ?? "");
		expect(summary[3]).toContain("&lt;img src\\=x onerror\\=alert(1)&gt; and a \\| pipe");
		expect(summary[3]).toContain("&lt;script&gt;");
		expect(x).not.toContain("<img");
		expect(x).not.toContain("<script");
		const sub = splitRow(lines[4] ?? "")[3];
		// `\|` in the note becomes `\\\|`: a literal backslash, then an escaped pipe.
		expect(sub).toContain("sub bullet \\\\\\| with an escaped pipe");
	});

	it("never lets note text become a link, embed, tag or code", () => {
		const note = "## Traditional Deployment\n- [[a](b)](javascript:alert(1)) nested\n- \\[x\\](https://evil.example) escaped\n- ![[x]](https://evil.example/t.png) #tag `code`\n## Kubernetes Deployment\n- k\n";
		const table = tableLines(comparisonToMarkdown(buildComparison(extractModels(scanNote(note), "a.md"), { lang: "en" })));
		for (const row of table) {
			expect(row).not.toMatch(/(^|[^\\])\[[^\]]*\]\(/);
			expect(row).not.toMatch(/(^|[^\\])(#tag|`code)/);
			expect(splitRow(row)).toHaveLength(5);
		}
	});

	it("lists a source that is not a web address as text, not as a link", () => {
		const catalog = { ...DEFAULT_CATALOG, sources: DEFAULT_CATALOG.sources.map((x) => (x.id === "k8s-overview" ? { ...x, url: "javascript:alert(1)" } : x)) };
		const out = comparisonToMarkdown(buildComparison(null, { lang: "en", catalog }));
		expect(out).toContain("\n1. Kubernetes documentation, Overview: Going back in time\n");
		expect(out).not.toContain("javascript:");
	});

	it("is in the view model's language", () => {
		const ko = comparisonToMarkdown(buildComparison(extractModels(scanNote(DEPLOYMENT_NOTE), "d.md"), { lang: "ko" }));
		expect(splitRow(ko.split("\n")[0] ?? "")).toEqual(["항목", "전통적 배포", "가상화 배포", "컨테이너 배포", "쿠버네티스"]);
		expect(ko).toContain("**내 노트에서: 문제점**");
		expect(ko).toContain("*이 노트에는 문제점 섹션이 없음*");
		expect(ko).toContain("출처:\n\n1. [쿠버네티스 문서, 개요: 여정 돌아보기](<https://kubernetes.io/ko/docs/concepts/overview/>)");
	});

	it("marks every note row 'not covered' for a model the note lacks", () => {
		const text = "## Container Deployment\n- a\n## Kubernetes Deployment\n- b\n";
		const md2 = comparisonToMarkdown(buildComparison(extractModels(scanNote(text), "p.md"), { lang: "en" }));
		const summary = splitRow(tableLines(md2)[2] ?? "");
		expect(summary.slice(1)).toEqual(["*Not covered in this note*", "*Not covered in this note*", "a", "b"]);
	});
});

describe("escapeCell", () => {
	it.each([
		["a|b", "a\\|b"],
		["a\\|b", "a\\\\\\|b"],
		["line1\nline2", "line1<br>line2"],
		["x\r\ny", "x<br>y"],
		["<b>&", "&lt;b&gt;&amp;"],
		["[a](javascript:x)", "\\[a\\](javascript:x)"],
		["![[img.png]] `code` **b** ==h== ~~s~~", "\\!\\[\\[img.png\\]\\] \\`code\\` \\*\\*b\\*\\* \\=\\=h\\=\\= \\~\\~s\\~\\~"],
		["#tag $x$ %%c%% ^id", "\\#tag \\$x\\$ \\%\\%c\\%\\% \\^id"],
		["자원(RAM) 1.5", "자원(RAM) 1.5"],
	])("%j -> %j", (input, out) => {
		expect(escapeCell(input)).toBe(out);
	});
});

describe("comparisonToJson", () => {
	it("is the view model without UI labels, parseable, with origins", () => {
		const vm = buildComparison(extractModels(scanNote(DEPLOYMENT_NOTE), "d.md"), { lang: "en" });
		const json = JSON.parse(comparisonToJson(vm)) as Record<string, unknown>;
		expect(json["labels"]).toBeUndefined();
		expect(json).toMatchObject({ version: 1, lang: "en", notePaths: ["d.md"], anyCovered: true });
		const rows = json["rows"] as Array<{ id: string; cells: Array<{ items: Array<{ origin: unknown }> }> }>;
		expect(rows.find((r) => r.id === "note.summary")?.cells[0]?.items[0]?.origin).toEqual({ kind: "note", path: "d.md", line: DEPLOYMENT_NOTE.split("\n").indexOf("- 물리 서버 한 대에 여러 애플리케이션을 함께 올린다") + 1 });
		expect(rows.find((r) => r.id === "catalog.unit")?.cells[0]?.items[0]?.origin).toMatchObject({ kind: "catalog", sources: [{ id: "k8s-overview" }] });
	});
});
