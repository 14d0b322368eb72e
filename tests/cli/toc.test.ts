import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { cleanup, cli, snapshot, tempVault } from "./helpers";
import { assertJsonReport } from "./json-shape";

afterAll(cleanup);

const STALE = ["#docker", "- [준비](#준비)", "\t- [설치](#준비#설치)", "- [실행](#실행)", "", "# 준비", "## 설치", "## 설정", "# 실행", ""].join("\n");

describe("toc", () => {
	it("prints the regenerated TOC in the note's own style and writes nothing", async () => {
		const dir = tempVault({ "notes/a.md": STALE });
		const before = snapshot(dir);
		const r = await cli(["toc", "notes/a.md"], dir);
		expect(r.code).toBe(0);
		expect(r.out).toBe("- [준비](#준비)\n\t- [설치](#준비#설치)\n\t- [설정](#준비#설정)\n- [실행](#실행)\n");
		expect(snapshot(dir)).toEqual(before);
	});

	it("rewrites the TOC with --write (atomically), after which it is no longer stale", async () => {
		const dir = tempVault({ "a.md": STALE });
		const file = path.join(dir, "a.md");
		const inode = statSync(file).ino;
		const r = await cli(["toc", "a.md", "--write"], dir);
		expect(r.code).toBe(0);
		expect(r.out).toBe("a.md: table of contents rewritten\n");
		expect(readFileSync(file, "utf8")).toBe(STALE.replace("\t- [설치](#준비#설치)\n", "\t- [설치](#준비#설치)\n\t- [설정](#준비#설정)\n"));
		expect(statSync(file).ino).not.toBe(inode);
		const json = assertJsonReport(JSON.parse((await cli(["check", "--format", "json"], dir)).out));
		expect(json.notes[0]?.diagnostics).toEqual([]);
		expect((await cli(["toc", "a.md", "--write"], dir)).out).toBe("a.md: table of contents is up to date\n");
	});

	it("prints a new TOC for a note without one, and inserts it only with --write", async () => {
		const dir = tempVault({ "b.md": "---\nslug: b\n---\n# 개요\n## 구성 요소\n" });
		const r = await cli(["toc", "b.md"], dir);
		expect(r.out).toBe("- [개요](#개요)\n\t- [구성 요소](#개요#구성%20요소)\n");
		expect(r.err).toContain("has no table of contents");
		expect(readFileSync(path.join(dir, "b.md"), "utf8")).toBe("---\nslug: b\n---\n# 개요\n## 구성 요소\n");
		expect((await cli(["toc", "b.md", "--write"], dir)).out).toBe("b.md: table of contents inserted\n");
		expect(readFileSync(path.join(dir, "b.md"), "utf8")).toBe("---\nslug: b\n---\n- [개요](#개요)\n\t- [구성 요소](#개요#구성%20요소)\n\n# 개요\n## 구성 요소\n");
	});

	it("finds the vault root by its .obsidian folder, or takes --vault", async () => {
		// The heading link goes to another note at the vault root: it resolves only with the right root.
		const dir = tempVault({ "deep/er/c.md": "# 하나\n", "other.md": "# 둘\n" });
		mkdirSync(path.join(dir, ".obsidian"));
		const r = await cli(["toc", path.join(dir, "deep/er/c.md")], "/");
		expect(r.code).toBe(0);
		expect(r.out).toBe("- [하나](#하나)\n");
		expect((await cli(["toc", "deep/er/c.md", "--vault", "."], dir)).code).toBe(0);
	});

	it("refuses a note outside the vault or a missing note (exit 2)", async () => {
		const dir = tempVault({ "v/a.md": "# a\n", "b.md": "# b\n" });
		const outside = await cli(["toc", "b.md", "--vault", "v"], dir);
		expect(outside.code).toBe(2);
		expect(outside.err).toContain("is not inside the vault");
		expect((await cli(["toc", "nope.md"], dir)).code).toBe(2);
		expect((await cli(["toc"], dir)).code).toBe(2);
	});
});
