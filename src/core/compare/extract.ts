/**
 * Finds the deployment models a note covers and what it says about each: the
 * section's own lines (bullets, quotes, paragraphs), its problems subsection, its
 * other sub-topics, its images, all with 1-based line numbers.
 */
import type { NoteScan, RegionKind } from "../model/scan";
import type { Catalog } from "./catalog-types";
import { DEFAULT_CATALOG } from "./catalog";
import { plainInline } from "./inline-text";
import { matchModelHeading, mentionsAny, PROBLEM_WORDS, type HeadingMatchStrength } from "./match-heading";

/** One line of a note section, as shown in a cell. */
export interface NoteItem {
	/** Plain text (formatting marks dropped; see `plainInline`). */
	text: string;
	/** The line as written, without indentation and list marker. */
	raw: string;
	/** 1-based line number. */
	line: number;
	/** List nesting depth (0 = top level). */
	depth: number;
	kind: "bullet" | "quote" | "text" | "heading";
}

/** A child section of a model's section (its problems, or a sub-topic such as "Hypervisor"). */
export interface NoteSubsection {
	heading: string;
	line: number;
	items: NoteItem[];
}

/** An embedded image inside a model's section. */
export interface NoteImage {
	alt: string;
	/** Destination as written. */
	target: string;
	line: number;
}

/**
 * What a note says about one model.
 *
 * @example
 * // { modelId: "virtualized", path: "Docker.md", heading: "Virtualized Deployment", line: 31, level: 3, endLine: 43,
 * //   strength: "strong", items: [...3 bullets], problems: { heading: "문제점", line: 40, items: [...] },
 * //   subTopics: [{ heading: "Hypervisor", line: 36, items: [...] }], images: [] }
 */
export interface ModelSection {
	modelId: string;
	path: string;
	heading: string;
	/** Line of the heading. */
	line: number;
	level: number;
	/** Last line of the section. */
	endLine: number;
	strength: Exclude<HeadingMatchStrength, "weak">;
	items: NoteItem[];
	problems: NoteSubsection | null;
	subTopics: NoteSubsection[];
	images: NoteImage[];
}

/** The models found, in catalog (evolution) order; models not found are absent. */
export interface NoteExtraction {
	/** Notes the sections come from, in the order given. */
	paths: string[];
	sections: ModelSection[];
}

/** A note to gather from. */
export interface NoteInput {
	path: string;
	scan: NoteScan;
}

/** Multi-line regions whose lines are not prose. */
const SKIPPED_REGIONS: ReadonlySet<RegionKind> = new Set<RegionKind>(["fence", "indented-code", "html-comment", "percent-comment", "math", "frontmatter"]);

const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const EMPTY_LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])[ \t]*$/;
const QUOTE = /^[ \t]*>[ \t]?(.*)$/;
const HEADING = /^[ \t]{0,3}#{1,6}(?:[ \t]|$)/;
const RULE = /^[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
const TAGS_ONLY = /^[ \t]*(?:#[^\s#]+[ \t]*)+$/;
const EMBEDS = /!\[\[[^\]]*\]\]|!\[[^\]]*\]\([^)]*\)/g;
const BLOCK_ID = /^[ \t]*\^[A-Za-z0-9-]+[ \t]*$/;

function indentWidth(s: string): number {
	let w = 0;
	for (const c of s) w += c === "\t" ? 4 - (w % 4) : 1;
	return w;
}

/** Reads a note's lines (1-based) with the knowledge of which lines are code or comments. */
class NoteLines {
	private readonly skippedLines: boolean[];

	constructor(private readonly scan: NoteScan) {
		const count = scan.lineStarts.length;
		this.skippedLines = new Array<boolean>(count + 2).fill(false);
		for (const r of scan.regions) {
			if (!SKIPPED_REGIONS.has(r.kind)) continue;
			// A region covers a line when it starts at or before the line's start and ends after it.
			const first = r.span.start.column === 1 ? r.span.start.line : r.span.start.line + 1;
			for (let l = Math.max(1, first); l <= Math.min(count, r.span.end.line); l++) {
				const start = scan.lineStarts[l - 1] ?? 0;
				if (r.span.start.offset <= start && r.span.end.offset > start) this.skippedLines[l] = true;
			}
		}
	}

