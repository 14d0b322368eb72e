import { afterAll, describe, expect, it } from "vitest";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { cleanup, cli, REPO, ruleCounts, tempVault } from "./helpers";
import { assertJsonReport } from "./json-shape";

afterAll(cleanup);

// The seed note lives beside the repository (../shared); npm test must pass without it.
const SEED = path.resolve(REPO, "../shared/seed/Docker-파트-기초.md");

describe.skipIf(!existsSync(SEED))("a vault holding only the seed note", () => {
	it("has exactly 11 link-unparsed and 2 image-missing, then 0 link-unparsed after fix", async () => {
		const dir = tempVault();
		copyFileSync(SEED, path.join(dir, "Docker-파트-기초.md"));
		const json = assertJsonReport(JSON.parse((await cli(["check", "--format", "json"], dir)).out));
		expect(json.summary).toMatchObject({ notesScanned: 1, notesChecked: 1, errors: 13, warnings: 0, infos: 0 });
		expect(json.notes[0]?.tags).toEqual(["#container", "#docker"]);
		expect(ruleCounts(json)).toEqual({ "link-unparsed": 11, "image-missing": 2 });
		const unparsedLines = json.notes[0]?.diagnostics.filter((d) => d.rule === "link-unparsed").map((d) => d.line);
		expect(unparsedLines).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 18, 60]);

		const r = await cli(["fix"], dir);
		// The images exist nowhere: they stay errors.
		expect(r.code).toBe(1);
		const after = assertJsonReport(JSON.parse((await cli(["check", "--format", "json"], dir)).out));
		expect(ruleCounts(after)).toEqual({ "image-missing": 2 });
		const text = readFileSync(path.join(dir, "Docker-파트-기초.md"), "utf8");
		// The two 문제점 links keep their different parents.
		expect(text).toContain("- [문제점](#Traditional%20Deployment#문제점)");
		expect(text).toContain("- [문제점](#Virtualized%20Deployment#문제점)");
		// Only destinations changed: every line keeps its count and the prose is untouched.
		const original = readFileSync(SEED, "utf8");
		expect(text.split("\n").length).toBe(original.split("\n").length);
		expect(text.replace(/%20/g, " ")).toBe(original);
	});
});
