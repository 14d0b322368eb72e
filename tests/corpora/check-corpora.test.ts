/**
 * The CLI against real vaults nobody on the team wrote (issue 3, "Must show").
 * Run from .ci/run only (vitest.corpora.config.ts); skipped when ../shared is absent.
 */
import { afterAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { cleanup, cli, copyOf, REPO } from "../cli/helpers";
import { assertJsonReport } from "../cli/json-shape";
import type { JsonReport } from "../../src/core/report/json-report";

afterAll(cleanup);

const CORPORA = path.resolve(REPO, "../shared/corpora");
const HELP_EN = path.join(CORPORA, "obsidian-help/en");
const HELP_KO = path.join(CORPORA, "obsidian-help/ko");
const DEVDUBU = path.join(CORPORA, "devdubu-blog-partial");

const HEADING_RULES = new Set(["heading-missing", "heading-path-fragile", "heading-ambiguous"]);
const IMAGE_RULES = new Set(["image-missing", "image-outside-folder"]);

function diagnostics(json: JsonReport, rules: Set<string>): { path: string; line: number; rule: string; message: string }[] {
	return json.notes.flatMap((n) => n.diagnostics.filter((d) => rules.has(d.rule)).map((d) => ({ path: n.path, line: d.line, rule: d.rule, message: d.message })));
}

async function checkJson(vault: string, ...flags: string[]): Promise<JsonReport> {
	const r = await cli(["check", vault, "--format", "json", ...flags], REPO);
	expect(r.code === 0 || r.code === 1, r.err).toBe(true);
	return assertJsonReport(JSON.parse(r.out));
}

describe.skipIf(!existsSync(HELP_EN))("obsidian-help/en with --all (maintained: a false-positive test)", () => {
	it("has no image diagnostics and at most 2 heading diagnostics, each named", async () => {
		const json = await checkJson(HELP_EN, "--all");
		expect(json.summary.notesChecked).toBeGreaterThan(100);
		expect(diagnostics(json, IMAGE_RULES)).toEqual([]);
		const headings = diagnostics(json, HEADING_RULES).map((d) => `${d.path}:${d.line} ${d.rule}`);
		expect(headings.length).toBeLessThanOrEqual(2);
		expect(headings).toEqual(EXPECTED_EN_HEADING_DIAGNOSTICS);
	});
});

/**
 * The heading diagnostics that remain on obsidian-help/en, each checked by hand; both are
 * real ambiguities (Obsidian opens the first match), reported as warnings, not errors:
 * - `[[#Sync|sync:history]]` matches `## Sync` (line 902) and `` ### `sync` `` (line 909):
 *   stripHeading drops the backticks and matching ignores case. The first is the one meant.
 * - `[[Set up Obsidian Sync#Connect to a remote vault|connect to it]]`: that note has
 *   `### Connect to a remote vault` (line 55) and `#### Connect to a remote vault` (line 126).
 */
const EXPECTED_EN_HEADING_DIAGNOSTICS: string[] = [
	"Extending Obsidian/Obsidian CLI.md:380 heading-ambiguous",
	"Obsidian Sync/Sync settings and selective syncing.md:13 heading-ambiguous",
];

describe.skipIf(!existsSync(HELP_KO))("obsidian-help/ko with --all (translation drift: a true-positive test)", () => {
	it("finds at least 60 heading-missing", async () => {
		const json = await checkJson(HELP_KO, "--all");
		const missing = diagnostics(json, new Set(["heading-missing"]));
		expect(missing.length).toBeGreaterThanOrEqual(60);
	});
});

describe.skipIf(!existsSync(DEVDUBU))("devdubu-blog-partial with --site-root static (the seed author's vault)", () => {
	it("reports no heading-missing, the 8 document-order-only TOC links as fragile, and the seed's second image as missing", async () => {
		const json = await checkJson(DEVDUBU, "--site-root", "static");
		expect(diagnostics(json, new Set(["heading-missing"]))).toEqual([]);
		const fragile = diagnostics(json, new Set(["heading-path-fragile"]));
		expect(fragile).toHaveLength(8);
		// The same 8 as tests/resolve/devdubu-fragile.test.ts counts from the raw text, e.g. `#실습#pod-affinity`.
		const perNote: Record<string, number> = {};
		for (const d of fragile) perNote[d.path.split("/").pop() ?? ""] = (perNote[d.path.split("/").pop() ?? ""] ?? 0) + 1;
		expect(perNote).toEqual({ "Affinity.md": 2, "Docker-Image-Build.md": 1, "NameSpace.md": 2, "Node-Selector.md": 3 });
		const images = diagnostics(json, new Set(["image-missing"]));
		expect(images.filter((d) => d.path.endsWith("Docker-파트-기초.md")).map((d) => d.line)).toEqual([60]);
	});

	it("names the TOC entries that open an earlier twin heading (no link can reach the later one)", async () => {
		const json = await checkJson(DEVDUBU, "--site-root", "static");
		const twins = diagnostics(json, new Set(["heading-ambiguous"]))
			.filter((d) => d.message.startsWith("This entry's heading"))
			.map((d) => `${d.path.split("/").pop() ?? ""}:${d.line} ${d.message}`);
		// NameSpace.md has "## 실습" three times under "# NameSpace"; its TOC lists each as (#NameSpace#실습).
		expect(twins).toEqual([
			"Docker-Container-LifeCycle.md:10 This entry's heading (line 45) has the same path as line 40: Obsidian opens line 40",
			"NameSpace.md:13 This entry's heading (line 90) has the same path as line 51: Obsidian opens line 51",
			"NameSpace.md:18 This entry's heading (line 168) has the same path as line 51: Obsidian opens line 51",
		]);
	});

	it("fixes the fragile paths in a scratch copy so that they resolve under both readings", async () => {
		const dir = copyOf(DEVDUBU);
		const r = await cli(["fix", ".", "--site-root", "static"], dir);
		expect(r.err).not.toContain("Internal error");
		const json = await checkJson(dir, "--site-root", "static");
		expect(diagnostics(json, new Set(["heading-path-fragile", "heading-missing", "link-unparsed"]))).toEqual([]);
		// No diagnostic with a safe fix survives a fix run.
		expect(json.notes.flatMap((n) => n.diagnostics).filter((d) => d.fix?.safe)).toEqual([]);
		// The original is untouched.
		expect(readFileSync(path.join(DEVDUBU, "docs/wiki/Container/Docker/Docker_V2/Docker-파트-기초.md"), "utf8")).toContain("(#개요#컨테이너 기술 발전)");
	});
});
