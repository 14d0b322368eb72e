import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/core/model/position";
import type { Diagnostic, NoteReport, VaultReport } from "../../src/core/model/diagnostic";
import { toJsonReport, type JsonReport } from "../../src/core/report/json-report";
import { escapeMarkdown, toMarkdownReport } from "../../src/core/report/markdown-report";
import { formatTextReport, oneLine } from "../../src/cli/text-report";
import { messages } from "../../src/cli/i18n";
import { makeStyle, colorEnabled } from "../../src/cli/style";

const text = "- [a](#x y)\n# 개요\n![p](/img/b c.png)\n";
const index = new LineIndex(text);

function diag(rule: Diagnostic["rule"], severity: Diagnostic["severity"], from: number, to: number, message: string, safe: boolean | null): Diagnostic {
	return {
		rule,
		severity,
		path: "Docker 기초.md",
		span: index.span(from, to),
		message,
		suggestion: safe === null ? null : "Encode the spaces",
		fix: safe === null ? null : { title: "Encode spaces as %20", safe, edits: [{ span: index.span(from + 1, to - 1), expected: text.slice(from + 1, to - 1), text: "X" }] },
	};
}

function note(path: string, diagnostics: Diagnostic[], extra: Partial<NoteReport> = {}): NoteReport {
	return { path, tags: ["#container", "#docker", "#container"], matchedTags: ["#container"], isContainerNote: true, diagnostics, skipped: null, ...extra };
}

// NFD path on purpose: the report must print NFC.
const nfdPath = "Docker 기초.md".normalize("NFD");
const report: VaultReport = {
	notesScanned: 5,
	notesChecked: 3,
	notes: [
		note(nfdPath, [diag("image-missing", "error", text.indexOf("!["), text.indexOf(".png)") + 5, "Image not found", true), diag("link-unparsed", "error", 2, 11, "Not a link <b>[[x]]</b>", false)]),
		note("A clean.md", []),
		note("Plain.md", [], { isContainerNote: false, matchedTags: [], tags: [] }),
		note("Huge.md", [], { skipped: "over the size limit" }),
		note("Warn.md", [diag("toc-stale", "warning", 0, 11, "Stale", null)]),
	],
};

describe("toJsonReport", () => {
	it("has exactly the version-1 shape, keys in order, NFC paths, sorted notes and diagnostics", () => {
		const json = JSON.parse(JSON.stringify(toJsonReport(report, "tagged"))) as JsonReport;
		expect(Object.keys(json)).toEqual(["version", "summary", "notes"]);
		expect(json.summary).toEqual({ notesScanned: 5, notesChecked: 3, errors: 2, warnings: 1, infos: 0 });
		expect(json.notes.map((n) => n.path)).toEqual(["A clean.md", "Docker 기초.md", "Warn.md"]);
		const docker = json.notes[1]!;
		expect(docker.path).toBe(docker.path.normalize("NFC"));
		expect(docker.tags).toEqual(["#container", "#docker"]);
		expect(docker.diagnostics[0]).toEqual({
			rule: "link-unparsed",
			severity: "error",
			line: 1,
			column: 3,
			endLine: 1,
			endColumn: 12,
			message: "Not a link <b>[[x]]</b>",
			suggestion: "Encode the spaces",
			fix: { title: "Encode spaces as %20", safe: false, edits: [{ line: 1, column: 4, endLine: 1, endColumn: 11, text: "X" }] },
		});
		expect(Object.keys(docker.diagnostics[1]!)).toEqual(["rule", "severity", "line", "column", "endLine", "endColumn", "message", "suggestion", "fix"]);
		expect(docker.diagnostics[1]).toMatchObject({ rule: "image-missing", line: 3, column: 1 });
		expect(json.notes[2]?.diagnostics[0]).toMatchObject({ suggestion: null, fix: null });
	});

	it("lists non-container notes only with --all", () => {
		expect(toJsonReport(report, "all").notes.map((n) => n.path)).toContain("Plain.md");
		expect(toJsonReport(report, "all").summary.notesChecked).toBe(4);
	});
});

