/**
 * Fast heading-path lookups for the checker. `resolveHeadingPath` walks every
 * heading for every link, which is quadratic on a long note full of links. Here
 * each headings array gets (once, cached) a map from heading key to positions and
 * the end of each heading's section, so a path that resolves strictly is found in
 * O(segments · log n). Only paths that do not resolve strictly (rare: broken or
 * fragile links) fall back to the full two-reading walk.
 */
import type { OutlineHeading } from "../model/scan";
import { headingKey } from "../resolve/heading-normalize";
import { parseSubpath, resolveHeadingPath } from "../resolve/heading-path";
import type { HeadingPathResult, ParsedSubpath } from "../resolve/heading-path";
import { detach } from "../resolve/detach";

interface HeadingTable {
	byKey: Map<string, number[]>;
	/** Index of the first later heading at the same or a higher level (`headings.length` when none). */
	sectionEnd: Int32Array;
}

const tables = new WeakMap<readonly OutlineHeading[], HeadingTable>();

const keyLists = new WeakMap<readonly OutlineHeading[], string[]>();

/**
 * `headingKey` of every heading, cached per array and per text (a note re-scanned
 * after an edit has new heading objects but mostly the same texts).
 *
 * @example
 * headingKeyList(scanNote("# What is Docker?\n").headings); // ["what is docker"]
 */
export function headingKeyList(headings: readonly OutlineHeading[]): string[] {
	let keys = keyLists.get(headings);
	if (!keys || keys.length !== headings.length) {
		keys = headings.map((h) => keyOf(h.text));
		keyLists.set(headings, keys);
	}
	return keys;
}

function tableOf(headings: readonly OutlineHeading[]): HeadingTable {
	let table = tables.get(headings);
	if (table) return table;
	const keys = headingKeyList(headings);
	const byKey = new Map<string, number[]>();
	for (let i = 0; i < keys.length; i++) {
		const k = keys[i] ?? "";
		const list = byKey.get(k);
		if (list) list.push(i);
		else byKey.set(k, [i]);
	}
	const n = headings.length;
	const sectionEnd = new Int32Array(n).fill(n);
	const stack: number[] = [];
	for (let i = 0; i < n; i++) {
		const level = headings[i]?.level ?? 1;
		while (stack.length > 0 && (headings[stack[stack.length - 1] ?? 0]?.level ?? 0) >= level) sectionEnd[stack.pop() ?? 0] = i;
		stack.push(i);
	}
	table = { byKey, sectionEnd };
	tables.set(headings, table);
	return table;
}

// Segment keys repeat a lot (parents, "Limitations", "실습"); `headingKey` runs two regexes.
const segmentKeys = new Map<string, string>();

function keyOf(segment: string): string {
	let k = segmentKeys.get(segment);
	if (k === undefined) {
		if (segmentKeys.size > 20000) segmentKeys.clear();
		const key = detach(segment);
		k = headingKey(key);
		segmentKeys.set(key, k);
	}
	return k;
}

// Keys of a parsed path's segments (parsed subpaths are cached and shared, see `parseSubpath`).
const segmentKeyLists = new WeakMap<readonly string[], string[]>();

/** First element of a sorted list that is > `after`, or -1. */
function firstAfter(list: readonly number[], after: number): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((list[mid] ?? 0) <= after) lo = mid + 1;
		else hi = mid;
	}
	return lo < list.length ? (list[lo] ?? -1) : -1;
}

/**
 * Up to this many headings a plain walk is as fast as the table and needs no memory
 * (a vault's outlines are mostly small; tables for all of them were ~10% of a large vault's heap).
 */
const SMALL_OUTLINE = 64;

/** The strict reading by a forward walk: each segment's first match inside the previous one's section; -1 when none. */
function strictLinear(headings: readonly OutlineHeading[], keys: readonly string[], segs: readonly string[]): number {
	let cur = keys.indexOf(segs[0] ?? "");
	for (let k = 1; k < segs.length && cur >= 0; k++) {
		const level = headings[cur]?.level ?? 0;
		let next = -1;
		for (let j = cur + 1; j < keys.length && (headings[j]?.level ?? 0) > level; j++) {
			if (keys[j] === segs[k]) {
				next = j;
				break;
			}
		}
		cur = next;
	}
	return cur;
}

const NONE: HeadingPathResult = { strict: null, ordered: null, candidates: [] };

/**
 * Same result as `resolveHeadingPath(headings, subpath)`, faster when the path
 * resolves strictly (then the document-order reading gives the same heading).
 * `parsed` may be passed when the caller already split the subpath.
 *
 * @example
 * lookupHeadingPath(scan.headings, "#Virtualized Deployment#문제점"); // { strict: 6, ordered: 6, candidates: [3, 6] }
 */
export function lookupHeadingPath(headings: readonly OutlineHeading[], subpath: string, parsed: ParsedSubpath = parseSubpath(subpath.startsWith("#") ? subpath : "#" + subpath)): HeadingPathResult {
	if (parsed.kind !== "heading") return NONE;
	let segs = segmentKeyLists.get(parsed.segments);
	if (segs === undefined) {
		segs = parsed.segments.map(keyOf);
		segmentKeyLists.set(parsed.segments, segs);
	}
	if (headings.length <= SMALL_OUTLINE) {
		const cur = strictLinear(headings, headingKeyList(headings), segs);
		if (cur < 0) return resolveHeadingPath(headings, subpath);
		const candidates: number[] = [];
		const keys = headingKeyList(headings);
		const last = segs[segs.length - 1];
		for (let i = 0; i < keys.length; i++) if (keys[i] === last) candidates.push(i);
		return { strict: cur, ordered: cur, candidates };
	}
	const { byKey, sectionEnd } = tableOf(headings);
	const candidates = byKey.get(segs[segs.length - 1] ?? "") ?? [];
	if (candidates.length === 0) return { strict: null, ordered: null, candidates: [] };
	let cur = (byKey.get(segs[0] ?? "") ?? [])[0] ?? -1;
	for (let k = 1; k < segs.length && cur >= 0; k++) {
		const next = firstAfter(byKey.get(segs[k] ?? "") ?? [], cur);
		cur = next >= 0 && next < (sectionEnd[cur] ?? 0) ? next : -1;
	}
	if (cur >= 0) return { strict: cur, ordered: cur, candidates: [...candidates] };
	return resolveHeadingPath(headings, subpath);
}
