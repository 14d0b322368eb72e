/**
 * What the comparison view needs from the plugin. PLUGIN passes one `CompareHost`
 * to `registerCompare(plugin, host)`; the view calls it on every refresh, so the
 * language and the note list may change at any time.
 */
import type { App } from "obsidian";
import { MarkdownView, TFile } from "../obsidian-api";
import type { Catalog } from "../../core/compare/catalog-types";
import type { NoteScan } from "../../core/model/scan";
import type { Language } from "../../core/model/settings";
import type { CardMode, CompareLayout } from "./render";

/**
 * @example
 * registerCompare(this, {
 *   language: () => this.language(),
 *   containerNotePaths: () => [...this.service.allReports()].filter((r) => r.isContainerNote).map((r) => r.path),
 *   readNote: readNoteFromApp(this.app),
 *   scan: (path, text) => this.service.getChecker().scan(path, text),
 * });
 */
export interface CompareHost {
	/** UI language of the view and of inserted tables. */
	language(): Language;
	/**
	 * Paths of the container notes (tagged `#Container`/`#Docker`...). When the active
	 * note covers no deployment model, the view gathers the models from these.
	 */
	containerNotePaths(): readonly string[];
	/** A note's text (the open editor's text when the note is open); `null` when unreadable or too large. */
	readNote(path: string): Promise<string | null>;
	/** Optional cached scan (e.g. `Checker.scan`); defaults to `scanNote(text)`. */
	scan?(path: string, text: string): NoteScan | Promise<NoteScan>;
	/**
	 * Optional catalog with the user's extension merged in; defaults to `DEFAULT_CATALOG`.
	 * Build it once from the user's JSON (the merge code then only ships when used):
	 * `mergeCatalog(DEFAULT_CATALOG, parseCatalogExtension(json).extension).catalog`.
	 */
	catalog?(): Catalog;
	/** Optional: the layout the user last chose, and a place to store a new choice. */
	savedLayout?(): { layout: CompareLayout; cardMode: CardMode } | null;
	saveLayout?(layout: CompareLayout, cardMode: CardMode): void;
}

/** Most bytes read from one note for the comparison. */
const MAX_NOTE_CHARS = 8 * 1024 * 1024;

/**
 * A `readNote` for `CompareHost` built on the app: the live editor text when the
 * note is open in an editor, else `vault.cachedRead`.
 *
 * @example
 * const host: CompareHost = { language: () => "ko", containerNotePaths: () => [], readNote: readNoteFromApp(this.app) };
 */
export function readNoteFromApp(app: App): (path: string) => Promise<string | null> {
	return async (path) => {
		for (const leaf of app.workspace.getLeavesOfType("markdown")) {
			const view = leaf.view;
			if (view instanceof MarkdownView && view.file?.path === path) return view.editor.getValue();
		}
		const file = app.vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile) || file.stat.size > MAX_NOTE_CHARS) return null;
		try {
			return await app.vault.cachedRead(file);
		} catch {
			return null;
		}
	};
}
