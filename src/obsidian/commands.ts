/**
 * The command palette entries. Each uses `checkCallback`/`editorCheckCallback`, so it
 * shows only when it applies; none has a default hotkey.
 */
import type { Editor, MarkdownFileInfo, MarkdownView, Plugin, TFile } from "obsidian";
import type { NoteReport } from "../core/model/diagnostic";
import type { CheckService } from "./check-service";
import type { Strings } from "./i18n";
import { safeFixCount } from "./panel/panel-model";

/** Stable command ids (Obsidian prefixes the plugin id). */
export const COMMAND_IDS = {
	checkCurrent: "check-current-note",
	checkAll: "check-all-notes",
	fixAll: "fix-all-in-current-note",
	updateToc: "update-table-of-contents",
	insertToc: "insert-table-of-contents",
	openPanel: "open-problems-panel",
	exportReport: "export-vault-report",
} as const;

/** What the commands need from the plugin. */
export interface CommandHost {
	readonly service: CheckService;
	strings(): Strings;
	activeMarkdownFile(): TFile | null;
	checkCurrent(file: TFile): Promise<void>;
	checkAll(): Promise<void>;
	fixAll(path: string): Promise<void>;
	updateToc(path: string): Promise<void>;
	insertToc(path: string, editor: Editor): Promise<void>;
	openPanel(): Promise<void>;
	exportReport(): Promise<void>;
}

/** Whether a report is one the plugin checks (a container note, or any note with scope "all"). */
function inScope(report: NoteReport | undefined, scopeAll: boolean): report is NoteReport {
	return report !== undefined && report.skipped === null && (report.isContainerNote || scopeAll);
}

function fileOf(ctx: MarkdownView | MarkdownFileInfo): TFile | null {
	return ctx.file ?? null;
}

/**
 * Registers every command on `plugin`.
 *
 * @example
 * registerCommands(this, this);
 */
export function registerCommands(plugin: Plugin, host: CommandHost, scopeAll: () => boolean): void {
	const t = host.strings().commands;

	plugin.addCommand({
		id: COMMAND_IDS.checkCurrent,
		name: t.checkCurrent,
		checkCallback: (checking) => {
			const file = host.activeMarkdownFile();
			if (!file) return false;
			if (!checking) void host.checkCurrent(file);
			return true;
		},
	});

	plugin.addCommand({
		id: COMMAND_IDS.checkAll,
		name: t.checkAll,
		checkCallback: (checking) => {
			if (host.service.progress !== null) return false;
			if (!checking) void host.checkAll();
			return true;
		},
	});

	plugin.addCommand({
		id: COMMAND_IDS.fixAll,
		name: t.fixAll,
		editorCheckCallback: (checking, _editor, ctx) => {
			const file = fileOf(ctx);
			const report = file ? host.service.report(file.path) : undefined;
			if (!file || !inScope(report, scopeAll()) || safeFixCount(report) === 0) return false;
			if (!checking) void host.fixAll(file.path);
			return true;
		},
	});

	plugin.addCommand({
		id: COMMAND_IDS.updateToc,
		name: t.updateToc,
		editorCheckCallback: (checking, _editor, ctx) => {
			const file = fileOf(ctx);
			const report = file ? host.service.report(file.path) : undefined;
			if (!file || !inScope(report, scopeAll())) return false;
			if (!report.diagnostics.some((d) => d.rule === "toc-stale" && d.fix !== null)) return false;
			if (!checking) void host.updateToc(file.path);
			return true;
		},
	});

	plugin.addCommand({
		id: COMMAND_IDS.insertToc,
		name: t.insertToc,
		editorCheckCallback: (checking, editor, ctx) => {
			const file = fileOf(ctx);
			const report = file ? host.service.report(file.path) : undefined;
			if (!file || !inScope(report, scopeAll())) return false;
			// A stale TOC means there is one already: that is "Update", not "Insert".
			if (report.diagnostics.some((d) => d.rule === "toc-stale")) return false;
			if (!checking) void host.insertToc(file.path, editor);
			return true;
		},
	});

	plugin.addCommand({
		id: COMMAND_IDS.openPanel,
		name: t.openPanel,
		callback: () => void host.openPanel(),
	});

	plugin.addCommand({
		id: COMMAND_IDS.exportReport,
		name: t.exportReport,
		checkCallback: (checking) => {
			if (!host.service.indexed || host.service.progress !== null) return false;
			if (!checking) void host.exportReport();
			return true;
		},
	});
}
