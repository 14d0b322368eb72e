/**
 * A small bounded cache of regenerated TOC texts. Regenerating a TOC and proving
 * it converges (`regeneratesCleanly` re-scans the whole note) costs more than
 * the rest of a re-check, yet a keystroke in a body line changes neither the
 * headings nor the TOC. The key holds everything the verdict depends on: the
 * text up to the first heading after the TOC (front matter, title, the TOC and
 * what follows it in its section), every heading's level and text, the host
 * heading and the TOC style. Spans are never cached: the caller rebuilds the fix.
 */
import type { Heading, NoteScan } from "../model/scan";
import type { TocBlock, TocStyle } from "./toc-types";

const MAX_ENTRIES = 64;

/** key => regenerated text, or `null` when no fix is offered. Map order = recency. */
const entries = new Map<string, string | null>();

const headingSignatures = new WeakMap<readonly Heading[], string>();

function headingSignature(headings: readonly Heading[]): string {
	let sig = headingSignatures.get(headings);
	if (sig === undefined) {
		sig = "";
		for (const h of headings) sig += h.level + h.text + "\n";
		headingSignatures.set(headings, sig);
	}
	return sig;
}

/** Offset of the first heading line starting at or after `offset` (text length when none). */
function nextHeadingOffset(scan: NoteScan, offset: number): number {
	const hs = scan.headings;
	let lo = 0;
	let hi = hs.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((hs[mid]?.span.start.offset ?? 0) < offset) lo = mid + 1;
		else hi = mid;
	}
	return hs[lo]?.span.start.offset ?? scan.text.length;
}

/**
 * The cache key of a TOC fix for `toc` in `scan` written in `style`.
 *
 * @example
 * const key = tocFixKey(scan, toc, writableStyle(toc, settings));
 * cachedTocFix(key); // undefined the first time
 */
export function tocFixKey(scan: NoteScan, toc: TocBlock, style: TocStyle): string {
	const s = style;
	const head = `${s.indentUnit}\u0000${s.marker}\u0000${s.linkKind}\u0000${String(s.wikiAlias)}\u0000${s.pathStyle}\u0000${s.encoding}\u0000${s.minLevel}\u0000${s.maxLevel}\u0000${s.lineEnding}\u0000${s.depthMode}\u0000${String(toc.hostHeading)}\u0000${toc.span.start.offset}\u0000${toc.span.end.offset}\u0000`;
	return head + headingSignature(scan.headings) + "\u0000" + scan.text.slice(0, nextHeadingOffset(scan, toc.span.end.offset));
}

/**
 * The cached regenerated text for `key` (`null` = no fix), or `undefined` when not cached.
 *
 * @example
 * cachedTocFix("k"); // undefined
 */
export function cachedTocFix(key: string): string | null | undefined {
	const value = entries.get(key);
	if (value === undefined) return undefined;
	// Refresh recency.
	entries.delete(key);
	entries.set(key, value);
	return value;
}

/**
 * Remembers the regenerated text for `key` (`null` = no fix), evicting the least recently used entry.
 *
 * @example
 * rememberTocFix("k", "- [개요](#개요)");
 * cachedTocFix("k"); // "- [개요](#개요)"
 */
export function rememberTocFix(key: string, next: string | null): void {
	entries.delete(key);
	entries.set(key, next);
	if (entries.size > MAX_ENTRIES) {
		const oldest = entries.keys().next();
		if (!oldest.done) entries.delete(oldest.value);
	}
}
