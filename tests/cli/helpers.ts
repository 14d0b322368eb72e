/** Temporary vaults for running the CLI in-process. */
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { captureIO, type CliIO } from "../../src/cli/io";
import { run } from "../../src/cli/run";

const made: string[] = [];

/** A fresh temporary folder holding `files` (path → text). */
export function tempVault(files: Record<string, string | Uint8Array> = {}): string {
	const dir = mkdtempSync(path.join(tmpdir(), "cn-cli-"));
	made.push(dir);
	for (const [rel, content] of Object.entries(files)) {
		const abs = path.join(dir, rel);
		mkdirSync(path.dirname(abs), { recursive: true });
		writeFileSync(abs, content);
	}
	return dir;
}

/** A temporary copy of a folder. */
export function copyOf(source: string): string {
	const dir = tempVault();
	cpSync(source, dir, { recursive: true });
	return dir;
}

/** Removes every folder made by this module. */
export function cleanup(): void {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Runs the CLI in `cwd` and returns its exit code and output. */
export async function cli(argv: string[], cwd: string, overrides: Partial<CliIO> = {}): Promise<{ code: number; out: string; err: string }> {
	const cap = captureIO({ cwd, env: { LANG: "en_US.UTF-8" }, ...overrides });
	const code = await run(argv, cap.io);
	return { code, out: cap.out(), err: cap.err() };
}

/** Every file under `dir` with its bytes, for "nothing was written" assertions. */
export function snapshot(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (d: string) => {
		for (const entry of readdirSync(d, { withFileTypes: true })) {
			const abs = path.join(d, entry.name);
			if (entry.isDirectory()) walk(abs);
			else files.set(path.relative(dir, abs), readFileSync(abs).toString("base64"));
		}
	};
	walk(dir);
	return files;
}

/** Count of diagnostics per rule in a JSON report. */
export function ruleCounts(json: { notes: { diagnostics: { rule: string }[] }[] }): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const note of json.notes) for (const d of note.diagnostics) counts[d.rule] = (counts[d.rule] ?? 0) + 1;
	return counts;
}

/** The repository's root folder. */
export const REPO = path.resolve(__dirname, "../..");
