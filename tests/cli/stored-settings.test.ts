/**
 * The CLI reads the plugin's settings stored in the vault
 * (`.obsidian/plugins/container-notes/data.json`), so CI checks what the panel checks;
 * flags override them, `--no-settings` ignores them, and a file it cannot use is
 * named on stderr and never stops the check.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readStoredSettings } from "../../src/cli/stored-settings";
import { cleanup, cli, ruleCounts, tempVault } from "./helpers";

afterAll(cleanup);

const DATA = ".obsidian/plugins/container-notes/data.json";
const USED = `Using the plugin's settings in ${DATA} (--no-settings ignores them)\n`;
/** Said when the stored settings (or the defaults) set no site root: k8s.md's /img/a.png is under static/. */
const SITE_HINT =
	"1 of 1 missing image written with a leading / exists under static/. If the site serves static/ at its root (Docusaurus, Hugo: static; Next.js, Astro: public), run with --site-root static or set the site root in the plugin's settings.\n";

/** A note tagged #k8s (not a default tag) with a missing heading and a site-root image, and an untagged note with a missing heading. */
function vault(settings: string | null, extra: Record<string, string> = {}): string {
	const files: Record<string, string> = {
		"k8s.md": "#k8s\n# 개요\n[설치](#설치)\n![그림](/img/a.png)\n",
		"memo.md": "# 메모\n[[#없는 곳]]\n",
		"static/img/a.png": "png",
		...extra,
	};
	if (settings !== null) files[DATA] = settings;
	return tempVault(files);
}

type Json = { notes: { path: string; diagnostics: { rule: string; severity: string }[] }[] };

async function checkJson(dir: string, ...flags: string[]): Promise<{ code: number; json: Json; err: string }> {
	const r = await cli(["check", ".", "--format", "json", ...flags], dir);
	return { code: r.code, json: JSON.parse(r.out) as Json, err: r.err };
}

const CONFIGURED = JSON.stringify({ watchedTags: ["k8s"], siteRoot: "/static", imageFolder: "/img", rules: { "heading-missing": "warning" } });

