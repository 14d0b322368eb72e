/** Renders the whole panel from plain data; the `ItemView` only gathers the data and calls this. */
import type { Strings } from "../i18n";
import { CLS } from "./dom";
import type { PanelActions, PanelState } from "./panel-model";
import { renderNoteSection } from "./render-note";
import { renderVaultSection } from "./render-vault";

/**
 * Replaces `root`'s content with the panel.
 *
 * @example
 * renderPanel(view.contentEl, { active: { kind: "none" }, vault: { progress: null, rows: [] }, canCompare: false }, en, actions);
 */
export function renderPanel(root: HTMLElement, state: PanelState, t: Strings, actions: PanelActions): void {
	root.empty();
	root.addClass(CLS + "panel");
	renderNoteSection(root, state.active, t, state.canCompare, actions);
	renderVaultSection(root, state.vault, t, actions);
}
