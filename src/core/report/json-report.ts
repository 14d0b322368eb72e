/**
 * The vault report as JSON (`container-notes check --format json` and the plugin's
 * "Export vault report"): one schema, version 1, a public contract. Pure.
 */
import type { Diagnostic, NoteReport, VaultReport } from "../model/diagnostic";
import type { Scope } from "../model/settings";

/** A range or edit position: 1-based lines and columns in UTF-16 code units. */
export interface JsonRange {
	line: number;
	column: number;
	endLine: number;
	endColumn: number;
}

export interface JsonEdit extends JsonRange {
	text: string;
}

export interface JsonFix {
	title: string;
	safe: boolean;
	edits: JsonEdit[];
}

export interface JsonDiagnostic extends JsonRange {
	rule: string;
	severity: string;
	message: string;
	suggestion: string | null;
	fix: JsonFix | null;
}

export interface JsonNote {
	path: string;
	tags: string[];
	diagnostics: JsonDiagnostic[];
}

export interface JsonReport {
	version: 1;
	summary: { notesScanned: number; notesChecked: number; errors: number; warnings: number; infos: number };
	notes: JsonNote[];
}

/**
 * Whether a note of a vault report was checked (and so is listed): not skipped, and a
 * container note unless every note is in scope (or one that has a report all the same:
 * its `tags: a, b` names a watched tag, which Obsidian does not read).
 *
 * @example
 * isCheckedNote({ skipped: null, isContainerNote: false } as NoteReport, "all"); // true
 */
export function isCheckedNote(note: NoteReport, scope: Scope): boolean {
	return note.skipped === null && (scope === "all" || note.isContainerNote || note.diagnostics.length > 0);
}

/**
 * The notes a report lists, sorted by path (code-unit order, so output is stable).
 *
 * @example
 * checkedNotes(report, "tagged").map((n) => n.path); // ["Docker 기초.md", "Kubernetes 개요.md"]
 */
export function checkedNotes(report: VaultReport, scope: Scope): NoteReport[] {
	return report.notes
		.filter((n) => isCheckedNote(n, scope))
		.sort((a, b) => compareStrings(nfc(a.path), nfc(b.path)));
}

/**
 * Builds the version-1 JSON report.
 *
 * @example
 * JSON.stringify(toJsonReport(report, "tagged"));
 * // {"version":1,"summary":{"notesScanned":4,"notesChecked":2,"errors":3,"warnings":1,"infos":0},"notes":[...]}
 */
export function toJsonReport(report: VaultReport, scope: Scope): JsonReport {
	const checked = checkedNotes(report, scope);
	return {
		version: 1,
		summary: { notesScanned: report.notesScanned, notesChecked: checked.length, ...countSeverities(checked) },
		notes: checked.map(toJsonNote),
	};
}

/** Diagnostics counted by severity. */
export interface SeverityCounts {
	errors: number;
	warnings: number;
	infos: number;
}

/**
 * Counts the diagnostics of some notes by severity.
 *
 * @example
 * countSeverities(checkedNotes(report, "tagged")); // { errors: 9, warnings: 1, infos: 0 }
 */
export function countSeverities(notes: readonly { diagnostics: readonly { severity: string }[] }[]): SeverityCounts {
	const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0 };
	for (const note of notes) {
		for (const d of note.diagnostics) {
			if (d.severity === "error") counts.errors++;
			else if (d.severity === "warning") counts.warnings++;
			else counts.infos++;
		}
	}
	return counts;
}

/** One note's entry; its tags are lower-cased, unique, in the note's order. */
export function toJsonNote(note: NoteReport): JsonNote {
	// A Set keeps the first of equal tags in order, in one pass (a note may hold 100,000 tags).
	const tags = [...new Set(note.tags.map((tag) => nfc(tag.toLowerCase())))];
	return { path: nfc(note.path), tags, diagnostics: sortDiagnostics(note.diagnostics).map(toJsonDiagnostic) };
}

/** A diagnostic's entry, keys in the schema's order. */
export function toJsonDiagnostic(d: Diagnostic): JsonDiagnostic {
	return {
		rule: d.rule,
		severity: d.severity,
		line: d.span.start.line,
		column: d.span.start.column,
		endLine: d.span.end.line,
		endColumn: d.span.end.column,
		message: d.message,
		suggestion: d.suggestion,
		fix: d.fix
			? {
					title: d.fix.title,
					safe: d.fix.safe,
					edits: d.fix.edits.map((e) => ({
						line: e.span.start.line,
						column: e.span.start.column,
						endLine: e.span.end.line,
						endColumn: e.span.end.column,
						text: e.text,
					})),
				}
			: null,
	};
}

/**
 * Diagnostics in reading order (line, column, then rule id), without mutating the input.
 *
 * @example
 * sortDiagnostics(note.diagnostics)[0].span.start.line; // the first line with a problem
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
	return [...diagnostics].sort(
		(a, b) => a.span.start.offset - b.span.start.offset || a.span.end.offset - b.span.end.offset || compareStrings(a.rule, b.rule),
	);
}

function nfc(s: string): string {
	return s.normalize("NFC");
}

function compareStrings(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
