/**
 * Adversarial notes, each with its expected behaviour: bad or executable front
 * matter, unterminated constructs, markup in headings and links, huge notes and
 * lines, odd line endings, a BOM and NFD text. The fixtures are in
 * tests/fixtures/hostile/; the big notes are generated here.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import matter from "gray-matter";
import { afterEach, describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import type { NoteReport } from "../../src/core/model/diagnostic";
import { DEFAULT_CHECK_SETTINGS, type CheckSettings } from "../../src/core/model/settings";
import { scanNote } from "../../src/core/scan/scan-note";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { grayMatterParser } from "../../src/cli/frontmatter";
import { expectOutsideKept, expectReportConsistent, safeEdits } from "./invariants";

const HOSTILE = path.resolve(__dirname, "../fixtures/hostile");
const fixture = (name: string) => readFileSync(path.join(HOSTILE, name), "utf8");
const ALL: CheckSettings = { ...DEFAULT_CHECK_SETTINGS, scope: "all" };

type Pwned = { __containerNotesPwned?: unknown; __grayMatterControl?: unknown };
const g = globalThis as Pwned;

afterEach(() => {
	delete g.__containerNotesPwned;
	delete g.__grayMatterControl;
});

async function check(files: Record<string, string>, note: string, settings: CheckSettings = ALL): Promise<{ report: NoteReport; checker: Checker; vault: MemoryVault }> {
	const vault = new MemoryVault(files, grayMatterParser);
	const checker = new Checker(vault, settings);
	const report = await checker.checkNote(note);
	expectReportConsistent(report, files[note] ?? "");
	return { report, checker, vault };
}

/** `line:rule` of each diagnostic, by line then rule. */
const rulesAt = (report: NoteReport) =>
	[...report.diagnostics].sort((a, b) => a.span.start.line - b.span.start.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)).map((d) => `${d.span.start.line}:${d.rule}`);

describe("front matter", () => {
	it("invalid YAML gives frontmatter-invalid and the rest of the note is still checked", async () => {
		const { report } = await check({ "a.md": fixture("invalid-yaml.md") }, "a.md");
		expect(rulesAt(report)).toEqual(["1:frontmatter-invalid", "8:link-unparsed", "9:heading-missing", "9:link-unparsed"]);
		expect(report.diagnostics.find((d) => d.rule === "frontmatter-invalid")?.span.end.line).toBe(4);
	});

	it("---js front matter is never run: reported, the payload has no effect, the body still checked", async () => {
		const text = fixture("js-frontmatter.md");
		const { report } = await check({ "a.md": text }, "a.md");
		expect(g.__containerNotesPwned).toBeUndefined();
		expect(rulesAt(report)).toEqual(["1:frontmatter-invalid", "10:link-unparsed"]);
		expect(report.diagnostics.find((d) => d.rule === "frontmatter-invalid")?.message).toContain("---js");
		// The tag comes from the body; nothing was read from the code block.
		expect(report.tags).toEqual(["#docker"]);
		const scan = scanNote(text, { parseFrontMatter: grayMatterParser });
		expect(scan.frontMatter?.language).toBe("js");
		expect(scan.frontMatter?.data).toBeNull();
	});

	it("the gray-matter parser never evaluates code, even when the YAML text holds its own fences", () => {
		// Control: gray-matter as shipped does evaluate `---js` (that is why ours is wrapped).
		matter("---js\n{ x: (globalThis.__grayMatterControl = 1) }\n---\n", { excerpt: false });
		expect(g.__grayMatterControl).toBe(1);
		const payloads = [
			"---js\n{ x: (globalThis.__containerNotesPwned = 1) }\n---",
			"x: 1\n---js\n{ y: (globalThis.__containerNotesPwned = 2) }\n---",
			"---javascript\nglobalThis.__containerNotesPwned = 3\n",
			"run: !!js/function 'function () { globalThis.__containerNotesPwned = 4 }'",
			"run: !!js/regexp /x/",
			"run: !!js/undefined ''",
		];
		for (const yaml of payloads) {
			const result = grayMatterParser(yaml);
			const data = "data" in result ? result.data : {};
			for (const v of Object.values(data)) expect(typeof v).not.toBe("function");
		}
		expect(g.__containerNotesPwned).toBeUndefined();
	});

	it("parsing many notes' front matter leaves gray-matter's content cache empty (no unbounded growth)", () => {
		// Not in gray-matter's type declarations, but part of its API (index.js).
		const gm = matter as unknown as { cache: Record<string, unknown>; clearCache(): void };
		gm.clearCache();
		for (let i = 0; i < 2000; i++) grayMatterParser(`tags: [docker]\nn: ${i}\ntext: "${"가".repeat(200)}"`);
		expect(Object.keys(gm.cache)).toHaveLength(0);
	});

	it("a !!js/function tag is refused as invalid YAML", async () => {
		const text = "---\ntags: [docker]\nrun: !!js/function \"function () { globalThis.__containerNotesPwned = 1; }\"\n---\n# 볼륨\n- [볼륨](#볼륨 없음)\n";
		const { report } = await check({ "a.md": text }, "a.md");
		expect(rulesAt(report)).toEqual(["1:frontmatter-invalid", "6:heading-missing", "6:link-unparsed"]);
		expect(g.__containerNotesPwned).toBeUndefined();
	});

	it("__proto__ keys do not pollute prototypes, and an alias bomb parses quickly", async () => {
		const text = fixture("yaml-tricks.md").replace(/^run: .*\n/m, "");
		const started = performance.now();
		const { report } = await check({ "a.md": text }, "a.md");
		expect(performance.now() - started).toBeLessThan(2000);
		expect(({} as Record<string, unknown>).containerNotesPolluted).toBeUndefined();
		expect(Object.prototype.hasOwnProperty.call(Object.prototype, "containerNotesPolluted")).toBe(false);
		expect(report.tags).toEqual(["#docker"]);
		expect(report.diagnostics).toEqual([]);
	});
});

