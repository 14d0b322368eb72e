/**
 * Finding a note's table of contents and reading its style. A TOC is a list
 * whose every item is one same-note heading link, either leading the note
 * (before its first heading) or right under a heading like `목차` or
 * `Table of contents`. Unparsed links count (the seed's TOC is 9 of them).
 */
import type { Heading, LinkRef, NoteScan } from "../model/scan";
import { lookupHeadingPath } from "../rules/heading-lookup";
import { LineIndex } from "../model/position";
import { headingKey } from "../resolve/heading-normalize";
import { headingKeys, headingParents, parseSubpath, segmentCount } from "../resolve/heading-path";
import { tocLayout } from "./generate-toc";
import type { TocBlock, TocEntry, TocPathStyle, TocStyle } from "./toc-types";

/** Heading texts (as `headingKey`) that announce a TOC below them. */
const TOC_TITLES = new Set(["목차", "차례", "목 차", "table of contents", "contents", "toc", "index", "inhalt", "sommaire", "目次", "目录"]);

/**
 * Splits a list item line into indentation, marker and the rest (trailing blanks
 * dropped), by hand: this runs on every candidate line of every note.
 */
function listItem(text: string): { indent: string; marker: string; restStart: number; restEnd: number } | null {
	let i = 0;
	while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
	const indentEnd = i;
	const c = text.charCodeAt(i);
	if (c === 45 || c === 42 || c === 43) i++;
	else {
		while (i < text.length && i - indentEnd < 9 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
		if (i === indentEnd || (text.charCodeAt(i) !== 46 && text.charCodeAt(i) !== 41)) return null;
		i++;
	}
	const markerEnd = i;
	if (text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) return null;
	while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
	let end = text.length;
	while (end > i && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
	if (end === i) return null;
	return { indent: text.slice(0, indentEnd), marker: text.slice(indentEnd, markerEnd), restStart: i, restEnd: end };
}

/** Whether a heading text announces a TOC. */
export function isTocTitle(text: string): boolean {
	return TOC_TITLES.has(headingKey(text));
}

interface LineInfo {
	start: number;
	end: number;
	text: string;
}

function lineAt(scan: NoteScan, line: number): LineInfo {
	const start = scan.lineStarts[line - 1] ?? scan.text.length;
	const next = scan.lineStarts[line];
	let end = next === undefined ? scan.text.length : next;
	while (end > start && (scan.text.charCodeAt(end - 1) === 10 || scan.text.charCodeAt(end - 1) === 13)) end--;
	return { start, end, text: scan.text.slice(start, end) };
}

/** A same-note heading link, parsed or not, not an embed. */
export function isSameNoteHeadingLink(link: LinkRef): boolean {
	if (link.external || link.embed || link.syntax === "definition" || link.path !== "" || link.subpath.length < 2) return false;
	// Cheap common case: "#Heading..." that is not a block "#^id" or a footnote "#[^id]".
	const c = link.subpath.charCodeAt(1);
	if (c !== 35 && c !== 94 && c !== 91) return true;
	return parseSubpath(link.subpath).kind === "heading";
}

/** Indentation width in columns (a tab advances to the next multiple of 4). */
function columns(indent: string): number {
	let col = 0;
	for (const c of indent) col = c === "\t" ? col + 4 - (col % 4) : col + 1;
	return col;
}

type RawEntry = Omit<TocEntry, "depth" | "target">;

/** The entry on a line, when the item is exactly one same-note heading link. */
function entryOn(scan: NoteScan, line: number, linksByLine: Map<number, LinkRef[]>): RawEntry | null {
	const links = linksByLine.get(line);
	if (!links || links.length !== 1) return null;
	const link = links[0] as LinkRef;
	if (!isSameNoteHeadingLink(link)) return null;
	const info = lineAt(scan, line);
	const item = listItem(info.text);
	if (!item) return null;
	if (link.span.start.offset !== info.start + item.restStart || link.span.end.offset !== info.start + item.restEnd) return null;
	return { line, indent: item.indent, marker: item.marker, link };
}

/** The first run of entry lines in `[fromLine, toLine)`; blank lines between entries are allowed. */
function firstRun(scan: NoteScan, fromLine: number, toLine: number, linksByLine: Map<number, LinkRef[]>): RawEntry[] {
	const run: RawEntry[] = [];
	for (let line = fromLine; line < toLine; line++) {
		const entry = entryOn(scan, line, linksByLine);
		if (entry) {
			run.push(entry);
			continue;
		}
		if (run.length === 0) continue;
		if (lineAt(scan, line).text.trim() === "") {
			// a loose list: continue only if an entry follows the blank lines
			let next = line + 1;
			while (next < toLine && lineAt(scan, next).text.trim() === "") next++;
			if (next < toLine && entryOn(scan, next, linksByLine)) {
				line = next - 1;
				continue;
			}
		}
		break;
	}
	return run;
}

function lineEndingAfter(scan: NoteScan, line: number): string {
	const { end } = lineAt(scan, line);
	if (scan.text.charCodeAt(end) === 13) return scan.text.charCodeAt(end + 1) === 10 ? "\r\n" : "\r";
	if (scan.text.charCodeAt(end) === 10) return "\n";
	return scan.text.includes("\r\n") ? "\r\n" : "\n";
}

function detectPathStyle(scan: NoteScan, entries: TocEntry[], minLevel: number, host: number | null): TocPathStyle {
	const votes: Record<TocPathStyle, number> = { none: 0, parent: 0, full: 0 };
	const parents = headingParents(scan.headings);
	for (const e of entries) {
		if (e.target === null) continue;
		let inRange = 0;
		for (let a = parents[e.target] ?? -1; a >= 0; a = parents[a] ?? -1) if (a !== host && (scan.headings[a]?.level ?? 0) >= minLevel) inRange++;
		if (inRange === 0) continue;
		// Entries are heading links by construction (see entryOn): count their segments without splitting.
		const segs = segmentCount(e.link.subpath);
		if (segs === 1) votes.none++;
		else if (segs === 2 && inRange === 1) continue; // parent and full look the same here
		else if (segs === 2) votes.parent++;
		else if (segs === inRange + 1) votes.full++;
	}
	if (votes.full > votes.parent && votes.full > votes.none) return "full";
	if (votes.none > votes.parent) return "none";
	return "parent";
}

function detectStyle(scan: NoteScan, raw: RawEntry[], entries: TocEntry[], host: number | null): TocStyle {
	const indents = raw.map((e) => e.indent).filter((i) => i !== "");
	const indentUnit = indents.some((i) => i.includes("\t"))
		? "\t"
		: indents.length > 0
			? " ".repeat(Math.max(1, Math.min(...indents.map(columns))))
			: "\t";
	const first = raw[0];
	const marker = first ? (/^\d/.test(first.marker) ? "1" + first.marker.slice(-1) : first.marker) : "-";
	const linkKind = first?.link.syntax === "wiki" ? "wiki" : "markdown";
	const wikiAlias = raw.some((e) => e.link.syntax === "wiki" && scan.text.slice(e.link.destSpan.end.offset, e.link.span.end.offset).startsWith("|"));
	let encoding: TocStyle["encoding"] = "raw";
	const md = raw.filter((e) => e.link.syntax !== "wiki");
	if (md.some((e) => e.link.angle)) encoding = "angle";
	else if (md.some((e) => /%20/i.test(e.link.destination))) encoding = "percent";
	// Levels of the headings the entries reach (else of every heading but the host), by hand: no arrays per entry.
	let minTarget = Infinity;
	let maxTarget = -Infinity;
	for (const e of entries) {
		if (e.target === null) continue;
		const level = scan.headings[e.target]?.level ?? 1;
		if (level < minTarget) minTarget = level;
		if (level > maxTarget) maxTarget = level;
	}
	let minOther = Infinity;
	for (let i = 0; i < scan.headings.length; i++) {
		const level = (scan.headings[i] as Heading).level;
		if (i !== host && level < minOther) minOther = level;
	}
	const minLevel = minTarget !== Infinity ? minTarget : minOther !== Infinity ? minOther : 1;
	// A leading TOC of one entry (that of a note with one heading, see findToc) says nothing of
	// the deepest level listed: all of them, as a new TOC.
	const maxLevel = maxTarget !== -Infinity && (raw.length > 1 || host !== null) ? maxTarget : 6;
	return {
		indentUnit,
		marker,
		linkKind,
		wikiAlias: linkKind === "wiki" ? wikiAlias : false,
		pathStyle: detectPathStyle(scan, entries, minLevel, host),
		encoding,
		minLevel,
		maxLevel,
		lineEnding: first ? lineEndingAfter(scan, first.line) : "\n",
		depthMode: "tree",
	};
}

/** `level` when more entries are indented by heading level than by tree depth. */
function detectDepthMode(scan: NoteScan, entries: TocEntry[], style: TocStyle, host: number | null): TocStyle["depthMode"] {
	const tree = new Map(tocLayout(scan.headings, { ...style, depthMode: "tree" }, host).map((item) => [item.index, item.depth]));
	let byLevel = 0;
	let byTree = 0;
	for (const e of entries) {
		if (e.target === null) continue;
		const levelDepth = (scan.headings[e.target]?.level ?? style.minLevel) - style.minLevel;
		const treeDepth = tree.get(e.target);
		if (treeDepth === undefined || levelDepth === treeDepth) continue;
		if (e.depth === levelDepth) byLevel++;
		else if (e.depth === treeDepth) byTree++;
	}
	return byLevel > byTree ? "level" : "tree";
}

/** The heading a same-note link reaches, when the caller already resolved it (`undefined` = not known). */
export type KnownTarget = (link: LinkRef) => number | null | undefined;

function toBlock(scan: NoteScan, raw: RawEntry[], host: number | null, known?: KnownTarget): TocBlock {
	let anyTab = false;
	let unitCols = Infinity;
	const cols: number[] = [];
	for (const e of raw) {
		const c = columns(e.indent);
		cols.push(c);
		if (e.indent.includes("\t")) anyTab = true;
		if (c > 0 && c < unitCols) unitCols = c;
	}
	if (anyTab || unitCols === Infinity) unitCols = 4;
	let base = Infinity;
	for (const c of cols) base = Math.min(base, Math.floor(c / unitCols));
	const entries: TocEntry[] = [];
	for (let i = 0; i < raw.length; i++) {
		const e = raw[i] as RawEntry;
		let target = known ? known(e.link) : undefined;
		if (target === undefined) {
			const r = lookupHeadingPath(scan.headings, e.link.subpath);
			target = r.strict ?? r.ordered;
		}
		entries.push({ line: e.line, indent: e.indent, depth: Math.floor((cols[i] ?? 0) / unitCols) - base, marker: e.marker, link: e.link, target });
	}
	const firstLine = raw[0]?.line ?? 1;
	const lastLine = raw[raw.length - 1]?.line ?? firstLine;
	const span = new LineIndex(scan.text, scan.lineStarts).span(lineAt(scan, firstLine).start, lineAt(scan, lastLine).end);
	const style = detectStyle(scan, raw, entries, host);
	style.depthMode = detectDepthMode(scan, entries, style, host);
	return { span, hostHeading: host, entries, style };
}

/**
 * The note's TOC: the first list of same-note heading links before the first
 * heading (at least two entries, or one that links to that heading with nothing else
 * before it), else the list right under a heading such as `목차` or
 * `Table of contents` (at least one entry). `null` when there is none.
 *
 * @example
 * const toc = findToc(scanNote("- [개요](#개요)\n\t- [설치](#개요#설치)\n\n# 개요\n## 설치\n"));
 * toc?.entries.length; // 2
 * toc?.style.pathStyle; // "parent"
 */
export function findToc(scan: NoteScan, known?: KnownTarget): TocBlock | null {
	if (scan.links.length === 0) return null;
	const bodyLine = scan.frontMatter && scan.frontMatter.closed ? scan.frontMatter.span.end.line + 1 : 1;
	const firstHeading = scan.headings[0];
	const lineCount = scan.lineStarts.length;
	const leadingEnd = firstHeading ? firstHeading.span.start.line : lineCount + 1;
	if (firstHeading) {
		const leading = firstRun(scan, bodyLine, leadingEnd, linksByLineIn(scan, bodyLine, leadingEnd));
		if (leading.length >= 2) return toBlock(scan, leading, null, known);
		if (leading.length === 1) {
			// One entry is a TOC only as a TOC of one heading looks (and as tocFix writes it): all
			// that comes before the first heading, and a link to it; else it may be a "see below" link.
			const block = toBlock(scan, leading, null, known);
			if (block.entries[0]?.target === 0 && !/[\r\n]/.test(scan.text.slice(lineAt(scan, bodyLine).start, firstHeading.span.start.offset).trim())) return block;
		}
	}
	const keys = headingKeys(scan.headings);
	for (let h = 0; h < scan.headings.length; h++) {
		const heading = scan.headings[h];
		if (!heading || !TOC_TITLES.has(keys[h] ?? "")) continue;
		const next = scan.headings[h + 1];
		const from = heading.span.start.line + 1;
		const to = next ? next.span.start.line : lineCount + 1;
		const run = firstRun(scan, from, to, linksByLineIn(scan, from, to));
		if (run.length >= 1) return toBlock(scan, run, h, known);
	}
	return null;
}

/** Single-line links starting on lines `[from, to)`, by line (links are in document order). */
function linksByLineIn(scan: NoteScan, from: number, to: number): Map<number, LinkRef[]> {
	const out = new Map<number, LinkRef[]>();
	const links = scan.links;
	// Binary search for the first link at or after line `from`.
	let lo = 0;
	let hi = links.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((links[mid]?.span.start.line ?? 0) < from) lo = mid + 1;
		else hi = mid;
	}
	for (let i = lo; i < links.length; i++) {
		const link = links[i] as LinkRef;
		const line = link.span.start.line;
		if (line >= to) break;
		if (link.span.end.line !== line) continue;
		const list = out.get(line);
		if (list) list.push(link);
		else out.set(line, [link]);
	}
	return out;
}
