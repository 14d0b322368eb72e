// Our core in-process, on notes already in memory (no disk I/O in the timed part).
// Loaded as a child process by the bench so its peak memory is measured on its own.
//
// Usage: node core-worker.cjs CORE_BUNDLE VAULT full RUNS
//        node core-worker.cjs CORE_BUNDLE VAULT latency ITERATIONS NOTE_PATH
// Prints one JSON line.
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { NoteReport, VaultReport } from "../../src/core/model/diagnostic";
import type { FrontMatterParser } from "../../src/core/model/scan";
import type { CheckSettings } from "../../src/core/model/settings";
import type { VaultReader } from "../../src/core/model/vault";
import { loadVault } from "./load-vault";
import { percentile } from "./stats";

/** The part of the Checker contract (docs: TEAM.md) the bench drives. */
interface CheckerLike {
	checkVault(): Promise<VaultReport>;
	checkNote(path: string, text?: string): Promise<NoteReport>;
	noteChanged(path: string, text: string): string[];
}

/** What the bench's core bundle exports (the last two only in code that has them: `--head` may measure older code). */
interface CoreBundle {
	Checker: new (vault: VaultReader, settings: CheckSettings, options?: object) => CheckerLike;
	DEFAULT_CHECK_SETTINGS: CheckSettings;
	MemoryVault: new (files: Record<string, string>) => VaultReader;
	grayMatterParser?: FrontMatterParser;
	HeldTextReadAhead?: new (outline?: undefined, budget?: number) => object;
	EveryNoteDependents?: new (notes: () => readonly string[]) => object;
}

const [bundlePath, vaultDir, mode, countArg, notePath] = process.argv.slice(2);
const core = createRequire(import.meta.url)(resolve(bundlePath ?? "")) as CoreBundle;

const loadStart = performance.now();
const loaded = loadVault(vaultDir ?? ".");
const loadMs = performance.now() - loadStart;
const texts = loaded.texts;
const parseFrontMatter = core.grayMatterParser ?? new core.MemoryVault({}).parseFrontMatter;
const vault: VaultReader = {
	listFiles: () => loaded.paths,
	readNote: (path) => {
		const text = texts.get(path);
		return text === undefined ? Promise.reject(new Error(`not a note: ${path}`)) : Promise.resolve(text);
	},
	fileSize: (path) => loaded.sizes.get(path) ?? null,
	parseFrontMatter,
};
const settings: CheckSettings = { ...core.DEFAULT_CHECK_SETTINGS, scope: "all" };

/** Diagnostic counts by `severity:rule`. */
function countReport(report: VaultReport): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const note of report.notes) {
		for (const d of note.diagnostics) counts[`${d.severity}:${d.rule}`] = (counts[`${d.severity}:${d.rule}`] ?? 0) + 1;
	}
	return counts;
}

/**
 * The checker's options for a whole-vault run, as the CLI sets them (open-vault.ts): a link
 * target read ahead of its turn is outlined only, and no reverse index is kept. Its text is
 * always kept for its turn here: it is in memory anyway. Without these, a target would be
 * scanned in full twice, which the CLI never does.
 */
function fullOptions(): object {
	const { HeldTextReadAhead, EveryNoteDependents } = core;
	if (!HeldTextReadAhead || !EveryNoteDependents) return {};
	return { readAhead: new HeldTextReadAhead(undefined, Number.POSITIVE_INFINITY), dependents: (notes: () => readonly string[]) => new EveryNoteDependents(notes) };
}

async function full(runs: number): Promise<object> {
	const runsMs: number[] = [];
	let counts: Record<string, number> = {};
	let notesChecked = 0;
	for (let r = 0; r < runs; r++) {
		const start = performance.now();
		const checker = new core.Checker(vault, settings, fullOptions());
		const report = await checker.checkVault();
		runsMs.push(performance.now() - start);
		if (r === 0) {
			counts = countReport(report);
			notesChecked = report.notesChecked;
		}
	}
	return { mode: "full", notes: texts.size, bytes: loaded.bytes, loadMs, runsMs, notesChecked, counts };
}

/** Line starts of the note being edited, computed once (the edits below build texts by slicing, not by splitting into 2,000 strings each time). */
let baseLines: { base: string; lines: string[]; starts: number[] } | null = null;

function linesOf(base: string): { lines: string[]; starts: number[] } {
	if (baseLines?.base !== base) {
		const lines = base.split("\n");
		const starts: number[] = [];
		let offset = 0;
		for (const line of lines) {
			starts.push(offset);
			offset += line.length + 1;
		}
		baseLines = { base, lines, starts };
	}
	return baseLines;
}

/** Edits a typist makes: a character in a body line, a renamed heading, a new link, then back. */
function editedText(base: string, i: number): string {
	const { lines, starts } = linesOf(base);
	const at = 40 + ((i * 37) % Math.max(1, lines.length - 80));
	const endOf = (k: number): number => (starts[k] ?? 0) + (lines[k] ?? "").length;
	const insert = (offset: number, text: string): string => base.slice(0, offset) + text + base.slice(offset);
	switch (i % 4) {
		case 0: {
			const target = lines.findIndex((l, k) => k >= at && l.startsWith("- "));
			return target >= 0 ? insert(endOf(target), "가나다"[i % 3] ?? "x") : base;
		}
		case 1: {
			const target = lines.findIndex((l, k) => k >= at && /^#{2,4} /.test(l));
			return target >= 0 ? insert(endOf(target), " 수정") : base;
		}
		case 2:
			return insert(starts[at] ?? 0, "- 새 링크: [[없는 노트 초안#개요]] 와 [개요](#개요)\n");
		default:
			return base;
	}
}

async function latency(iterations: number, path: string): Promise<object> {
	const base = texts.get(path);
	if (base === undefined) throw new Error(`no such note in the vault: ${path}`);
	const checker = new core.Checker(vault, settings);
	const indexStart = performance.now();
	await checker.checkVault();
	const indexMs = performance.now() - indexStart;
	const warmup = 30;
	const samples: number[] = [];
	let affected = 0;
	let diagnostics = 0;
	for (let i = 0; i < warmup + iterations; i++) {
		const text = editedText(base, i);
		texts.set(path, text);
		const start = performance.now();
		const changed = checker.noteChanged(path, text);
		const report = await checker.checkNote(path, text);
		const ms = performance.now() - start;
		if (i >= warmup) {
			samples.push(ms);
			affected += changed.length;
			diagnostics += report.diagnostics.length;
		}
	}
	texts.set(path, base);
	return {
		mode: "latency",
		path,
		lines: base.split("\n").length,
		indexMs,
		iterations,
		medianMs: percentile(samples, 50),
		p99Ms: percentile(samples, 99),
		maxMs: Math.max(...samples),
		meanAffected: affected / iterations,
		meanDiagnostics: diagnostics / iterations,
	};
}

const count = Number(countArg ?? "1");
const result = mode === "latency" ? await latency(count, notePath ?? "") : await full(count);
console.log(JSON.stringify({ ...result, maxRssKB: process.resourceUsage().maxRSS }));
