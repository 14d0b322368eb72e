/**
 * The settings tab, declared once with Obsidian 1.13's `getSettingDefinitions()`
 * (Obsidian renders it and lists every setting in its settings search) and drawn
 * from the same definitions by `display()` on older versions. Values are validated
 * as they are typed: a bad folder path shows an inline error and is not saved (the
 * previous value stays in force).
 */
import type { App, Plugin, SettingControl, SettingDefinitionControl, SettingDefinitionGroup, SettingTextControl } from "obsidian";
import { PluginSettingTab, requireApiVersion, Setting } from "./obsidian-api";
import { RULE_IDS } from "../core/model/diagnostic";
import type { Strings } from "./i18n";
import { CHOICES, type ContainerNotesSettings, DEFAULT_SETTINGS, LEVELS, type RuleLevel, type SettingsField, folderProblem, oneOf, parseTags, tidyFolder } from "./settings";

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

/** Dropdown options: each value labelled by `labels[value]`. */
function labelled(values: readonly string[], labels: Record<string, string>): Record<string, string> {
	return Object.fromEntries(values.map((v) => [v, labels[v] ?? v]));
}

/**
 * @example
 * this.addSettingTab(new ContainerNotesSettingTab(this.app, this, this));
 * // Obsidian 1.13+: getSettingDefinitions() → 4 groups (checks, fixes, display, rules)
 */
export class ContainerNotesSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly host: SettingsHost,
	) {
		super(app, plugin);
	}

	override getSettingDefinitions(): SettingDefinitionGroup[] {
		const strings = this.host.strings();
		const t = strings.settings;
		const row = (text: { name: string; desc: string }, control: SettingControl): SettingDefinitionControl => ({ name: text.name, desc: text.desc, control });
		const choice = (field: keyof typeof CHOICES) => row(t[field], { type: "dropdown", key: field, options: labelled(CHOICES[field], t[field]) });
		// Placeholders are example values, the same in every language.
		const folder = (field: "imageFolder" | "siteRoot", allowEmpty: boolean, placeholder: string) =>
			row(t[field], {
				type: "text",
				key: field,
				placeholder,
				validate: (value) => {
					const problem = folderProblem(value, allowEmpty);
					return problem === null ? undefined : problem === "empty-folder" ? t.emptyFolder : t.invalidFolder;
				},
			});
		const group = (heading: string, items: SettingDefinitionControl[]): SettingDefinitionGroup => ({ type: "group", heading, items });
		const severities = labelled(["default", ...LEVELS], t.ruleSeverity);
		const rules = group(
			t.rulesHeading,
			RULE_IDS.map((id) => row({ name: id, desc: strings.rules[id] }, { type: "dropdown", key: id, options: severities })),
		);
		rules.cls = "container-notes-rule-setting";
		return [
			group(t.checksHeading, [
				row(t.watchedTags, { type: "text", key: "watchedTags", placeholder: DEFAULT_SETTINGS.watchedTags.join(", "), validate: (value) => (parseTags(value).length === 0 ? t.invalidTags : undefined) }),
				folder("imageFolder", false, DEFAULT_SETTINGS.imageFolder),
				folder("siteRoot", true, "static"),
				choice("scope"),
			]),
			group(t.fixesHeading, [choice("linkEncoding"), choice("tocStyle")]),
			group(t.displayHeading, [row(t.editorMarks, { type: "toggle", key: "editorMarks" }), choice("language")]),
			rules,
		];
	}

	/**
	 * A control's key is a setting's name, or a rule id for that rule's severity (a rule
	 * without its own reads `default`). Tags are edited as one comma-separated text.
	 */
	override getControlValue(key: string): unknown {
		const s = this.host.settings;
		if (oneOf(key, RULE_IDS)) return s.rules[key] ?? "default";
		const value = s[key as SettingsField];
		return Array.isArray(value) ? value.join(", ") : value;
	}

	/** Saves a value its control's `validate` accepted (Obsidian validates before it calls this). */
	override async setControlValue(key: string, value: unknown): Promise<void> {
		let patch: Partial<ContainerNotesSettings>;
		if (oneOf(key, RULE_IDS)) {
			const rules = { ...this.host.settings.rules };
			if (value === "default") delete rules[key];
			else rules[key] = value as RuleLevel;
			patch = { rules };
		} else if (key === "watchedTags") patch = { watchedTags: parseTags(String(value)) };
		else if (key === "imageFolder" || key === "siteRoot") patch = { [key]: tidyFolder(String(value)) };
		else patch = { [key]: value };
		await this.host.updateSettings(patch);
		// A new language renames everything on this tab: draw it again.
		if (key === "language") {
			if (requireApiVersion("1.13.0")) this.update();
			else this.draw();
		}
	}

	/** The tab on Obsidian before 1.13 (later versions render {@link getSettingDefinitions} themselves). */
	override display(): void {
		this.draw();
	}

	/**
	 * Draws the definitions with `Setting` rows. A text field's value is checked on every
	 * change: a message from its `validate` shows under the field and the value is not saved.
	 */
	private draw(): void {
		const { containerEl } = this;
		containerEl.empty();
		containerEl.addClass("container-notes-settings");
		for (const group of this.getSettingDefinitions()) {
			new Setting(containerEl).setName(group.heading as string).setHeading();
			// Every item is a control row with a description (see getSettingDefinitions).
			for (const { name, desc, control } of group.items as SettingDefinitionControl[]) {
				const setting = new Setting(containerEl).setName(name).setDesc(desc as string);
				if (group.cls) setting.setClass(group.cls);
				const value = String(this.getControlValue(control.key));
				const save = (v: unknown) => this.setControlValue(control.key, v);
				if (control.type === "toggle") setting.addToggle((c) => c.setValue(value === "true").onChange(save));
				else if (control.type === "dropdown") setting.addDropdown((d) => d.addOptions(control.options).setValue(value).onChange(save));
				else {
					const text = control as SettingTextControl;
					const errorEl = setting.descEl.createDiv({ cls: "container-notes-setting-error" });
					errorEl.setAttr("role", "alert");
					errorEl.hide();
					setting.addText((c) =>
						c
							.setPlaceholder(text.placeholder ?? "")
							.setValue(value)
							.onChange(async (next) => {
								const problem = await text.validate?.(next);
								errorEl.setText(problem ?? "");
								errorEl.toggle(!!problem);
								// styles.css marks the field through this attribute too.
								c.inputEl.setAttr("aria-invalid", String(!!problem));
								if (!problem) await save(next);
							}),
					);
				}
			}
		}
	}
}
