/**
 * `container-notes check`: checks the vault and prints text, JSON (schema version 1),
 * Markdown or GitHub Actions annotations. Exit 0 without errors, 1 with errors (or more warnings
 * than `--max-warnings`), 2 when the vault cannot be read.
 */
import type { CliArgs } from "./args";
import { checkVaultFromArgs } from "./collect";
import { messages, type CliMessages } from "./i18n";
import type { CliIO } from "./io";
import { displayPath } from "./open-vault";
import { colorEnabled, makeStyle } from "./style";
import { formatTextReport, oneLine } from "./text-report";
import { formatGithubReport } from "./github-report";
import { writeSiteRootHint } from "./site-root-hint";
import { checkedNotes, countSeverities, toJsonReport } from "../core/report/json-report";
import { toMarkdownReport } from "../core/report/markdown-report";
import type { Language } from "../core/model/settings";

/**
 * Runs `check`.
 *
 * @example
 * await runCheck(args, io, "en", messages("en")); // 1 when errors were found
 */
export async function runCheck(args: CliArgs, io: CliIO, startLanguage: Language, startMsgs: CliMessages): Promise<number> {
	const checked = await checkVaultFromArgs(args, io, startLanguage, startMsgs);
	if (checked === null) return 2;
	// The plugin's language setting may have named another (see open-vault.ts).
	const { language } = checked;
	const msgs = messages(language);
	const { root, settings, report, named } = checked;
	const notes = checkedNotes(report, settings.scope);
	const format = args.format ?? "text";
	if (format === "json") {
		io.stdout.write(`${JSON.stringify(toJsonReport(report, settings.scope))}\n`);
		// The JSON lists checked notes only: say on stderr which notes were skipped, and why.
		for (const note of report.notes) if (note.skipped !== null) io.stderr.write(`${oneLine(note.path.normalize("NFC"))}: ${oneLine(note.skipped)}\n`);
	} else if (format === "markdown") {
		io.stdout.write(toMarkdownReport(report, { scope: settings.scope, language }));
	} else if (format === "github") {
		const skipped = report.notes.filter((n) => n.skipped !== null);
		// GitHub attaches an annotation to a file by its path in the repository: the workspace, not the step's working folder.
		const base = io.env.GITHUB_WORKSPACE || io.cwd;
		io.stdout.write(formatGithubReport(notes, skipped, { msgs, scanned: report.notesScanned, named, displayPath: (p) => displayPath(base, root, p) }));
	} else {
		const skipped = report.notes.filter((n) => n.skipped !== null);
		const style = makeStyle(colorEnabled(io));
		io.stdout.write(formatTextReport(notes, skipped, { style, msgs, scanned: report.notesScanned, named, fixHint: true, displayPath: (p) => displayPath(io.cwd, root, p) }));
	}
	await writeSiteRootHint(io, msgs, checked.vault, notes, settings.siteRoot);
	const counts = countSeverities(notes);
	const tooMany = args.maxWarnings !== null && counts.warnings > args.maxWarnings;
	if (tooMany) io.stderr.write(`${msgs.tooManyWarnings(counts.warnings, args.maxWarnings ?? 0)}\n`);
	return counts.errors > 0 || tooMany ? 1 : 0;
}
