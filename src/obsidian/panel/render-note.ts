/**
 * Renders the "current note" section from plain data. Note text (messages, headings,
 * tags, paths) is only ever set as text, never parsed as HTML.
 */
import type { Diagnostic } from "../../core/model/diagnostic";
import type { Strings } from "../i18n";
import { activatable, button, el } from "./dom";
import { type ActiveNoteState, type PanelActions, displayName, groupBySeverity, safeFixCount } from "./panel-model";

/** A section with its heading (shared by the note and vault sections). */
export function section(parent: HTMLElement, cls: string, title: string): HTMLElement {
	const s = el(parent, "div", `section ${cls}`);
	el(s, "div", "section-title", title, { role: "heading", "aria-level": 2 });
	return s;
}

/**
 * Fills `parent` with the current note's status, actions and diagnostics.
 *
 * @example
 * renderNoteSection(el, { kind: "report", path: "Docker.md", report, scopeAll: false, canUpdateToc: true }, en, true, actions);
 */
export function renderNoteSection(parent: HTMLElement, state: ActiveNoteState, t: Strings, canCompare: boolean, actions: PanelActions): HTMLElement {
	const p = t.panel;
	const s = section(parent, "current", p.currentNote);
	const empty = (text: string, cls = ""): HTMLElement => el(s, "div", `empty${cls}`, text);

	if (state.kind === "none") {
		empty(p.noActiveNote);
		renderActions(s, null, false, 0, canCompare, t, actions);
		return s;
	}
	const { path } = state;
	el(s, "div", "note-title", displayName(path), { title: path });
	if (state.kind === "pending") {
		empty(p.waiting);
		return s;
	}

	const { report } = state;
	const tagged = report.isContainerNote;
	const status = el(
		s,
		"div",
		"status",
		tagged
			? p.containerNote(report.matchedTags.join(", "))
			: state.scopeAll
				? p.checkedByScope
				: report.tags.length > 0
					? p.notContainerTagged(report.tags.join(", "))
					: p.notContainerUntagged,
	);
	status.toggleClass("is-container", tagged);

	// Also a note that is no container note but has a warning (its `tags: a, b`, which Obsidian ignores).
	const checked = tagged || state.scopeAll || report.diagnostics.length > 0;
	renderActions(s, checked ? path : null, state.canUpdateToc, safeFixCount(report), canCompare, t, actions);

	if (report.skipped !== null) empty(p.skipped(report.skipped), " skipped");
	else if (checked && report.diagnostics.length === 0) empty(p.noProblems, " clean");
	else if (checked) {
		for (const group of groupBySeverity(report.diagnostics)) {
			const groupEl = el(s, "div", `group group-${group.severity}`);
			el(groupEl, "div", "group-title", p.severity[group.severity](group.items.length));
			const list = el(groupEl, "ul", "list");
			for (const d of group.items) renderDiagnostic(list, path, d, t, actions);
		}
	}
	return s;
}

function renderActions(parent: HTMLElement, path: string | null, canUpdateToc: boolean, safeFixes: number, canCompare: boolean, t: Strings, actions: PanelActions): void {
	const p = t.panel;
	const bar = el(parent, "div", "actions");
	if (path !== null) {
		button(bar, p.fixAll, "fix-all", () => actions.fixAll(path), safeFixes === 0).title = p.fixAllTooltip;
		if (canUpdateToc) button(bar, t.commands.updateToc, "update-toc", () => actions.updateToc(path));
	}
	if (canCompare) button(bar, p.openComparison, "open-comparison", () => actions.openComparison());
	if (bar.childElementCount === 0) bar.remove();
}

function renderDiagnostic(list: HTMLElement, path: string, d: Diagnostic, t: Strings, actions: PanelActions): void {
	const p = t.panel;
	const line = d.span.start.line;
	const item = el(list, "li", `diagnostic severity-${d.severity}`, undefined, { "data-rule": d.rule });
	const main = el(item, "div", "diagnostic-main");
	activatable(main, p.openAt(line), () => actions.reveal(path, d));
	const meta = el(main, "div", "meta");
	el(meta, "span", "line", p.line(line));
	el(meta, "span", "rule", d.rule);
	el(main, "div", "message", d.message);
	if (d.suggestion) el(main, "div", "suggestion", d.suggestion);
	const fix = d.fix;
	if (fix !== null) {
		const row = el(item, "div", "fix-row");
		const b = button(row, fix.safe ? p.applyFix : p.applySuggestion, "apply-fix", () => actions.applyFix(path, d));
		b.title = fix.title;
		b.toggleClass("is-safe", fix.safe);
		el(row, "span", "fix-title", fix.title);
	}
}
