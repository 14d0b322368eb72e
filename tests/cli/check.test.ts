import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { cleanup, cli, ruleCounts, tempVault } from "./helpers";
import { assertJsonReport } from "./json-shape";

afterAll(cleanup);

const CLEAN = "---\ntags: [docker]\n---\n# 설치\n## 리눅스\n- 패키지로 설치합니다. [리눅스 설치](#설치#리눅스)\n";
const BROKEN = [
	"#container",
	"# 설치",
	"## 설치 방법",
	"- [설정](#설정파일) 을 먼저 봅니다.",
	"- [방법](#설치 방법) 을 따릅니다.",
	"![그림](/img/이미지%20창고/없음.png)",
	"",
].join("\n");
const UNTAGGED = "# 메모\n[어딘가](#없는 곳)\n";

function brokenVault(): string {
	return tempVault({ "broken.md": BROKEN, "untagged.md": UNTAGGED, "sub/clean.md": CLEAN });
}

describe("check: exit codes", () => {
	it("exits 0 on a clean vault and says so", async () => {
		const dir = tempVault({ "clean.md": CLEAN });
		const r = await cli(["check", "."], dir);
		expect(r.code).toBe(0);
		expect(r.out).toBe("1 note checked, 0 errors, 0 warnings (1 note in the vault)\n");
		expect(r.err).toBe("");
	});

	it("exits 1 when errors are found, 2 on an unreadable vault or bad usage", async () => {
		const dir = brokenVault();
		expect((await cli(["check"], dir)).code).toBe(1);
		const missing = await cli(["check", "no-such-folder"], dir);
		expect(missing.code).toBe(2);
		expect(missing.err).toMatch(/^Cannot read the vault no-such-folder: /);
		// A file that is no note is neither a vault nor a note (a note is checked: see notes.test.ts).
		writeFileSync(path.join(dir, "notes.txt"), "x");
		const file = await cli(["check", "notes.txt"], dir);
		expect(file.code).toBe(2);
		expect(file.err).toBe("Cannot read the note notes.txt: not a Markdown note (.md)\n");
		const usage = await cli(["check", "--format", "xml"], dir);
		expect(usage.code).toBe(2);
		expect(usage.err).toContain("Invalid value for --format: xml");
		expect((await cli(["frobnicate"], dir)).code).toBe(2);
		expect((await cli(["check", "--site-root", "../outside"], dir)).code).toBe(2);
		const typo = await cli(["check", "--site-root", "statc"], dir);
		expect(typo.code).toBe(2);
		expect(typo.err).toBe("The site root statc is not a folder inside the vault\n");
	});

	it("exits 1 on more warnings than --max-warnings allows, and says why on stderr", async () => {
		// Two twin headings: heading-ambiguous warns on the link, no error.
		const dir = tempVault({ "w.md": "#docker\n# 설치\n# 설치\n[설치](#설치)\n" });
		const plain = await cli(["check", "."], dir);
		expect(plain.code).toBe(0);
		expect(plain.out).toContain("0 errors, 1 warning");
		const strict = await cli(["check", ".", "--max-warnings", "0"], dir);
		expect(strict.code).toBe(1);
		expect(strict.out).toBe(plain.out);
		expect(strict.err).toBe("1 warning, more than --max-warnings 0 allows\n");
		const lenient = await cli(["check", ".", "--max-warnings=1", "--format", "json"], dir);
		expect(lenient.code).toBe(0);
		expect(lenient.err).toBe("");
		const korean = await cli(["check", ".", "--max-warnings", "0", "--lang", "ko"], dir);
		expect(korean.code).toBe(1);
		expect(korean.err).toBe("경고 1개: --max-warnings 0 보다 많습니다\n");
	});

	it("hands compare to its own command (its usage errors exit 2)", async () => {
		const dir = tempVault({ "d.md": "#docker\n# 개요\n" });
		const missing = await cli(["compare"], dir);
		expect(missing.code).toBe(2);
		expect(missing.err).toContain("container-notes compare NOTE");
		const json = await cli(["compare", "d.md", "--format", "json"], dir);
		expect((JSON.parse(json.out) as { version: number }).version).toBe(1);
	});

	it("prints help and the version with exit 0", async () => {
		const help = await cli(["--help"], ".");
		expect(help.code).toBe(0);
		expect(help.out).toContain("Usage: container-notes <command> [options]");
		const version = await cli(["--version"], ".");
		expect(version.out).toMatch(/^\d+\.\d+\.\d+\n$/);
	});
});

