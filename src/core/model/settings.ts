/**
 * Settings the checks read. The plugin's settings tab and the CLI flags both map
 * onto this; UI-only settings live in `src/obsidian/settings.ts`.
 */
import type { RuleId, Severity } from "./diagnostic";

export type Language = "en" | "ko";

/** How fixes write a Markdown destination that holds spaces. */
export type LinkEncoding = "percent" | "angle";

/** Which notes are checked. */
export type Scope = "tagged" | "all";

export interface CheckSettings {
	/** Tags (without `#`) that make a note a container note; case-insensitive, nested tags count. */
	watchedTags: string[];
	/** The image folder as notes write it. */
	imageFolder: string;
	/** Folder that a leading `/` maps to ("" = vault root; `static` for Docusaurus). */
	siteRoot: string;
	scope: Scope;
	linkEncoding: LinkEncoding;
	/** Per-rule severity override, or `off`. */
	rules: Partial<Record<RuleId, Severity | "off">>;
	language: Language;
	/** Notes larger than this many bytes are skipped with a stated reason. */
	maxNoteBytes: number;
}

/** Defaults. @example `{ ...DEFAULT_CHECK_SETTINGS, siteRoot: "static" }` */
export const DEFAULT_CHECK_SETTINGS: CheckSettings = {
	watchedTags: ["Container", "Docker"],
	imageFolder: "/img/이미지 창고",
	siteRoot: "",
	scope: "tagged",
	linkEncoding: "percent",
	rules: {},
	language: "en",
	maxNoteBytes: 8 * 1024 * 1024,
};