describe("unterminated constructs", () => {
	it.each([
		["unterminated-fence.md", "fence"],
		["unterminated-html-comment.md", "html-comment"],
		["unterminated-percent-comment.md", "percent-comment"],
	])("%s: runs to the end of the note; links and headings inside are ignored", async (name, kind) => {
		const text = fixture(name);
		const scan = scanNote(text, { parseFrontMatter: grayMatterParser });
		const region = scan.regions.find((r) => r.kind === kind);
		expect(region?.unterminated).toBe(true);
		expect(region?.span.end.offset).toBe(text.length);
		expect(scan.headings).toHaveLength(1);
		const { report } = await check({ "a.md": text }, "a.md");
		// Line 3 (before the construct) has problems, and the construct says on its opening
		// line 5 that it is never closed; nothing inside it is reported.
		const byRule = report.diagnostics.map((d) => `${d.span.start.line}:${d.rule}`).sort();
		expect(byRule).toEqual(["3:heading-missing", "3:link-unparsed", "5:block-unclosed"]);
		const unclosed = report.diagnostics.find((d) => d.rule === "block-unclosed");
		// Marked on the opening line only, not over the rest of the note.
		expect(unclosed?.span.end.line).toBe(5);
	});
});

describe("markup in headings and links", () => {
	it("is checked as text: the messages quote it verbatim and fixes keep it", async () => {
		const text = fixture("markup.md");
		const { report, checker } = await check({ "a.md": text }, "a.md");
		const messages = report.diagnostics.map((d) => d.message).join("\n");
		expect(messages).toContain("<img src=x onerror=alert(1)>");
		expect(messages).toContain("<script>alert(1)</script>");
		expect(messages).toContain("<svg onload=alert(1)>");
		// `javascript:` links are external: never resolved, never reported as missing notes.
		expect(report.diagnostics.some((d) => d.message.includes("javascript:"))).toBe(false);
		const fixed = await checker.fixNote("a.md");
		expectOutsideKept(text, fixed.text, safeEdits(report.diagnostics));
		expect(fixed.text).toContain("# <script>globalThis.__containerNotesPwned = \"heading script\"</script>");
		expect(fixed.text).toContain("[클릭](javascript:globalThis.__containerNotesPwned=2)");
		expect(g.__containerNotesPwned).toBeUndefined();
	});
});

