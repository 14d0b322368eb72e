/**
 * Container Notes: lifecycle only. Loads settings, registers the panel, commands,
 * settings tab, editor marks and events; the vault is first indexed in
 * `workspace.onLayoutReady`, never in `onload`.
 */
import { type Editor, MarkdownView, Notice, Plugin, TFile, type WorkspaceLeaf } from "obsidian";
import type { Extension } from "@codemirror/state";
import { Checker } from "../core/check/checker";
import type { Diagnostic, NoteReport } from "../core/model/diagnostic";
import type { Span } from "../core/model/position";
import type { CheckSettings, Language } from "../core/model/settings";
import { CheckService } from "./check-service";
import { readNoteFromApp } from "./compare/host";
import { type CompareRegistration, registerCompare } from "./compare/register";
import { type CommandHost, registerCommands } from "./commands";
import { createMarksExtension } from "./editor/marks";
import { buildReports, writeVaultFile } from "./export-report";
import { type FixOutcome, FixRunner } from "./fixes";
import { type Strings, appLanguage, resolveLanguage, stringsFor } from "./i18n";
import { ObsidianVault } from "./obsidian-vault";
import { type PanelHost, ProblemsView, VIEW_TYPE_PROBLEMS } from "./panel/panel-view";
import type { PanelActions } from "./panel/panel-model";
import { countSeverities } from "./panel/panel-model";
import { type ContainerNotesSettings, DEFAULT_SETTINGS, toCheckSettings, validateSettings } from "./settings";
import { ContainerNotesSettingTab, type SettingsHost } from "./settings-tab";
import { insertFix, updateTocFix } from "./toc";

/** Settings typed into text fields are applied to the checker after this pause. */
const SETTINGS_RECHECK_MS = 800;

export default class ContainerNotesPlugin extends Plugin implements PanelHost, CommandHost, SettingsHost {
	settings: ContainerNotesSettings = DEFAULT_SETTINGS;
	service!: CheckService;
	private fixes!: FixRunner;
	/** The array registered with `registerEditorExtension`; mutated to switch marks on and off. */
	private readonly markExtensions: Extension[] = [];
	private marks: Extension | null = null;
	private settingsTimer: number | null = null;
	private compare: CompareRegistration | null = null;

	override async onload(): Promise<void> {
		// Invalid stored values fall back to their defaults (validateSettings never throws).
		this.settings = validateSettings(await this.loadData()).settings;

		const vault = new ObsidianVault(this.app);
		this.service = new CheckService(vault, () => this.checkSettings(), (v, s) => new Checker(v, s));
		this.fixes = new FixRunner(this.app, this.service);
		this.register(() => this.service.dispose());
		this.register(() => {
			if (this.settingsTimer !== null) window.clearTimeout(this.settingsTimer);
		});

		this.registerView(VIEW_TYPE_PROBLEMS, (leaf) => new ProblemsView(leaf, this));
		registerCommands(this, this, () => this.scopeAll());
		this.addSettingTab(new ContainerNotesSettingTab(this.app, this, this));
		this.registerEditorExtension(this.markExtensions);
		this.syncEditorMarks(false);
		this.compare = registerCompare(this, {
			language: () => this.language(),
			containerNotePaths: () => [...this.service.allReports()].filter((r) => r.isContainerNote).map((r) => r.path),
			readNote: readNoteFromApp(this.app),
			scan: (path, text) => this.service.getChecker().scan(path, text),
		});

		this.app.workspace.onLayoutReady(() => this.onLayoutReady());
	}

