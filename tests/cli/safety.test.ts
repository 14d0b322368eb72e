import { afterAll, describe, expect, it } from "vitest";
import { symlinkSync } from "node:fs";
import * as path from "node:path";
import { cleanup, cli, ruleCounts, snapshot, tempVault } from "./helpers";
import { assertJsonReport } from "./json-shape";

afterAll(cleanup);

describe("the CLI on hostile vaults", () => {
	it("skips a binary .md with a stated reason and checks the rest", async () => {
		const dir = tempVault({ "bin.md": new Uint8Array([0, 1, 2, 35, 100, 111, 99, 107, 101, 114, 0]), "ok.md": "#docker\n# 제목\n" });
		const text = await cli(["check"], dir);
		expect(text.code).toBe(0);
		expect(text.out).toMatch(/^bin\.md: Skipped: .*binary/m);
		expect(text.out).toContain("1 note checked, 0 errors, 0 warnings");
		const json = await cli(["check", "--format", "json"], dir);
		expect(assertJsonReport(JSON.parse(json.out)).notes.map((n) => n.path)).toEqual(["ok.md"]);
		expect(json.err).toMatch(/^bin\.md: Skipped: /m);
	});

	it("does not hang on a symbolic-link loop, and does not follow a link out of the vault", async () => {
		const outside = tempVault({ "secret.md": "#docker\n[x](#없는 제목)\n" });
		const dir = tempVault({ "a.md": "#docker\n# 하나\n" });
		symlinkSync(dir, path.join(dir, "loop"));
		symlinkSync(path.join(outside, "secret.md"), path.join(dir, "secret.md"));
		symlinkSync(outside, path.join(dir, "elsewhere"));
		const r = await cli(["check", "--format", "json"], dir);
		const json = assertJsonReport(JSON.parse(r.out));
		expect(json.notes.map((n) => n.path)).toEqual(["a.md"]);
		const before = snapshot(outside);
		await cli(["fix"], dir);
		expect(snapshot(outside)).toEqual(before);
	});

	it("reports links that climb out of the vault or name system paths, and follows none", async () => {
		const dir = tempVault({
			"sub/a.md": "#docker\n[up](../../../../etc/hosts#localhost)\n![sys](/etc/ssl/certs/ca.png)\n[[../../../etc/hosts#x]]\n",
		});
		const r = await cli(["check", "--format", "json"], dir);
		expect(r.code).toBe(1);
		const json = assertJsonReport(JSON.parse(r.out));
		const rules = ruleCounts(json);
		// Each reference is reported; none resolves to a file outside.
		expect(rules).toEqual({ "note-missing": 2, "image-missing": 1 });
		expect(json.notes[0]?.diagnostics.filter((d) => d.rule === "note-missing").every((d) => d.message.includes("outside the vault"))).toBe(true);
		for (const d of json.notes[0]?.diagnostics ?? []) expect(d.severity).toBe("error");
	});

	it("keeps note text from driving the terminal", async () => {
		const dir = tempVault({ "a.md": "#docker\n[x](#\u001b[2J없음)\n" });
		const r = await cli(["check"], dir, { isTTY: false });
		expect(r.out).not.toContain("\u001b");
		expect(r.out).toContain("\\u{1b}");
	});

	it("passes --lang ko to the checks: diagnostic messages are Korean too", async () => {
		const dir = tempVault({ "a.md": "#docker\n# 개요\n[x](#없는 제목)\n" });
		const line = (await cli(["check", "--lang", "ko"], dir)).out.split("\n").find((l) => l.includes("link-unparsed")) ?? "";
		expect(line).toMatch(/^a\.md:3:1 {2}error {2}link-unparsed {2}.*[가-힣].*$/);
		const en = (await cli(["check", "--lang", "en"], dir)).out.split("\n").find((l) => l.includes("link-unparsed")) ?? "";
		expect(en).toMatch(/^a\.md:3:1 {2}error {2}link-unparsed {2}[\x20-\x7e]+ "#없는 제목" [\x20-\x7e]+$/);
	});
});
