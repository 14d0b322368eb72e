/**
 * Renders a comparison view model into an element: a table (wide) or cards
 * (narrow, one per model with a switcher, or one per dimension). Uses only the
 * DOM helpers Obsidian adds to elements (`createEl`, `createDiv`, `createSpan`,
 * `createSvg`, `empty`, `setText`, `toggleClass`, `setAttr`), so it runs in
 * Obsidian, in happy-dom tests (with `tests/shims/obsidian.ts` or
 * `tests/compare/dom-helpers.ts`) and standalone in a browser page.
 *
 * Note text is always set as text, never parsed as HTML.
 */
import type { CellVM, ColumnVM, ComparisonViewModel, RowVM } from "../../core/compare/view-model";
import { fill } from "../../core/compare/labels";
import type { Language } from "../../core/model/settings";
import { renderStackDiagram } from "./stack-diagram";

/** `auto` picks cards below `narrowWidth`, else the table. */
export type CompareLayout = "table" | "cards" | "auto";
export type CardMode = "model" | "dimension";

export interface RenderOptions {
	layout: CompareLayout;
	/** Kept for symmetry with the view; the view model already carries its language. */
	lang?: Language;
	/** Which cards to show in the cards layout (default `model`). */
	cardMode?: CardMode;
	/** Model shown first in the per-model cards (default: the first). */
	selectedModel?: string;
	/** Width below which `auto` shows cards (default 480 px). */
	narrowWidth?: number;
	/** Width to assume before the element is laid out (default: table). */
	initialWidth?: number;
	/** A note cell was clicked (or activated with Enter/Space). `line` is 1-based. */
	onOpenLine?(path: string, line: number): void;
	/** The user picked a layout in the toolbar. */
	onLayoutChange?(layout: CompareLayout, cardMode: CardMode): void;
}

/** Controls a rendered comparison. */
export interface ComparisonHandle {
	/** Re-renders with new data, keeping the chosen layout and model. */
	update(vm: ComparisonViewModel): void;
	setLayout(layout: CompareLayout, cardMode?: CardMode): void;
	/** Tells an `auto` layout the available width (the view calls it on resize). */
	setWidth(width: number): void;
	/** The layout currently drawn. */
	effectiveLayout(): "table" | "cards";
	destroy(): void;
}

const NARROW = 480;
/** Class prefix (written once: the class names repeat throughout). */
const C = "container-notes-compare";

/**
 * Appends a `tag` element with the one class `container-notes-compare-<name>`, the shape
 * of most elements here; `text` is set as text, never parsed as HTML.
 *
 * @example
 * make(header, "div", "title", "Deployment models"); // <div class="container-notes-compare-title">Deployment models</div>
 */
function make<K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, name: string, text?: string, attr?: Record<string, string | number>): HTMLElementTagNameMap[K] {
	return parent.createEl(tag, { cls: `${C}-${name}`, text, attr });
}

/**
 * An element standing for one deployment model: `data-model` names it, and `is-not-covered`
 * marks a model the note does not describe.
 *
 * @example
 * makeModel(headRow, "th", "model", column, { scope: "col" }); // <th class="container-notes-compare-model" scope="col" data-model="container">
 */
function makeModel<K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, name: string, column: ColumnVM, attr: Record<string, string | number> = {}, text?: string): HTMLElementTagNameMap[K] {
	const el = make(parent, tag, name, text, { ...attr, "data-model": column.modelId });
	el.toggleClass("is-not-covered", !column.covered);
	return el;
}

function noteLineTitle(vm: ComparisonViewModel, path: string, line: number): string {
	return `${path} · ${fill(vm.labels.line, { n: line })}`;
}

/** Makes an element act as a link to a note line (click, Enter, Space). */
function makeLineLink(el: HTMLElement, vm: ComparisonViewModel, path: string, line: number, opts: RenderOptions): void {
	el.addClass(`${C}-link`);
	el.setAttrs({ tabindex: 0, role: "link", "data-path": path, "data-line": line, title: noteLineTitle(vm, path, line) });
	el.addEventListener("click", (ev) => {
		ev.stopPropagation();
		opts.onOpenLine?.(path, line);
	});
	el.addEventListener("keydown", (ev) => {
		if (ev.key === "Enter" || ev.key === " ") {
			ev.preventDefault();
			opts.onOpenLine?.(path, line);
		}
	});
}

