/**
 * The CLI on hostile vaults: executable front matter is never run, binary and
 * oversized notes are skipped with a reason, writes go through a temporary file
 * and a rename, and nothing outside the vault is read, followed or written.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { NodeVault } from "../../src/cli/node-vault";
import { Checker } from "../../src/core/check/checker";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { applySafeFixes } from "../../src/core/fix/apply";
import { cleanup, cli, snapshot, tempVault } from "../cli/helpers";

afterAll(cleanup);
afterEach(() => {
	vi.restoreAllMocks();
	delete (globalThis as { __containerNotesPwned?: unknown }).__containerNotesPwned;
});

const HOSTILE = path.resolve(__dirname, "../fixtures/hostile");

interface JsonOut {
	notes: { path: string; diagnostics: { rule: string; line: number; message: string; fix: { safe: boolean } | null }[] }[];
}

/** A temporary vault holding every hostile fixture. */
function hostileVault(extra: Record<string, string | Uint8Array> = {}): string {
	const dir = tempVault(extra);
	for (const name of readdirSync(HOSTILE)) copyFileSync(path.join(HOSTILE, name), path.join(dir, name));
	return dir;
}

/** Bytes that are not UTF-8 (a PNG header and a stray continuation byte). */
const NOT_UTF8 = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe, 0x80, 0x23, 0x64]);

describe("check on a hostile vault", () => {
	it("never runs front matter code, skips binary and huge notes with a reason, and checks the rest", async () => {
		const huge = "#Docker\n" + "# 큰 노트\n".repeat(9 * 1024 * 1024 / 14);
		const dir = hostileVault({ "binary.md": NOT_UTF8, "nul.md": "#Docker\n# 제목\u0000\u0000\u0001", "huge.md": huge });
		const text = await cli(["check", "--all"], dir);
		expect((globalThis as { __containerNotesPwned?: unknown }).__containerNotesPwned).toBeUndefined();
		expect(text.code).toBe(1);
		expect(text.out).toMatch(/binary\.md: Skipped: unreadable \(Not valid UTF-8 text\)/);
		expect(text.out).toMatch(/nul\.md: Skipped: binary content/);
		expect(text.out).toMatch(/huge\.md: Skipped: \d+ bytes, over the 8388608-byte limit/);
		const json = JSON.parse((await cli(["check", "--all", "--format", "json"], dir)).out) as JsonOut;
		const paths = json.notes.map((n) => n.path);
		expect(paths).not.toContain("binary.md");
		expect(paths).not.toContain("huge.md");
		const js = json.notes.find((n) => n.path === "js-frontmatter.md");
		expect(js?.diagnostics.map((d) => `${d.line}:${d.rule}`)).toEqual(["1:frontmatter-invalid", "10:link-unparsed"]);
		expect(json.notes.find((n) => n.path === "invalid-yaml.md")?.diagnostics.map((d) => d.rule)).toContain("heading-missing");
		expect((globalThis as { __containerNotesPwned?: unknown }).__containerNotesPwned).toBeUndefined();
	}, 60_000);

	it("fix leaves binary and skipped notes untouched, byte for byte", async () => {
		const dir = hostileVault({ "binary.md": NOT_UTF8, "nul.md": "#Docker\n[x](#a b)\u0000" });
		const r = await cli(["fix", "--all"], dir);
		expect([0, 1]).toContain(r.code);
		expect(Buffer.compare(readFileSync(path.join(dir, "binary.md")), Buffer.from(NOT_UTF8))).toBe(0);
		expect(readFileSync(path.join(dir, "nul.md"), "utf8")).toBe("#Docker\n[x](#a b)\u0000");
		expect(readFileSync(path.join(dir, "js-frontmatter.md"), "utf8")).toBe(readFileSync(path.join(HOSTILE, "js-frontmatter.md"), "utf8").replace("(#이미지 빌드)", "(#이미지%20빌드)"));
		expect((globalThis as { __containerNotesPwned?: unknown }).__containerNotesPwned).toBeUndefined();
	});
});

