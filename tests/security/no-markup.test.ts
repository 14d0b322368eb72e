// @vitest-environment happy-dom
/**
 * No markup from note text: the problems panel, the comparison view and the Markdown
 * report, fed with real reports of hostile notes (headings, links, paths and list
 * items holding `<script>`, `<img onerror>`, `javascript:`), show that text as text.
 * No element or attribute comes from a note, and no script runs.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import "obsidian";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { compareNote } from "../../src/core/compare/view-model";
import type { NoteReport, VaultReport } from "../../src/core/model/diagnostic";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { toMarkdownReport } from "../../src/core/report/markdown-report";
import { scanNote } from "../../src/core/scan/scan-note";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { renderComparison } from "../../src/obsidian/compare/render";
import { en } from "../../src/obsidian/i18n/en";
import { ko } from "../../src/obsidian/i18n/ko";
import { vaultRows } from "../../src/obsidian/panel/panel-model";
import { renderPanel } from "../../src/obsidian/panel/render-panel";

type Flags = { __pwned?: unknown; __containerNotesPwned?: unknown; cnPwned?: unknown };
const flags = window as unknown as Flags;

const MARKUP = readFileSync(path.resolve(__dirname, "../fixtures/hostile/markup.md"), "utf8");
const HOSTILE_PATH = "<svg onload=window.__pwned=1>/<img src=x onerror=window.__pwned=2>.md";

/** A container note covering the four deployment models, its list items full of markup. */
const COMPARISON_NOTE = [
	"#Docker",
	"# 배포 <script>window.cnPwned = 'title'</script>",
	"## Traditional Deployment",
	"- 물리 서버 <img src=x onerror=\"window.cnPwned='item'\"> 한 대",
	"- [[a](b)](javascript:window.cnPwned='nested') 링크",
	"### 문제점",
	"- <script>window.cnPwned='problem'</script> 충돌",
	"## Virtualized Deployment",
	"- 가상 머신 | 표 깨기 `<b onmouseover=alert(1)>굵게</b>`",
	"### Hypervisor <svg onload=window.cnPwned='sub'>",
	"- <style>body{display:none}</style> 하이퍼바이저",
	"## Container Deployment",
	"- 컨테이너 <iframe src=\"javascript:window.cnPwned='iframe'\"></iframe>",
	"## Kubernetes Deployment",
	"- 클러스터 <a href=\"javascript:window.cnPwned='a'\">여기</a> <object data=x></object>",
	"",
].join("\n");

/** Tags our templates create; anything else came from note text. */
const PANEL_TAGS = new Set(["DIV", "SPAN", "BUTTON", "PROGRESS", "UL", "LI"]);
const COMPARE_TAGS = new Set(["DIV", "SPAN", "BUTTON", "TABLE", "THEAD", "TBODY", "TR", "TH", "TD", "UL", "LI", "A", "svg", "g", "rect", "text", "title"]);

/** Installs Obsidian's `createSvg` helper when the shim lacks it (Obsidian provides it on every element). */
function ensureCreateSvg(): void {
	const proto = Element.prototype as unknown as Record<string, unknown>;
	if (typeof proto.createSvg === "function") return;
	proto.createSvg = function (this: Element, tag: string, o?: { cls?: string | string[]; attr?: Record<string, string | number> }) {
		const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
		const cls = o?.cls === undefined ? [] : Array.isArray(o.cls) ? o.cls : o.cls.split(" ");
		for (const c of cls) if (c) el.classList.add(c);
		for (const [k, v] of Object.entries(o?.attr ?? {})) el.setAttribute(k, String(v));
		this.appendChild(el);
		return el;
	};
}