	/** Events are registered here so the `create` storm of vault loading is not seen. */
	private onLayoutReady(): void {
		const { vault, metadataCache } = this.app;
		this.registerEvent(
			metadataCache.on("changed", (file, data) => {
				if (file.extension === "md") this.service.noteChanged(file.path, data);
			}),
		);
		this.registerEvent(vault.on("create", (file) => file instanceof TFile && this.service.fileCreated(file.path)));
		this.registerEvent(vault.on("delete", (file) => file instanceof TFile && this.service.fileDeleted(file.path)));
		this.registerEvent(vault.on("rename", (file, oldPath) => file instanceof TFile && this.service.fileRenamed(oldPath, file.path)));
		void this.service.indexVault();
	}

	/* ---------- settings ---------- */

	language(): Language {
		return resolveLanguage(this.settings.language, appLanguage());
	}

	strings(): Strings {
		return stringsFor(this.language());
	}

	scopeAll(): boolean {
		return this.settings.scope === "all";
	}

	checkSettings(): CheckSettings {
		return toCheckSettings(this.settings, this.language());
	}

	async updateSettings(patch: Partial<ContainerNotesSettings>): Promise<void> {
		this.settings = Object.assign({}, this.settings, patch);
		await this.saveData(this.settings);
		if ("editorMarks" in patch) this.syncEditorMarks(true);
		// Marks and the TOC style do not change what the checks find: no re-check for them.
		if (Object.keys(patch).some((k) => k !== "editorMarks" && k !== "tocStyle")) {
			if (this.settingsTimer !== null) window.clearTimeout(this.settingsTimer);
			this.settingsTimer = window.setTimeout(() => {
				this.settingsTimer = null;
				this.service.settingsChanged();
			}, SETTINGS_RECHECK_MS);
		}
		this.refreshPanels();
		this.compare?.refresh();
	}

	private syncEditorMarks(reconfigure: boolean): void {
		this.markExtensions.length = 0;
		if (this.settings.editorMarks) {
			this.marks ??= createMarksExtension({
				diagnosticsFor: (path) => this.service.report(path)?.diagnostics ?? [],
				subscribe: (listener) => this.service.subscribe(listener),
			});
			this.markExtensions.push(this.marks);
		}
		if (reconfigure) this.app.workspace.updateOptions();
	}

	/* ---------- panel ---------- */

	canCompare(): boolean {
		return this.compare !== null;
	}

	actions(): PanelActions {
		return {
			applyFix: (path, d) => void this.applyFix(path, d),
			reveal: (path, d) => void this.reveal(path, d.span),
			fixAll: (path) => void this.fixAll(path),
			updateToc: (path) => void this.updateToc(path),
			// The same function as the `open-deployment-comparison` command.
			openComparison: () => void this.compare?.open(),
			openNote: (path) => void this.reveal(path, null),
		};
	}

	/** Re-renders open panels (found through the workspace; the plugin keeps no view references). */
	private refreshPanels(): void {
		for (const leaf of this.app.workspace.getLeavesOfType(VIEW_TYPE_PROBLEMS)) {
			if (leaf.view instanceof ProblemsView) leaf.view.scheduleRender();
		}
	}

