/**
 * The command palette entries. Each uses `checkCallback`/`editorCheckCallback`, so it
 * shows only when it applies; none has a default hotkey.
 *
 * Command names are taken in the plugin's language when the plugin loads. Obsidian has
 * no API to rename a registered command (and removing and re-adding commands is not
 * supported), so after a language change the palette shows the new names only after
 * the plugin is reloaded; the language setting's description says so.
 */
import type { Command, Plugin, TFile } from "obsidian";
import type { NoteReport } from "../core/model/diagnostic";
import type { CheckService } from "./check-service";
import type { Strings } from "./i18n";
import { canUpdateToc, safeFixCount } from "./panel/panel-model";
import { isCheckedNote } from "../core/report/json-report";

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
	/** Regenerates the note's table of contents; with `insert`, inserts one. */
	updateToc(path: string, insert?: boolean): Promise<void>;
	openPanel(): Promise<void>;
	exportReport(): Promise<void>;
}

/**
 * Registers every command on `plugin`.
 *
 * @example
 * registerCommands(this, actions, () => this.settings.scope === "all");
 */
export function registerCommands(plugin: Plugin, host: CommandHost, scopeAll: () => boolean): void {
	const t = host.strings().commands;
	const add = (key: keyof typeof COMMAND_IDS, command: Partial<Command>) => plugin.addCommand({ id: COMMAND_IDS[key], name: t[key], ...command });
	/** A command on the note in the editor, offered when the plugin checks it and `applies` says so. */
	const onNote = (key: keyof typeof COMMAND_IDS, applies: (report: NoteReport) => boolean, run: (path: string) => unknown) =>
		add(key, {
			editorCheckCallback: (checking, _editor, ctx) => {
				const path = ctx.file?.path;
				const report = path === undefined ? undefined : host.service.report(path);
				if (path === undefined || !report || !isCheckedNote(report, scopeAll() ? "all" : "tagged") || !applies(report)) return false;
				if (!checking) void run(path);
				return true;
			},
		});
	/** A command offered while `test` gives something (which `run` receives). */
	const when = <T>(key: keyof typeof COMMAND_IDS, test: () => T, run: (value: NonNullable<T>) => unknown) =>
		add(key, {
			checkCallback: (checking) => {
				const value = test();
				if (!value) return false;
				if (!checking) void run(value);
				return true;
			},
		});

	when("checkCurrent", () => host.activeMarkdownFile(), (file) => host.checkCurrent(file));
	when("checkAll", () => host.service.progress === null, () => host.checkAll());
	onNote("fixAll", (r) => safeFixCount(r) > 0, (path) => host.fixAll(path));
	onNote("updateToc", canUpdateToc, (path) => host.updateToc(path));
	// A stale TOC means there is one already: that is "Update", not "Insert".
	onNote("insertToc", (r) => !r.diagnostics.some((d) => d.rule === "toc-stale"), (path) => host.updateToc(path, true));
	add("openPanel", { callback: () => void host.openPanel() });
	when("exportReport", () => host.service.indexed && host.service.progress === null, () => host.exportReport());
}
