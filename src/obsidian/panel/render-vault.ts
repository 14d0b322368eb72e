/** Renders the vault section: container notes with their counts, worst first. */
import type { Strings } from "../i18n";
import { activatable } from "./dom";
import { type PanelActions, type VaultState, displayName } from "./panel-model";

/** More rows than this are summarised as "And N more" (a 10,000-note vault must not build 10,000 rows). */
export const MAX_VAULT_ROWS = 300;

/**
 * Fills `parent` with the vault section.
 *
 * @example
 * renderVaultSection(el, { progress: null, rows: [{ path: "Docker.md", errors: 2, warnings: 0, infos: 0 }] }, en, actions);
 */
export function renderVaultSection(parent: HTMLElement, state: VaultState, t: Strings, actions: PanelActions): HTMLElement {
	const section = parent.createDiv({ cls: ["container-notes-section", "container-notes-vault"] });
	section.createDiv({ cls: "container-notes-section-title", text: t.panel.vaultHeading, attr: { role: "heading", "aria-level": 2 } });
	if (state.progress !== null) {
		const box = section.createDiv({ cls: "container-notes-progress" });
		const bar = box.createEl("progress", { cls: "container-notes-progress-bar" });
		bar.max = Math.max(1, state.progress.total);
		bar.value = state.progress.done;
		box.createDiv({ cls: "container-notes-progress-text", text: t.panel.indexing(state.progress.done, state.progress.total) });
	}
	if (state.rows.length === 0) {
		if (state.progress === null) section.createDiv({ cls: "container-notes-empty", text: t.panel.vaultEmpty });
		return section;
	}
	const list = section.createEl("ul", { cls: "container-notes-vault-list" });
	for (const row of state.rows.slice(0, MAX_VAULT_ROWS)) {
		const item = list.createEl("li", { cls: "container-notes-vault-row" });
		item.toggleClass("has-errors", row.errors > 0);
		item.toggleClass("has-warnings", row.errors === 0 && row.warnings > 0);
		activatable(item, row.path, () => actions.openNote(row.path));
		item.createSpan({ cls: "container-notes-vault-name", text: displayName(row.path), attr: { title: row.path } });
		const clean = row.errors === 0 && row.warnings === 0;
		item.createSpan({ cls: "container-notes-vault-counts", text: clean ? t.panel.clean : t.panel.counts(row.errors, row.warnings) });
	}
	if (state.rows.length > MAX_VAULT_ROWS) section.createDiv({ cls: "container-notes-more", text: t.panel.more(state.rows.length - MAX_VAULT_ROWS) });
	return section;
}