describe("check: the plugin's settings stored in the vault", () => {
	it("apply: watched tags, site root and rule levels as set in Obsidian", async () => {
		const dir = vault(CONFIGURED);
		const r = await checkJson(dir);
		expect(r.err).toBe(USED);
		expect(r.json.notes.map((n) => n.path)).toEqual(["k8s.md"]);
		// /img/a.png resolves under the stored site root, inside the stored image folder; the missing heading is a warning, as set.
		expect(r.json.notes[0]?.diagnostics).toEqual([expect.objectContaining({ rule: "heading-missing", severity: "warning" })]);
		expect(r.code).toBe(0);
	});

	it("are the baseline without a settings file, and with --no-settings", async () => {
		for (const [dir, flags] of [
			[vault(null), []],
			[vault(CONFIGURED), ["--no-settings"]],
		] as const) {
			const r = await checkJson(dir, ...flags);
			expect(r.err).toBe("");
			// #k8s is no default tag: nothing is checked.
			expect(r.json.notes).toEqual([]);
			const all = await checkJson(dir, "--all", ...flags);
			expect(ruleCounts(all.json)).toEqual({ "heading-missing": 2, "image-missing": 1 });
			expect(all.code).toBe(1);
		}
	});

	it("give way to flags", async () => {
		const dir = vault(CONFIGURED);
		const r = await checkJson(dir, "--tags", "Docker", "--site-root", ".", "--all");
		expect(ruleCounts(r.json)).toEqual({ "heading-missing": 2, "image-missing": 1 });
		expect(r.json.notes.flatMap((n) => n.diagnostics.filter((d) => d.rule === "heading-missing").map((d) => d.severity))).toEqual(["warning", "warning"]);
	});

	it("stored scope 'all' checks every note, like the panel", async () => {
		const r = await checkJson(vault(JSON.stringify({ scope: "all" })));
		expect(r.json.notes.map((n) => n.path).sort()).toEqual(["k8s.md", "memo.md"]);
	});

	it("an invalid field keeps its default and is named; the other fields apply", async () => {
		const r = await checkJson(vault(JSON.stringify({ watchedTags: ["k8s"], scope: "everything", rules: { "heading-missing": "off" } })));
		expect(r.err).toBe(`${USED}${DATA}: invalid scope ignored; the default is used instead\n${SITE_HINT}`);
		expect(r.json.notes.map((n) => n.path)).toEqual(["k8s.md"]);
		expect(ruleCounts(r.json)).toEqual({ "image-missing": 1 });
	});

	it("a file it cannot use is named with the reason, and the check runs on the defaults", async () => {
		const cases: [string, (dir: string) => void, string][] = [
			["broken JSON", (d) => writeFileSync(path.join(d, DATA), "{ watchedTags: [k8s"), "not valid JSON"],
			["an array", (d) => writeFileSync(path.join(d, DATA), "[1, 2]"), "not a JSON object"],
			["null", (d) => writeFileSync(path.join(d, DATA), "null"), "not a JSON object"],
			["a folder", (d) => mkdirSync(path.join(d, DATA)), "not a file"],
			["too large", (d) => writeFileSync(path.join(d, DATA), `{"a":"${"x".repeat(1024 * 1024)}"}`), "larger than 1 MB"],
			// A named pipe: opening it to read would wait for a writer forever.
			["a named pipe", (d) => execFileSync("mkfifo", [path.join(d, DATA)]), "not a file"],
		];
		for (const [label, make, why] of cases) {
			const dir = vault(null, { ".obsidian/plugins/container-notes/.keep": "" });
			make(dir);
			const r = await checkJson(dir, "--all");
			expect(r.err, label).toBe(`Ignoring the plugin's settings in ${DATA}: ${why}; the defaults are used\n${SITE_HINT}`);
			expect(ruleCounts(r.json), label).toEqual({ "heading-missing": 2, "image-missing": 1 });
			expect(r.code, label).toBe(1);
		}
	});

	it("are read through a symbolic link, even to outside the vault (a config folder shared by vaults), as Obsidian reads them", async () => {
		const shared = tempVault({ "plugins/container-notes/data.json": CONFIGURED });
		const dir = vault(null);
		symlinkSync(shared, path.join(dir, ".obsidian"));
		const r = await checkJson(dir);
		expect(r.err).toBe(USED);
		expect(r.json.notes.map((n) => n.path)).toEqual(["k8s.md"]);
		// A link to something that is no regular file is still refused.
		const dev = vault(null, { ".obsidian/plugins/container-notes/.keep": "" });
		symlinkSync("/dev/zero", path.join(dev, DATA));
		expect((await checkJson(dev, "--all")).err).toBe(`Ignoring the plugin's settings in ${DATA}: not a file; the defaults are used\n${SITE_HINT}`);
	});

	it("a byte order mark before the JSON is no reason to ignore the file", async () => {
		const r = await checkJson(vault(`\uFEFF${CONFIGURED}`));
		expect(r.err).toBe(USED);
		expect(r.json.notes.map((n) => n.path)).toEqual(["k8s.md"]);
	});

	it("a stored site root that is no folder stops the run, naming the file", async () => {
		const r = await cli(["check", "."], vault(JSON.stringify({ siteRoot: "/statc" })));
		expect(r.code).toBe(2);
		expect(r.err).toBe(`The site root statc (${DATA}) is not a folder inside the vault\n`);
	});

	it("name the messages' language when the plugin's is set to one; --lang overrides it, 'auto' leaves it to LANG", async () => {
		const ko = vault(JSON.stringify({ watchedTags: ["k8s"], siteRoot: "/static", imageFolder: "/img", language: "ko" }));
		const r = await cli(["check", "."], ko);
		expect(r.err).toBe(`${DATA} 의 플러그인 설정을 따릅니다 (--no-settings 로 무시)\n`);
		expect(r.out).toBe('k8s.md:3:1  error  heading-missing  이 노트에 "#설치" 제목이 없습니다\n    제안: 비슷한 제목을 찾지 못했습니다\n\n노트 1개 검사, 오류 1개, 경고 0개 (볼트의 노트 2개)\n');
		const en = await cli(["check", ".", "--lang", "en"], ko);
		expect(en.out).toContain('error  heading-missing  No heading "#설치" in this note');
		expect(en.err).toBe(USED);
		const auto = await cli(["check", "."], vault(JSON.stringify({ watchedTags: ["k8s"], siteRoot: "/static", imageFolder: "/img", language: "auto" })));
		expect(auto.out).toContain("1 note checked, 1 error, 0 warnings");
	});

	it("are read from --config-dir, which must be one folder name", async () => {
		const dir = vault(null, { "설정/plugins/container-notes/data.json": CONFIGURED });
		expect((await checkJson(dir)).json.notes).toEqual([]);
		const r = await checkJson(dir, "--config-dir", "설정");
		expect(r.err).toBe("Using the plugin's settings in 설정/plugins/container-notes/data.json (--no-settings ignores them)\n");
		expect(r.json.notes.map((n) => n.path)).toEqual(["k8s.md"]);
		for (const bad of ["../x", "a/b", ".", ".."]) {
			const usage = await cli(["check", ".", "--config-dir", bad], dir);
			expect(usage.code, bad).toBe(2);
			expect(usage.err, bad).toContain("Invalid value for --config-dir");
		}
	});

	it("names the file relative to the working folder, in Korean too", async () => {
		const dir = vault(JSON.stringify({ watchedTags: ["k8s"], scope: 3 }));
		const r = await cli(["check", path.basename(dir), "--lang", "ko"], path.dirname(dir));
		const file = `${path.basename(dir)}/${DATA}`;
		expect(r.err).toBe(
			`${file} 의 플러그인 설정을 따릅니다 (--no-settings 로 무시)\n${file}: 잘못된 scope 값은 무시하고 기본값을 씁니다\n` +
				"/ 로 시작하는 경로의 이미지 중 찾지 못한 1개 가운데 1개가 static/ 아래에 있습니다. 사이트가 static/ 를 루트로 제공한다면 (Docusaurus, Hugo: static, Next.js, Astro: public) --site-root static 옵션을 주거나 플러그인 설정에서 사이트 루트를 지정하세요.\n",
		);
	});

	it("fix writes destinations with the stored link encoding", async () => {
		const dir = tempVault({ "d.md": "#docker\n# 설치 방법\n[방법](#설치 방법)\n", [DATA]: JSON.stringify({ linkEncoding: "angle" }) });
		const r = await cli(["fix", ".", "--dry-run"], dir);
		expect(r.out).toContain("+[방법](<#설치 방법>)");
		const plain = await cli(["fix", ".", "--dry-run", "--no-settings"], dir);
		expect(plain.out).toContain("+[방법](#설치%20방법)");
	});

	it("toc finds the vault by --config-dir and applies its settings", async () => {
		const dir = tempVault({ "conf/plugins/container-notes/data.json": JSON.stringify({ linkEncoding: "angle" }), "docs/n.md": "# 설치 방법\n## 리눅스 설치\n" });
		const r = await cli(["toc", "docs/n.md", "--config-dir", "conf"], dir);
		expect(r.code).toBe(0);
		expect(r.out).toBe("- [설치 방법](<#설치 방법>)\n\t- [리눅스 설치](<#설치 방법#리눅스 설치>)\n");
		expect(r.err).toContain("n.md has no table of contents");
	});
});

