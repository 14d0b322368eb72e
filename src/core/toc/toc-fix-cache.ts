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

/** key => regenerated text, or `null` when no fix is offered; oldest first. */
const entries = new Map<string, string | null>();

const signatures = new WeakMap<readonly Heading[], string>();

/**
 * The cache key of a TOC fix for `toc` in `scan` written in `style`.
 *
 * @example
 * memoTocFix(tocFixKey(scan, toc, style), () => generateToc(scan, style, toc.hostHeading));
 */
export function tocFixKey(scan: NoteScan, toc: TocBlock, style: TocStyle): string {
	const end = toc.span.end.offset;
	let sig = signatures.get(scan.headings);
	if (sig === undefined) {
		sig = "";
		for (const h of scan.headings) sig += h.level + h.text + "\n";
		signatures.set(scan.headings, sig);
	}
	const next = scan.headings.find((h) => h.span.start.offset >= end);
	return `${sig}${JSON.stringify(style)}${String(toc.hostHeading)}\u0000${toc.span.start.offset}-${end}\u0000${scan.text.slice(0, next ? next.span.start.offset : scan.text.length)}`;
}

/**
 * The regenerated text for `key` (`null` = no fix), computed once per key; at most 64 keys are kept.
 *
 * @example
 * memoTocFix("k", () => "- [개요](#개요)"); // "- [개요](#개요)", and from the cache next time
 */
export function memoTocFix(key: string, compute: () => string | null): string | null {
	let value = entries.get(key);
	if (value === undefined) {
		value = compute();
		if (entries.size >= 64) entries.delete(entries.keys().next().value ?? "");
		entries.set(key, value);
	}
	return value;
}
