/**
 * Fast heading-path lookups for the checker. `resolveHeadingPath` tries two readings
 * over every heading for every link, which is quadratic on a long note full of links.
 * Here a path is first walked forward under the strict reading (each segment's first
 * match inside the previous one's section), with the heading keys computed once per
 * outline; only paths that do not resolve strictly (rare: broken or fragile links)
 * fall back to the full two-reading walk.
 */
import type { OutlineHeading } from "../model/scan";
import { headingKeys, keyOf, parseSubpath, resolveHeadingPath } from "../resolve/heading-path";
import type { HeadingPathResult, ParsedSubpath } from "../resolve/heading-path";

// Long outlines: heading key → its positions, so candidates need no pass over every heading.
const tables = new WeakMap<readonly OutlineHeading[], Map<string, number[]>>();

function byKeyOf(headings: readonly OutlineHeading[]): Map<string, number[]> {
	let byKey = tables.get(headings);
	if (byKey) return byKey;
	const keys = headingKeys(headings);
	byKey = new Map<string, number[]>();
	for (let i = 0; i < keys.length; i++) {
		const k = keys[i] ?? "";
		const list = byKey.get(k);
		if (list) list.push(i);
		else byKey.set(k, [i]);
	}
	tables.set(headings, byKey);
	return byKey;
}

// Keys of a parsed path's segments (parsed subpaths are cached and shared, see `parseSubpath`).
const segmentKeyLists = new WeakMap<readonly string[], string[]>();

/**
 * Up to this many headings a pass over the keys finds the candidates as fast as an index
 * and needs no memory (a vault's outlines are mostly small; indexes for all of them were ~10% of a large vault's heap).
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
	const keys = headingKeys(headings);
	const last = segs[segs.length - 1] ?? "";
	let candidates: number[] = [];
	if (headings.length > SMALL_OUTLINE) candidates = [...(byKeyOf(headings).get(last) ?? [])];
	else for (let i = 0; i < keys.length; i++) if (keys[i] === last) candidates.push(i);
	if (candidates.length === 0) return { strict: null, ordered: null, candidates };
	const cur = strictLinear(headings, keys, segs);
	// A path that resolves strictly resolves to the same heading in document order.
	return cur >= 0 ? { strict: cur, ordered: cur, candidates } : resolveHeadingPath(headings, subpath);
}