describe("writes", () => {
	const NOTE = "\ufeff#docker\r\n# 설치 방법\r\n## 도커 엔진\r\n- [엔진](#설치 방법#도커 엔진)\r\n";
	const FIXED = NOTE.replace("(#설치 방법#도커 엔진)", "(#설치%20방법#도커%20엔진)");

	it("go through a temporary file and a rename, keep the file's mode and leave no temporary file", async () => {
		const dir = tempVault({ "sub/a.md": NOTE });
		const file = path.join(dir, "sub/a.md");
		chmodSync(file, 0o640);
		const inode = statSync(file).ino;
		const r = await cli(["fix"], dir);
		expect(r.code).toBe(0);
		expect(readFileSync(file, "utf8")).toBe(FIXED);
		expect(statSync(file).ino).not.toBe(inode);
		expect(statSync(file).mode & 0o777).toBe(0o640);
		expect(readdirSync(path.join(dir, "sub"))).toEqual(["a.md"]);
	});

	it("go to the file as named on disk: an NFD file name gets no NFC twin", async () => {
		const name = "도커 기초.md".normalize("NFD");
		const dir = tempVault({ [name]: NOTE, "img/이미지 창고/a.png": "PNG" });
		const r = await cli(["fix"], dir);
		expect(r.code).toBe(0);
		expect(readdirSync(dir).sort()).toEqual([name, "img"].sort());
		expect(readFileSync(path.join(dir, name), "utf8")).toBe(FIXED);
	});

	it("are refused when the file changed after it was checked (Node vault)", async () => {
		const dir = tempVault({ "a.md": NOTE });
		const vault = new NodeVault(dir);
		const checker = new Checker(vault, DEFAULT_CHECK_SETTINGS);
		const report = await checker.checkNote("a.md");
		const fixed = applySafeFixes(NOTE, report.diagnostics).text;
		expect(fixed).toBe(FIXED);
		const edited = NOTE + "사용자가 방금 쓴 줄\r\n";
		writeFileSync(path.join(dir, "a.md"), edited);
		expect(await vault.replaceIfUnchanged("a.md", NOTE, fixed)).toBe(false);
		expect(readFileSync(path.join(dir, "a.md"), "utf8")).toBe(edited);
		expect(readdirSync(dir)).toEqual(["a.md"]);
	});

	it("are refused for paths outside the vault or in dot folders", async () => {
		const outside = tempVault({ "victim.md": "# 밖\n" });
		const dir = tempVault({ "a.md": "# 안\n", ".obsidian/app.md": "x" });
		const vault = new NodeVault(dir);
		const rel = path.relative(dir, path.join(outside, "victim.md"));
		await expect(vault.replaceIfUnchanged(rel, "# 밖\n", "pwned")).rejects.toThrow();
		await expect(vault.replaceIfUnchanged(path.join(outside, "victim.md"), "# 밖\n", "pwned")).rejects.toThrow();
		await expect(vault.replaceIfUnchanged(".obsidian/app.md", "x", "pwned")).rejects.toThrow();
		await expect(vault.readNote(rel)).rejects.toThrow();
		await expect(vault.readNote("/etc/passwd")).rejects.toThrow();
		expect(readFileSync(path.join(outside, "victim.md"), "utf8")).toBe("# 밖\n");
		expect(readFileSync(path.join(dir, ".obsidian/app.md"), "utf8")).toBe("x");
	});
});

