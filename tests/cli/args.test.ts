import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args";
import { languageFromEnv, messages } from "../../src/cli/i18n";

describe("parseArgs", () => {
	it("parses check with every option, in both value forms", () => {
		const r = parseArgs(["check", "vault", "--all", "--format=json", "--site-root", "static", "--image-folder", "/img/x", "--tags", "#Container, k8s", "--lang", "ko", "--config-dir=.config", "--no-settings", "--max-warnings", "0"]);
		expect(r).toEqual({
			ok: true,
			args: {
				command: "check",
				positionals: ["vault"],
				all: true,
				format: "json",
				siteRoot: "static",
				imageFolder: "/img/x",
				tags: ["Container", "k8s"],
				lang: "ko",
				dryRun: false,
				write: false,
				vault: null,
				configDir: ".config",
				noSettings: true,
				maxWarnings: 0,
			},
		});
	});

	it("rejects unknown commands, options, bad values and misplaced flags", () => {
		expect(parseArgs(["chek"])).toEqual({ ok: false, error: { kind: "unknownCommand", value: "chek" } });
		expect(parseArgs(["check", "--fast"])).toEqual({ ok: false, error: { kind: "unknownOption", value: "--fast" } });
		expect(parseArgs(["check", "--format", "xml"])).toMatchObject({ ok: false, error: { kind: "badValue", option: "--format" } });
		expect(parseArgs(["check", "--lang"])).toEqual({ ok: false, error: { kind: "missingValue", option: "--lang" } });
		expect(parseArgs(["check", "--dry-run"])).toMatchObject({ ok: false });
		expect(parseArgs(["check", "a.md", "b.md"])).toMatchObject({ ok: true, args: { positionals: ["a.md", "b.md"] } });
		expect(parseArgs(["fix", "--vault", "v"])).toEqual({ ok: false, error: { kind: "noteRequired", command: "fix --vault" } });
		expect(parseArgs(["toc"])).toEqual({ ok: false, error: { kind: "noteRequired", command: "toc" } });
		expect(parseArgs(["fix", "--write"])).toMatchObject({ ok: false });
		// --max-warnings: a whole number, and only for check.
		expect(parseArgs(["check", "--max-warnings=12"])).toMatchObject({ ok: true, args: { maxWarnings: 12 } });
		for (const bad of ["-1", "1.5", "1e3", "", "ten"]) expect(parseArgs(["check", `--max-warnings=${bad}`])).toMatchObject({ ok: false, error: { kind: "badValue", option: "--max-warnings", value: bad } });
		expect(parseArgs(["fix", "--max-warnings", "0"])).toEqual({ ok: false, error: { kind: "unknownOption", value: "--max-warnings" } });
		expect(parseArgs(["toc", "a.md", "--max-warnings", "0"])).toEqual({ ok: false, error: { kind: "unknownOption", value: "--max-warnings" } });
	});

	it("knows help and version anywhere, and fix/toc flags", () => {
		expect(parseArgs([])).toMatchObject({ ok: true, args: { command: "help" } });
		expect(parseArgs(["check", "--help"])).toMatchObject({ ok: true, args: { command: "help" } });
		expect(parseArgs(["-v"])).toMatchObject({ ok: true, args: { command: "version" } });
		expect(parseArgs(["fix", "v", "--dry-run"])).toMatchObject({ ok: true, args: { command: "fix", dryRun: true, positionals: ["v"] } });
		expect(parseArgs(["toc", "a b.md", "--write", "--vault", "v"])).toMatchObject({ ok: true, args: { command: "toc", write: true, vault: "v", positionals: ["a b.md"] } });
		expect(parseArgs(["check", "--", "--odd-name"])).toMatchObject({ ok: true, args: { positionals: ["--odd-name"] } });
	});
});

describe("language", () => {
	it("defaults from LC_ALL, LC_MESSAGES, then LANG", () => {
		expect(languageFromEnv({ LANG: "ko_KR.UTF-8" })).toBe("ko");
		expect(languageFromEnv({ LC_ALL: "en_US.UTF-8", LANG: "ko_KR.UTF-8" })).toBe("en");
		expect(languageFromEnv({})).toBe("en");
	});

	it("has Korean and English summaries", () => {
		expect(messages("ko").summary(3, 1, 0, 0)).toBe("노트 3개 검사, 오류 1개, 경고 0개");
		expect(messages("en").summary(1, 2, 1, 0)).toBe("1 note checked, 2 errors, 1 warning");
	});
});
