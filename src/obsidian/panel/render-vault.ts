/** Renders the vault section: container notes with their counts, worst first. */
import type { Strings } from "../i18n";
import { activatable, el } from "./dom";
import { type PanelActions, type VaultState, displayName } from "./panel-model";
import { section } from "./render-note";

/** More rows than this are summarised as "And N more" (a 10,000-note vault must not build 10,000 rows). */
export const MAX_VAULT_ROWS = 300;

/**
 * Fills `parent` with the vault section.
 *
 * @example
 * renderVaultSection(el, { progress: null, rows: [{ path: "Docker.md", errors: 2, warnings: 0, infos: 0 }] }, en, actions);
 */
export function renderVaultSection(parent: HTMLElement, state: VaultState, t: Strings, actions: PanelActions): HTMLElement {
	const p = t.panel;
	const s = section(parent, "vault", p.vaultHeading);
	const { progress, rows } = state;
	if (progress !== null) {
		const box = el(s, "div", "progress");
		const bar = el(box, "progress", "progress-bar");
		bar.max = Math.max(1, progress.total);
		bar.value = progress.done;
		el(box, "div", "progress-text", p.indexing(progress.done, progress.total));
	} else if (rows.length === 0) el(s, "div", "empty", p.vaultEmpty);
	if (rows.length === 0) return s;
	const list = el(s, "ul", "vault-list");
	for (const { path, errors, warnings } of rows.slice(0, MAX_VAULT_ROWS)) {
		const item = el(list, "li", "vault-row");
		item.toggleClass("has-errors", errors > 0);
		item.toggleClass("has-warnings", errors === 0 && warnings > 0);
		activatable(item, path, () => actions.openNote(path));
		el(item, "span", "vault-name", displayName(path), { title: path });
		el(item, "span", "vault-counts", errors + warnings === 0 ? p.noProblems : p.counts(errors, warnings));
	}
	if (rows.length > MAX_VAULT_ROWS) el(s, "div", "more", p.more(rows.length - MAX_VAULT_ROWS));
	return s;
}
