/**
 * `scanNote`: see a note as Obsidian sees it, in one linear pass.
 */
import { LineIndex, lineStartsOf } from "../model/position";
import type { FrontMatter, LinkRef, NoteScan, ScanOptions } from "../model/scan";
import { scanBody } from "./blocks";
import { InlineScanner } from "./inline";
import { frontMatterTagsOf, readFrontMatter } from "./front-matter";
import { splitSize } from "./link-parts";
import { normalizeLabel, ScanState } from "./state";

/** Turns `[text][label]` candidates that have a definition into `reference` links. */
function resolveReferences(s: ScanState): number {
	let added = 0;
	if (s.definitions.size === 0) return 0;
	for (const r of s.refs) {
		const def = s.definitions.get(normalizeLabel(r.label));
		if (!def) continue;
		let text = s.text.slice(r.textStart, r.textEnd);
		let size: string | null = null;
		if (r.embed) {
			const split = splitSize(text);
			if (split.size !== null) {
				text = split.text;
				size = split.size;
			}
		}
		const ref: LinkRef = {
			syntax: "reference",
			embed: r.embed,
			span: s.span(r.start, r.end),
			text,
			destination: def.destination,
			destSpan: def.destSpan,
			angle: def.angle,
			linktext: def.linktext,
			path: def.path,
			subpath: def.subpath,
			size,
			external: def.external,
			parsed: def.parsed,
			unparsedReason: def.unparsedReason,
			inComment: r.inComment,
			label: r.label,
		};
		s.links.push(ref);
		added++;
	}
	return added;
}

/**
 * A property line whose value is one `[[...]]`: `key: ` (top level) or a list item's `- `, then
 * the link in quotes or not, then nothing but a `# comment` (spaces only: YAML does not indent
 * with tabs). Groups: what precedes the link, the quote, the link. Only the trailing spaces can
 * be matched in two ways, so a line costs about its length.
 */
