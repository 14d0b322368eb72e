/**
 * Heading-path lookups for the TOC and fix code: `resolveHeadingPath` with the path's
 * segment keys remembered per parsed subpath (they look up the same paths again and
 * again), so a lookup is the strict forward walk, and the document-order walk only for
 * paths that do not resolve strictly (rare: broken or fragile links). The checker's
 * one lookup per link parses afresh instead (see `splitSubpath`).
 */
import type { OutlineHeading } from "../model/scan";
import { keyOf, parseSubpath, resolveHeadingKeys } from "../resolve/heading-path";
import type { HeadingPathResult } from "../resolve/heading-path";

// Keys of a parsed path's segments (parsed subpaths are cached and shared, see `parseSubpath`).
const segmentKeyLists = new WeakMap<readonly string[], string[]>();

const NONE: HeadingPathResult = { strict: null, ordered: null, candidates: [] };

/**
 * Same result as `resolveHeadingPath(headings, subpath)`, without splitting and
 * normalising the path's segments again.
 *
 * @example
 * lookupHeadingPath(scan.headings, "#Virtualized Deployment#문제점"); // { strict: 6, ordered: 6, candidates: [3, 6] }
 */
export function lookupHeadingPath(headings: readonly OutlineHeading[], subpath: string): HeadingPathResult {
	// Only cached parses: their segment arrays live on, so keying the keys by them is worth it.
	const parsed = parseSubpath(subpath.startsWith("#") ? subpath : "#" + subpath);
	if (parsed.kind !== "heading") return NONE;
	let segs = segmentKeyLists.get(parsed.segments);
	if (segs === undefined) {
		segs = parsed.segments.map(keyOf);
		segmentKeyLists.set(parsed.segments, segs);
	}
	return resolveHeadingKeys(headings, segs);
}