function renderCell(parent: HTMLElement, cell: CellVM, vm: ComparisonViewModel, opts: RenderOptions): void {
	parent.addClass(`${C}-cell`, `${C}-cell-${cell.status}`);
	if (cell.items.length === 0) {
		make(parent, "span", "placeholder", cell.placeholder ?? "");
		return;
	}
	const list = make(parent, "ul", "items");
	for (const item of cell.items) {
		const li = list.createEl("li", { cls: [`${C}-item`, `${C}-item-${item.kind}`] });
		li.setAttr("data-depth", Math.min(item.depth, 4));
		make(li, "span", "text", item.text);
		if (item.origin.kind === "note") {
			makeLineLink(li, vm, item.origin.path, item.origin.line, opts);
		} else if (item.origin.sources.length > 0) {
			const titles = item.origin.sources.map((s) => `${s.title} — ${s.url}`);
			li.setAttr("title", `${vm.labels.source}: ${titles.join("\n")}`);
			// Only web addresses become links (a user-extended catalog could hold anything).
			for (const s of item.origin.sources.filter((x) => /^https?:\/\//i.test(x.url))) {
				li.createEl("a", {
					cls: `${C}-source`,
					text: "↗",
					href: s.url,
					attr: { "aria-label": `${vm.labels.source}: ${s.title}`, target: "_blank", rel: "noopener noreferrer" },
				});
			}
		}
	}
	if (cell.more > 0) make(list, "li", "more", fill(vm.labels.more, { n: cell.more }));
	// A click on the cell's background opens its first line (items handle their own clicks).
	const first = cell.items[0]?.origin;
	if (first?.kind === "note") {
		parent.addClass(`${C}-cell-clickable`);
		parent.addEventListener("click", () => opts.onOpenLine?.(first.path, first.line));
	}
}

/** Model name, then its heading in the note (a link) or the "not covered" badge; the stack diagram unless `diagram` is false. */
function renderColumnHeader(parent: HTMLElement, column: ColumnVM, vm: ComparisonViewModel, opts: RenderOptions, diagram = true): void {
	make(parent, "div", "model-name", column.name);
	if (column.covered && column.origin && column.heading !== null) {
		const link = make(parent, "div", "model-heading", column.heading);
		makeLineLink(link, vm, column.origin.path, column.origin.line, opts);
	} else {
		make(parent, "div", "badge", vm.labels.notCovered);
	}
	if (diagram) renderStackDiagram(make(parent, "div", "diagram"), column, vm.labels.stackDiagram);
}

function groupLabel(vm: ComparisonViewModel, group: RowVM["group"]): string {
	return group === "note" ? vm.labels.groupNote : vm.labels.groupCatalog;
}

function renderTable(parent: HTMLElement, vm: ComparisonViewModel, opts: RenderOptions): void {
	const wrap = make(parent, "div", "table-wrap");
	const table = make(wrap, "table", "table");
	const headRow = table.createEl("thead").createEl("tr");
	make(headRow, "th", "corner", vm.labels.dimension, { scope: "col" });
	for (const column of vm.columns) {
		renderColumnHeader(makeModel(headRow, "th", "model", column, { scope: "col" }), column, vm, opts, false);
	}
	const body = table.createEl("tbody");
	// The diagrams get their own first row, so the sticky header stays short.
	const stacks = make(body, "tr", "stack-row");
	make(stacks, "th", "row-label", vm.labels.stackDiagram, { scope: "row" });
	for (const column of vm.columns) renderStackDiagram(make(stacks, "td", "diagram", undefined, { "data-model": column.modelId }), column, vm.labels.stackDiagram);
	let group: RowVM["group"] | null = null;
	for (const row of vm.rows) {
		if (row.group !== group) {
			group = row.group;
			const tr = make(body, "tr", "group");
			tr.createEl("th", { text: groupLabel(vm, group), attr: { scope: "rowgroup", colspan: 1 } });
			for (let i = 0; i < vm.columns.length; i++) tr.createEl("td");
		}
		const tr = body.createEl("tr", { attr: { "data-row": row.id } });
		make(tr, "th", "row-label", row.label, { scope: "row" });
		row.cells.forEach((cell, i) => {
			const td = tr.createEl("td", { attr: { "data-model": vm.columns[i]?.modelId ?? "" } });
			renderCell(td, cell, vm, opts);
		});
	}
}

/** The tab an arrow key, Home or End moves to from tab `i` of `n` (WAI-ARIA tabs pattern); -1 for other keys. */
function tabKey(key: string, i: number, n: number): number {
	if (key === "Home") return 0;
	if (key === "End") return n - 1;
	if (key === "ArrowRight" || key === "ArrowDown") return (i + 1) % n;
	return key === "ArrowLeft" || key === "ArrowUp" ? (i + n - 1) % n : -1;
}

function renderModelCards(parent: HTMLElement, vm: ComparisonViewModel, opts: RenderOptions, selected: string, onSelect: (id: string, focus: boolean) => void): void {
	const switcher = make(parent, "div", "switcher", undefined, { role: "tablist", "aria-label": vm.labels.modelSwitcher });
	const n = vm.columns.length;
	const index = Math.max(0, vm.columns.findIndex((c) => c.modelId === selected));
	vm.columns.forEach((column, i) => {
		const active = i === index;
		// Roving tab index: only the selected tab is in the Tab order.
		const b = makeModel(switcher, "button", "switch", column, { role: "tab", "aria-selected": String(active), tabindex: active ? 0 : -1 }, column.name);
		b.toggleClass("is-active", active);
		b.addEventListener("click", () => onSelect(column.modelId, false));
		// Automatic activation: moving to a tab shows its card.
		b.addEventListener("keydown", (ev) => {
			const next = vm.columns[tabKey(ev.key, i, n)];
			if (!next) return;
			ev.preventDefault();
			onSelect(next.modelId, true);
		});
	});
	const column = vm.columns[index];
	if (!column) return;
	const card = makeModel(parent, "div", "card", column, { role: "tabpanel" });
	renderColumnHeader(make(card, "div", "card-header"), column, vm, opts);
	let group: RowVM["group"] | null = null;
	for (const row of vm.rows) {
		if (row.group !== group) {
			group = row.group;
			make(card, "div", "card-group", groupLabel(vm, group));
		}
		const section = make(card, "div", "card-row", undefined, { "data-row": row.id });
		make(section, "div", "card-label", row.label);
		const cell = row.cells[index];
		if (cell) renderCell(section.createDiv(), cell, vm, opts);
	}
}

function renderDimensionCards(parent: HTMLElement, vm: ComparisonViewModel, opts: RenderOptions): void {
	const strip = parent.createDiv({ cls: `${C}-card ${C}-diagrams` });
	for (const column of vm.columns) {
		renderColumnHeader(makeModel(strip, "div", "card-row", column), column, vm, opts);
	}
	let group: RowVM["group"] | null = null;
	for (const row of vm.rows) {
		if (row.group !== group) {
			group = row.group;
			make(parent, "div", "card-group", groupLabel(vm, group));
		}
		const card = make(parent, "div", "card", undefined, { "data-row": row.id });
		make(card, "div", "card-title", row.label);
		row.cells.forEach((cell, i) => {
			const column = vm.columns[i];
			const section = make(card, "div", "card-row", undefined, { "data-model": column?.modelId ?? "" });
			make(section, "div", "card-label", column?.name ?? "");
			renderCell(section.createDiv(), cell, vm, opts);
		});
	}
}

/**
 * Renders `vm` into `container` (emptied first) and returns a handle.
 *
 * @example
 * const handle = renderComparison(el, vm, { layout: "auto", onOpenLine: (path, line) => openAt(path, line) });
 * handle.setWidth(320); // switches to cards
 * handle.destroy();
 */
export function renderComparison(container: HTMLElement, vm: ComparisonViewModel, opts: RenderOptions): ComparisonHandle {
	let current = vm;
	let layout: CompareLayout = opts.layout;
	let cardMode: CardMode = opts.cardMode ?? "model";
	let selected = opts.selectedModel ?? vm.columns.find((c) => c.covered)?.modelId ?? vm.columns[0]?.modelId ?? "";
	let width = opts.initialWidth ?? 0;
	const narrow = opts.narrowWidth ?? NARROW;
	let observer: ResizeObserver | null = null;

	const effective = (): "table" | "cards" => (layout === "auto" ? (width > 0 && width < narrow ? "cards" : "table") : layout);

	/** Scroll offsets of the scrolling parts, so a live update does not jump back to the top. */
	const scrollState = (): Array<[string, number, number]> =>
		[`.${C}-table-wrap`, `.${C}-body`].flatMap((sel) => {
			const el = container.querySelector(sel);
			return el ? [[sel, el.scrollTop, el.scrollLeft] as [string, number, number]] : [];
		});

	const draw = (): void => {
		const scroll = scrollState();
		container.empty();
		const eff = effective();
		const root = container.createDiv({ cls: C, attr: { "data-layout": eff, "data-card-mode": cardMode, lang: current.lang } });
		const header = make(root, "div", "header");
		make(header, "div", "title", current.title);
		if (!current.anyCovered) make(header, "div", "notice", current.notePaths.length === 0 ? current.labels.emptyView : current.labels.noModels);
		else if (current.gathered) make(header, "div", "notice", current.notePaths.join(", "));
		const toolbar = make(header, "div", "toolbar", undefined, { role: "group", "aria-label": current.labels.layoutLabel });
		// [choice id, label, layout, card mode]
		const choices: Array<[string, string, "table" | "cards", CardMode]> = [
			["table", current.labels.layoutTable, "table", cardMode],
			["cards-model", current.labels.layoutCardsByModel, "cards", "model"],
			["cards-dimension", current.labels.layoutCardsByDimension, "cards", "dimension"],
		];
		for (const [id, text, next, mode] of choices) {
			const active = eff === next && (next === "table" || cardMode === mode);
			const b = make(toolbar, "button", "layout-button", text, { "data-layout-choice": id, "aria-pressed": String(active) });
			b.toggleClass("is-active", active);
			b.addEventListener("click", () => {
				setLayout(next, mode);
				opts.onLayoutChange?.(layout, cardMode);
			});
		}
		const body = make(root, "div", "body");
		if (eff === "table") renderTable(body, current, opts);
		else if (cardMode === "dimension") renderDimensionCards(body, current, opts);
		else
			renderModelCards(body, current, opts, selected, (id, focus) => {
				selected = id;
				draw();
				if (focus) container.querySelector<HTMLElement>(`.${C}-switch.is-active`)?.focus();
			});
		for (const [sel, top, left] of scroll) {
			const el = container.querySelector(sel);
			if (el) {
				el.scrollTop = top;
				el.scrollLeft = left;
			}
		}
	};

	const setLayout = (next: CompareLayout, mode?: CardMode): void => {
		layout = next;
		if (mode) cardMode = mode;
		draw();
	};

	const setWidth = (w: number): void => {
		const before = effective();
		width = w;
		if (effective() !== before) draw();
	};

	if (typeof ResizeObserver !== "undefined") {
		observer = new ResizeObserver((entries) => {
			const w = entries[0]?.contentRect.width;
			if (w !== undefined && w > 0) setWidth(w);
		});
		observer.observe(container);
	}
	draw();

	return {
		update(next) {
			current = next;
			if (!next.columns.some((c) => c.modelId === selected)) selected = next.columns[0]?.modelId ?? "";
			draw();
		},
		setLayout,
		setWidth,
		effectiveLayout: effective,
		destroy() {
			observer?.disconnect();
			observer = null;
			container.empty();
		},
	};
}
