// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import type { Plugin as ObsidianPlugin } from "obsidian";
import { Plugin } from "../shims/obsidian";
import { emptyApp, manifest } from "./fakes";
import { DEFAULT_SETTINGS, type ContainerNotesSettings, folderProblem, parseTags, tidyFolder, toCheckSettings, validateSettings } from "../../src/obsidian/settings";
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
	function host(initial: ContainerNotesSettings = DEFAULT_SETTINGS) {
		const update = vi.fn((patch: Partial<ContainerNotesSettings>) => {
			h.settings = Object.assign({}, h.settings, patch);
			return Promise.resolve();
		});
		const h: SettingsHost & { settings: ContainerNotesSettings } = { settings: initial, strings: () => en, updateSettings: update };
		return { h, update };
	}

	function type(input: HTMLInputElement, value: string) {
		input.value = value;
		input.dispatchEvent(new Event("input"));
	}

	it("should render headings with setHeading, one control per setting and every rule", () => {
		const { h } = host();
		const tab = new ContainerNotesSettingTab(emptyApp, plugin(), h);
		tab.display();
		const el = tab.containerEl;
		expect(el.querySelectorAll("h1, h2, h3")).toHaveLength(0);
		expect(Array.from(el.querySelectorAll(".setting-item-heading .setting-item-name")).map((e) => e.textContent)).toEqual(["Checks", "Fixes", "Display", "Rules"]);
		const names = Array.from(el.querySelectorAll(".setting-item-name")).map((e) => e.textContent);
		for (const id of RULE_IDS) expect(names).toContain(id);
		expect(names).toContain("Image folder");
	});

	it("should show an inline error for a bad folder path and not save it", async () => {
		const { h, update } = host();
		const tab = new ContainerNotesSettingTab(emptyApp, plugin(), h);
		tab.display();
		const setting = Array.from(tab.containerEl.querySelectorAll(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === "Image folder")!;
		const input = setting.querySelector("input")!;
		const error = setting.querySelector<HTMLElement>(".container-notes-setting-error")!;
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
		expect(update).toHaveBeenCalledWith({ imageFolder: "/img/사진" });
	});

	it("should save dropdowns and per-rule severities", async () => {
		const { h, update } = host();
		const tab = new ContainerNotesSettingTab(emptyApp, plugin(), h);
		tab.display();
		const byName = (n: string) => Array.from(tab.containerEl.querySelectorAll(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === n)!;
		const scope = byName("Scope").querySelector("select")!;
		scope.value = "all";
		scope.dispatchEvent(new Event("change"));
		const rule = byName("toc-stale").querySelector("select")!;
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