	get count(): number {
		return this.scan.lineStarts.length;
	}

	isSkipped(line: number): boolean {
		return this.skippedLines[line] === true;
	}

	text(line: number): string {
		const start = this.scan.lineStarts[line - 1];
		if (start === undefined) return "";
		const next = this.scan.lineStarts[line];
		let end = next === undefined ? this.scan.text.length : next;
		const t = this.scan.text;
		while (end > start && (t.charCodeAt(end - 1) === 10 || t.charCodeAt(end - 1) === 13)) end--;
		return t.slice(start, end);
	}
}

/** Items of lines `from..to` (inclusive). Headings inside are skipped (their text is handled by the caller). */
function readItems(lines: NoteLines, from: number, to: number): NoteItem[] {
	const items: NoteItem[] = [];
	const indents: number[] = [];
	for (let n = from; n <= to && n <= lines.count; n++) {
		if (lines.isSkipped(n)) continue;
		const line = lines.text(n);
		if (line.trim() === "" || HEADING.test(line) || RULE.test(line) || TABLE_DELIMITER.test(line) || TAGS_ONLY.test(line) || BLOCK_ID.test(line)) continue;
		if (line.replace(EMBEDS, "").trim() === "") continue;
		const li = LIST_ITEM.exec(line);
		if (li) {
			const w = indentWidth(li[1] ?? "");
			while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= w) indents.pop();
			const depth = indents.length;
			indents.push(w);
			const raw = (li[3] ?? "").replace(/^\[[ xX]\][ \t]+/, "");
			const text = plainInline(raw);
			if (text !== "") items.push({ text, raw, line: n, depth, kind: "bullet" });
			continue;
		}
		if (EMPTY_LIST_ITEM.test(line)) continue;
		const q = QUOTE.exec(line);
		if (q) {
			const raw = (q[1] ?? "").replace(/^>[ \t]?/, "").replace(/^\[![^\]]*\][-+]?[ \t]*/, "");
			const text = plainInline(raw);
			if (text !== "") items.push({ text, raw, line: n, depth: 0, kind: "quote" });
			continue;
		}
		const raw = line.trim();
		const text = plainInline(raw);
		if (text === "") continue;
		const prev = items[items.length - 1];
		// An indented line right after a list item continues it (lazy continuation).
		if (prev && prev.kind === "bullet" && prev.line === n - 1 && indentWidth(/^[ \t]*/.exec(line)?.[0] ?? "") > 0) {
			prev.text = `${prev.text} ${text}`;
			prev.raw = `${prev.raw} ${raw}`;
			continue;
		}
		indents.length = 0;
		items.push({ text, raw, line: n, depth: 0, kind: "text" });
	}
	return items;
}

interface Candidate {
	index: number;
	modelId: string;
	strength: Exclude<HeadingMatchStrength, "weak">;
}

/**
 * The models one note covers.
 *
 * @example
 * const ex = extractModels(scanNote(text), "Docker/기초.md");
 * ex.sections.map((s) => s.modelId); // ["traditional", "virtualized", "container", "kubernetes"]
 * ex.sections[1]?.subTopics[0]?.heading; // "Hypervisor"
 */