describe("size", () => {
	it("10,000 links on one line are checked and fixed", async () => {
		// One link in ten is unparsed (raw space) and points nowhere; the rest resolve.
		const link = (i: number) => (i % 10 === 0 ? `[${i}](#개요 없음${i % 7})` : i % 2 === 1 ? "[[#개요]]" : `[${i}](#개요)`);
		const line = Array.from({ length: 10_000 }, (_, i) => link(i)).join(" ");
		const text = `#Docker\n# 개요\n${line}\n`;
		const started = performance.now();
		const { report, checker } = await check({ "a.md": text }, "a.md");
		expect(scanNote(text).links).toHaveLength(10_000);
		const counts: Record<string, number> = {};
		for (const d of report.diagnostics) counts[d.rule] = (counts[d.rule] ?? 0) + 1;
		expect(counts).toEqual({ "link-unparsed": 1000, "heading-missing": 1000 });
		const fixed = await checker.fixNote("a.md");
		expect(fixed.report.diagnostics.filter((d) => d.rule === "link-unparsed")).toHaveLength(0);
		expect(fixed.text).toBe(text.replace(/\(#개요 없음/g, "(#개요%20없음"));
		expect(performance.now() - started).toBeLessThan(30_000);
	}, 60_000);

	it("a 5 MB note is checked and completes", async () => {
		const section = (i: number) =>
			`## 절 ${i}\n- [위로](#개요)\n- [다음](#개요#절 ${i + 1})\n![그림](/img/이미지 창고/그림 ${i}.png)\n본문 ${"컨테이너 이미지와 레이어 ".repeat(40)}\n\`\`\`\n[코드](#무시)\n\`\`\`\n`;
		const parts = ["#Docker\n# 개요\n"];
		let bytes = 0;
		for (let i = 0; bytes < 5 * 1024 * 1024; i++) {
			const s = section(i);
			parts.push(s);
			bytes += Buffer.byteLength(s);
		}
		const text = parts.join("");
		expect(Buffer.byteLength(text)).toBeGreaterThan(5 * 1024 * 1024);
		const started = performance.now();
		const vault = new MemoryVault({ "big.md": text }, grayMatterParser);
		const checker = new Checker(vault, ALL);
		const report = await checker.checkNote("big.md");
		expect(report.skipped).toBeNull();
		expect(report.diagnostics.length).toBeGreaterThan(1000);
		expect(report.diagnostics.some((d) => d.rule === "image-missing")).toBe(true);
		expect(report.diagnostics.some((d) => d.message.includes("무시"))).toBe(false);
		expect(performance.now() - started).toBeLessThan(30_000);
	}, 60_000);

	it("a note over the size limit is skipped with the reason stated", async () => {
		const text = "#Docker\n" + "가".repeat(2000);
		const vault = new MemoryVault({ "big.md": text, "small.md": "#Docker\n# 짧음\n" }, grayMatterParser);
		const checker = new Checker(vault, { ...ALL, maxNoteBytes: 4096 });
		const report = await checker.checkNote("big.md");
		expect(report.skipped).toMatch(/6008 bytes, over the 4096-byte limit/);
		expect(report.diagnostics).toEqual([]);
		const live = await checker.checkNote("big.md", text);
		expect(live.skipped).toMatch(/over the 4096-byte limit/);
		const vaultReport = await checker.checkVault();
		expect(vaultReport.notes.find((n) => n.path === "small.md")?.skipped).toBeNull();
	});

	it("a binary file named .md is skipped with the reason stated", async () => {
		const png = "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000";
		const garbage = Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? "\ufffd" : String.fromCharCode(33 + (i % 90)))).join("");
		const vault = new MemoryVault({ "image.md": png, "garbage.md": garbage }, grayMatterParser);
		const checker = new Checker(vault, ALL);
		expect((await checker.checkNote("image.md")).skipped).toBe("Skipped: binary content");
		expect((await checker.checkNote("garbage.md")).skipped).toBe("Skipped: binary content");
		const fixed = await checker.fixNote("image.md");
		expect(fixed.text).toBe(png);
	});
});

describe("line endings, BOM and NFD text are preserved by fixes", () => {
	const nfd = "도커 엔진".normalize("NFD");
	const cases: Array<[string, string]> = [
		["CRLF", "#docker\r\n# 설치 방법\r\n## 도커 엔진\r\n- [엔진](#설치 방법#도커 엔진)\r\n"],
		["mixed", "#docker\r\n# 설치 방법\n## 도커 엔진\r- [엔진](#설치 방법#도커 엔진)\r\n끝\r"],
		["BOM", "\ufeff#docker\n# 설치 방법\n## 도커 엔진\n- [엔진](#설치 방법#도커 엔진)\n"],
		["NFD elsewhere", `#docker\n# 설치 방법\n## 도커 엔진\n${nfd} 메모 ${nfd}\n- [엔진](#설치 방법#도커 엔진)\n`],
		["tabs and trailing spaces", "#docker\n# 설치 방법  \n## 도커 엔진\t\n- [엔진](#설치 방법#도커 엔진)   \n\t\n"],
	];
	it.each(cases)("%s", async (_name, text) => {
		const { checker } = await check({ "a.md": text }, "a.md");
		const fixed = await checker.fixNote("a.md");
		expect(fixed.text).toBe(text.replace("(#설치 방법#도커 엔진)", "(#설치%20방법#도커%20엔진)"));
	});

	it("an NFD link is fixed to NFC and nothing else changes", async () => {
		const text = `#docker\r\n# ${"도커 엔진"}\r\n[엔진](#${nfd.replace(" ", "%20")})\r\n${nfd}\r\n`;
		const { report, checker } = await check({ "a.md": text }, "a.md");
		expect(report.diagnostics.map((d) => d.rule)).toEqual(["unicode-normalization"]);
		const fixed = await checker.fixNote("a.md");
		expect(fixed.text).toBe(`#docker\r\n# 도커 엔진\r\n[엔진](#도커%20엔진)\r\n${nfd}\r\n`);
	});
});
