// Scores a checker's output against the generator's manifest of planted problems.
import type { PlantedProblem } from "./generate-vault";
import type { Finding } from "./peers";

/** How a tool did against the planted problems. */
export interface Accuracy {
	planted: number;
	found: number;
	/** Reported places (distinct path:line, or path+destination) that hold no planted problem. */
	falsePositives: number;
	reported: number;
	/** Planted problems missed, by planted kind. */
	missedByKind: Record<string, number>;
	/** A few examples of each failure, for the results page. */
	missedSamples: string[];
	falsePositiveSamples: string[];
}

/** The JSON report of `container-notes check --format json` (the parts used here). */
export interface CliJsonReport {
	summary?: { notesScanned?: number; notesChecked?: number; errors?: number; warnings?: number };
	notes: { path: string; diagnostics: { rule: string; severity: string; line: number; message?: string }[] }[];
}

/** Our checker's score: errors must be exactly the planted problems (path, line and rule). */
export interface OursAccuracy extends Accuracy {
	/** Warnings and infos by rule (not planted; the generated notes are meant to have none). */
	otherDiagnostics: Record<string, number>;
}

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** The last Markdown destination on a line (`](...)`). */
function lastDestination(line: string): string | null {
	const all = [...line.matchAll(/\]\(([^)]*)\)/g)];
	const last = all[all.length - 1];
	return last ? (last[1] ?? null) : null;
}

function sample(list: string[], item: string): void {
	if (list.length < 8) list.push(item);
}

/**
 * Scores our CLI's JSON report.
 *
 * @example
 * scoreOurs(JSON.parse(stdout), manifest.planted).found; // manifest.planted.length when right
 */
export function scoreOurs(report: CliJsonReport, planted: readonly PlantedProblem[]): OursAccuracy {
	const expected = new Map(planted.map((p) => [`${p.path}:${p.line}:${p.rule}`, p]));
	const foundKeys = new Set<string>();
	const result: OursAccuracy = {
		planted: planted.length,
		found: 0,
		falsePositives: 0,
		reported: 0,
		missedByKind: {},
		missedSamples: [],
		falsePositiveSamples: [],
		otherDiagnostics: {},
	};
	for (const note of report.notes) {
		const path = note.path.normalize("NFC");
		for (const d of note.diagnostics) {
			if (d.severity !== "error") {
				result.otherDiagnostics[`${d.severity}:${d.rule}`] = (result.otherDiagnostics[`${d.severity}:${d.rule}`] ?? 0) + 1;
				continue;
			}
			const key = `${path}:${d.line}:${d.rule}`;
			result.reported++;
			if (expected.has(key)) foundKeys.add(key);
			else {
				result.falsePositives++;
				sample(result.falsePositiveSamples, `${key} ${d.message ?? ""}`);
			}
		}
	}
	result.found = foundKeys.size;
	for (const [key, p] of expected) {
		if (foundKeys.has(key)) continue;
		result.missedByKind[p.kind] = (result.missedByKind[p.kind] ?? 0) + 1;
		sample(result.missedSamples, `${key} ${p.obsidian.trim()}`);
	}
	return result;
}

/**
 * Scores a peer's findings on the gfm dialect, by path and line (or by destination
 * for tools that print no line numbers). A line reported twice counts once.
 *
 * @example
 * scorePeer(findings, manifest.planted, false, "gfm").falsePositives; // 0 for a perfect tool
 */
export function scorePeer(findings: readonly Finding[], planted: readonly PlantedProblem[], byDest: boolean, dialect: "gfm" | "obsidian"): Accuracy {
	const keyOf = (path: string, lineOrDest: string): string => `${path}\0${lineOrDest}`;
	const plantedKeys = new Map<string, PlantedProblem>();
	for (const p of planted) {
		if (byDest) {
			const dest = lastDestination(dialect === "gfm" ? p.gfm : p.obsidian);
			if (dest !== null) plantedKeys.set(keyOf(p.path, decode(dest)), p);
		} else plantedKeys.set(keyOf(p.path, String(p.line)), p);
	}
	const reported = new Map<string, Finding>();
	for (const f of findings) reported.set(keyOf(f.path, byDest ? decode(f.dest ?? "") : String(f.line)), f);
	const result: Accuracy = { planted: planted.length, found: 0, falsePositives: 0, reported: reported.size, missedByKind: {}, missedSamples: [], falsePositiveSamples: [] };
	const foundIds = new Set<string>();
	for (const [key, f] of reported) {
		const p = plantedKeys.get(key);
		if (p) foundIds.add(p.id);
		else {
			result.falsePositives++;
			sample(result.falsePositiveSamples, `${f.path}:${f.line ?? f.dest ?? ""} ${f.message}`);
		}
	}
	result.found = foundIds.size;
	for (const p of planted) {
		if (foundIds.has(p.id)) continue;
		result.missedByKind[p.kind] = (result.missedByKind[p.kind] ?? 0) + 1;
	}
	return result;
}