describe("check: text output", () => {
	it("reads like a compiler: path:line:col  severity  rule  message, a hint, a summary", async () => {
		const dir = brokenVault();
		const r = await cli(["check"], dir);
		const lines = r.out.split("\n");
		expect(lines.find((l) => l.includes("heading-missing"))).toMatch(/^broken\.md:4:3 {2}error {2}heading-missing {2}\S/);
		expect(lines.find((l) => l.includes("link-unparsed"))).toMatch(/^broken\.md:5:3 {2}error {2}link-unparsed {2}\S/);
		expect(lines.find((l) => l.includes("image-missing"))).toMatch(/^broken\.md:6:1 {2}error {2}image-missing {2}\S/);
		// The unparsed link has a safe fix: its hint says so.
		const i = lines.findIndex((l) => l.includes("link-unparsed"));
		expect(lines[i + 1]).toMatch(/^ {4}hint: .*\[fixable\]$/);
		expect(lines.at(-2)).toBe("2 notes checked, 3 errors, 0 warnings (3 notes in the vault)");
		// Just above it, how many problems `fix` would fix, and the command.
		expect(lines.at(-3)).toBe("1 problem can be fixed safely: run container-notes fix (with --dry-run to see the changes first)");
		expect(r.out).not.toContain("untagged.md");
	});

	it("counts the safe fixes only when there are any, and fix does not repeat the line", async () => {
		const clean = await cli(["check"], tempVault({ "clean.md": CLEAN }));
		expect(clean.out).not.toContain("fixed safely");
		const dir = brokenVault();
		const ko = await cli(["check", "--lang", "ko"], dir);
		expect(ko.out).toContain("\n안전하게 고칠 수 있는 문제 1개: container-notes fix 로 고칩니다 (--dry-run 을 붙이면 바뀔 내용만 먼저 봅니다)\n");
		const fixed = await cli(["fix"], dir);
		expect(fixed.out).not.toContain("fixed safely");
	});

	it("shows paths relative to the working directory", async () => {
		const dir = brokenVault();
		const r = await cli(["check", path.basename(dir)], path.dirname(dir));
		expect(r.out).toContain(`${path.basename(dir)}/broken.md:4:3`);
	});

	it("colours on a terminal, not with NO_COLOR or into a pipe", async () => {
		const dir = brokenVault();
		expect((await cli(["check"], dir, { isTTY: true, env: {} })).out).toContain("\u001b[31m");
		expect((await cli(["check"], dir, { isTTY: true, env: { NO_COLOR: "1" } })).out).not.toContain("\u001b[");
		expect((await cli(["check"], dir, { isTTY: false, env: {} })).out).not.toContain("\u001b[");
	});

	it("speaks Korean with --lang ko or a Korean LANG", async () => {
		const dir = brokenVault();
		const ko = await cli(["check", "--lang", "ko"], dir);
		expect(ko.out).toContain("노트 2개 검사, 오류 3개, 경고 0개 (볼트의 노트 3개)");
		expect(ko.out).toContain("    제안: ");
		const env = await cli(["check"], dir, { env: { LANG: "ko_KR.UTF-8" } });
		expect(env.out).toContain("노트 2개 검사");
		const usage = await cli(["check", "--lang", "ko", "--bogus"], dir);
		expect(usage.err).toContain("알 수 없는 옵션: --bogus");
	});

	it("draws no progress bar unless stderr is a terminal and the vault is large", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 320; i++) files[`n${i}.md`] = `# 제목 ${i}\n`;
		const dir = tempVault(files);
		expect((await cli(["check", "--all"], dir, { stderrIsTTY: false })).err).toBe("");
		const tty = await cli(["check", "--all"], dir, { stderrIsTTY: true });
		expect(tty.err).toContain("/320 notes");
		expect(tty.out).not.toContain("notes\r");
		expect((await cli(["check", "--all"], tempVault({ "a.md": "# a\n" }), { stderrIsTTY: true })).err).toBe("");
	});
});

