/**
 * `check --format github`: GitHub Actions workflow commands, so each diagnostic shows
 * as an annotation on the note's line in a pull request or a workflow run
 * (`::error file=…,line=…,col=…::message`), followed by the plain summary line.
 *
 * Safety: note text reaches these lines through messages (a heading's text, a link).
 * Line breaks and `%` are escaped in the message and `,` and `:` too in the
 * properties, as GitHub's toolkit does, so a note can never start a command of its own.
 */
import type { Diagnostic, NoteReport, Severity } from "../core/model/diagnostic";
import { countSeverities, sortDiagnostics } from "../core/report/json-report";
import type { CliMessages } from "./i18n";
import { hintOf, lookedAt } from "./text-report";

const LEVEL: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/**
 * A workflow command's message, escaped as `@actions/core` does.
 *
 * @example
 * escapeData("50% done\nnext"); // "50%25 done%0Anext"
 */
export function escapeData(s: string): string {
	return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/**
 * A workflow command's property value, escaped as `@actions/core` does.
 *
 * @example
 * escapeProperty("a:b,c"); // "a%3Ab%2Cc"
 */
export function escapeProperty(s: string): string {
	return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * One diagnostic as one workflow command line; the hint follows the message on a second line of the annotation.
 *
 * @example
 * githubAnnotation("docs/Docker 기초.md", d, messages("en"));
 * // '::error file=docs/Docker 기초.md,line=5,col=4,endLine=5,endColumn=20,title=heading-missing::No heading "#설치" in this note%0Ahint: Did you mean "#설치하기"?'
 */
export function githubAnnotation(displayPath: string, d: Diagnostic, msgs: CliMessages): string {
	const { start, end } = d.span;
	const props = [`file=${escapeProperty(displayPath)}`, `line=${start.line}`, `col=${start.column}`, `endLine=${end.line}`, `endColumn=${end.column}`, `title=${escapeProperty(d.rule)}`];
	const hint = hintOf(d);
	const text = hint === null ? d.message : `${d.message}\n${msgs.suggestion}: ${hint}${d.fix?.safe ? ` [${msgs.fixable}]` : ""}`;
	return `::${LEVEL[d.severity]} ${props.join(",")}::${escapeData(text)}`;
}

/**
 * The whole report: one annotation per diagnostic, a warning per skipped note, then the summary line.
 *
 * @example
 * formatGithubReport(notes, skipped, { msgs, displayPath: (p) => p, scanned: 4 });
 */
export function formatGithubReport(notes: readonly NoteReport[], skipped: readonly NoteReport[], options: { msgs: CliMessages; displayPath(path: string): string; scanned: number; named?: boolean }): string {
	const { msgs } = options;
	const out: string[] = [];
	for (const note of notes) for (const d of sortDiagnostics(note.diagnostics)) out.push(githubAnnotation(options.displayPath(note.path), d, msgs));
	for (const note of skipped) out.push(`::warning file=${escapeProperty(options.displayPath(note.path))}::${escapeData(note.skipped ?? "")}`);
	if (notes.length === 0 && skipped.length === 0) out.push(msgs.noNotes);
	const counts = countSeverities(notes);
	out.push(`${msgs.summary(notes.length, counts.errors, counts.warnings, counts.infos)} ${lookedAt(msgs, options.scanned, options.named)}`);
	return out.join("\n") + "\n";
}
