// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Plugin as ObsidianPlugin } from "obsidian";
import type { SettingDefinitionControl, SettingDefinitionGroup, SettingTextControl } from "obsidian";
import { openSettingTab, Plugin, PluginSettingTab, shim } from "../shims/obsidian";
import { emptyApp, manifest } from "./fakes";
import { CHOICES, DEFAULT_SETTINGS, type ContainerNotesSettings, folderProblem, parseTags, tidyFolder, toCheckSettings, validateSettings } from "../../src/obsidian/settings";
import { ContainerNotesSettingTab, type SettingsHost } from "../../src/obsidian/settings-tab";
import { en } from "../../src/obsidian/i18n/en";
import { ko } from "../../src/obsidian/i18n/ko";
import { resolveLanguage } from "../../src/obsidian/i18n";
import { RULE_IDS } from "../../src/core/model/diagnostic";

const shimPlugin = () => new Plugin(emptyApp, manifest);
const plugin = () => shimPlugin() as unknown as ObsidianPlugin;

describe("settings data", () => {
	it("should load defaults from empty data", () => {
		expect(validateSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
		expect(validateSettings("garbage").settings).toEqual(DEFAULT_SETTINGS);
	});

	it("should round-trip through saveData and loadData", async () => {
		const p = shimPlugin();
		const custom: ContainerNotesSettings = {
			watchedTags: ["Container", "k8s"],
			imageFolder: "/img/이미지 창고",
			siteRoot: "static",
			scope: "all",
			linkEncoding: "angle",
			tocStyle: "wiki",
			editorMarks: false,
			rules: { "image-outside-folder": "off", "toc-stale": "error" },
			language: "ko",
		};
		await p.saveData(custom);
		const loaded = validateSettings(await p.loadData());
		expect(loaded.problems).toEqual([]);
		expect(loaded.settings).toEqual(custom);
		// Loading does not share arrays with the defaults.
		loaded.settings.watchedTags.push("x");
		expect(DEFAULT_SETTINGS.watchedTags).toEqual(["Container", "Docker"]);
	});

	it("should replace invalid stored values with defaults and say which", async () => {
		const p = shimPlugin();
		await p.saveData({ scope: "everything", imageFolder: "../../etc", siteRoot: "a|b", watchedTags: [], rules: { "no-such-rule": "off", "heading-missing": "loud" }, editorMarks: "yes", language: "fr" });
		const { settings, problems } = validateSettings(await p.loadData());
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(problems.map((x) => `${x.field}:${x.problem}`).sort()).toEqual(
			["editorMarks:invalid-value", "imageFolder:invalid-folder", "language:invalid-value", "rules:invalid-value", "rules:invalid-value", "scope:invalid-value", "siteRoot:invalid-folder", "watchedTags:invalid-tags"].sort(),
		);
	});

	it("should check and tidy folder paths and tags", () => {
		expect(folderProblem("/img/이미지 창고", false)).toBeNull();
		expect(folderProblem("", false)).toBe("empty-folder");
		expect(folderProblem("", true)).toBeNull();
		expect(folderProblem("img/../..", false)).toBe("invalid-folder");
		expect(folderProblem("img\u0000x", false)).toBe("invalid-folder");
		expect(tidyFolder(" /img//이미지 창고/ ")).toBe("/img/이미지 창고");
		expect(tidyFolder("/img/이미지 창고".normalize("NFD"))).toBe("/img/이미지 창고");
		expect(parseTags("#Container, Docker  docker #Container")).toEqual(["Container", "Docker", "docker"]);
	});

	it("should give the core its slice and pick the language", () => {
		const cs = toCheckSettings(Object.assign({}, DEFAULT_SETTINGS, { siteRoot: "static", rules: { "toc-stale": "off" as const } }), "ko");
		expect(cs).toMatchObject({ siteRoot: "static", language: "ko", rules: { "toc-stale": "off" }, watchedTags: ["Container", "Docker"] });
		expect(resolveLanguage("auto", "ko")).toBe("ko");
		expect(resolveLanguage("auto", "ko-KR")).toBe("ko");
		expect(resolveLanguage("auto", "de")).toBe("en");
		expect(resolveLanguage("en", "ko")).toBe("en");
	});

	it("should have the same keys in every language", () => {
		const shape = (o: unknown): unknown =>
			o !== null && typeof o === "object" ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shape(v)])) : typeof o;
		expect(shape(ko)).toEqual(shape(en));
	});
});

