/**
 * "Export vault report": the same JSON schema as `container-notes check --format json`
 * and the same Markdown report as the CLI, written as two files in the vault root.
 */
import type { App } from "obsidian";
import { TFile, normalizePath } from "./obsidian-api";
import type { NoteReport, VaultReport } from "../core/model/diagnostic";
import type { Language, Scope } from "../core/model/settings";
import { toJsonReport } from "../core/report/json-report";
import { toMarkdownReport } from "../core/report/markdown-report";

/**
 * The two report texts for a set of note reports.
 *
 * @example
 * buildReports([...service.allReports()], 12, "tagged", "en").json; // '{\n  "version": 1, ...'
 */
export function buildReports(notes: readonly NoteReport[], notesScanned: number, scope: Scope, language: Language): { markdown: string; json: string } {
	const report: VaultReport = { notesScanned, notesChecked: notes.length, notes: [...notes] };
	return {
		markdown: toMarkdownReport(report, { scope, language }),
		json: JSON.stringify(toJsonReport(report, scope), null, 2) + "\n",
	};
}

/** Creates or replaces a file in the vault (through `vault.process` when it exists). */
export async function writeVaultFile(app: App, path: string, text: string): Promise<string> {
	const target = normalizePath(path);
	const existing = app.vault.getFileByPath(target);
	if (existing instanceof TFile) await app.vault.process(existing, () => text);
	else await app.vault.create(target, text);
	return target;
}
