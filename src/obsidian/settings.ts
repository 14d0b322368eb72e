/**
 * The plugin's settings as plain data: defaults, validation and the slice the core
 * reads. No Obsidian import, so it is tested without the app.
 *
 * @example
 * const { settings, errors } = validateSettings(await plugin.loadData());
 * toCheckSettings(settings, "ko").watchedTags; // ["Container", "Docker"]
 */
import { RULE_IDS, type RuleId, type Severity } from "../core/model/diagnostic";
import { DEFAULT_CHECK_SETTINGS, type CheckSettings, type Language, type LinkEncoding, type Scope } from "../core/model/settings";
import type { LanguageSetting } from "./i18n";

/** How a regenerated or inserted table of contents is written. `auto` keeps the note's own style. */
export type TocStyleSetting = "auto" | "markdown" | "wiki";

export type RuleLevel = Severity | "off";

export interface ContainerNotesSettings {
	/** Tags (without `#`) that make a note a container note. */
	watchedTags: string[];
	/** Image folder as notes write it (`/img/이미지 창고`). */
	imageFolder: string;
	/** Folder a leading `/` maps to; `""` = vault root. */
	siteRoot: string;
	/** Container notes only, or every note. */
	scope: Scope;
	/** How fixes write destinations with spaces. */
	linkEncoding: LinkEncoding;
	/** Style of a regenerated table of contents. */
	tocStyle: TocStyleSetting;
	/** Underline problems in the editor. */
	editorMarks: boolean;
	/** Per-rule severity override, or `off`; absent = the rule's default. */
	rules: Partial<Record<RuleId, RuleLevel>>;
	/** UI and message language. */
	language: LanguageSetting;
}

const { watchedTags, imageFolder, siteRoot, scope, linkEncoding } = DEFAULT_CHECK_SETTINGS;
export const DEFAULT_SETTINGS: ContainerNotesSettings = { watchedTags: [...watchedTags], imageFolder, siteRoot, scope, linkEncoding, tocStyle: "auto", editorMarks: true, rules: {}, language: "auto" };

export type SettingsField = keyof ContainerNotesSettings;

/** Why a stored value was replaced by its default. */
export interface SettingsProblem {
	field: SettingsField;
	problem: "invalid-folder" | "empty-folder" | "invalid-tags" | "invalid-value";
}

/** Levels a rule can be set to (besides its default). */
export const LEVELS: readonly RuleLevel[] = ["error", "warning", "info", "off"];

/** The allowed values of each choice setting, in the order the settings tab lists them. */
export const CHOICES = {
	scope: ["tagged", "all"],
	linkEncoding: ["percent", "angle"],
	tocStyle: ["auto", "markdown", "wiki"],
	language: ["auto", "en", "ko"],
} as const satisfies { [K in keyof ContainerNotesSettings]?: ReadonlyArray<ContainerNotesSettings[K]> };
/** Settings with a fixed set of values: the choices and the on/off switch. */
const FIXED: { [K in keyof ContainerNotesSettings]?: readonly unknown[] } = { editorMarks: [true, false], ...CHOICES };
// Characters Obsidian refuses in file and folder names (control characters are checked separately).
const BAD_PATH_CHARS = /[*"<>:|?\\]/;

function hasControlChar(s: string): boolean {
	for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 32 || s.charCodeAt(i) === 127) return true;
	return false;
}

/**
 * Checks a folder path written the way notes write it (a leading `/` is allowed).
 * Returns `null` when it is fine, else the problem.
 *
 * @example
 * folderProblem("/img/이미지 창고", false); // null
 * folderProblem("../outside", false); // "invalid-folder"
 */
export function folderProblem(path: string, allowEmpty: boolean): SettingsProblem["problem"] | null {
	const trimmed = path.trim();
	if (trimmed === "" || trimmed === "/") return allowEmpty ? null : "empty-folder";
	if (BAD_PATH_CHARS.test(trimmed) || hasControlChar(trimmed)) return "invalid-folder";
	const segments = trimmed.split("/").filter((s) => s !== "");
	if (segments.some((s) => s === ".." || s === ".")) return "invalid-folder";
	return null;
}

