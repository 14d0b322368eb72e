/** Fixes that rewrite or insert a note's TOC (safe: they only restate the headings). */
import type { Fix, TextEdit } from "../model/diagnostic";
import { scanNote } from "../scan/scan-note";
import { compareToc } from "./compare-toc";
import type { NoteScan } from "../model/scan";
import type { CheckSettings } from "../model/settings";
import { LineIndex } from "../model/position";
import { messagesFor } from "../i18n/index";
import { lookupHeadingPath } from "../rules/heading-lookup";
import { findToc } from "./find-toc";
import { generateToc } from "./generate-toc";
import { memoTocFix, tocFixKey } from "./toc-fix-cache";
import type { TocBlock, TocStyle } from "./toc-types";

/** The style a new TOC gets: the seed's (tabs, `-`, Markdown links, immediate parent), encoded per settings. */
export function defaultTocStyle(scan: NoteScan, settings: Pick<CheckSettings, "linkEncoding">): TocStyle {
	const levels = scan.headings.map((h) => h.level);
	return {
		indentUnit: "\t",
		marker: "-",
		linkKind: "markdown",
		wikiAlias: false,
		pathStyle: "parent",
		encoding: settings.linkEncoding,
		minLevel: levels.length > 0 ? Math.min(...levels) : 1,
		maxLevel: 6,
		lineEnding: scan.text.includes("\r\n") ? "\r\n" : "\n",
		depthMode: "tree",
	};
}

/** The TOC's own style with `raw` encoding replaced by the setting (generated links must parse). */
export function writableStyle(toc: TocBlock, settings: Pick<CheckSettings, "linkEncoding">): TocStyle {
	return toc.style.encoding === "raw" ? { ...toc.style, encoding: settings.linkEncoding } : toc.style;
}

/**
 * Whether the note with the regenerated TOC has a TOC made of exactly the new
 * lines, matching the headings: otherwise (a heading no link can express, odd
 * nesting) the fix is withheld rather than risk a fix that does not converge.
 */
function regeneratesCleanly(scan: NoteScan, edit: TextEdit, next: string): boolean {
	const text = scan.text.slice(0, edit.span.start.offset) + next + scan.text.slice(edit.span.end.offset);
	const after = scanNote(text);
	const toc = findToc(after);
	const lines = next.split(/\r\n|\n|\r/).length;
	if (!toc) {
		// One entry is no list a TOC is found by (one heading left to list): its link must parse and open a heading.
		const link = after.links.find((l) => l.span.start.offset >= edit.span.start.offset);
		return lines === 1 && link?.parsed === true && link.span.start.line === edit.span.start.line && lookupHeadingPath(after.headings, link.subpath).strict !== null;
	}
	return toc.span.start.offset === edit.span.start.offset && toc.entries.length === lines && !compareToc(after, toc).stale;
}

/**
 * A fix that regenerates the note's TOC in its own style, or `null` when the
 * note has no TOC or the regenerated text is what is already there.
 *
 * @example
 * const fix = tocFix(scan, settings);
 * if (fix) applyEdits(scan.text, fix.edits);
 */
export function tocFix(scan: NoteScan, settings: Pick<CheckSettings, "linkEncoding" | "language">, toc: TocBlock | null = findToc(scan)): Fix | null {
	if (!toc) return null;
	const current = scan.text.slice(toc.span.start.offset, toc.span.end.offset);
	const style = writableStyle(toc, settings);
	// Re-checks after an edit mostly see the same headings and TOC: reuse the verdict.
	const next = memoTocFix(tocFixKey(scan, toc, style), () => {
		const text = generateToc(scan, style, toc.hostHeading);
		return text === current || text === "" || !regeneratesCleanly(scan, { span: toc.span, expected: current, text }, text) ? null : text;
	});
	if (next === null) return null;
	return { title: messagesFor(settings.language).tocStaleFix(), safe: true, edits: [{ span: toc.span, expected: current, text: next }] };
}

/**
 * A fix that inserts a TOC (explicit command only): after the front matter, in
 * the default style, followed by a blank line. A note that already has a TOC
 * gets its regeneration instead (no edits when it is current).
 *
 * @example
 * const fix = insertTocFix(scanNote("# 개요\n## 설치\n"), DEFAULT_CHECK_SETTINGS);
 * // fix.edits[0].text === "- [개요](#개요)\n\t- [설치](#개요#설치)\n\n"
 */
export function insertTocFix(scan: NoteScan, settings: Pick<CheckSettings, "linkEncoding" | "language">): Fix {
	const t = messagesFor(settings.language);
	const existing = findToc(scan);
	if (existing) return tocFix(scan, settings, existing) ?? { title: t.tocStaleFix(), safe: true, edits: [] };
	const style = defaultTocStyle(scan, settings);
	const toc = generateToc(scan, style, null);
	if (toc === "") return { title: t.tocInsertFix(), safe: true, edits: [] };
	const index = new LineIndex(scan.text);
	let offset = 0;
	if (scan.frontMatter && scan.frontMatter.closed) {
		const line = scan.frontMatter.span.end.line;
		const next = scan.lineStarts[line];
		offset = next === undefined ? scan.text.length : next;
	} else if (scan.text.charCodeAt(0) === 0xfeff) offset = 1;
	// A note that ends right after its front matter fence needs a line break first.
	const needsBreak = offset === scan.text.length && offset > 0 && !/[\r\n]$/.test(scan.text);
	const text = (needsBreak ? style.lineEnding : "") + toc + style.lineEnding + style.lineEnding;
	return { title: t.tocInsertFix(), safe: true, edits: [{ span: index.span(offset, offset), expected: "", text }] };
}
