/**
 * `container-notes fix`: applies the safe fixes of every checked note
 * (`Checker.fixNote`: fix, re-check, repeat, so one run leaves no safe fix behind),
 * then writes each changed note once, atomically, and only if the file still holds the
 * text that was checked. `--dry-run` prints a unified diff instead and writes nothing.
 */
import type { Checker } from "../core/check/checker";
import type { Diagnostic, NoteReport } from "../core/model/diagnostic";
import type { Language } from "../core/model/settings";
import { checkedNotes, countSeverities, toJsonReport } from "../core/report/json-report";
import type { CliArgs } from "./args";
import { checkVaultFromArgs } from "./collect";
import { unifiedDiff } from "./diff";
import { messages, type CliMessages } from "./i18n";
import type { CliIO } from "./io";
import { displayPath, errorText } from "./open-vault";
import { writeSiteRootHint } from "./site-root-hint";
import { colorEnabled, makeStyle } from "./style";
import { escapeControls, formatTextReport, oneLine } from "./text-report";

/** What fixing one note produced. */
export interface NoteFixResult {
	path: string;
	before: string;
	after: string;
	applied: number;
	refused: string[];
	/** The note's report for `after`. */
	report: NoteReport;
}

/**
 * Applies a note's safe fixes in memory (the checker re-checks between rounds, so one
 * run leaves no safe fix behind). Writes nothing.
 *
 * @example
 * const r = await fixNoteText(checker, "Docker.md", text);
 * r.applied; // 11 for the seed note
 */
export async function fixNoteText(checker: Pick<Checker, "fixNote">, path: string, text: string): Promise<NoteFixResult> {
	const r = await checker.fixNote(path, text);
	return { path, before: r.original, after: r.text, applied: r.applied, refused: hasSafeFix(r.report.diagnostics) ? r.refused : [], report: r.report };
}

function hasSafeFix(diagnostics: readonly Diagnostic[]): boolean {
	return diagnostics.some((d) => d.fix?.safe === true);
}

/**
 * The closing lines of `fix`: what was (or would be) applied, and how many notes with
 * fixes were left unchanged. "Nothing to fix" only when nothing was left undone.
 *
 * @example
 * fixSummaryLines(messages("en"), { fixes: 0, files: 0, failed: 2, dryRun: false }); // ["2 notes with fixes left unchanged (see above)"]
 */
export function fixSummaryLines(msgs: CliMessages, done: { fixes: number; files: number; failed: number; dryRun: boolean }): string[] {
	const lines: string[] = [];
	if (done.files > 0) lines.push(done.dryRun ? msgs.fixDrySummary(done.fixes, done.files) : msgs.fixSummary(done.fixes, done.files));
	else if (done.failed === 0) lines.push(msgs.nothingToFix);
	if (done.failed > 0) lines.push(msgs.notFixed(done.failed));
	return lines;
}

/**
 * Runs `fix`.
 *
 * @example
 * await runFix(args, io, "en", messages("en")); // 0 when no error remains
 */
export async function runFix(args: CliArgs, io: CliIO, language: Language, startMsgs: CliMessages): Promise<number> {
	const checked = await checkVaultFromArgs(args, io, language, startMsgs);
	if (checked === null) return 2;
	// The plugin's language setting may have named another (see open-vault.ts).
	const msgs = messages(checked.language);
	const { root, vault, checker, settings, report, named } = checked;
	const show = (p: string) => oneLine(displayPath(io.cwd, root, p));
	const json = args.format === "json";
	// In a dry run stdout carries only the diff (usable as a patch); in JSON mode only the JSON.
	const info = args.dryRun || json ? io.stderr : io.stdout;
	let fixes = 0;
	let files = 0;
	/** Notes with safe fixes that were not fixed: unreadable, failing, unwritable or changed meanwhile. */
	let failed = 0;
	const finalReports = new Map<string, NoteReport>();
	for (const note of checkedNotes(report, settings.scope)) {
		if (!hasSafeFix(note.diagnostics)) continue;
		let before: string;
		try {
			before = await vault.readNote(note.path);
		} catch (e) {
			io.stderr.write(`${msgs.noteUnreadable(show(note.path), errorText(e))}\n`);
			failed++;
			continue;
		}
		let result: NoteFixResult;
		try {
			result = await fixNoteText(checker, note.path, before);
		} catch (e) {
			io.stderr.write(`${msgs.noteFailed(show(note.path), errorText(e))}\n`);
			failed++;
			continue;
		}
		for (const reason of result.refused) io.stderr.write(`${msgs.refused(show(note.path), oneLine(reason))}\n`);
		if (result.after === before) continue;
		if (args.dryRun) {
			// On a terminal, note text must not drive it; piped, the diff stays byte-exact (usable as a patch).
			const diff = unifiedDiff(note.path.normalize("NFC"), before, result.after);
			io.stdout.write(io.isTTY ? escapeControls(diff) : diff);
			info.write(`${msgs.wouldFixFile(show(note.path), result.applied)}\n`);
		} else {
			let written: boolean;
			try {
				written = await vault.replaceIfUnchanged(note.path, before, result.after);
			} catch (e) {
				io.stderr.write(`${msgs.writeFailed(show(note.path), errorText(e))}\n`);
				failed++;
				continue;
			}
			if (!written) {
				io.stderr.write(`${msgs.changedMeanwhile(show(note.path))}\n`);
				failed++;
				continue;
			}
			info.write(`${msgs.fixedFile(show(note.path), result.applied)}\n`);
		}
		finalReports.set(note.path, result.report);
		fixes += result.applied;
		files++;
	}
	for (const line of fixSummaryLines(msgs, { fixes, files, failed, dryRun: args.dryRun })) info.write(`${line}\n`);
	// What remains: the re-checked reports of fixed notes, the original ones elsewhere.
	const after = { ...report, notes: report.notes.map((n) => finalReports.get(n.path) ?? n) };
	const remaining = checkedNotes(after, settings.scope);
	if (json) io.stdout.write(`${JSON.stringify(toJsonReport(after, settings.scope))}\n`);
	else if (!args.dryRun) {
		const style = makeStyle(colorEnabled(io));
		const skipped = after.notes.filter((n) => n.skipped !== null);
		if (remaining.some((n) => n.diagnostics.length > 0)) info.write(`\n${msgs.remaining}\n`);
		info.write(formatTextReport(remaining, skipped, { style, msgs, scanned: report.notesScanned, named, displayPath: (p) => displayPath(io.cwd, root, p) }));
	}
	await writeSiteRootHint(io, msgs, vault, remaining, settings.siteRoot);
	return countSeverities(remaining).errors > 0 ? 1 : 0;
}