describe("toMarkdownReport", () => {
	it("escapes every character that could become markup", () => {
		const hostile = "[[Secret]] ![x](y) <script>alert(1)</script> #tag %%c%% ==h== $m$ `c` | https://e.com www.e.com a@b.c &amp;\n# H";
		const escaped = escapeMarkdown(hostile);
		expect(escaped).not.toMatch(/[\r\n]/);
		// Every markup character is preceded by a backslash.
		for (let i = 0; i < escaped.length; i++) {
			if ("[]<>()#%=$`|:@&!*_~^{}".includes(escaped[i] ?? "") && escaped[i - 1] !== "\\") throw new Error(`unescaped ${escaped[i]} at ${i}: ${escaped}`);
		}
		expect(escaped).toContain("www\\.e");
	});

	it("lists checked notes with their diagnostics, in English and Korean", () => {
		const md = toMarkdownReport(report, { scope: "tagged", language: "en" });
		expect(md).toContain("# Container Notes report\n");
		expect(md).toContain("- Notes checked: 3 (of 5 in the vault)\n- Errors: 2\n- Warnings: 1\n");
		expect(md).toContain("## Docker 기초\\.md".replace("\\.", "."));
		expect(md).toContain("- **Error** `link-unparsed` (line 1, column 3): Not a link \\<b\\>\\[\\[x\\]\\]\\</b\\>");
		expect(md).toContain("## A clean.md\n\nNo problems.");
		expect(md).toContain("## Skipped notes\n\n- Huge.md: over the size limit");
		expect(md).not.toContain("Plain.md");
		const ko = toMarkdownReport(report, { scope: "tagged", language: "ko" });
		expect(ko).toContain("- **오류** `image-missing` (3행 1열): Image not found\n\t- 제안: Encode the spaces\n\t- 안전한 수정: Encode spaces as %20".replace("%20", "\\%20"));
	});
});

describe("text report", () => {
	it("prints compiler-style lines, hints and a summary without colours", () => {
		const msgs = messages("en");
		const notes = [report.notes[1], report.notes[0], report.notes[4]].filter((n): n is NoteReport => n !== undefined);
		const out = formatTextReport(notes, [], { style: makeStyle(false), msgs, scanned: 5, displayPath: (p) => `v/${p.normalize("NFC")}` });
		expect(out).toBe(
			[
				"v/Docker 기초.md:1:3  error  link-unparsed  Not a link <b>[[x]]</b>",
				"    hint: Encode the spaces",
				"v/Docker 기초.md:3:1  error  image-missing  Image not found",
				"    hint: Encode the spaces [fixable]",
				"v/Warn.md:1:1  warning  toc-stale  Stale",
				"",
				"3 notes checked, 2 errors, 1 warning (5 notes in the vault)",
				"",
			].join("\n"),
		);
		expect(out).not.toContain("\u001b[");
		expect(formatTextReport(notes, [], { style: makeStyle(true), msgs, scanned: 5, displayPath: (p) => p })).toContain("\u001b[31m");
	});

	it("neutralises control characters from note text", () => {
		expect(oneLine("a\nb\u001b[2J")).toBe("a b\\u{1b}[2J");
	});

	it("colours only on a terminal without NO_COLOR", () => {
		expect(colorEnabled({ env: {}, isTTY: true })).toBe(true);
		expect(colorEnabled({ env: { NO_COLOR: "1" }, isTTY: true })).toBe(false);
		expect(colorEnabled({ env: { NO_COLOR: "" }, isTTY: true })).toBe(true);
		expect(colorEnabled({ env: {}, isTTY: false })).toBe(false);
		expect(colorEnabled({ env: { FORCE_COLOR: "1" }, isTTY: false })).toBe(true);
	});
});
