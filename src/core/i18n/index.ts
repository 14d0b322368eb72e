/** Message catalogs by language. */
import type { Language } from "../model/settings";
import type { MessageCatalog } from "./catalog";
import { en } from "./en";
import { ko } from "./ko";

export type { MessageCatalog, SkipReason, TocDiff } from "./catalog";

/**
 * The catalog for a language (English for anything unknown).
 *
 * @example
 * messagesFor("ko").tocStaleFix(); // "목차 다시 만들기"
 */
export function messagesFor(language: Language): MessageCatalog {
	return language === "ko" ? ko : en;
}