const VALUE_LINK = /^((?:[^\s#:-][^:\n]*:| *-) +(["']?))(\[\[(?:[^\]\n]|\](?!\]))*\]\])\2(?: +#.*)? *\r?$/gm;

/** A top-level property whose value is a flow list on its line (`related: ["[[A]]", "[[B]]"]`). Groups: up to the `[`, the items. */
const FLOW_LIST = /^([^\s#:-][^:\n]*:[ \t]*\[)(.*)\][ \t]*(?:#.*)?\r?$/gm;
/** A quoted item of a flow list that is one wikilink. Groups: the quote, the link. */
const QUOTED_LINK = /(["'])(\[\[(?:[^\]\n]|\](?!\]))*\]\])\1/g;

/**
 * Scans the links in properties, Obsidian's `frontmatterLinks`: a text property, or an
 * item of a list property, whose whole value is one `[[...]]`, written in quotes as
 * Obsidian's help asks (`related: "[[Docker#개요]]"`). Each is scanned where it is written,
 * like any wikilink, when YAML read that very text as the value (not with a YAML escape in
 * it). A value written without quotes (`up: [[Docker#개요]]`) is a list in a list to YAML,
 * so Obsidian drops it as a link: it is recorded as an unparsed link (`unquoted`), its
 * target still checked. A quoted link in a flow list on one line (`related: ["[[A]]", "[[B]]"]`) is
 * read too; values after an anchor (`&a "[[A]]"`) are not.
 *
 * @example
 * // '---\nup: "[[Docker#개요]]"\n---\n' => one wiki link on line 2, destination "Docker#개요"
 */
function scanPropertyLinks(s: ScanState, fm: FrontMatter): void {
	if (!fm.data || !fm.raw.includes("[[")) return;
	// Top-level values and list items (a quoted link), and the strings YAML found in a `[[...]]`
	// without quotes. At most as many visits as the text has characters: YAML aliases can make
	// a few lines hold millions of values (js-yaml, the CLI's parser, does not limit them).
	const values = new Set<unknown>();
	let visits = fm.raw.length;
	const add = (v: unknown): unknown => visits-- > 0 && (Array.isArray(v) ? v.forEach(add) : values.add(v));
	add(Object.values(fm.data));
	const inline = new InlineScanner(s);
	for (const m of fm.raw.matchAll(VALUE_LINK)) {
		const link = m[3] as string;
		const unquoted = m[2] === "";
		if (!values.has(unquoted ? link.slice(2, -2) : link)) continue;
		const at = fm.rawSpan.start.offset + m.index + (m[1] as string).length;
		const count = s.links.length;
		inline.scan(at, at + link.length);
		const ref = s.links[count];
		if (ref && unquoted) {
			ref.parsed = false;
			ref.unparsedReason = "unquoted";
		}
	}
	for (const m of fm.raw.matchAll(FLOW_LIST)) {
		const items = fm.rawSpan.start.offset + m.index + (m[1] as string).length;
		for (const q of (m[2] as string).matchAll(QUOTED_LINK)) {
			const link = q[2] as string;
			const at = items + q.index + 1;
			if (values.has(link)) inline.scan(at, at + link.length);
		}
	}
}

/**
 * `scanNote` without its safety net: internal errors propagate. For tests, which
 * must see scanner bugs instead of an empty fallback scan.
 *
 * @example
 * scanNoteUnguarded("# Title").headings.length; // 1
 */
export function scanNoteUnguarded(text: string, options: ScanOptions = {}): NoteScan {
	const index = new LineIndex(text);
	const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const { frontMatter, bodyStart } = readFrontMatter(text, start, index, options.parseFrontMatter);
	const s = new ScanState(text, index);
	if (frontMatter && frontMatter.closed) {
		s.region("frontmatter", frontMatter.span.start.offset, frontMatter.span.end.offset);
		scanPropertyLinks(s, frontMatter);
	}
	scanBody(s, bodyStart);
	if (resolveReferences(s) > 0) s.links.sort((a, b) => a.span.start.offset - b.span.start.offset);
	const regions = s.regions;
	for (let i = 1; i < regions.length; i++) {
		if ((regions[i - 1]?.span.start.offset ?? 0) > (regions[i]?.span.start.offset ?? 0)) {
			regions.sort((a, b) => a.span.start.offset - b.span.start.offset);
			break;
		}
	}
	const fmTags = frontMatterTagsOf(frontMatter, text, index);
	return {
		text,
		lineStarts: index.lineStarts,
		frontMatter,
		frontMatterTags: fmTags.tags,
		headings: s.headings,
		links: s.links,
		blockIds: s.blockIds,
		tags: fmTags.records.concat(s.bodyTags),
		regions: s.regions,
	};
}

/**
 * Only the headings and block ids of a note, exactly as {@link scanNote} finds them,
 * for a note that is only a link target for now: the front matter is not parsed and
 * the inline pass runs only on the few lines that can change the outline. Never throws.
 *
 * @example
 * scanOutline("# 개요\ntext ^blk\n").blockIds[0]?.id; // "blk"
 */
export function scanOutline(text: string): Pick<NoteScan, "headings" | "blockIds"> {
	try {
		const index = new LineIndex(text);
		const { bodyStart } = readFrontMatter(text, text.charCodeAt(0) === 0xfeff ? 1 : 0, index, undefined);
		const s = new ScanState(text, index);
		s.outlineOnly = true;
		scanBody(s, bodyStart);
		return { headings: s.headings, blockIds: s.blockIds };
	} catch {
		// As `scanNote`'s fallback: nothing found.
		return { headings: [], blockIds: [] };
	}
}

/**
 * Scans a note: front matter, headings, links and embeds (parsed or not), block
 * ids, tags and the regions that are not prose, each with its exact range.
 * Never throws; linear in the length of the text.
 *
 * @example
 * const scan = scanNote("# 개요\n- [Hypervisor](#Virtualized Deployment#Hypervisor)\n#Container");
 * scan.headings[0].text; // "개요"
 * scan.links[0].parsed; // false (raw space in the destination)
 * scan.tags.map((t) => t.tag); // ["#Container"]
 */
export function scanNote(text: string, options: ScanOptions = {}): NoteScan {
	const source = typeof text === "string" ? text : String(text ?? "");
	try {
		return scanNoteUnguarded(source, options ?? {});
	} catch {
		// A scanner bug must not take the plugin down: fall back to an empty scan.
		return {
			text: source,
			lineStarts: lineStartsOf(source),
			frontMatter: null,
			frontMatterTags: { values: [], commaString: false, keySpan: null },
			headings: [],
			links: [],
			blockIds: [],
			tags: [],
			regions: [],
		};
	}
}
