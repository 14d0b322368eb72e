/**
 * The vault report as a readable Markdown note (the plugin's "Export vault report",
 * `check --format markdown`). Every piece of note text is escaped so that it stays
 * text: no link, embed, tag, HTML, comment, math or highlight can come from a note. Pure.
 */
import type { VaultReport } from "../model/diagnostic";
import type { Language, Scope } from "../model/settings";
import { checkedNotes, countSeverities, sortDiagnostics } from "./json-report";

const LABELS = {
	en: {
		title: "Container Notes report",
		checked: (n: number, of: number) => `Notes checked: ${n} (of ${of} in the vault)`,
		errors: "Errors",
		warnings: "Warnings",
		infos: "Infos",
		severity: { error: "Error", warning: "Warning", info: "Info" },
		at: (line: number, column: number) => `line ${line}, column ${column}`,
		suggestion: "Suggestion",
		safeFix: "Safe fix",
		fix: "Fix",
		clean: "No problems.",
		skipped: "Skipped notes",
		none: "No notes were checked.",
	},
	ko: {
		title: "Container Notes 보고서",
		checked: (n: number, of: number) => `검사한 노트: ${n}개 (볼트 전체 ${of}개)`,
		errors: "오류",
		warnings: "경고",
		infos: "정보",
		severity: { error: "오류", warning: "경고", info: "정보" },
		at: (line: number, column: number) => `${line}행 ${column}열`,
		suggestion: "제안",
		safeFix: "안전한 수정",
		fix: "수정",
		clean: "문제 없음.",
		skipped: "건너뛴 노트",
		none: "검사한 노트가 없습니다.",
	},
};

/**
 * Escapes text so Markdown (CommonMark, GFM and Obsidian's extensions) shows it as-is.
 * ASCII punctuation that can start markup gets a backslash, as does the dot of `www.`
 * (a GFM autolink); line breaks become spaces (a line break could start a heading or a list).
 *
 * @example
 * escapeMarkdown("[[a]] <b> #tag"); // "\\[\\[a\\]\\] \\<b\\> \\#tag"
 */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\r\n]+/g, " ")
		.replace(/[\\`*_{}[\]<>()#!|~=^%$&:@]/g, (c) => `\\${c}`)
		.replace(/(www)\./gi, "$1\\.");
}

/**
 * Renders a vault report as Markdown.
 *
 * @example
 * toMarkdownReport(report, { scope: "tagged", language: "en" });
 * // "# Container Notes report\n\n- Notes checked: 2 (of 4 in the vault)\n- Errors: 3\n..."
 */
export function toMarkdownReport(report: VaultReport, options: { scope: Scope; language: Language }): string {
	const l = LABELS[options.language];
	const notes = checkedNotes(report, options.scope);
	const { errors, warnings, infos } = countSeverities(notes);
	const out: string[] = [`# ${l.title}`, "", `- ${l.checked(notes.length, report.notesScanned)}`, `- ${l.errors}: ${errors}`, `- ${l.warnings}: ${warnings}`];
	if (infos > 0) out.push(`- ${l.infos}: ${infos}`);
	if (notes.length === 0) out.push("", l.none);
	for (const note of notes) {
		out.push("", `## ${escapeMarkdown(note.path.normalize("NFC"))}`, "");
		if (note.diagnostics.length === 0) {
			out.push(l.clean);
			continue;
		}
		for (const d of sortDiagnostics(note.diagnostics)) {
			// Rule ids are our own fixed ASCII ids: safe inside a code span.
			out.push(`- **${l.severity[d.severity]}** \`${d.rule}\` (${l.at(d.span.start.line, d.span.start.column)}): ${escapeMarkdown(d.message)}`);
			if (d.suggestion !== null) out.push(`\t- ${l.suggestion}: ${escapeMarkdown(d.suggestion)}`);
			if (d.fix !== null) out.push(`\t- ${d.fix.safe ? l.safeFix : l.fix}: ${escapeMarkdown(d.fix.title)}`);
		}
	}
	const skipped = report.notes.filter((n) => n.skipped !== null).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	if (skipped.length > 0) {
		out.push("", `## ${l.skipped}`, "");
		for (const note of skipped) out.push(`- ${escapeMarkdown(note.path.normalize("NFC"))}: ${escapeMarkdown(note.skipped ?? "")}`);
	}
	return out.join("\n") + "\n";
}
