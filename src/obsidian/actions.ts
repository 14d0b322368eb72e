/**
 * What the commands and the panel do: check, fix, update the TOC, open a note at a
 * problem, open the panel, export the report. Each outcome is told with a `Notice`.
 * `main.ts` builds one and hands it to the commands and the panel.
 */
import type { App, TFile } from "obsidian";
import { MarkdownView, Notice } from "./obsidian-api";
import type { Diagnostic } from "../core/model/diagnostic";
import type { Pos } from "../core/model/position";
import type { CheckSettings, Language } from "../core/model/settings";
import type { CheckService } from "./check-service";
import type { CommandHost } from "./commands";
import { buildReports, writeVaultFile } from "./export-report";
import { type FixOutcome, FixRunner, leafFor } from "./fixes";
import type { Strings } from "./i18n";
import { VIEW_TYPE_PROBLEMS } from "./panel/panel-view";
import type { PanelActions } from "./panel/panel-model";
import { countSeverities, isCheckedNote } from "../core/report/json-report";
import type { ContainerNotesSettings } from "./settings";
import { insertFix, updateTocFix } from "./toc";

/** The exported JSON report's file name (the same in every language, like the CLI's). */
const JSON_REPORT = "container-notes-report.json";

/** What the actions need from the plugin. */
export interface ActionsHost {
	readonly app: App;
	readonly service: CheckService;
	readonly settings: ContainerNotesSettings;
	strings(): Strings;
	language(): Language;
	checkSettings(): CheckSettings;
	scopeAll(): boolean;
	/** Opens the comparison view (the `open-deployment-comparison` command's function). */
	openComparison(): void;
}

function notice(text: string): void {
	new Notice(text);
}

/** Obsidian's 0-based editor position of a 1-based `Pos`. */
const editorPos = (p: Pos) => ({ line: p.line - 1, ch: p.column - 1 });

/**
 * @example
 * const actions = new Actions(this); // `this` = the plugin
 * registerCommands(this, actions, () => this.scopeAll());
 */
export class Actions implements CommandHost, PanelActions {
	readonly service: CheckService;
	private readonly fixRunner: FixRunner;

	constructor(private readonly host: ActionsHost) {
		this.service = host.service;
		this.fixRunner = new FixRunner(host.app, host.service);
	}

	strings(): Strings {
		return this.host.strings();
	}

	/** The active file when it is a Markdown note. */
	activeMarkdownFile(): TFile | null {
		const file = this.host.app.workspace.getActiveFile();
		return file?.extension === "md" ? file : null;
	}

	/** Tells how a fix went: `success` when something was applied. */
	private notifyUser(outcome: FixOutcome, success: string): void {
		const n = this.strings().notices;
		notice(outcome.ok ? (outcome.applied > 0 ? success : n.fixAllNone) : outcome.reason === "changed" ? n.fixRefusedChanged : n.fixFailed(outcome.detail ?? outcome.reason));
	}

	async applyFix(path: string, d: Diagnostic): Promise<void> {
		this.notifyUser(await this.fixRunner.applyFix(path, d), this.strings().notices.fixApplied);
	}

	async fixAll(path: string): Promise<void> {
		const outcome = await this.fixRunner.fixAll(path);
		this.notifyUser(outcome, this.strings().notices.fixAllDone(outcome.ok ? outcome.applied : 0));
	}

	/** Regenerates the note's table of contents; with `insert`, inserts one when the note has none. */
	async updateToc(path: string, insert = false): Promise<void> {
		const n = this.strings().notices;
		const text = await this.fixRunner.currentText(path);
		if (text === null) return;
		const scan = await this.service.getChecker().scan(path, text);
		const settings = this.host.checkSettings();
		const style = this.host.settings.tocStyle;
		const fix = insert ? insertFix(scan, settings, style) : updateTocFix(scan, settings, style);
		if (!fix || fix.edits.length === 0) notice(n.tocUpToDate);
		else this.notifyUser(await this.fixRunner.applyToNote(path, fix.edits, text), insert ? n.tocInserted : n.tocUpdated);
	}

	openComparison(): void {
		this.host.openComparison();
	}

	openNote(path: string): Promise<void> {
		return this.reveal(path, null);
	}

	/**
	 * Opens a note (reusing its tab when open) and selects the diagnostic's range. A note
	 * in reading view is switched to editing first (source or live preview, as the user
	 * had it): reading view has no selection.
	 */
	async reveal(path: string, d: Diagnostic | null): Promise<void> {
		const { workspace, vault } = this.host.app;
		const file = vault.getFileByPath(path);
		if (!file) return;
		let leaf = leafFor(this.host.app, path);
		if (leaf) workspace.setActiveLeaf(leaf, { focus: true });
		else await (leaf = workspace.getLeaf(false)).openFile(file, { active: true });
		if (!d || !(leaf.view instanceof MarkdownView)) return;
		if (leaf.view.getMode() !== "source") {
			const state = leaf.getViewState();
			await leaf.setViewState({ ...state, state: { ...state.state, mode: "source" } });
		}
		const view = leaf.view;
		if (!(view instanceof MarkdownView)) return;
		const from = editorPos(d.span.start);
		const to = editorPos(d.span.end);
		view.editor.setSelection(from, to);
		view.editor.scrollIntoView({ from, to }, true);
		view.editor.focus();
	}

	/** Opens the problems panel (in the right sidebar unless it is open somewhere). */
	async openPanel(): Promise<void> {
		const { workspace } = this.host.app;
		const open = workspace.getLeavesOfType(VIEW_TYPE_PROBLEMS)[0];
		const leaf = open ?? workspace.getRightLeaf(false);
		if (!leaf) return;
		if (!open) await leaf.setViewState({ type: VIEW_TYPE_PROBLEMS, active: true });
		await workspace.revealLeaf(leaf);
	}

	/** Checks one note (the editor's text when it is open), tells the counts and shows the panel. */
	async checkCurrent(file: TFile): Promise<void> {
		const n = this.strings().notices;
		const report = await this.service.checkNote(file.path, this.fixRunner.editorFor(file.path)?.getValue());
		if (!report) return notice(n.checkFailed(file.path));
		const c = countSeverities([report]);
		notice(n.noteChecked(c.errors, c.warnings));
		await this.openPanel();
	}

	/** Checks the whole vault again and tells the totals. */
	async checkAll(): Promise<void> {
		await this.service.indexVault();
		const reports = [...this.service.allReports()].filter((r) => isCheckedNote(r, this.host.settings.scope));
		const c = countSeverities(reports);
		notice(this.strings().notices.vaultChecked(reports.length, c.errors, c.warnings));
	}

	/** Writes the vault report as Markdown and JSON (the CLI's schema) and opens the Markdown one. */
	async exportReport(): Promise<void> {
		const t = this.strings();
		const { app, settings } = this.host;
		if (!this.service.indexed) return notice(t.notices.indexNotReady);
		try {
			const { markdown, json } = buildReports([...this.service.allReports()], this.service.notesScanned, settings.scope, this.host.language());
			const mdPath = await writeVaultFile(app, t.reportFile, markdown);
			notice(t.notices.exported(mdPath, await writeVaultFile(app, JSON_REPORT, json)));
			const file = app.vault.getFileByPath(mdPath);
			if (file) await app.workspace.getLeaf(true).openFile(file);
		} catch (e) {
			notice(t.notices.exportFailed(e instanceof Error ? e.message : String(e)));
		}
	}
}
