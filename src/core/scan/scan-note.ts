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
 * Scans the links in properties, Obsidian's `frontmatterLinks`: a text property, or an
 * item of a list property, whose whole value is one `[[...]]`, written in quotes as
 * Obsidian's help asks (`related: "[[Docker#개요]]"`). Each value is matched to a quoted
 * `[[...]]` in the front matter's text (not in a `#` comment line) and scanned there like
 * any wikilink, so its span is exact; a value with no such text (a YAML escape in it, an
 * alias) is left out. Linear: the text is read once, whatever the values.
 *
 * @example
 * // '---\nup: "[[Docker#개요]]"\n---\n' => one wiki link on line 2, destination "Docker#개요"
 */
function scanPropertyLinks(s: ScanState, fm: FrontMatter): void {
	const raw = fm.raw;
	let at = raw.indexOf("[[");
	if (at < 0) return;
	// Every quoted `[[...]]` of the text, by its text, in order.
	const places = new Map<string, number[]>();
	let close = -1;
	for (; at >= 0; at = raw.indexOf("[[", at + 2)) {
		if (close < at) close = raw.indexOf("]]", at);
		if (close < 0) break;
		const quote = raw[at - 1];
		if ((quote === '"' || quote === "'") && raw[close + 2] === quote && !/^\s*#/.test(raw.slice(raw.lastIndexOf("\n", at) + 1, at))) {
			const v = raw.slice(at, close + 2);
			const list = places.get(v);
			if (list) list.push(at);
			else places.set(v, [at]);
		}
	}
	const found: number[] = [];
	// How many places of each text are taken: the same link in two properties is at two places.
	const taken = new Map<string, number>();
	for (const value of Object.values(fm.data ?? {})) {
		for (const v of Array.isArray(value) ? value : [value]) {
			if (typeof v !== "string") continue;
			const list = places.get(v);
			const n = taken.get(v) ?? 0;
			// Not `shift()`: on a long array V8 may copy it each time (quadratic).
			if (list && n < list.length) {
				found.push(list[n] as number);
				taken.set(v, n + 1);
			}
		}
	}
	const inline = new InlineScanner(s);
	const base = fm.rawSpan.start.offset;
	for (const place of found.sort((a, b) => a - b)) inline.scan(base + place, base + raw.indexOf("]]", place) + 2);
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