describe("the vault boundary", () => {
	it("links out of the vault are reported or treated as external, and never read", async () => {
		const base = tempVault({ "outside/secret.md": "# 비밀\n## 제목\n", "outside/img.png": "PNG" });
		const dir = path.join(base, "vault");
		mkdirSync(dir);
		const note = [
			"#Docker",
			"# 안",
			"- [비밀](../outside/secret.md#제목)",
			"- [없음](../outside/secret.md#없는 제목)",
			"- [[../../../../../../etc/passwd#root]]",
			"- [패스워드](/etc/passwd#root)",
			"- [파일](file:///etc/passwd)",
			"- ![그림](../outside/img.png)",
			"- ![[../../../etc/hostname]]",
			"- [심링크](linked/secret.md#제목)",
			"",
		].join("\n");
		writeFileSync(path.join(dir, "a.md"), note);
		symlinkSync(path.join(base, "outside"), path.join(dir, "linked"));
		symlinkSync(path.join(base, "outside/secret.md"), path.join(dir, "secret-link.md"));
		const before = snapshot(path.join(base, "outside"));
		// A spy keeps the real implementation and records every note the CLI reads.
		const readNote = vi.spyOn(NodeVault.prototype, "readNote");
		const r = await cli(["check", "--all", "--format", "json"], dir);
		expect(r.code).toBe(1);
		const json = JSON.parse(r.out) as JsonOut;
		// The symbolic links lead outside: not listed, so not checked.
		expect(json.notes.map((n) => n.path)).toEqual(["a.md"]);
		expect(readNote.mock.calls.map((c) => c[0])).toEqual(["a.md"]);
		const diags = json.notes[0]?.diagnostics ?? [];
		// Every internal link out of the vault is reported (lines 3-6, 8-10); the file: URL is external (line 7).
		const lines = new Set(diags.map((d) => d.line));
		for (const line of [3, 4, 5, 6, 8, 9, 10]) expect(lines.has(line), `line ${line} reported`).toBe(true);
		expect(lines.has(7)).toBe(false);
		for (const line of [3, 4, 5, 8, 9]) {
			expect(diags.some((d) => d.line === line && d.message.includes("outside the vault")), `line ${line}: outside the vault`).toBe(true);
		}
		// Nothing from the secret note leaks into messages (its headings were never read).
		expect(r.out).not.toContain("비밀\\n");
		expect(diags.some((d) => d.message.includes("## 제목"))).toBe(false);
		const fix = await cli(["fix", "--all"], dir);
		expect([0, 1]).toContain(fix.code);
		expect(snapshot(path.join(base, "outside"))).toEqual(before);
	});

	it.skipIf(process.platform === "win32")("a named pipe called .md (and a link to it) is not read, so the check cannot block on it", async () => {
		const dir = tempVault({ "a.md": "#Docker\n# 하나\n" });
		execFileSync("mkfifo", [path.join(dir, "pipe.md")]);
		symlinkSync("pipe.md", path.join(dir, "pipe-link.md"));
		const r = await cli(["check", "--all", "--format", "json"], dir);
		expect(r.code).toBe(0);
		expect((JSON.parse(r.out) as JsonOut).notes.map((n) => n.path)).toEqual(["a.md"]);
	});

	it("symbolic-link loops do not hang the walk, and each file is listed once", async () => {
		const dir = tempVault({ "a/note.md": "#Docker\n# 하나\n", "b/other.md": "# 둘\n" });
		symlinkSync("..", path.join(dir, "a/loop"));
		symlinkSync(".", path.join(dir, "b/self"));
		symlinkSync(path.join(dir, "a"), path.join(dir, "b/to-a"));
		symlinkSync("self-ref", path.join(dir, "self-ref"));
		symlinkSync("ping", path.join(dir, "pong"));
		symlinkSync("pong", path.join(dir, "ping"));
		const started = performance.now();
		const vault = new NodeVault(dir);
		expect([...vault.listFiles()].sort()).toEqual(["a/note.md", "b/other.md"]);
		const r = await cli(["check", "--all", "--format", "json"], dir);
		expect(r.code).toBe(0);
		expect((JSON.parse(r.out) as JsonOut).notes.map((n) => n.path)).toEqual(["a/note.md", "b/other.md"]);
		expect(performance.now() - started).toBeLessThan(10_000);
	});
});

describe("command-line paths", () => {
	it("encoded and backslash traversals in links are not followed", async () => {
		const base = tempVault({ "outside/secret.md": "# 비밀\n" });
		const dir = path.join(base, "vault");
		mkdirSync(dir);
		const note = ["#Docker", "[a](%2e%2e/outside/secret.md#비밀)", "[b](..%2Foutside%2Fsecret.md#비밀)", "[c](..\\outside\\secret.md#비밀)", "[[..\\outside\\secret#비밀]]", "[d](a%00.md#x)", ""].join("\n");
		writeFileSync(path.join(dir, "a.md"), note);
		const readNote = vi.spyOn(NodeVault.prototype, "readNote");
		const r = await cli(["check", "--all", "--format", "json"], dir);
		expect([0, 1]).toContain(r.code);
		expect(readNote.mock.calls.map((c) => c[0])).toEqual(["a.md"]);
		const json = JSON.parse(r.out) as JsonOut;
		// No link reached the secret note: every one of them is reported, none resolved to its heading.
		const lines = new Set(json.notes[0]?.diagnostics.map((d) => d.line));
		for (const line of [2, 3, 4, 5]) expect(lines.has(line), `line ${line} reported`).toBe(true);
	});

	it("a site root outside the vault is refused", async () => {
		const dir = tempVault({ "a.md": "#Docker\n" });
		const r = await cli(["check", dir, "--site-root", "../.."], dir);
		expect(r.code).toBe(2);
	});

	it("toc --write refuses a note outside the vault, directly or through a symbolic link", async () => {
		const base = tempVault({ "outside/secret.md": "- [x](#a b)\n# a b\n", "vault/a.md": "# 안\n" });
		const dir = path.join(base, "vault");
		symlinkSync(path.join(base, "outside"), path.join(dir, "linked"));
		const before = snapshot(path.join(base, "outside"));
		const direct = await cli(["toc", path.join(base, "outside/secret.md"), "--vault", dir, "--write"], base);
		expect(direct.code).toBe(2);
		const linked = await cli(["toc", path.join(dir, "linked/secret.md"), "--vault", dir, "--write"], base);
		expect(linked.code).toBe(2);
		expect(snapshot(path.join(base, "outside"))).toEqual(before);
	});
});
