/**
 * Robustness on real vaults (issue 7): every vault in ../shared/corpora, and the whole
 * obsidian-help folder taken as one vault, fixed in a scratch copy and checked again.
 * No exception (exit code never 2, no internal error), and re-checking the fixed copy
 * finds no diagnostic with a safe fix. Run from .ci/run only; skipped without ../shared.
 *
 * The scratch copy holds every note and an empty placeholder for every other file, so
 * image links resolve as in the real vault without copying tens of megabytes.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanup, cli, REPO, tempVault } from "../cli/helpers";
import type { JsonReport } from "../../src/core/report/json-report";

afterAll(cleanup);

const CORPORA = path.resolve(REPO, "../shared/corpora");

/** Copies `source` into a new temporary folder: `.md` files in full, other files as empty placeholders. Returns it and the note count. */
function scratchCopy(source: string): { dir: string; notes: number; files: number } {
	const dir = tempVault();
	let notes = 0;
	let files = 0;
	const walk = (from: string, to: string) => {
		for (const name of readdirSync(from)) {
			const abs = path.join(from, name);
			const st = lstatSync(abs);
			const target = path.join(to, name);
			if (st.isDirectory()) {
				mkdirSync(target, { recursive: true });
				walk(abs, target);
			} else if (st.isFile()) {
				files++;
				if (name.toLowerCase().endsWith(".md")) {
					notes++;
					writeFileSync(target, readFileSync(abs));
				} else writeFileSync(target, "");
			}
		}
	};
	walk(source, dir);
	return { dir, notes, files };
}

interface Case {
	name: string;
	folder: string;
	flags: string[];
}

const CASES: Case[] = [
	{ name: "obsidian-help/en", folder: "obsidian-help/en", flags: [] },
	{ name: "obsidian-help/ko", folder: "obsidian-help/ko", flags: [] },
	{ name: "devdubu-blog-partial", folder: "devdubu-blog-partial", flags: ["--site-root", "static"] },
	{ name: "steelcrab-mz-cloud", folder: "steelcrab-mz-cloud", flags: [] },
	{ name: "obsidian-hub", folder: "obsidian-hub", flags: [] },
	{ name: "obsidian-help (whole folder as one vault)", folder: "obsidian-help", flags: [] },
];

const timings: string[] = [];
afterAll(() => {
	if (timings.length > 0) console.log(`robustness timings:\n${timings.join("\n")}`);
});

describe.skipIf(!existsSync(CORPORA))("robustness on the real vaults in ../shared/corpora", () => {
	it.each(CASES)("$name: fix then check in a scratch copy, no exception, no safe fix left", async ({ name, folder, flags }) => {
		const source = path.join(CORPORA, folder);
		expect(existsSync(source), source).toBe(true);
		const t0 = performance.now();
		const { dir, notes, files } = scratchCopy(source);
		const t1 = performance.now();
		const fix = await cli(["fix", dir, "--all", ...flags], REPO);
		const t2 = performance.now();
		expect(fix.code === 0 || fix.code === 1, fix.err.slice(0, 2000)).toBe(true);
		expect(fix.err).not.toMatch(/internal error/i);
		const check = await cli(["check", dir, "--all", "--format", "json", ...flags], REPO);
		const t3 = performance.now();
		expect(check.code === 0 || check.code === 1, check.err.slice(0, 2000)).toBe(true);
		expect(check.err).not.toMatch(/internal error/i);
		const json = JSON.parse(check.out) as JsonReport;
		expect(json.summary.notesChecked).toBeGreaterThan(0);
		const left = json.notes.flatMap((n) => n.diagnostics.filter((d) => d.fix?.safe === true).map((d) => `${n.path}:${d.line}:${d.column} ${d.rule}: ${d.message}`));
		expect(left, `safe fixes left after fix in ${name}`).toEqual([]);
		// A second fix run finds nothing to do.
		const again = await cli(["fix", dir, "--all", ...flags], REPO);
		const t4 = performance.now();
		expect(again.out).toContain("Nothing to fix.");
		const s = (a: number, b: number) => ((b - a) / 1000).toFixed(1);
		const summary = /^\d+ fix(?:es)? in \d+ notes?.*$/m.exec(fix.out)?.[0] ?? "nothing fixed";
		timings.push(
			`${name}: ${notes} notes / ${files} files; copy ${s(t0, t1)} s, fix ${s(t1, t2)} s (${summary}), check ${s(t2, t3)} s, fix again ${s(t3, t4)} s; ${json.summary.errors} errors, ${json.summary.warnings} warnings left`,
		);
	});
});
