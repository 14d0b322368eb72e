/**
 * Fast heading-path lookups for the checker. `resolveHeadingPath` tries two readings
 * over every heading for every link, which is quadratic on a long note full of links.
 * Here a path is first walked forward under the strict reading (each segment's first
 * match inside the previous one's section), with the heading keys computed once per
 * outline; only paths that do not resolve strictly (rare: broken or fragile links)
 * fall back to the full two-reading walk.
 */
import type { OutlineHeading } from "../model/scan";
import { headingKeys, headingPositions, keyOf, parseSubpath, resolveHeadingKeys } from "../resolve/heading-path";
import type { HeadingPathResult, ParsedSubpath } from "../resolve/heading-path";

// Keys of a parsed path's segments (parsed subpaths are cached and shared, see `parseSubpath`).
const segmentKeyLists = new WeakMap<readonly string[], string[]>();

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
	const candidates = headingPositions(headings, segs[segs.length - 1] ?? "");
	if (candidates.length === 0) return { strict: null, ordered: null, candidates };
	const cur = strictLinear(headings, headingKeys(headings), segs);
	// A path that resolves strictly resolves to the same heading in document order.
	return cur >= 0 ? { strict: cur, ordered: cur, candidates } : resolveHeadingKeys(headings, segs);
}