describe("check: JSON output", () => {
	it("has exactly the version-1 shape, every checked note listed", async () => {
		const dir = brokenVault();
		const r = await cli(["check", "--format", "json"], dir);
		expect(r.code).toBe(1);
		const json = assertJsonReport(JSON.parse(r.out));
		expect(json.summary).toEqual({ notesScanned: 3, notesChecked: 2, errors: 3, warnings: 0, infos: 0 });
		expect(json.notes.map((n) => n.path)).toEqual(["broken.md", "sub/clean.md"]);
		expect(json.notes[0]?.tags).toEqual(["#container"]);
		expect(json.notes[1]).toEqual({ path: "sub/clean.md", tags: ["#docker"], diagnostics: [] });
		expect(ruleCounts(json)).toEqual({ "heading-missing": 1, "link-unparsed": 1, "image-missing": 1 });
		const unparsed = json.notes[0]?.diagnostics.find((d) => d.rule === "link-unparsed");
		expect(unparsed).toMatchObject({ line: 5, column: 3, endLine: 5, endColumn: 15 });
		expect(unparsed?.fix).toMatchObject({ safe: true, edits: [{ line: 5, text: "#설치%20방법" }] });
	});

	it("lists every note with --all", async () => {
		const dir = brokenVault();
		const json = assertJsonReport(JSON.parse((await cli(["check", "--all", "--format=json"], dir)).out));
		expect(json.notes.map((n) => n.path)).toEqual(["broken.md", "sub/clean.md", "untagged.md"]);
		expect(json.summary.notesChecked).toBe(3);
	});

	it("honours --tags and --image-folder", async () => {
		const dir = tempVault({ "k.md": "#k8s\n![a](/assets/a.png)\n", "assets/a.png": "", "img/이미지 창고/b.png": "" });
		const json = assertJsonReport(JSON.parse((await cli(["check", "--tags", "k8s", "--format", "json"], dir)).out));
		expect(json.notes.map((n) => n.path)).toEqual(["k.md"]);
		expect(ruleCounts(json)).toEqual({ "image-outside-folder": 1 });
		const inFolder = assertJsonReport(JSON.parse((await cli(["check", "--tags", "k8s", "--image-folder", "/assets", "--format", "json"], dir)).out));
		expect(ruleCounts(inFolder)).toEqual({});
	});

	it("reports no image outside an image folder the vault does not have (the default is the seed author's)", async () => {
		const dir = tempVault({ "k.md": "#docker\n![a](/assets/a.png)\n", "assets/a.png": "" });
		expect(ruleCounts(assertJsonReport(JSON.parse((await cli(["check", "--format", "json"], dir)).out)))).toEqual({});
		// A folder named by --image-folder that does not exist: the same.
		expect(ruleCounts(assertJsonReport(JSON.parse((await cli(["check", "--image-folder", "/pictures", "--format", "json"], dir)).out)))).toEqual({});
		// Once the folder holds a file, images elsewhere are reported again.
		mkdirSync(path.join(dir, "img/이미지 창고"), { recursive: true });
		writeFileSync(path.join(dir, "img/이미지 창고/b.png"), "");
		expect(ruleCounts(assertJsonReport(JSON.parse((await cli(["check", "--format", "json"], dir)).out)))).toEqual({ "image-outside-folder": 1 });
	});

	it("maps a leading / through --site-root", async () => {
		const dir = tempVault({ "d.md": "#docker\n![a](/img/이미지%20창고/a.png)\n" });
		mkdirSync(path.join(dir, "static/img/이미지 창고"), { recursive: true });
		writeFileSync(path.join(dir, "static/img/이미지 창고/a.png"), "");
		expect(ruleCounts(assertJsonReport(JSON.parse((await cli(["check", "--format", "json"], dir)).out)))).toEqual({ "image-missing": 1 });
		expect(ruleCounts(assertJsonReport(JSON.parse((await cli(["check", "--site-root", "static", "--format", "json"], dir)).out)))).toEqual({});
	});

	it("writes a Markdown report with --format markdown", async () => {
		const dir = brokenVault();
		const r = await cli(["check", "--format", "markdown"], dir);
		expect(r.out).toMatch(/^# Container Notes report\n/);
		expect(r.out).toContain("## broken.md\n");
		expect(r.out).toContain("`heading-missing` (line 4, column 3)");
	});
});
