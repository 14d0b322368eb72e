/**
 * Whether a TOC still matches the note's headings: each listed heading has one
 * entry, in order, at its depth. Entries are compared by the heading they reach,
 * not by their text, so an unparsed-but-correct TOC is not stale (the
 * `link-unparsed` rule reports those links).
 */
import type { NoteScan } from "../model/scan";
import type { TocDiff } from "../i18n/catalog";
import { reachable, tocLayout } from "./generate-toc";
import { headingKeys } from "../resolve/heading-path";
import type { TocBlock, TocEntry } from "./toc-types";

/** A {@link TocDiff} plus the verdict. */
export interface TocComparison extends TocDiff {
	stale: boolean;
	/**
	 * Entries meant for a heading no link can reach (an earlier heading has the same
	 * path, as three "## 실습" under one "# NameSpace"): `first` is where Obsidian goes,
	 * `twin` the heading the entry stands for (indices into the headings).
	 */
	twins: { entry: TocEntry; first: number; twin: number }[];
}

/**
 * Compares a TOC with the headings it should list.
 *
 * @example
 * const toc = findToc(scan);
 * if (toc && compareToc(scan, toc).stale) { ... }
 */
export function compareToc(scan: NoteScan, toc: TocBlock): TocComparison {
	const expected = tocLayout(scan.headings, toc.style, toc.hostHeading);
	const position = new Map<number, number>();
	expected.forEach((item, i) => position.set(item.index, i));
	const keys = headingKeys(scan.headings);
	const keyOf = (i: number): string => keys[i] ?? "";
	const seen = new Set<number>();
	const extra: string[] = [];
	const order: number[] = [];
	const twins: TocComparison["twins"] = [];
	let nesting = false;
	for (const entry of toc.entries) {
		let target = entry.target;
		if (target !== null && (seen.has(target) || !position.has(target))) {
			// A twin heading no path can reach (same text under the same parents): an entry
			// that names it but lands on its first twin is the best any TOC can do.
			const key = keyOf(target);
			const twin = expected.find((item) => !seen.has(item.index) && item.index !== target && keyOf(item.index) === key && !reachable(scan.headings, item.index));
			if (twin) twins.push({ entry, first: target, twin: twin.index });
			target = twin ? twin.index : null;
		}
		const pos = target === null ? undefined : position.get(target);
		if (target === null || pos === undefined || seen.has(target)) {
			extra.push(entry.link.text || entry.link.destination);
			continue;
		}
		seen.add(target);
		order.push(pos);
		if (expected[pos]?.depth !== entry.depth) nesting = true;
	}
	const missing = expected.filter((item) => !seen.has(item.index)).map((item) => scan.headings[item.index]?.text ?? "");
	let reordered = false;
	for (let i = 1; i < order.length; i++) if ((order[i] ?? 0) < (order[i - 1] ?? 0)) reordered = true;
	return { missing, extra, reordered, nesting, stale: missing.length > 0 || extra.length > 0 || reordered || nesting, twins };
}
