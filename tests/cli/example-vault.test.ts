import { afterAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { cleanup, cli, copyOf, REPO, ruleCounts, snapshot } from "./helpers";
import { assertJsonReport } from "./json-shape";

afterAll(cleanup);

const EXAMPLE = path.join(REPO, "examples/vault");

describe("examples/vault", () => {
	it("has the seed's problems, and nothing else (npm start output)", async () => {
		const r = await cli(["check", "examples/vault"], REPO);
		expect(r.code).toBe(1);
		expect(r.out.split("\n").at(-2)).toBe("3 notes checked, 9 errors, 1 warning (4 notes in the vault)");
		const json = assertJsonReport(JSON.parse((await cli(["check", "examples/vault", "--format", "json"], REPO)).out));
		expect(json.notes.map((n) => [n.path, ruleCounts({ notes: [n] })])).toEqual([
			// 6 TOC links and one image with raw spaces; one image only under its spaced name, one missing.
			["Docker 기초.md", { "link-unparsed": 7, "image-missing": 2 }],
			// the TOC lacks the `none` heading
			["Docker 네트워크.md", { "toc-stale": 1 }],
			["Kubernetes 개요.md", {}],
		]);
		const docker = json.notes[0]?.diagnostics ?? [];
		const spaced = docker.find((d) => d.rule === "image-missing" && d.line === 15);
		expect(spaced?.fix?.safe).toBe(true);
		expect(spaced?.suggestion).toContain("Pasted image 20240105093012.png");
		const gone = docker.find((d) => d.rule === "image-missing" && d.line === 38);
		expect(gone?.fix).toBeNull();
	});

	it("with --all also checks the note that is not a container note", async () => {
		const json = assertJsonReport(JSON.parse((await cli(["check", "examples/vault", "--all", "--format", "json"], REPO)).out));
		expect(json.summary).toEqual({ notesScanned: 4, notesChecked: 4, errors: 10, warnings: 1, infos: 0 });
		expect(ruleCounts({ notes: json.notes.filter((n) => n.path === "독서 메모.md") })).toEqual({ "heading-missing": 1 });
	});

	it("is fixed by `fix` except for the image that exists nowhere", async () => {
		const dir = copyOf(EXAMPLE);
		const before = snapshot(dir);
		const dry = await cli(["fix", "--dry-run"], dir);
		expect(dry.out).toContain("--- a/Docker 기초.md");
		expect(dry.out).toContain("--- a/Docker 네트워크.md");
		expect(snapshot(dir)).toEqual(before);
		const r = await cli(["fix"], dir);
		expect(r.code).toBe(1);
		const json = assertJsonReport(JSON.parse((await cli(["check", "--format", "json"], dir)).out));
		expect(ruleCounts(json)).toEqual({ "image-missing": 1 });
		const fixed = readFileSync(path.join(dir, "Docker 기초.md"), "utf8");
		expect(fixed).toContain("- [문제점](#Bare%20Metal#문제점)");
		expect(fixed).toContain("- [문제점](#Virtual%20Machine#문제점)");
		expect(fixed).toContain("(/img/이미지%20창고/Pasted%20image%2020240105093012.png)");
		expect(readFileSync(path.join(dir, "Docker 네트워크.md"), "utf8")).toContain("\t- [none](#네트워크%20드라이버#none)\n");
		// The untouched notes are byte for byte the same.
		const after = snapshot(dir);
		expect(after.get("Kubernetes 개요.md")).toBe(before.get("Kubernetes 개요.md"));
		expect(after.get("독서 메모.md")).toBe(before.get("독서 메모.md"));
	});
});
