/**
 * The plain front-matter reader against js-yaml on every front matter of the real
 * vaults: whatever it reads must be exactly what js-yaml reads (src/cli/plain-front-matter.ts).
 * Run from .ci/run only (vitest.corpora.config.ts); skipped when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { jsYaml } from "../cli/js-yaml-reference";
import { parsePlainFrontMatter } from "../../src/cli/plain-front-matter";
import { REPO } from "../cli/helpers";

const CORPORA = path.resolve(REPO, "../shared/corpora");
const FENCED = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function notesUnder(dir: string): string[] {
	const out: string[] = [];
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = path.join(dir, e.name);
		if (e.isDirectory()) out.push(...notesUnder(p));
		else if (e.name.endsWith(".md")) out.push(p);
	}
	return out;
}


describe.skipIf(!existsSync(CORPORA))("plain front matter in the corpora", () => {
	it("reads most of it, and exactly as js-yaml does", () => {
		let fenced = 0;
		let plain = 0;
		const differ: string[] = [];
		for (const note of notesUnder(CORPORA)) {
			const m = FENCED.exec(readFileSync(note, "utf8"));
			if (!m) continue;
			fenced++;
			const yaml = m[1] ?? "";
			const data = parsePlainFrontMatter(yaml);
			if (data === undefined) continue;
			plain++;
			if (JSON.stringify(data) !== JSON.stringify(jsYaml(yaml))) differ.push(path.relative(CORPORA, note));
		}
		expect(differ).toEqual([]);
		// Seen: 12,244 of 12,596 (97%); the rest (dates, comments, nesting, numbers) goes to js-yaml.
		expect(fenced).toBeGreaterThan(10000);
		expect(plain / fenced).toBeGreaterThan(0.9);
	});
});