	async openPanel(): Promise<void> {
		const { workspace } = this.app;
		let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE_PROBLEMS)[0] ?? null;
		if (!leaf) {
			leaf = workspace.getRightLeaf(false);
			if (!leaf) return;
			await leaf.setViewState({ type: VIEW_TYPE_PROBLEMS, active: true });
		}
		await workspace.revealLeaf(leaf);
	}

	/** Opens a note (reusing its tab when open) and selects `span` in the editor. */
	private async reveal(path: string, span: Span | null): Promise<void> {
		const file = this.app.vault.getFileByPath(path);
		if (!file) return;
		const { workspace } = this.app;
		let leaf = workspace.getLeavesOfType("markdown").find((l) => l.view instanceof MarkdownView && l.view.file?.path === path) ?? null;
		if (leaf) workspace.setActiveLeaf(leaf, { focus: true });
		else {
			leaf = workspace.getLeaf(false);
			await leaf.openFile(file, { active: true });
		}
		const view = leaf.view;
		if (!(view instanceof MarkdownView) || !span) return;
		const from = { line: span.start.line - 1, ch: span.start.column - 1 };
		const to = { line: span.end.line - 1, ch: span.end.column - 1 };
		view.editor.setSelection(from, to);
		view.editor.scrollIntoView({ from, to }, true);
		view.editor.focus();
	}

	/* ---------- actions ---------- */

	activeMarkdownFile(): TFile | null {
		const file = this.app.workspace.getActiveFile();
		return file && file.extension === "md" ? file : null;
	}

	private notify(outcome: FixOutcome, success: string): void {
		const t = this.strings().notices;
		if (outcome.ok) new Notice(outcome.applied > 0 ? success : t.fixAllNone);
		else if (outcome.reason === "changed") new Notice(t.fixRefusedChanged);
		else new Notice(t.fixFailed(outcome.detail ?? outcome.reason));
	}

	private async applyFix(path: string, d: Diagnostic): Promise<void> {
		this.notify(await this.fixes.applyFix(path, d), this.strings().notices.fixApplied);
	}

	async fixAll(path: string): Promise<void> {
		const outcome = await this.fixes.fixAll(path);
		this.notify(outcome, this.strings().notices.fixAllDone(outcome.ok ? outcome.applied : 0));
	}

	async updateToc(path: string): Promise<void> {
		const t = this.strings().notices;
		const text = await this.fixes.currentText(path);
		if (text === null) return;
		const fix = updateTocFix(await this.service.getChecker().scan(path, text), this.checkSettings(), this.settings.tocStyle);
		if (!fix) {
			new Notice(t.tocUpToDate);
			return;
		}
		this.notify(await this.fixes.applyToNote(path, fix.edits, text), t.tocUpdated);
	}

	async insertToc(path: string, editor: Editor): Promise<void> {
		const t = this.strings().notices;
		const text = editor.getValue();
		const fix = insertFix(await this.service.getChecker().scan(path, text), this.checkSettings(), this.settings.tocStyle);
		if (fix.edits.length === 0) {
			new Notice(t.tocUpToDate);
			return;
		}
		this.notify(await this.fixes.applyToNote(path, fix.edits, text), t.tocInserted);
	}

	async checkCurrent(file: TFile): Promise<void> {
		const editor = this.fixes.editorFor(file.path);
		const report = await this.service.checkNote(file.path, editor?.getValue());
		if (!report) {
			new Notice(this.strings().notices.checkFailed(file.path));
			return;
		}
		const c = countSeverities(report.diagnostics);
		new Notice(this.strings().notices.noteChecked(c.errors, c.warnings));
		await this.openPanel();
	}

	async checkAll(): Promise<void> {
		await this.service.indexVault();
		const reports = [...this.service.allReports()].filter((r: NoteReport) => r.isContainerNote || this.scopeAll());
		let errors = 0;
		let warnings = 0;
		for (const r of reports) {
			const c = countSeverities(r.diagnostics);
			errors += c.errors;
			warnings += c.warnings;
		}
		new Notice(this.strings().notices.vaultChecked(reports.length, errors, warnings));
	}

	async exportReport(): Promise<void> {
		const t = this.strings();
		if (!this.service.indexed) {
			new Notice(t.notices.indexNotReady);
			return;
		}
		try {
			const { markdown, json } = buildReports([...this.service.allReports()], this.service.notesScanned, this.settings.scope, this.language());
			const mdPath = await writeVaultFile(this.app, t.report.markdownFile, markdown);
			const jsonPath = await writeVaultFile(this.app, t.report.jsonFile, json);
			new Notice(t.notices.exported(mdPath, jsonPath));
			const file = this.app.vault.getFileByPath(mdPath);
			if (file) await this.app.workspace.getLeaf(true).openFile(file);
		} catch (e) {
			new Notice(t.notices.exportFailed(e instanceof Error ? e.message : String(e)));
		}
	}
}
