/**
 * Container Notes: lifecycle only. Loads settings, registers the panel, commands,
 * settings tab, editor marks and events; the vault is first indexed in
 * `workspace.onLayoutReady`, never in `onload`. What the commands and the panel do
 * lives in `actions.ts`.
 */
import { Notice, Plugin, TFile } from "./obsidian-api";
import type { Extension } from "@codemirror/state";
import { Checker } from "../core/check/checker";
import type { CheckSettings, Language } from "../core/model/settings";
import { Actions } from "./actions";
import { CheckService } from "./check-service";
import { readNoteFromApp } from "./compare/host";
import { type CompareRegistration, registerCompare } from "./compare/register";
import { registerCommands } from "./commands";
import { createMarksExtension } from "./editor/marks";
import { type Strings, appLanguage, resolveLanguage, stringsFor } from "./i18n";
import { ObsidianVault } from "./obsidian-vault";
import { type PanelHost, ProblemsView, VIEW_TYPE_PROBLEMS } from "./panel/panel-view";
import { type ContainerNotesSettings, DEFAULT_SETTINGS, toCheckSettings, validateSettings } from "./settings";
import { ContainerNotesSettingTab, type SettingsHost, settingLabel } from "./settings-tab";

/** Settings typed into text fields are applied to the checker after this pause. */
const SETTINGS_RECHECK_MS = 800;

export default class ContainerNotesPlugin extends Plugin implements PanelHost, SettingsHost {
	override settings: ContainerNotesSettings = DEFAULT_SETTINGS;
	service!: CheckService;
	private panelActions!: Actions;
	/** The array registered with `registerEditorExtension`; mutated to switch marks on and off. */
	private readonly markExtensions: Extension[] = [];
	private marks: Extension | null = null;
	private settingsTimer = 0;
	private compare: CompareRegistration | null = null;

	override async onload(): Promise<void> {
		await this.loadSettings();
		this.service = new CheckService(new ObsidianVault(this.app), () => this.checkSettings(), (v, s) => new Checker(v, s));
		const actions = (this.panelActions = new Actions(this));
		this.register(() => {
			this.service.dispose();
			window.clearTimeout(this.settingsTimer);
		});

		this.registerView(VIEW_TYPE_PROBLEMS, (leaf) => new ProblemsView(leaf, this));
		registerCommands(this, actions, () => this.scopeAll());
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

	/**
	 * Loads the stored settings. Invalid values fall back to their defaults (never a crash);
	 * a notice names the settings that were reset, and the repaired settings are saved so
	 * the notice is shown once.
	 */
	private async loadSettings(): Promise<void> {
		const { settings, problems } = validateSettings(await this.loadData());
		this.settings = settings;
		if (problems.length === 0) return;
		const t = this.strings();
		new Notice(t.notices.settingsReset([...new Set(problems.map((p) => settingLabel(t, p.field)))].join(", ")));
		await this.saveData(settings);
	}

	/** Events are registered here so the `create` storm of vault loading is not seen. */
	private onLayoutReady(): void {
		const { vault, metadataCache } = this.app;
		const service = this.service;
		this.registerEvent(
			metadataCache.on("changed", (file, data) => {
				if (file.extension === "md") service.noteChanged(file.path, data);
			}),
		);
		this.registerEvent(vault.on("create", (file) => file instanceof TFile && service.fileCreated(file.path)));
		this.registerEvent(vault.on("delete", (file) => file instanceof TFile && service.fileDeleted(file.path)));
		this.registerEvent(vault.on("rename", (file, oldPath) => file instanceof TFile && service.fileRenamed(oldPath, file.path)));
		void service.indexVault();
	}

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

	canCompare(): boolean {
		return this.compare !== null;
	}

	/** What the panel's controls do. */
	actions(): Actions {
		return this.panelActions;
	}

	/** Opens the comparison view (the same function as its `open-deployment-comparison` command). */
	openComparison(): void {
		void this.compare?.open();
	}

	/** Saves a settings change and applies it: marks at once, checks after a pause. */
	async updateSettings(patch: Partial<ContainerNotesSettings>): Promise<void> {
		this.settings = { ...this.settings, ...patch };
		await this.saveData(this.settings);
		if ("editorMarks" in patch) this.syncEditorMarks(true);
		// Marks and the TOC style do not change what the checks find: no re-check for them.
		if (Object.keys(patch).some((k) => k !== "editorMarks" && k !== "tocStyle")) {
			window.clearTimeout(this.settingsTimer);
			this.settingsTimer = window.setTimeout(() => this.service.settingsChanged(), SETTINGS_RECHECK_MS);
		}
		// Re-render open panels (found through the workspace; the plugin keeps no view references).
		for (const leaf of this.app.workspace.getLeavesOfType(VIEW_TYPE_PROBLEMS)) {
			if (leaf.view instanceof ProblemsView) leaf.view.scheduleRender();
		}
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
}
