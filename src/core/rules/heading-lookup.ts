/**
 * Heading-path lookups for the checker: `resolveHeadingPath` with the path's segment
 * keys remembered per parsed subpath (the checker looks up the same links again and
 * again), so a lookup is the strict forward walk, and the document-order walk only for
 * paths that do not resolve strictly (rare: broken or fragile links).
 */
import type { OutlineHeading } from "../model/scan";
import { keyOf, parseSubpath, resolveHeadingKeys } from "../resolve/heading-path";
import type { HeadingPathResult, ParsedSubpath } from "../resolve/heading-path";

// Keys of a parsed path's segments (parsed subpaths are cached and shared, see `parseSubpath`).
const segmentKeyLists = new WeakMap<readonly string[], string[]>();

const NONE: HeadingPathResult = { strict: null, ordered: null, candidates: [] };

/**
 * Same result as `resolveHeadingPath(headings, subpath)`, without splitting and
 * normalising the path's segments again. `parsed` may be passed when the caller already split the subpath.
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
	return resolveHeadingKeys(headings, segs);
}
