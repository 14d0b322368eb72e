/**
 * `check NOTE...` and `fix NOTE...`: only the named notes are reported (or fixed), each
 * checked against the whole vault it belongs to: for a pre-commit hook that passes the
 * changed notes, or an editor that checks the note just saved.
 */
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listedPaths } from "../../src/cli/note-target";
import { cleanup, cli, snapshot, tempVault } from "./helpers";

afterAll(cleanup);

const A = "#docker\n# 개요\n[[#없음]] [[B#설치]] [[B#없음]] [x](#개요 a)\n";
const B = "#docker\n# 설치\n[[#nope]]\n";

/** A vault (with a config folder) inside a work folder, as a repository holding a vault would be. */
function work(extra: Record<string, string> = {}): string {
	return tempVault({ "vault/.obsidian/app.json": "{}", "vault/docs/A.md": A, "vault/B.md": B, "vault/C.md": "#docker\n[[#nowhere]]\n", ...extra });
}

type Json = { summary: { notesScanned: number; notesChecked: number; errors: number }; notes: { path: string; diagnostics: { rule: string; line: number; column: number }[] }[] };

describe("check NOTE...", () => {
	it("reports the named note only, resolving its links against the whole vault", async () => {
		const dir = work();
		const r = await cli(["check", "vault/docs/A.md"], dir);
		expect(r.code).toBe(1);
		expect(r.out).toBe(
			[
				"vault/docs/A.md:3:1  error  heading-missing  No heading \"#없음\" in this note",
				"    hint: No similar heading found",
				"vault/docs/A.md:3:18  error  heading-missing  No heading \"#없음\" in B",
				"    hint: No similar heading found",
				"vault/docs/A.md:3:27  error  heading-missing  No heading \"#개요 a\" in this note",
				"    hint: Did you mean \"#개요\"?",
				"vault/docs/A.md:3:27  error  link-unparsed  Not a link in Obsidian: the destination \"#개요 a\" holds raw spaces",
				"    hint: Encode the spaces as %20 [fixable]",
				"",
				"1 problem can be fixed safely: run container-notes fix (with --dry-run to see the changes first)",
				"1 note checked, 4 errors, 0 warnings (1 note named)",
				"",
			].join("\n"),
		);
		expect(r.err).toBe("");
	});

	it("reports several notes, each once, with vault-relative paths in JSON", async () => {
		const dir = work();
		const r = await cli(["check", "vault/B.md", "vault/docs/A.md", "vault/B.md", "--format", "json"], dir);
		const json = JSON.parse(r.out) as Json;
		expect(json.notes.map((n) => n.path)).toEqual(["B.md", "docs/A.md"]);
		expect(json.summary).toMatchObject({ notesScanned: 2, notesChecked: 2, errors: 5 });
	});

	it("finds the same problems in a note as the whole-vault check does", async () => {
		const dir = work();
		const whole = JSON.parse((await cli(["check", "vault", "--format", "json"], dir)).out) as Json;
		const one = JSON.parse((await cli(["check", "vault/docs/A.md", "--format", "json"], dir)).out) as Json;
		expect(one.notes).toEqual(whole.notes.filter((n) => n.path === "docs/A.md"));
	});

	it("takes the vault from --vault, else from the nearest folder holding the config folder", async () => {
		const dir = work();
		// From inside the note's folder: the vault is still found (links to B.md resolve).
		const inside = await cli(["check", "A.md", "--format", "json"], path.join(dir, "vault/docs"));
		expect((JSON.parse(inside.out) as Json).summary.errors).toBe(4);
		// --vault names it outright; a note outside it is refused.
		expect((await cli(["check", "vault/docs/A.md", "--vault", "vault", "--format", "json"], dir)).code).toBe(1);
		const outside = await cli(["check", "vault/docs/A.md", "--vault", "vault/docs/../../other"], dir);
		expect(outside.code).toBe(2);
		writeFileSync(path.join(dir, "loose.md"), "# x\n");
		const loose = await cli(["check", "loose.md", "--vault", "vault"], dir);
		expect(loose.code).toBe(2);
		expect(loose.err).toBe("The note loose.md is not inside the vault vault\n");
	});

	it("without a config folder, takes the Git repository as the vault (else the note's folder), and says so", async () => {
		// A fresh clone in CI: .obsidian is not committed. B.md, at the root, must still resolve.
		const dir = tempVault({ ".git/HEAD": "ref: refs/heads/main\n", "docs/A.md": A, "B.md": B });
		const r = await cli(["check", "docs/A.md", "--format", "json"], dir);
		expect((JSON.parse(r.out) as Json).summary.errors).toBe(4);
		expect(r.err).toBe("No .obsidian folder above docs/A.md: the vault is taken to be . (--vault names another)\n");
		const ko = await cli(["check", "A.md", "--format", "json", "--lang", "ko"], path.join(dir, "docs"));
		expect(ko.err).toBe("A.md 위에 .obsidian 폴더가 없어 .. 폴더를 볼트로 봅니다 (다른 볼트는 --vault 로 지정)\n");
		// Neither: the note's own folder, where B.md is not (one more error: [[B#설치]] has no note).
		const bare = tempVault({ "docs/A.md": A, "B.md": B });
		const own = await cli(["check", "docs/A.md", "--format", "json"], bare);
		expect(own.err).toBe("No .obsidian folder above docs/A.md: the vault is taken to be docs (--vault names another)\n");
		expect((JSON.parse(own.out) as Json).summary.errors).toBe(5);
		// A repository at the home folder (dotfiles in Git) is never the vault: the note's folder is.
		const home = await cli(["check", "docs/A.md", "--format", "json"], dir, { env: { LANG: "en_US.UTF-8", HOME: dir } });
		expect(home.err).toBe("No .obsidian folder above docs/A.md: the vault is taken to be docs (--vault names another)\n");
		expect((JSON.parse(home.out) as Json).summary.errors).toBe(5);
		// A HOME elsewhere changes nothing.
		const elsewhere = await cli(["check", "docs/A.md", "--format", "json"], dir, { env: { LANG: "en_US.UTF-8", HOME: path.join(dir, "docs") } });
		expect((JSON.parse(elsewhere.out) as Json).summary.errors).toBe(4);
		// toc needs no other note: it never takes a whole repository as the vault.
		const toc = await cli(["toc", "docs/A.md"], dir);
		expect(toc.err).toContain("No .obsidian folder above docs/A.md: the vault is taken to be docs (--vault names another)\n");
	});

	it("respects the scope: a note without a watched tag is not checked unless --all", async () => {
		const dir = work({ "vault/memo.md": "# 메모\n[[#없음]]\n" });
		const tagged = await cli(["check", "vault/memo.md"], dir);
		expect(tagged.code).toBe(0);
		expect(tagged.out).toBe("No container notes found (use --all to check every note).\n0 notes checked, 0 errors, 0 warnings (1 note named)\n");
		expect((await cli(["check", "vault/memo.md", "--all"], dir)).code).toBe(1);
	});

	it("refuses what is not a note of the vault, naming it", async () => {
		const dir = work({ "vault/.obsidian/snippets/x.md": "# x\n", "outside/o.md": "# o\n" });
		const cases: [string[], string][] = [
			[["vault/none.md"], "Cannot read the note vault/none.md: no such file\n"],
			[["vault/B.md", "vault/docs"], "Cannot read the note vault/docs: not a file\n"],
			[["vault/.obsidian/app.json", "vault/B.md"], "Cannot read the note vault/.obsidian/app.json: not a Markdown note (.md)\n"],
			[["vault/.obsidian/snippets/x.md"], "The note vault/.obsidian/snippets/x.md is not inside the vault " + path.join(dir, "vault") + "\n"],
		];
		for (const [args, err] of cases) {
			const r = await cli(["check", ...args], dir);
			expect(r.code, args.join(" ")).toBe(2);
			expect(r.err, args.join(" ")).toBe(err);
		}
		// A symbolic link inside the vault to a note outside it.
		symlinkSync(path.join(dir, "outside/o.md"), path.join(dir, "vault/linked.md"));
		const linked = await cli(["check", "vault/linked.md"], dir);
		expect(linked.code).toBe(2);
		expect(linked.err).toMatch(/^The note vault\/linked.md is not inside the vault /);
	});
});

