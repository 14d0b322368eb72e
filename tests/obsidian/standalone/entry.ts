/**
 * Browser entry of the stand-alone panel and settings pages: the shim installs Obsidian's
 * DOM helpers; this exposes the real render code as `window.containerNotesPanel`.
 */
import { openSettingTab, type PluginSettingTab, shim } from "../../shims/obsidian";
import type { App, Plugin } from "obsidian";
import { renderPanel } from "../../../src/obsidian/panel/render-panel";
import type { PanelState } from "../../../src/obsidian/panel/panel-model";
import { ContainerNotesSettingTab } from "../../../src/obsidian/settings-tab";
import { type ContainerNotesSettings, validateSettings } from "../../../src/obsidian/settings";
import { stringsFor } from "../../../src/obsidian/i18n";
import type { Language } from "../../../src/core/model/settings";

/** What the page's controls did, in order (for tests: `window.containerNotesActions`). */
const actions: string[] = [];
const record = (name: string) => (...args: unknown[]) => {
	actions.push(`${name} ${args.map((a) => (typeof a === "string" ? a : ((a as { rule?: string })?.rule ?? ""))).join(" ")}`.trim());
};

(window as unknown as Record<string, unknown>).containerNotesActions = actions;
(window as unknown as Record<string, unknown>).containerNotesPanel = {
	renderPanel(el: HTMLElement, state: PanelState, language: Language): void {
		renderPanel(el, state, stringsFor(language), {
			applyFix: record("applyFix"),
			reveal: record("reveal"),
			fixAll: record("fixAll"),
			updateToc: record("updateToc"),
			openComparison: record("openComparison"),
			openNote: record("openNote"),
		});
	},
	renderSettings(el: HTMLElement, stored: unknown, language: Language): void {
		const host = {
			settings: validateSettings(stored).settings,
			strings: () => stringsFor(language),
			updateSettings(patch: Partial<ContainerNotesSettings>): Promise<void> {
				host.settings = { ...host.settings, ...patch };
				actions.push(`updateSettings ${JSON.stringify(patch)}`);
				return Promise.resolve();
			},
		};
		const tab = new ContainerNotesSettingTab({} as App, {} as Plugin, host);
		tab.containerEl.addClass("vertical-tab-content");
		el.appendChild(tab.containerEl);
		// The page shows the tab as Obsidian before 1.13 draws it (1.13 renders the definitions itself).
		shim.apiVersion = "1.12.3";
		openSettingTab(tab as unknown as PluginSettingTab);
	},
};
