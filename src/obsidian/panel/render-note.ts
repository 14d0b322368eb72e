/**
 * Renders the "current note" section from plain data. Note text (messages, headings,
 * tags, paths) is only ever set as text, never parsed as HTML.
 */
import type { Diagnostic } from "../../core/model/diagnostic";
import type { Strings } from "../i18n";
import { activatable, button } from "./dom";
import { type ActiveNoteState, type PanelActions, displayName, groupBySeverity, safeFixCount } from "./panel-model";

/**
 * Fills `parent` with the current note's status, actions and diagnostics.
 *
 * @example
 * renderNoteSection(el, { kind: "report", path: "Docker.md", report, scopeAll: false, canUpdateToc: true }, en, true, actions);
 */
export function renderNoteSection(parent: HTMLElement, state: ActiveNoteState, t: Strings, canCompare: boolean, actions: PanelActions): HTMLElement {
	const section = parent.createDiv({ cls: ["container-notes-section", "container-notes-current"] });
	section.createDiv({ cls: "container-notes-section-title", text: t.panel.currentNote, attr: { role: "heading", "aria-level": 2 } });

	if (state.kind === "none") {
		section.createDiv({ cls: "container-notes-empty", text: t.panel.noActiveNote });
		renderActions(section, null, false, 0, canCompare, t, actions);
		return section;
	}
	section.createDiv({ cls: "container-notes-note-title", text: displayName(state.path), attr: { title: state.path } });
	if (state.kind === "pending") {
		section.createDiv({ cls: "container-notes-empty", text: t.panel.waiting });
		return section;
	}

	const { report } = state;
	const status = section.createDiv({ cls: "container-notes-status" });
	status.toggleClass("is-container", report.isContainerNote);
	if (report.isContainerNote) status.setText(t.panel.containerNote(report.matchedTags.join(", ")));
	else if (state.scopeAll) status.setText(t.panel.checkedByScope);
	else if (report.tags.length > 0) status.setText(t.panel.notContainerTagged(report.tags.join(", ")));
	else status.setText(t.panel.notContainerUntagged);

	const checked = report.isContainerNote || state.scopeAll;
	renderActions(section, checked ? state.path : null, state.canUpdateToc, safeFixCount(report), canCompare, t, actions);

	if (report.skipped !== null) {
		section.createDiv({ cls: ["container-notes-empty", "container-notes-skipped"], text: t.panel.skipped(report.skipped) });
		return section;
	}
	if (!checked) return section;
	if (report.diagnostics.length === 0) {
		section.createDiv({ cls: ["container-notes-empty", "container-notes-clean"], text: t.panel.noProblems });
		return section;
	}
	for (const group of groupBySeverity(report.diagnostics)) {
		const groupEl = section.createDiv({ cls: ["container-notes-group", `container-notes-group-${group.severity}`] });
		groupEl.createDiv({ cls: "container-notes-group-title", text: t.panel.severity[group.severity](group.items.length) });
		const list = groupEl.createEl("ul", { cls: "container-notes-list" });
		for (const d of group.items) renderDiagnostic(list, state.path, d, t, actions);
	}
	return section;
}

function renderActions(section: HTMLElement, path: string | null, canUpdateToc: boolean, safeFixes: number, canCompare: boolean, t: Strings, actions: PanelActions): void {
	const bar = section.createDiv({ cls: "container-notes-actions" });
	if (path !== null) {
		const fixAll = button(bar, t.panel.fixAll, "container-notes-fix-all", () => actions.fixAll(path), safeFixes === 0);
		fixAll.setAttr("title", t.panel.fixAllTooltip);
		if (canUpdateToc) button(bar, t.panel.updateToc, "container-notes-update-toc", () => actions.updateToc(path));
	}
	if (canCompare) button(bar, t.panel.openComparison, "container-notes-open-comparison", () => actions.openComparison());
	if (bar.childElementCount === 0) bar.remove();
}

function renderDiagnostic(list: HTMLElement, path: string, d: Diagnostic, t: Strings, actions: PanelActions): void {
	const item = list.createEl("li", { cls: ["container-notes-diagnostic", `container-notes-severity-${d.severity}`] });
	item.setAttr("data-rule", d.rule);
	const main = item.createDiv({ cls: "container-notes-diagnostic-main" });
	activatable(main, t.panel.openAt(d.span.start.line), () => actions.reveal(path, d));
	const meta = main.createDiv({ cls: "container-notes-meta" });
	meta.createSpan({ cls: "container-notes-line", text: t.panel.line(d.span.start.line) });
	meta.createSpan({ cls: "container-notes-rule", text: d.rule });
	main.createDiv({ cls: "container-notes-message", text: d.message });
	if (d.suggestion !== null && d.suggestion !== "") main.createDiv({ cls: "container-notes-suggestion", text: d.suggestion });
	const fix = d.fix;
	if (fix !== null) {
		const row = item.createDiv({ cls: "container-notes-fix-row" });
		const b = button(row, fix.safe ? t.panel.applyFix : t.panel.applySuggestion, "container-notes-apply-fix", () => actions.applyFix(path, d));
		b.setAttr("title", fix.title);
		b.toggleClass("is-safe", fix.safe);
		row.createSpan({ cls: "container-notes-fix-title", text: fix.title });
	}
}