describe("settings tab", () => {
	afterEach(() => shim.reset());

	function host(initial: ContainerNotesSettings = DEFAULT_SETTINGS) {
		const update = vi.fn((patch: Partial<ContainerNotesSettings>) => {
			h.settings = { ...h.settings, ...patch };
			return Promise.resolve();
		});
		const h: SettingsHost & { settings: ContainerNotesSettings } = { settings: initial, strings: () => (h.settings.language === "ko" ? ko : en), updateSettings: update };
		return { h, update };
	}

	/** The tab as Obsidian before 1.13 shows it: drawn by `display()`. */
	function legacyTab(h: SettingsHost) {
		shim.apiVersion = "1.12.3";
		const tab = new ContainerNotesSettingTab(emptyApp, plugin(), h);
		openSettingTab(tab as unknown as PluginSettingTab);
		return tab;
	}

	function type(input: HTMLInputElement, value: string) {
		input.value = value;
		input.dispatchEvent(new Event("input"));
	}

	const controls = (groups: SettingDefinitionGroup[]) => groups.flatMap((g) => (g.items ?? []) as SettingDefinitionControl[]);
	const control = (groups: SettingDefinitionGroup[], key: string) => controls(groups).find((d) => d.control.key === key)!;

	it("should declare every setting and every rule for Obsidian 1.13, which renders and indexes them itself", () => {
		const { h } = host();
		const tab = new ContainerNotesSettingTab(emptyApp, plugin(), h);
		const shimTab = tab as unknown as PluginSettingTab;
		openSettingTab(shimTab);
		// Obsidian 1.13 stores the definitions and never calls display().
		expect(shimTab.updates).toBe(1);
		expect(tab.containerEl.childElementCount).toBe(0);
		const groups = tab.getSettingDefinitions();
		expect(groups.map((g) => [g.type, g.heading])).toEqual([
			["group", "Checks"],
			["group", "Fixes"],
			["group", "Display"],
			["group", "Rules"],
		]);
		const keys = controls(groups).map((d) => d.control.key);
		const fields = Object.keys(DEFAULT_SETTINGS).filter((f) => f !== "rules");
		expect(new Set(keys.slice(0, fields.length))).toEqual(new Set(fields));
		expect(keys.slice(fields.length)).toEqual([...RULE_IDS]);
		const imageFolder = control(groups, "imageFolder");
		expect(imageFolder).toMatchObject({ name: "Image folder", desc: en.settings.imageFolder.desc, control: { type: "text", placeholder: "/img/이미지 창고" } });
		expect(control(groups, "scope").control).toEqual({ type: "dropdown", key: "scope", options: { tagged: "Container notes only", all: "All notes" } });
		expect(Object.keys((control(groups, "linkEncoding").control as { options: object }).options)).toEqual(CHOICES.linkEncoding);
		expect(control(groups, "editorMarks").control).toEqual({ type: "toggle", key: "editorMarks" });
		expect(control(groups, "toc-stale")).toMatchObject({ name: "toc-stale", desc: en.rules["toc-stale"], control: { type: "dropdown", options: { default: "Default", error: "Error", warning: "Warning", info: "Info", off: "Off" } } });
		expect(groups[3]?.cls).toBe("container-notes-rule-setting");
		expect(groups.slice(0, 3).every((g) => !("cls" in g))).toBe(true);
	});

	it("should validate text values before Obsidian saves them", () => {
		const { h } = host();
		const groups = new ContainerNotesSettingTab(emptyApp, plugin(), h).getSettingDefinitions();
		const validate = (key: string, value: string) => (control(groups, key).control as SettingTextControl).validate?.(value);
		expect(validate("imageFolder", "../outside")).toBe(en.settings.invalidFolder);
		expect(validate("imageFolder", " ")).toBe(en.settings.emptyFolder);
		expect(validate("imageFolder", "/img/사진")).toBeUndefined();
		expect(validate("siteRoot", "")).toBeUndefined();
		expect(validate("siteRoot", "a|b")).toBe(en.settings.invalidFolder);
		expect(validate("watchedTags", " , # ")).toBe(en.settings.invalidTags);
		expect(validate("watchedTags", "#Container")).toBeUndefined();
	});

	it("should read and save controls in the settings' own shapes", async () => {
		const { h, update } = host({ ...DEFAULT_SETTINGS, rules: { "heading-missing": "warning" } });
		const tab = new ContainerNotesSettingTab(emptyApp, plugin(), h);
		expect(tab.getControlValue("watchedTags")).toBe("Container, Docker");
		expect(tab.getControlValue("imageFolder")).toBe("/img/이미지 창고");
		expect(tab.getControlValue("editorMarks")).toBe(true);
		expect(tab.getControlValue("heading-missing")).toBe("warning");
		expect(tab.getControlValue("toc-stale")).toBe("default");
		await tab.setControlValue("watchedTags", "#Container, k8s  k8s");
		expect(update).toHaveBeenLastCalledWith({ watchedTags: ["Container", "k8s"] });
		await tab.setControlValue("imageFolder", " /img//사진/ ");
		expect(update).toHaveBeenLastCalledWith({ imageFolder: "/img/사진" });
		await tab.setControlValue("scope", "all");
		expect(update).toHaveBeenLastCalledWith({ scope: "all" });
		await tab.setControlValue("editorMarks", false);
		expect(update).toHaveBeenLastCalledWith({ editorMarks: false });
		await tab.setControlValue("toc-stale", "off");
		expect(h.settings.rules).toEqual({ "heading-missing": "warning", "toc-stale": "off" });
		await tab.setControlValue("heading-missing", "default");
		expect(h.settings.rules).toEqual({ "toc-stale": "off" });
		expect(tab.getControlValue("heading-missing")).toBe("default");
	});

	it("should rename the tab when the language changes, on either renderer", async () => {
		const { h } = host();
		const tab = new ContainerNotesSettingTab(emptyApp, plugin(), h);
		const shimTab = tab as unknown as PluginSettingTab;
		await tab.setControlValue("language", "ko");
		expect(shimTab.updates).toBe(1);
		expect(tab.getSettingDefinitions()[0]?.heading).toBe(ko.settings.checksHeading);
		const old = legacyTab(host().h);
		await old.setControlValue("language", "ko");
		expect((old as unknown as PluginSettingTab).updates).toBe(0);
		expect(old.containerEl.querySelector(".setting-item-heading .setting-item-name")?.textContent).toBe(ko.settings.checksHeading);
	});

	it("should render headings with setHeading, one control per setting and every rule (before 1.13)", () => {
		const { h } = host();
		const tab = legacyTab(h);
		const el = tab.containerEl;
		expect(el.classList.contains("container-notes-settings")).toBe(true);
		expect(el.querySelectorAll("h1, h2, h3")).toHaveLength(0);
		expect(Array.from(el.querySelectorAll(".setting-item-heading .setting-item-name")).map((e) => e.textContent)).toEqual(["Checks", "Fixes", "Display", "Rules"]);
		const names = Array.from(el.querySelectorAll(".setting-item-name")).map((e) => e.textContent);
		for (const id of RULE_IDS) expect(names).toContain(id);
		expect(names).toContain("Image folder");
		expect(el.querySelectorAll(".container-notes-rule-setting")).toHaveLength(RULE_IDS.length);
		const marks = Array.from(el.querySelectorAll(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === "Marks in the editor")!;
		expect(marks.querySelector<HTMLInputElement>("input[type=checkbox]")?.checked).toBe(true);
	});

	it("should show an inline error for a bad folder path and not save it (before 1.13)", async () => {
		const { h, update } = host();
		const tab = legacyTab(h);
		const setting = Array.from(tab.containerEl.querySelectorAll(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === "Image folder")!;
		const input = setting.querySelector("input")!;
		const error = setting.querySelector<HTMLElement>(".container-notes-setting-error")!;
		expect(input.placeholder).toBe("/img/이미지 창고");
		expect(error.hidden).toBe(true);
		type(input, "../outside");
		await Promise.resolve();
		expect(error.hidden).toBe(false);
		expect(error.textContent).toBe(en.settings.invalidFolder);
		expect(input.getAttribute("aria-invalid")).toBe("true");
		expect(update).not.toHaveBeenCalled();
		type(input, " /img//사진/ ");
		await Promise.resolve();
		expect(error.hidden).toBe(true);
		expect(input.getAttribute("aria-invalid")).toBe("false");
		expect(update).toHaveBeenCalledWith({ imageFolder: "/img/사진" });
	});

	it("should save dropdowns and per-rule severities (before 1.13)", async () => {
		const { h, update } = host();
		const tab = legacyTab(h);
		const byName = (n: string) => Array.from(tab.containerEl.querySelectorAll(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === n)!;
		const scope = byName("Scope").querySelector("select")!;
		scope.value = "all";
		scope.dispatchEvent(new Event("change"));
		const rule = byName("toc-stale").querySelector("select")!;
		expect(rule.value).toBe("default");
		rule.value = "off";
		rule.dispatchEvent(new Event("change"));
		await Promise.resolve();
		expect(update).toHaveBeenCalledWith({ scope: "all" });
		expect(h.settings.rules).toEqual({ "toc-stale": "off" });
		rule.value = "default";
		rule.dispatchEvent(new Event("change"));
		await Promise.resolve();
		expect(h.settings.rules).toEqual({});
	});
});
