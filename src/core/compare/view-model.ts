/**
 * The comparison as data: columns are the models (evolution order), rows are first
 * what the note says ("from your note") and then the catalog's dimensions. Every
 * cell knows where its text comes from. The view, the Markdown table and the CLI's
 * JSON all render this one structure.
 */
import type { Language } from "../model/settings";
import type { NoteScan } from "../model/scan";
import type { Catalog, StackLayerKind } from "./catalog-types";
import { DEFAULT_CATALOG, sourceUrl } from "./catalog";
import { extractModels, gatherModels, type ModelSection, type NoteExtraction, type NoteInput, type NoteItem } from "./extract";
import { compareLabels, fill, type CompareLabels } from "./labels";

/** Where a cell item comes from. */
export type Origin =
	| { kind: "note"; path: string; line: number }
	| { kind: "catalog"; sources: Array<{ id: string; title: string; url: string }> };

export interface CellItem {
	text: string;
	depth: number;
	kind: NoteItem["kind"] | "fact";
	origin: Origin;
}

/**
 * - `note`: text from the note; `catalog`: a reference fact;
 * - `not-covered`: the note has no section for this model;
 * - `none`: the model is covered (or the dimension exists) but this part is missing,
 *   e.g. a Kubernetes section without a problems subsection.
 */
export type CellStatus = "note" | "catalog" | "not-covered" | "none";

export interface CellVM {
	status: CellStatus;
	items: CellItem[];
	/** What to show when `items` is empty. */
	placeholder: string | null;
	/** Items left out to keep the cell short. */
	more: number;
}

export interface StackBoxRow {
	kind: StackLayerKind;
	count: number;
	label: string;
}

export interface ColumnVM {
	modelId: string;
	name: string;
	covered: boolean;
	/** The note's heading for this model, when covered. */
	heading: string | null;
	origin: { path: string; line: number } | null;
	stack: StackBoxRow[];
}

export interface RowVM {
	id: string;
	group: "note" | "catalog";
	label: string;
	cells: CellVM[];
}

/**
 * @example
 * // { version: 1, lang: "en", title: "Docker-파트-기초", notePaths: ["Docker-파트-기초.md"], gathered: false,
 * //   anyCovered: true, columns: [4 models], rows: [note.summary, note.problems, note.subtopics, note.images, catalog.unit, ...] }
 */
export interface ComparisonViewModel {
	version: 1;
	lang: Language;
	title: string;
	labels: CompareLabels;
	/** Notes the note rows come from. */
	notePaths: string[];
	/** `true` when the models were gathered from several notes. */
	gathered: boolean;
	anyCovered: boolean;
	columns: ColumnVM[];
	rows: RowVM[];
}

export interface BuildOptions {
	lang: Language;
	catalog?: Catalog;
	/** Shown as the view's title; defaults to the first note's name. */
	title?: string;
	gathered?: boolean;
	/** Most items a cell lists before "… n more" (default 25). */
	maxItems?: number;
}

function basename(path: string): string {
	const name = path.split("/").pop() ?? path;
	return name.replace(/\.md$/i, "");
}

function noteItem(path: string, item: NoteItem, depthOffset = 0): CellItem {
	return { text: item.text, depth: item.depth + depthOffset, kind: item.kind, origin: { kind: "note", path, line: item.line } };
}

function cell(status: CellStatus, items: CellItem[], placeholder: string | null, max: number): CellVM {
	const more = Math.max(0, items.length - max);
	return { status, items: more > 0 ? items.slice(0, max) : items, placeholder: items.length === 0 ? placeholder : null, more };
}

/**
 * Builds the view model from an extraction.
 *
 * @example
 * const vm = buildComparison(extractModels(scan, "Docker.md"), { lang: "ko" });
 * vm.rows.find((r) => r.id === "note.problems")?.cells[3]?.placeholder; // "이 노트에는 문제점 섹션이 없음"
 */
