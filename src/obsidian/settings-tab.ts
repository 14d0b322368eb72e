/**
 * The settings tab. Values are validated as they are typed: a bad folder path shows an
 * inline error and is not saved (the previous value stays in force).
 */
import type { App, Plugin } from "obsidian";
import { PluginSettingTab, Setting } from "./obsidian-api";
import { RULE_IDS } from "../core/model/diagnostic";
import type { Strings } from "./i18n";
import { CHOICES, type ContainerNotesSettings, DEFAULT_SETTINGS, LEVELS, type RuleLevel, type SettingsField, folderProblem, parseTags, tidyFolder } from "./settings";

/**
 * The name the settings tab shows for a setting (the notice about reset settings uses it).
 *
 * @example
 * settingLabel(en, "imageFolder"); // "Image folder"
 */
export function settingLabel(t: Strings, field: SettingsField): string {
	return field === "rules" ? t.settings.rulesHeading : t.settings[field].name;
}

/** What the tab needs from the plugin. */
export interface SettingsHost {
	readonly settings: ContainerNotesSettings;
	strings(): Strings;
	/** Saves a change and applies it (re-checks are debounced by the host). */
	updateSettings(patch: Partial<ContainerNotesSettings>): Promise<void>;
}

/**
 * @example
 * this.addSettingTab(new ContainerNotesSettingTab(this.app, this, this));
 */
export class ContainerNotesSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly host: SettingsHost,
	) {
		super(app, plugin);
	}

	display(): void {
		const { containerEl } = this;
		const t = this.host.strings().settings;
		const s = this.host.settings;
		containerEl.empty();
		containerEl.addClass("container-notes-settings");
		const heading = (name: string) => new Setting(containerEl).setName(name).setHeading();

		heading(t.checksHeading);
		this.validatedText(t.watchedTags, s.watchedTags.join(", "), DEFAULT_SETTINGS.watchedTags.join(", "), (value) => {
			const tags = parseTags(value);
			return tags.length === 0 ? t.invalidTags : { watchedTags: tags };
		});
		// Placeholders are example values, the same in every language.
		for (const [field, allowEmpty, example] of [["imageFolder", false, DEFAULT_SETTINGS.imageFolder], ["siteRoot", true, "static"]] as const) {
			this.validatedText(t[field], s[field], example, (value) => {
				const problem = folderProblem(value, allowEmpty);
				return problem === null ? { [field]: tidyFolder(value) } : problem === "empty-folder" ? t.emptyFolder : t.invalidFolder;
			});
		}
		this.choice(t.scope, "scope");

		heading(t.fixesHeading);
		this.choice(t.linkEncoding, "linkEncoding");
		this.choice(t.tocStyle, "tocStyle");

		heading(t.displayHeading);
		this.setting(t.editorMarks).addToggle((c) => c.setValue(s.editorMarks).onChange((v) => this.host.updateSettings({ editorMarks: v })));
		// A new language renames everything on this tab: draw it again.
		this.choice(t.language, "language", () => this.display());

		heading(t.rulesHeading);
		const rules = this.host.strings().rules;
		for (const id of RULE_IDS) {
			this.dropdown({ name: id, desc: rules[id] }, ["default", ...LEVELS], t.ruleSeverity, s.rules[id] ?? "default", (v) => {
				const next = Object.assign({}, this.host.settings.rules);
				if (v === "default") delete next[id];
				else next[id] = v as RuleLevel;
				return this.host.updateSettings({ rules: next });
			}).setClass("container-notes-rule-setting");
		}
	}

	/** A dropdown for a choice setting (values from `CHOICES`); labels come from `text[value]`. */
	private choice<F extends keyof typeof CHOICES>(text: { name: string; desc: string } & Record<string, string>, field: F, after?: () => void): void {
		this.dropdown(text, CHOICES[field], text, this.host.settings[field], async (v) => {
			await this.host.updateSettings({ [field]: v });
			after?.();
		});
	}

	/** A setting row with its name and description. */
	private setting(text: { name: string; desc: string }): Setting {
		return new Setting(this.containerEl).setName(text.name).setDesc(text.desc);
	}

	/** A setting with a dropdown of `values` labelled by `labels`; `onChange` gets only those values. */
	private dropdown(text: { name: string; desc: string }, values: readonly string[], labels: Record<string, string>, value: string, onChange: (value: string) => Promise<void>): Setting {
		return this.setting(text).addDropdown((d) => {
			for (const v of values) d.addOption(v, labels[v] ?? v);
			d.setValue(value).onChange((v) => (values.includes(v) ? onChange(v) : undefined));
		});
	}

	/**
	 * A text setting whose value is checked on every change: `validate` gives the change
	 * to save, or an error, which shows under the field and is not saved.
	 */
	private validatedText(text: { name: string; desc: string }, value: string, placeholder: string, validate: (value: string) => Partial<ContainerNotesSettings> | string): void {
		const setting = this.setting(text);
		const errorEl = setting.descEl.createDiv({ cls: "container-notes-setting-error" });
		errorEl.setAttr("role", "alert");
		errorEl.hide();
		setting.addText((c) =>
			c
				.setPlaceholder(placeholder)
				.setValue(value)
				.onChange(async (next) => {
					const result = validate(next);
					const failed = typeof result === "string";
					errorEl.setText(failed ? result : "");
					errorEl.toggle(failed);
					// styles.css marks the field through this attribute too.
					c.inputEl.setAttr("aria-invalid", String(failed));
					if (!failed) await this.host.updateSettings(result);
				}),
		);
	}
}