/**
 * Tidies a folder path: trims, collapses repeated slashes, drops a trailing slash,
 * keeps a leading one. NFC, because the vault's paths are compared in NFC.
 *
 * @example
 * tidyFolder(" /img//이미지 창고/ "); // "/img/이미지 창고"
 */
export function tidyFolder(path: string): string {
	const trimmed = path.trim().normalize("NFC");
	const lead = trimmed.startsWith("/") ? "/" : "";
	const body = trimmed.split("/").filter((s) => s !== "").join("/");
	return body === "" ? "" : lead + body;
}

/**
 * Parses the watched-tags text field: commas or whitespace separate, a leading `#` is dropped.
 *
 * @example
 * parseTags("#Container, Docker"); // ["Container", "Docker"]
 */
export function parseTags(text: string): string[] {
	const out: string[] = [];
	for (const raw of text.split(/[,\s]+/)) {
		const tag = raw.replace(/^#+/, "").trim();
		if (tag !== "" && !out.includes(tag)) out.push(tag);
	}
	return out;
}

/**
 * Whether `value` is one of `allowed`.
 *
 * @example
 * oneOf("toc-stale", RULE_IDS); // true
 */
export function oneOf<T>(value: unknown, allowed: readonly T[]): value is T {
	return (allowed as readonly unknown[]).includes(value);
}

/**
 * Builds valid settings from whatever `loadData()` returned (null, an old version,
 * hand-edited JSON): every field that is missing or invalid gets its default, and
 * is listed in `problems`. Never throws.
 *
 * @example
 * validateSettings({ scope: "everything" }).problems; // [{ field: "scope", problem: "invalid-value" }]
 */
export function validateSettings(raw: unknown): { settings: ContainerNotesSettings; problems: SettingsProblem[] } {
	const data: Record<string, unknown> = raw !== null && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
	const settings: ContainerNotesSettings = { ...DEFAULT_SETTINGS, watchedTags: [...DEFAULT_SETTINGS.watchedTags], rules: {} };
	const problems: SettingsProblem[] = [];
	const bad = (field: SettingsField, problem: SettingsProblem["problem"] = "invalid-value") => problems.push({ field, problem });

	if ("watchedTags" in data) {
		const v = data.watchedTags;
		const tags = Array.isArray(v) ? parseTags(v.filter((t): t is string => typeof t === "string").join(",")) : [];
		if (tags.length > 0) settings.watchedTags = tags;
		else bad("watchedTags", "invalid-tags");
	}
	for (const field of ["imageFolder", "siteRoot"] as const) {
		if (!(field in data)) continue;
		const v = data[field];
		const problem = typeof v === "string" ? folderProblem(v, field === "siteRoot") : "invalid-value";
		if (problem === null && typeof v === "string") settings[field] = tidyFolder(v);
		else bad(field, problem ?? "invalid-value");
	}
	for (const [field, allowed] of Object.entries(FIXED) as Array<[SettingsField, readonly unknown[]]>) {
		if (!(field in data)) continue;
		const v = data[field];
		if (oneOf(v, allowed)) (settings as unknown as Record<string, unknown>)[field] = v;
		else bad(field);
	}
	if ("rules" in data) {
		const rules = data.rules;
		if (rules !== null && typeof rules === "object" && !Array.isArray(rules)) {
			for (const [id, level] of Object.entries(rules as Record<string, unknown>)) {
				if (oneOf(id, RULE_IDS) && oneOf(level, LEVELS)) settings.rules[id] = level;
				else bad("rules");
			}
		} else bad("rules");
	}
	return { settings, problems };
}

/**
 * The slice of the settings the core's checker reads.
 *
 * @example
 * toCheckSettings(DEFAULT_SETTINGS, "en").scope; // "tagged"
 */
export function toCheckSettings(settings: ContainerNotesSettings, language: Language): CheckSettings {
	// The plugin-only fields (TOC style, marks) ride along; the checker ignores them.
	return { ...DEFAULT_CHECK_SETTINGS, ...settings, watchedTags: [...settings.watchedTags], rules: { ...settings.rules }, language };
}