describe("fix NOTE...", () => {
	it("fixes the named note only", async () => {
		const dir = work({ "vault/C.md": "#docker\n# 개요\n[x](#개요 )\n[y](#개요 a)\n" });
		const before = snapshot(dir);
		const dry = await cli(["fix", "vault/docs/A.md", "--dry-run"], dir);
		expect(dry.out).toContain("+[[#없음]] [[B#설치]] [[B#없음]] [x](#개요%20a)");
		expect(snapshot(dir)).toEqual(before);
		const r = await cli(["fix", "vault/docs/A.md"], dir);
		expect(r.code).toBe(1);
		expect(r.out).toContain("vault/docs/A.md: 1 fix applied");
		expect(readFileSync(path.join(dir, "vault/docs/A.md"), "utf8")).toBe("#docker\n# 개요\n[[#없음]] [[B#설치]] [[B#없음]] [x](#개요%20a)\n");
		// C.md has safe fixes too, and stays as it was.
		expect(readFileSync(path.join(dir, "vault/C.md"), "utf8")).toBe("#docker\n# 개요\n[x](#개요 )\n[y](#개요 a)\n");
	});
});

describe("listedPaths", () => {
	it("finds a path as listed, exactly or up to NFC (names on disk may be NFD), and nothing else", () => {
		const nfd = "docs/도커.md".normalize("NFD");
		const find = listedPaths(["B.md", nfd, ".obsidian/x.md"]);
		expect(find("B.md")).toBe("B.md");
		expect(find("docs/도커.md")).toBe(nfd);
		expect(find(nfd)).toBe(nfd);
		expect(find("b.md")).toBeUndefined();
		expect(find("docs/없음.md")).toBeUndefined();
	});
});