export function extractModels(scan: NoteScan, path: string, catalog: Catalog = DEFAULT_CATALOG): NoteExtraction {
	const headings = scan.headings;
	const lines = new NoteLines(scan);
	const lastLine = lines.count;
	let candidates: Candidate[] = [];
	headings.forEach((h, index) => {
		const m = matchModelHeading(h.text, catalog.models);
		if (m && m.strength !== "weak") candidates.push({ index, modelId: m.modelId, strength: m.strength });
	});
	// A bare name ("## Container") counts only when the note names another model too.
	const distinct = new Set(candidates.map((c) => c.modelId));
	if (distinct.size < 2) candidates = candidates.filter((c) => c.strength === "strong");
	const modelHeadingIndexes = new Set(candidates.map((c) => c.index));

	const sectionEnd = (index: number): number => {
		const level = headings[index]?.level ?? 1;
		for (let j = index + 1; j < headings.length; j++) {
			const h = headings[j];
			if (h && h.level <= level) return h.span.start.line - 1;
		}
		return lastLine;
	};
	const nextHeadingLine = (index: number, end: number): number => {
		const h = headings[index + 1];
		return h && h.span.start.line - 1 < end ? h.span.start.line - 1 : end;
	};

	const sections: ModelSection[] = [];
	for (const model of catalog.models) {
		const own = candidates.filter((c) => c.modelId === model.id);
		const best = own.find((c) => c.strength === "strong") ?? own[0];
		if (!best) continue;
		const h = headings[best.index];
		if (!h) continue;
		const line = h.span.start.line;
		const endLine = sectionEnd(best.index);
		const children: number[] = [];
		for (let j = best.index + 1; j < headings.length && (headings[j]?.span.start.line ?? Infinity) <= endLine; j++) children.push(j);
		const items = readItems(lines, line + 1, nextHeadingLine(best.index, endLine));
		const childLevel = Math.min(...children.map((j) => headings[j]?.level ?? 7));
		let problems: NoteSubsection | null = null;
		const subTopics: NoteSubsection[] = [];
		const nestedModelRanges: Array<[number, number]> = [];
		for (const j of children) {
			const c = headings[j];
			if (!c || c.level !== childLevel) continue;
			const cEnd = Math.min(sectionEnd(j), endLine);
			if (modelHeadingIndexes.has(j)) {
				nestedModelRanges.push([c.span.start.line, cEnd]);
				continue;
			}
			if (problems === null && mentionsAny(c.text, PROBLEM_WORDS)) {
				// Problems may be split over sub-headings: keep those headings as items.
				const found: NoteItem[] = [];
				let from = c.span.start.line + 1;
				for (let k = j + 1; k < headings.length; k++) {
					const hk = headings[k];
					if (!hk || hk.span.start.line > cEnd) break;
					found.push(...readItems(lines, from, hk.span.start.line - 1));
					found.push({ text: plainInline(hk.text), raw: hk.text, line: hk.span.start.line, depth: 0, kind: "heading" });
					from = hk.span.start.line + 1;
				}
				found.push(...readItems(lines, from, cEnd));
				problems = { heading: c.text, line: c.span.start.line, items: found };
				continue;
			}
			subTopics.push({ heading: c.text, line: c.span.start.line, items: readItems(lines, c.span.start.line + 1, nextHeadingLine(j, cEnd)) });
		}
		const inNested = (l: number): boolean => nestedModelRanges.some(([a, b]) => l >= a && l <= b);
		const images: NoteImage[] = scan.links
			.filter((k) => k.embed && k.syntax !== "definition" && k.span.start.line > line && k.span.start.line <= endLine && !inNested(k.span.start.line))
			.map((k) => ({ alt: k.text, target: k.destination, line: k.span.start.line }));
		sections.push({ modelId: model.id, path, heading: h.text, line, level: h.level, endLine, strength: best.strength, items, problems, subTopics, images });
	}
	return { paths: [path], sections };
}

/**
 * Gathers models from several notes (used when the active note covers none): for
 * each model, the first strongly named section in the given order, else the first named one.
 *
 * @example
 * const ex = gatherModels([{ path: "a.md", scan: scanNote(a) }, { path: "b.md", scan: scanNote(b) }]);
 * ex.paths; // the notes that contributed, e.g. ["b.md"]
 */
export function gatherModels(notes: readonly NoteInput[], catalog: Catalog = DEFAULT_CATALOG): NoteExtraction {
	const found = notes.map((n) => extractModels(n.scan, n.path, catalog));
	const sections: ModelSection[] = [];
	for (const model of catalog.models) {
		const all = found.flatMap((f) => f.sections.filter((s) => s.modelId === model.id));
		const best = all.find((s) => s.strength === "strong") ?? all[0];
		if (best) sections.push(best);
	}
	const used = new Set(sections.map((s) => s.path));
	return { paths: notes.map((n) => n.path).filter((p, i, a) => used.has(p) && a.indexOf(p) === i), sections };
}
