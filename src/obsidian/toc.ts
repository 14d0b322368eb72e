/**
 * Table-of-contents fixes with the plugin's "TOC style" setting applied: `auto` keeps the
 * note's own style (the core's behaviour); `markdown`/`wiki` force the link kind.
 */
import type { Fix } from "../core/model/diagnostic";
import type { NoteScan } from "../core/model/scan";
import type { CheckSettings } from "../core/model/settings";
import { messagesFor } from "../core/i18n";
import { defaultTocStyle, findToc, generateToc, insertTocFix, tocFix, writableStyle } from "../core/toc";
import type { TocStyle } from "../core/toc";
import type { TocStyleSetting } from "./settings";

type TocSettings = Pick<CheckSettings, "linkEncoding" | "language">;

/**
 * `style` with the "TOC style" setting applied.
 *
 * @example
 * forced(style, "wiki").linkKind; // "wiki"; forced(style, "auto") === style
 */
export function forced(style: TocStyle, setting: TocStyleSetting): TocStyle {
	if (setting === "auto" || style.linkKind === setting) return style;
	return { ...style, linkKind: setting, wikiAlias: setting === "wiki" };
}

/**
 * The fix that regenerates the note's TOC, or `null` when it has none or it is up to date.
 *
 * @example
 * updateTocFix(scan, { linkEncoding: "percent", language: "en" }, "auto"); // same as the core's tocFix
 */
export function updateTocFix(scan: NoteScan, settings: TocSettings, setting: TocStyleSetting): Fix | null {
	const toc = findToc(scan);
	if (!toc) return null;
	if (setting === "auto") return tocFix(scan, settings, toc);
	const current = scan.text.slice(toc.span.start.offset, toc.span.end.offset);
	const next = generateToc(scan, forced(writableStyle(toc, settings), setting), toc.hostHeading);
	if (next === current || next === "") return null;
	return { title: messagesFor(settings.language).tocStaleFix(), safe: true, edits: [{ span: toc.span, expected: current, text: next }] };
}

/**
 * The fix that inserts a TOC at the top of the note (after front matter); when the note
 * has one, the fix that updates it (`null` when it is up to date). No edits when the
 * note has no headings.
 *
 * @example
 * insertFix(scan, { linkEncoding: "percent", language: "ko" }, "wiki")?.edits[0]?.text; // "- [[#개요|개요]]\n..."
 */
export function insertFix(scan: NoteScan, settings: TocSettings, setting: TocStyleSetting): Fix | null {
	if (findToc(scan)) return updateTocFix(scan, settings, setting);
	const fix = insertTocFix(scan, settings);
	const base = defaultTocStyle(scan, settings);
	const style = forced(base, setting);
	if (style === base) return fix;
	const from = generateToc(scan, base, null);
	const to = generateToc(scan, style, null);
	return { ...fix, edits: fix.edits.map((e) => ({ ...e, text: e.text.replace(from, () => to) })) };
}
