/**
 * `container-notes check`: checks the vault and prints text, JSON (schema version 1)
 * or Markdown. Exit 0 without errors, 1 with errors, 2 when the vault cannot be read.
 */
import type { CliArgs } from "./args";
import { collectReport } from "./collect";
import type { CliMessages } from "./i18n";
import type { CliIO } from "./io";
import { displayPath, openVault } from "./open-vault";
import { makeProgress } from "./progress";
import { colorEnabled, makeStyle } from "./style";
import { countDiagnostics, formatTextReport, oneLine } from "./text-report";
import { checkedNotes, toJsonReport } from "../core/report/json-report";
import { toMarkdownReport } from "../core/report/markdown-report";
import type { Language } from "../core/model/settings";

/**
 * Runs `check`.
 *
 * @example
 * await runCheck(args, io, "en", messages("en")); // 1 when errors were found
 */
export async function runCheck(args: CliArgs, io: CliIO, language: Language, msgs: CliMessages): Promise<number> {
	const dir = args.positionals[0] ?? ".";
	const opened = openVault(io.cwd, dir, args, language, msgs);
	if (!opened.ok) {
		io.stderr.write(`${opened.message}\n`);
		return 2;
	}
	const { root, vault, checker, settings } = opened;
	const total = vault.listFiles().filter((p) => p.toLowerCase().endsWith(".md")).length;
	const progress = makeProgress(io, total);
	const report = await collectReport(checker, vault, (done, all) => progress.update(done, all));
	progress.done();
	const notes = checkedNotes(report, settings.scope);
	const format = args.format ?? "text";
	if (format === "json") {
		io.stdout.write(`${JSON.stringify(toJsonReport(report, settings.scope))}\n`);
		// The JSON lists checked notes only: say on stderr which notes were skipped, and why.
		for (const note of report.notes) if (note.skipped !== null) io.stderr.write(`${oneLine(note.path.normalize("NFC"))}: ${oneLine(note.skipped)}\n`);
	} else if (format === "markdown") {
		io.stdout.write(toMarkdownReport(report, { scope: settings.scope, language }));
	} else {
		const skipped = report.notes.filter((n) => n.skipped !== null);
		const style = makeStyle(colorEnabled(io));
		io.stdout.write(formatTextReport(notes, skipped, { style, msgs, scanned: report.notesScanned, displayPath: (p) => displayPath(io.cwd, root, p) }));
	}
	return countDiagnostics(notes).errors > 0 ? 1 : 0;
}
