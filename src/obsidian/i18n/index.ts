/**
 * Picks the UI language: the setting when it names one, else Obsidian's own language.
 *
 * @example
 * stringsFor(resolveLanguage("auto", "ko")).panel.fixAll; // "모두 고치기"
 */
import { getLanguage, requireApiVersion } from "../obsidian-api";
import type { Language } from "../../core/model/settings";
import { en, type Strings } from "./en";
import { ko } from "./ko";

export type { Strings } from "./en";

/** The language setting: follow Obsidian, or a fixed language. */
export type LanguageSetting = "auto" | Language;

/** Obsidian's language code (`getLanguage` exists since 1.8.7; older apps get English). */
export function appLanguage(): string {
	return requireApiVersion("1.8.7") ? getLanguage() : "en";
}

/** `"ko"` for Korean (any `ko*` code), else `"en"`. */
export function resolveLanguage(setting: LanguageSetting, app: string): Language {
	if (setting === "en" || setting === "ko") return setting;
	return app.toLowerCase().startsWith("ko") ? "ko" : "en";
}

/** The strings for a language. */
export function stringsFor(language: Language): Strings {
	return language === "ko" ? ko : en;
}