/** Every element under `root` is one our templates make; no attribute is an event handler or a script URL. */
function expectOnlyOurMarkup(root: Element, allowed: Set<string>): void {
	for (const el of Array.from(root.querySelectorAll("*"))) {
		expect(allowed.has(el.tagName), `unexpected <${el.tagName}>`).toBe(true);
		for (const attr of Array.from(el.attributes)) {
			expect(attr.name.toLowerCase().startsWith("on"), `${el.tagName} has ${attr.name}`).toBe(false);
			if (attr.name === "href" || attr.name === "src" || attr.name === "data") {
				// Only catalog source links (https) are ever links.
				expect(attr.value, `${el.tagName} ${attr.name}`).toMatch(/^https:\/\//);
			}
			expect(attr.name).not.toBe("style");
		}
	}
	expect(root.querySelectorAll("script, img, iframe, object, embed, style, svg script, foreignObject")).toHaveLength(0);
}

async function hostileReports(): Promise<{ reports: NoteReport[]; vault: VaultReport }> {
	const files = { [HOSTILE_PATH]: MARKUP, "Compare.md": COMPARISON_NOTE, "skipped.md": "#Docker <img src=x onerror=alert(1)>\u0000" };
	const checker = new Checker(new MemoryVault(files), DEFAULT_CHECK_SETTINGS);
	const vault = await checker.checkVault();
	return { reports: vault.notes, vault };
}

beforeAll(ensureCreateSvg);
afterEach(() => {
	document.body.textContent = "";
	delete flags.__pwned;
	delete flags.__containerNotesPwned;
	delete flags.cnPwned;
});

describe("the problems panel", () => {
	it.each([
		["en", en],
		["ko", ko],
	] as const)("renders hostile notes' diagnostics, paths and tags as text (%s)", async (_lang, strings) => {
		const { reports } = await hostileReports();
		const report = reports.find((r) => r.path === HOSTILE_PATH) as NoteReport;
		expect(report.diagnostics.length).toBeGreaterThan(5);
		const root = document.body.createDiv();
		renderPanel(
			root,
			{ active: { kind: "report", path: HOSTILE_PATH, report, scopeAll: false, canUpdateToc: true }, vault: { progress: null, rows: vaultRows(reports, true) }, canCompare: true },
			strings,
			{ applyFix() {}, reveal() {}, fixAll() {}, updateToc() {}, openComparison() {}, openNote() {} },
		);
		expectOnlyOurMarkup(root, PANEL_TAGS);
		const text = root.textContent ?? "";
		expect(text).toContain("<img src=x onerror=alert(1)>");
		expect(text).toContain("<script>alert(1)</script>");
		expect(text).toContain("<svg onload=alert(1)>");
		expect(root.querySelector(".container-notes-note-title")?.getAttribute("title")).toBe(HOSTILE_PATH);
		expect(flags.__pwned).toBeUndefined();
		expect(flags.__containerNotesPwned).toBeUndefined();
	});

	it("renders a skipped note's reason as text", async () => {
		const { reports } = await hostileReports();
		const skipped = reports.find((r) => r.path === "skipped.md") as NoteReport;
		expect(skipped.skipped).not.toBeNull();
		const root = document.body.createDiv();
		renderPanel(
			root,
			{ active: { kind: "report", path: "skipped.md", report: skipped, scopeAll: false, canUpdateToc: false }, vault: { progress: null, rows: [] }, canCompare: false },
			en,
			{ applyFix() {}, reveal() {}, fixAll() {}, updateToc() {}, openComparison() {}, openNote() {} },
		);
		expectOnlyOurMarkup(root, PANEL_TAGS);
	});
});

describe("the comparison view", () => {
	it.each([
		["table", undefined],
		["cards", "model"],
		["cards", "dimension"],
	] as const)("renders list items and headings with markup as text (%s %s)", (layout, cardMode) => {
		const vm = compareNote({ path: "<img src=x onerror=window.__pwned=9>.md", scan: scanNote(COMPARISON_NOTE) }, { lang: "ko" });
		expect(vm.columns.filter((c) => c.covered)).toHaveLength(4);
		const root = document.body.createDiv();
		const handle = renderComparison(root, vm, { layout, cardMode, onOpenLine() {} });
		expectOnlyOurMarkup(root, COMPARE_TAGS);
		for (const a of Array.from(root.querySelectorAll("a"))) expect(a.classList.contains("container-notes-compare-source")).toBe(true);
		const text = root.textContent ?? "";
		if (layout === "table") {
			expect(text).toContain("<img src=x onerror=\"window.cnPwned='item'\">");
			expect(text).toContain("<script>window.cnPwned='problem'</script>");
			expect(text).toContain("<iframe src=\"javascript:window.cnPwned='iframe'\">");
			expect(text).toContain("<svg onload=window.cnPwned='sub'>");
		}
		expect(flags.__pwned).toBeUndefined();
		expect(flags.cnPwned).toBeUndefined();
		handle.destroy();
	});
});

describe("the comparison view, gathered from other notes", () => {
	it("shows hostile note paths as text in the notice and the cell titles", () => {
		const path = "<img src=x onerror=window.cnPwned='path'>/도커.md";
		const vm = compareNote({ path: "빈 노트.md", scan: scanNote("#Docker\n# 아무 모델 없음\n") }, { lang: "en", gatherFrom: [{ path, scan: scanNote(COMPARISON_NOTE) }] });
		expect(vm.gathered).toBe(true);
		const root = document.body.createDiv();
		renderComparison(root, vm, { layout: "table", onOpenLine() {} });
		expectOnlyOurMarkup(root, COMPARE_TAGS);
		expect(root.textContent).toContain(path);
		expect(root.querySelector("[data-path]")?.getAttribute("data-path")).toBe(path);
		expect(flags.cnPwned).toBeUndefined();
	});
});

/** Characters that start Markdown or HTML markup, found in `s` without a backslash before them. */
function unescapedMarkup(s: string): string[] {
	const found: string[] = [];
	for (let i = 0; i < s.length; i++) {
		const c = s[i] as string;
		if (c === "\\") {
			i++;
			continue;
		}
		if ("<>[]|`!*_#()&".includes(c)) found.push(`${c}@${i}`);
	}
	return found;
}

describe("the Markdown report", () => {
	it("escapes note text in paths, messages, suggestions and fix titles", async () => {
		const { vault } = await hostileReports();
		const md = toMarkdownReport(vault, { scope: "tagged", language: "en" });
		expect(md).toContain("onerror");
		const lines = md.split("\n");
		for (const line of lines) {
			// Our template: "## <path>", "- **Error** `rule` (line L, column C): <message>", "\t- Suggestion: <text>", "- <path>: <reason>".
			let noteText: string | null = null;
			const diag = /^- \*\*\w+\*\* `[a-z-]+` \([^)]*\): (.*)$/.exec(line);
			const sub = /^\t- [\w ]+: (.*)$/.exec(line);
			if (line.startsWith("## ")) noteText = line.slice(3);
			else if (diag) noteText = diag[1] ?? "";
			else if (sub) noteText = sub[1] ?? "";
			else if (line.startsWith("- ") && line.includes("\\<")) noteText = line.slice(2);
			if (noteText === null) continue;
			expect(unescapedMarkup(noteText), line).toEqual([]);
			expect(noteText).not.toMatch(/(^|[^\\])javascript:/);
		}
		// The hostile path is a heading of the report, escaped.
		expect(lines.filter((l) => l.startsWith("## ") && l.includes("svg onload"))).toHaveLength(1);
		// The skipped note is listed with its reason.
		expect(md).toMatch(/^- skipped\.md: Skipped\\?: binary content$/m);
	});
});
