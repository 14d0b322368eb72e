/**
 * Compiler-style text output of `check`: one line per diagnostic
 * (`path:line:col  severity  rule  message`), an indented hint under it, then a summary.
 */
import type { Diagnostic, NoteReport } from "../core/model/diagnostic";
import { countSeverities, sortDiagnostics } from "../core/report/json-report";
import type { CliMessages } from "./i18n";
import type { Style } from "./style";

/**
 * A diagnostic's hint: its suggestion, else its fix's title; `null` without either.
 *
 * @example
 * hintOf({ suggestion: null, fix: { title: "Encode the spaces as %20", safe: true, edits: [] }, ... }); // "Encode the spaces as %20"
 */
export function hintOf(d: Diagnostic): string | null {
	return d.suggestion ?? d.fix?.title ?? null;
}

/**
 * What the summary line says was looked at: the vault's notes, or the notes named on the command line.
 *
 * @example
 * lookedAt(messages("en"), 4, false); // "(4 notes in the vault)"
 */
export function lookedAt(msgs: CliMessages, scanned: number, named = false): string {
	return named ? msgs.namedOf(scanned) : msgs.scannedOf(scanned);
}

/**
 * One diagnostic as text lines (without a trailing newline).
 *
 * @example
 * formatDiagnostic("Docker 기초.md", d, style, msgs);
 * // "Docker 기초.md:5:4  error  link-unparsed  Not a link in Obsidian: ...\n    hint: Encode the spaces as %20 [fixable]"
 */
export function formatDiagnostic(displayPath: string, d: Diagnostic, style: Style, msgs: CliMessages): string {
	const where = style.bold(`${oneLine(displayPath)}:${d.span.start.line}:${d.span.start.column}`);
	const lines = [`${where}  ${style.severity(d.severity, d.severity)}  ${style.dim(d.rule)}  ${oneLine(d.message)}`];
	const hint = hintOf(d);
	if (hint !== null) {
		const fixable = d.fix?.safe ? ` ${style.green(`[${msgs.fixable}]`)}` : "";
		lines.push(`    ${style.cyan(`${msgs.suggestion}:`)} ${oneLine(hint)}${fixable}`);
	}
	return lines.join("\n");
}

/**
 * The whole text report: diagnostics note by note, skipped notes with their reason, with
 * `fixHint` how many have a safe fix (and the command that applies them), and the summary line.
 *
 * @example
 * formatTextReport(notes, skipped, { style, msgs, displayPath: (p) => p, scanned: 4 }); // "... (4 notes in the vault)"; with `named: true`, "(4 notes named)"
 */
export function formatTextReport(
	notes: readonly NoteReport[],
	skipped: readonly NoteReport[],
	options: { style: Style; msgs: CliMessages; displayPath(path: string): string; scanned: number; named?: boolean; fixHint?: boolean },
): string {
	const { style, msgs } = options;
	const out: string[] = [];
	for (const note of notes) {
		for (const d of sortDiagnostics(note.diagnostics)) out.push(formatDiagnostic(options.displayPath(note.path), d, style, msgs));
	}
	// The checker's reason is a whole sentence ("Skipped: binary content").
	for (const note of skipped) out.push(style.dim(`${oneLine(options.displayPath(note.path))}: ${oneLine(note.skipped ?? "")}`));
	if (out.length > 0) out.push("");
	if (notes.length === 0 && skipped.length === 0) out.push(msgs.noNotes);
	// `check` names the command that applies what "[fixable]" marked (`fix` itself has applied it).
	const fixable = options.fixHint ? notes.reduce((n, note) => n + note.diagnostics.filter((d) => d.fix?.safe === true).length, 0) : 0;
	if (fixable > 0) out.push(style.green(msgs.fixableHint(fixable)));
	const counts = countSeverities(notes);
	const summary = msgs.summary(notes.length, counts.errors, counts.warnings, counts.infos);
	const coloured = counts.errors > 0 ? style.red(summary) : counts.warnings > 0 ? style.severity("warning", summary) : style.green(summary);
	out.push(`${style.bold(coloured)} ${style.dim(lookedAt(msgs, options.scanned, options.named))}`);
	return out.join("\n") + "\n";
}

/**
 * Keeps one diagnostic on one line even if a message holds a line break, and shows
 * control characters as `\u{..}` so note text cannot drive the terminal (ANSI escapes).
 *
 * @example
 * oneLine("a\nb\u001b[2J"); // "a b\\u{1b}[2J"
 */
export function oneLine(s: string): string {
	return escapeControls(s.replace(/\s*[\r\n]+\s*/g, " "));
}

/**
 * Shows control characters other than tab and line feed as `\u{..}`, so text printed to a
 * terminal (a diff, a table of contents) cannot drive it with escape sequences.
 *
 * @example
 * escapeControls("a\u001b[2J\nb"); // "a\\u{1b}[2J\nb"
 */
export function escapeControls(s: string): string {
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
