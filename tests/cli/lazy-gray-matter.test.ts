/**
 * gray-matter (and js-yaml in it) is loaded only when some front matter needs it:
 * plain front matter is read without it (src/cli/plain-front-matter.ts). The parser
 * is bundled with gray-matter left external and run in a fresh Node process, where
 * `require.cache` shows whether gray-matter was loaded.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), "cn-lazy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Parses each YAML text in a fresh process; says after each whether gray-matter is loaded. */
async function loadedAfter(yamls: string[]): Promise<{ data: unknown; loaded: boolean }[]> {
	const bundle = path.join(dir, "frontmatter.cjs");
	await esbuild.build({ absWorkingDir: root, entryPoints: ["src/cli/frontmatter.ts"], bundle: true, platform: "node", format: "cjs", external: ["gray-matter"], outfile: bundle, logLevel: "silent" });
	const script = path.join(dir, "run.cjs");
	writeFileSync(
		script,
		`const { grayMatterParser } = require(${JSON.stringify(bundle)});
const loaded = () => Object.keys(require.cache).some((p) => p.includes(${JSON.stringify(`${path.sep}gray-matter${path.sep}`)}));
const out = ${JSON.stringify(yamls)}.map((y) => ({ data: grayMatterParser(y), loaded: loaded() }));
process.stdout.write(JSON.stringify(out));`,
	);
	// NODE_PATH: the script lives outside the project, gray-matter inside it.
	const out = execFileSync(process.execPath, [script], { encoding: "utf8", env: { ...process.env, NODE_PATH: path.join(root, "node_modules") } });
	return JSON.parse(out) as { data: unknown; loaded: boolean }[];
}

describe("gray-matter is loaded on first need", () => {
	it("is not loaded for plain front matter, and is for the rest", async () => {
		const results = await loadedAfter(['slug: "Docker-파트-기초"', "tags:\n  - container\n  - docker", "date: 2024-01-01", "tags: [a]"]);
		expect(results.map((r) => r.loaded)).toEqual([false, false, true, true]);
		expect(results[0]?.data).toEqual({ data: { slug: "Docker-파트-기초" } });
		expect(results[2]?.data).toEqual({ data: { date: "2024-01-01T00:00:00.000Z" } });
	});
});
