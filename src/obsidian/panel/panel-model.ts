/**
 * Plain data the panel renders, and the pure functions that build it from reports.
 * Kept free of the app so the render functions are tested with fixtures.
 */
import type { Diagnostic, NoteReport, Severity } from "../../core/model/diagnostic";
import { countSeverities, sortDiagnostics } from "../../core/report/json-report";

/** What the "current note" section shows. */
export type ActiveNoteState =
	| { kind: "none" }
	| { kind: "pending"; path: string }
	| { kind: "report"; path: string; report: NoteReport; scopeAll: boolean; canUpdateToc: boolean };

/** One row of the vault section. */
export interface VaultRow {
	path: string;
	errors: number;
	warnings: number;
	infos: number;
}

/** What the vault section shows. */
export interface VaultState {
	/** Set while the first index (or a full re-check) runs. */
	progress: { done: number; total: number } | null;
	rows: VaultRow[];
}

/** Everything the panel shows. */
export interface PanelState {
	active: ActiveNoteState;
	vault: VaultState;
	/** Whether the comparison view is available (its command is registered). */
	canCompare: boolean;
}

/** What the panel's controls do (the plugin's `Actions`); results are not awaited. */
export interface PanelActions {
	applyFix(path: string, diagnostic: Diagnostic): unknown;
	reveal(path: string, diagnostic: Diagnostic): unknown;
	fixAll(path: string): unknown;
	updateToc(path: string): unknown;
	openComparison(): unknown;
	openNote(path: string): unknown;
}

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/**
 * Diagnostics grouped by severity (errors first), each group in reading order.
 *
 * @example
 * groupBySeverity(report.diagnostics).map((g) => g.severity); // ["error", "warning"]
 */
export function groupBySeverity(diagnostics: readonly Diagnostic[]): Array<{ severity: Severity; items: Diagnostic[] }> {
	const sorted = sortDiagnostics(diagnostics);
	return SEVERITIES.map((severity) => ({ severity, items: sorted.filter((d) => d.severity === severity) })).filter((g) => g.items.length > 0);
}

/**
 * The vault section's rows: every container note (and, with scope "all", every note
 * with a problem), worst first: most errors, then most warnings, then path.
 *
 * @example
 * vaultRows(reports, false)[0]; // { path: "Docker.md", errors: 3, warnings: 1, infos: 0 }
 */
export function vaultRows(reports: Iterable<NoteReport>, scopeAll: boolean): VaultRow[] {
	const rows: VaultRow[] = [];
	for (const report of reports) {
		if (report.skipped !== null && !report.isContainerNote) continue;
		if (!report.isContainerNote && !(scopeAll && report.diagnostics.length > 0)) continue;
		rows.push({ path: report.path, ...countSeverities([report]) });
	}
	return rows.sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || b.infos - a.infos || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Whether the note has a table of contents that a fix can regenerate. */
export function canUpdateToc(report: NoteReport): boolean {
	return report.diagnostics.some((d) => d.rule === "toc-stale" && d.fix !== null);
}

/** Safe fixes in a report (what "Fix all" applies). */
export function safeFixCount(report: NoteReport): number {
	return report.diagnostics.filter((d) => d.fix !== null && d.fix.safe).length;
}

/** The file name without folders and `.md`, for display. @example displayName("a/b/Docker.md") // "Docker" */
export function displayName(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}