export function buildComparison(extraction: NoteExtraction | null, options: BuildOptions): ComparisonViewModel {
	const lang = options.lang;
	const catalog = options.catalog ?? DEFAULT_CATALOG;
	const labels = compareLabels(lang);
	const max = Math.max(1, options.maxItems ?? 25);
	const sections = new Map<string, ModelSection>();
	for (const s of extraction?.sections ?? []) sections.set(s.modelId, s);

	const columns: ColumnVM[] = catalog.models.map((m) => {
		const s = sections.get(m.id);
		return {
			modelId: m.id,
			name: m.name[lang] || m.name.en,
			covered: s !== undefined,
			heading: s ? s.heading : null,
			origin: s ? { path: s.path, line: s.line } : null,
			stack: m.stack.map((r) => ({ kind: r.kind, count: Math.max(1, r.count ?? 1), label: (r.label ?? catalog.layerLabels[r.kind])[lang] })),
		};
	});
	const anyCovered = columns.some((c) => c.covered);

	const noteRow = (id: string, label: string, make: (s: ModelSection) => CellVM): RowVM => ({
		id,
		group: "note",
		label,
		cells: catalog.models.map((m) => {
			const s = sections.get(m.id);
			return s ? make(s) : cell("not-covered", [], labels.notCovered, max);
		}),
	});

	const rows: RowVM[] = [];
	if (anyCovered) {
		rows.push(
			noteRow("note.summary", labels.rowSummary, (s) => cell("note", s.items.map((i) => noteItem(s.path, i)), labels.noSummary, max)),
			noteRow("note.problems", labels.rowProblems, (s) => {
				if (!s.problems) return cell("none", [], labels.noProblems, max);
				const items = s.problems.items.map((i) => noteItem(s.path, i));
				const heading: CellItem = { text: s.problems.heading, depth: 0, kind: "heading", origin: { kind: "note", path: s.path, line: s.problems.line } };
				return cell("note", items.length > 0 ? items : [heading], null, max);
			}),
			noteRow("note.subtopics", labels.rowSubTopics, (s) => {
				const items = s.subTopics.flatMap((t) => [
					{ text: t.heading, depth: 0, kind: "heading" as const, origin: { kind: "note" as const, path: s.path, line: t.line } },
					...t.items.map((i) => noteItem(s.path, i, 1)),
				]);
				return items.length > 0 ? cell("note", items, null, max) : cell("none", [], labels.noSubTopics, max);
			}),
			noteRow("note.images", labels.rowImages, (s) => {
				const items = s.images.map((img): CellItem => ({
					text: img.alt.trim() !== "" ? img.alt : (img.target.split("/").pop() ?? img.target),
					depth: 0,
					kind: "text",
					origin: { kind: "note", path: s.path, line: img.line },
				}));
				return items.length > 0 ? cell("note", items, null, max) : cell("none", [], labels.noImages, max);
			}),
		);
	}

	const sourceById = new Map(catalog.sources.map((s) => [s.id, s]));
	for (const d of catalog.dimensions) {
		rows.push({
			id: `catalog.${d.id}`,
			group: "catalog",
			label: d.label[lang] || d.label.en,
			cells: catalog.models.map((m) => {
				const fact = m.facts[d.id];
				if (!fact) return cell("none", [], labels.noFact, max);
				const sources = fact.sources.flatMap((id) => {
					const s = sourceById.get(id);
					return s ? [{ id, title: s.title[lang] || s.title.en, url: sourceUrl(s, lang) }] : [];
				});
				return cell("catalog", [{ text: fact.text[lang] || fact.text.en, depth: 0, kind: "fact", origin: { kind: "catalog", sources } }], null, max);
			}),
		});
	}

	const notePaths = extraction?.paths ?? [];
	const first = notePaths[0];
	const title = options.title ?? (options.gathered ? fill(labels.gathered, { n: notePaths.length }) : first !== undefined ? basename(first) : labels.title);
	return { version: 1, lang, title, labels, notePaths, gathered: options.gathered === true, anyCovered, columns, rows };
}

/**
 * Builds the comparison for one note; when it covers no model and `gatherFrom` is
 * given, gathers the models from those notes instead.
 *
 * @example
 * const vm = compareNote({ path: "Docker.md", scan }, { lang: "en" });
 * vm.columns.map((c) => c.covered); // [true, true, true, true]
 */
export function compareNote(note: { path: string; scan: NoteScan }, options: BuildOptions & { gatherFrom?: readonly NoteInput[] }): ComparisonViewModel {
	const catalog = options.catalog ?? DEFAULT_CATALOG;
	const own = extractModels(note.scan, note.path, catalog);
	if (own.sections.length === 0 && options.gatherFrom && options.gatherFrom.length > 0) {
		const gathered = gatherModels(options.gatherFrom, catalog);
		if (gathered.sections.length > 0) return buildComparison(gathered, { ...options, catalog, gathered: true });
	}
	return buildComparison(own, { ...options, catalog, title: options.title ?? basename(note.path) });
}

/**
 * The view model as JSON (what `compare --format json` prints).
 *
 * @example
 * JSON.parse(comparisonToJson(vm)).columns.length; // 4
 */
export function comparisonToJson(vm: ComparisonViewModel): string {
	const { labels: _labels, ...rest } = vm;
	return `${JSON.stringify(rest, null, 2)}\n`;
}