describe("toc: the stored TOC style", () => {
	it("forces wiki links when set, as the plugin's commands do", async () => {
		const dir = tempVault({ [DATA]: JSON.stringify({ tocStyle: "wiki" }), "n.md": "- [설치 방법](#설치%20방법)\n\t- [리눅스 설치](#설치%20방법#리눅스%20설치)\n\n# 설치 방법\n## 리눅스 설치\n" });
		expect((await cli(["toc", "n.md", "--no-settings"], dir)).out).toBe("- [설치 방법](#설치%20방법)\n\t- [리눅스 설치](#설치%20방법#리눅스%20설치)\n");
		const printed = await cli(["toc", "n.md"], dir);
		expect(printed.out).toBe("- [[#설치 방법|설치 방법]]\n\t- [[#설치 방법#리눅스 설치|리눅스 설치]]\n");
		const written = await cli(["toc", "n.md", "--write"], dir);
		expect(written.out).toBe("n.md: table of contents rewritten\n");
		expect(readFileSync(path.join(dir, "n.md"), "utf8")).toBe("- [[#설치 방법|설치 방법]]\n\t- [[#설치 방법#리눅스 설치|리눅스 설치]]\n\n# 설치 방법\n## 리눅스 설치\n");
		expect((await cli(["toc", "n.md", "--write"], dir)).out).toBe("n.md: table of contents is up to date\n");
		// Without the setting the note's own (now wiki) style is kept: up to date as well.
		// (Before the rewrite, the Markdown TOC was up to date for "auto": the setting alone made the change.)
		expect((await cli(["toc", "n.md", "--write", "--no-settings"], dir)).out).toBe("n.md: table of contents is up to date\n");
	});
});

describe("readStoredSettings", () => {
	it("says none when the plugin was never configured", () => {
		expect(readStoredSettings(tempVault({ "a.md": "" }), ".obsidian")).toEqual({ kind: "none", file: DATA });
	});
});
