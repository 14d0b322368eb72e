/**
 * Writing a TOC from a note's headings in a given style. Every generated link
 * resolves strictly (under both readings of Obsidian's heading walk) to its
 * heading: when the style's path (e.g. the immediate parent) is ambiguous, more
 * ancestors are added.
 */
import type { Heading, NoteScan } from "../model/scan";
import { lookupHeadingPath } from "../rules/heading-lookup";
import { ancestors, headingKeys, headingParents, qualifiedPath } from "../resolve/heading-path";
import { escapeLinkText, headingSegment, percentSegment, wikiAlias, wikiSegment } from "../fix/destination";
import type { TocStyle } from "./toc-types";

/** A heading the TOC lists, with its nesting depth among the listed headings. */
export interface TocItem {
	index: number;
	depth: number;
	/** Segments of the heading path to write (heading texts, not yet encoded). */
	segments: string[];
	/** The segments reach the heading strictly (false for a twin no path can tell apart). */
	reachable: boolean;
}

/** A listed heading and its depth, without its path (cheap: what comparing needs). */
export interface TocSlot {
	index: number;
	depth: number;
}

/**
 * The headings a TOC in `style` lists, with their depths: levels
 * `minLevel..maxLevel`, without the TOC's own heading and headings with no
 * linkable text; depth per `style.depthMode` (the first entry always at 0: a list
 * cannot open indented, an indented first line is a code block).
 *
 * @example
 * tocLayout(headings, { ...style, minLevel: 1, maxLevel: 6 }, null).map((s) => s.depth); // [0, 1, 2, ...]
 */
export function tocLayout(headings: readonly Heading[], style: TocStyle, hostHeading: number | null): TocSlot[] {
	const keys = headingKeys(headings);
	const parents = headingParents(headings);
	const listedDepth = new Int32Array(headings.length).fill(-1);
	const slots: TocSlot[] = [];
	for (let i = 0; i < headings.length; i++) {
		const h = headings[i];
		if (!h || i === hostHeading || h.level < style.minLevel || h.level > style.maxLevel || keys[i] === "") continue;
		let p = parents[i] ?? -1;
		while (p >= 0 && (listedDepth[p] ?? -1) < 0) p = parents[p] ?? -1;
		const treeDepth = p >= 0 ? (listedDepth[p] ?? 0) + 1 : 0;
		listedDepth[i] = treeDepth;
		const depth = style.depthMode === "level" ? (slots.length === 0 ? 0 : h.level - style.minLevel) : treeDepth;
		slots.push({ index: i, depth });
	}
	return slots;
}

/**
 * {@link tocLayout} plus the heading path each entry writes.
 *
 * @example
 * tocHeadings(headings, style, null)[1]?.segments; // ["개요", "컨테이너 기술 발전"]
 */
export function tocHeadings(headings: readonly Heading[], style: TocStyle, hostHeading: number | null): TocItem[] {
	const slots = tocLayout(headings, style, hostHeading);
	const listed = new Set(slots.map((s) => s.index));
	return slots.map(({ index, depth }) => {
		const chain = ancestors(headings, index); // nearest first
		const listedChain = chain.filter((a) => listed.has(a));
		const segments = pathFor(headings, index, chain, listedChain, style);
		return { index, depth, segments, reachable: works(headings, segments, index) };
	});
}

/**
 * Whether heading `index` can be reached by any heading path (twins with the same
 * text under the same parents cannot, beyond the first).
 */
export function reachable(headings: readonly Heading[], index: number): boolean {
	return qualifiedPath(headings, index, "text") !== null;
}

function works(headings: readonly Heading[], segs: string[], index: number): boolean {
	return lookupHeadingPath(headings, "#" + segs.join("#")).strict === index;
}

/** Path segments for one heading: the style's path, extended with ancestors until it resolves strictly. */
function pathFor(headings: readonly Heading[], index: number, chain: number[], listedChain: number[], style: TocStyle): string[] {
	const text = (i: number): string => headingSegment(headings[i]?.text ?? "");
	let used: number[];
	if (style.pathStyle === "none") used = [];
	else if (style.pathStyle === "parent") used = listedChain.slice(0, 1);
	else used = listedChain;
	let segs = [...used].reverse().map(text).concat(text(index));
	if (works(headings, segs, index)) return segs;
	// Qualify further: the nearest ancestors not yet used, one at a time.
	const deepestUsed = used.length > 0 ? chain.indexOf(used[used.length - 1] ?? -1) : -1;
	for (let k = deepestUsed + 1; k < chain.length; k++) {
		segs = [text(chain[k] ?? -1), ...segs];
		if (works(headings, segs, index)) return segs;
	}
	const q = qualifiedPath(headings, index, "text");
	return q === null ? [...used].reverse().map(text).concat(text(index)) : q.split("#").filter((s) => s !== "");
}

/** Encoding of generated destinations (`raw` is never written: it becomes percent-encoding). */
function destination(segments: string[], style: TocStyle): string {
	if (style.encoding === "angle") {
		const plain = "#" + segments.join("#");
		// Obsidian percent-decodes `<...>` too: a heading holding `%` needs `%25`.
		if (!/[\s<>()%]/.test(plain)) return plain;
		if (!/[<>%]/.test(plain)) return "<" + plain + ">";
	}
	return "#" + segments.map(percentSegment).join("#");
}

/**
 * The TOC text (no trailing line ending) for a note's headings in `style`.
 *
 * @example
 * // headings "# 개요", "## 컨테이너 기술 발전"; tab indent, "-", Markdown, parent paths, percent
 * generateToc(scan, style);
 * // "- [개요](#개요)\n\t- [컨테이너 기술 발전](#개요#컨테이너%20기술%20발전)"
 */
export function generateToc(scan: NoteScan, style: TocStyle, hostHeading: number | null = null): string {
	const items = tocHeadings(scan.headings, style, hostHeading);
	const ordered = /^\d/.test(style.marker);
	const delimiter = style.marker.slice(-1);
	const counters: number[] = [];
	const lines: string[] = [];
	for (const item of items) {
		const h = scan.headings[item.index];
		if (!h) continue;
		counters.length = item.depth + 1;
		counters[item.depth] = (counters[item.depth] ?? 0) + 1;
		const marker = ordered ? `${counters[item.depth] ?? 1}${delimiter}` : style.marker;
		let link: string;
		if (style.linkKind === "wiki") {
			// Targets lose their brackets (see wikiSegment) and an alias ending in `]` gets a space.
			const target = "#" + item.segments.map(wikiSegment).join("#");
			const alias = wikiAlias(h.text);
			link = style.wikiAlias ? `[[${target}|${alias}${alias.endsWith("]") ? " " : ""}]]` : `[[${target}]]`;
		} else {
			link = `[${escapeLinkText(h.text)}](${destination(item.segments, style)})`;
		}
		lines.push(style.indentUnit.repeat(item.depth) + marker + " " + link);
	}
	return lines.join(style.lineEnding);
}
