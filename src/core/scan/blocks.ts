/**
 * The block pass: walks the note line by line, tracking fenced and indented code,
 * headings (ATX and one-line setext), reference definitions and the open list items
 * (by their text's column), and hands prose to the inline pass.
 */
import type { LinkRef, UnparsedReason } from "../model/scan";
import { isDigit, isSpaceOrTab, isWhitespace } from "./chars";
import { InlineScanner } from "./inline";
import { decodeDestination, isExternal, NESTED_LINK, splitLinktext } from "./link-parts";
import { normalizeLabel, type ScanState } from "./state";

interface Fence {
	ch: number;
	len: number;
	start: number;
	/** Opened inside a list or indented by 4+: any indentation closes it. */
	loose: boolean;
	/** Opened inside a quote: it ends where the quote does. */
	quoted: boolean;
}

/** List item marker at `i`: `-`, `*`, `+` or `1.`/`1)` followed by a space, tab or the line end. */
function isListItem(t: string, i: number, le: number): boolean {
	const c = t.charCodeAt(i);
	if (c === 45 || c === 42 || c === 43) return i + 1 >= le || isSpaceOrTab(t.charCodeAt(i + 1));
	let k = i;
	while (k < le && k - i < 9 && isDigit(t.charCodeAt(k))) k++;
	if (k === i || k >= le) return false;
	const m = t.charCodeAt(k);
	return (m === 46 || m === 41) && (k + 1 >= le || isSpaceOrTab(t.charCodeAt(k + 1)));
}

/** Where a list item's content starts: after its marker (at `i`) and the spaces that follow it. */
function afterMarker(t: string, i: number, le: number): number {
	let k = i;
	while (isDigit(t.charCodeAt(k))) k++;
	k++;
	while (k < le && isSpaceOrTab(t.charCodeAt(k))) k++;
	return k;
}

/**
 * Where a line's content starts after the list and quote markers that open it at `j`:
 * a fence can open there (`- ```bash`, `> - ```bash`, `- > ````).
 */
function afterContainers(t: string, j: number, le: number): number {
	let k = j;
	for (;;) {
		if (t.charCodeAt(k) === 62) k = skipQuotes(t, k, le);
		else if (isListItem(t, k, le)) k = afterMarker(t, k, le);
		else return k;
	}
}

/** `***`, `---`, `___` (3+, spaces allowed) from `i` to the line end. */
function isThematicBreak(t: string, i: number, le: number): boolean {
	const c = t.charCodeAt(i);
	if (c !== 45 && c !== 42 && c !== 95) return false;
	let count = 0;
	for (let k = i; k < le; k++) {
		const d = t.charCodeAt(k);
		if (d === c) count++;
		else if (!isSpaceOrTab(d)) return false;
	}
	return count >= 3;
}

/**
 * Skips `>` block-quote markers (and the spaces after them) from `i`. Past five spaces
 * (the marker's own and four of indent), what follows is indented code: a `>` there is text.
 */
function skipQuotes(t: string, i: number, le: number): number {
	let j = i;
	while (j < le && t.charCodeAt(j) === 62) {
		const k = ++j;
		while (j < le && isSpaceOrTab(t.charCodeAt(j))) j++;
		if (j - k > 4) break;
	}
	return j;
}

/**
 * What the line `ls`..`le` does to an open fence: 1 closes it; 2 ends the quote the
 * fence is in (its first character after any indentation is not `>`), and with it the
 * fence (CommonMark); 0 neither.
 */
function fenceLine(t: string, ls: number, le: number, fence: Fence): number {
	let i = ls;
	let col = 0;
	while (i < le && isSpaceOrTab(t.charCodeAt(i))) {
		col += t.charCodeAt(i) === 9 ? 4 - (col % 4) : 1;
		i++;
	}
	if (fence.quoted && (i >= le || t.charCodeAt(i) !== 62)) return 2;
	if (col > 3 && !fence.loose) return 0;
	i = skipQuotes(t, i, le);
	let k = i;
	while (k < le && t.charCodeAt(k) === fence.ch) k++;
	if (k - i < fence.len) return 0;
	while (k < le && isSpaceOrTab(t.charCodeAt(k))) k++;
	return k >= le ? 1 : 0;
}

const RAW_HTML_OPEN = /^<(pre|script|style|textarea)(?=[\s>]|$)/i;

/**
 * CommonMark HTML block of type 1 (`<pre>`, `<script>`, `<style>`, `<textarea>`)
 * opening at `i`: its tag name (the block runs to the line holding the closing tag,
 * and nothing inside is Markdown), or `null`.
 */
function rawHtmlOpen(t: string, i: number, le: number): string | null {
	if (t.charCodeAt(i) !== 60) return null;
	const m = RAW_HTML_OPEN.exec(t.slice(i, Math.min(le, i + 12)));
	return m ? (m[1] as string).toLowerCase() : null;
}

/** Whether `[from, to)` contains `</name>` in any letter case. */
function hasClosingTag(t: string, from: number, to: number, name: string): boolean {
	return to - from >= name.length + 3 && t.slice(from, to).toLowerCase().indexOf("</" + name + ">") >= 0;
}

/** A reference definition `[label]: dest "title"` at `i`; records it and returns true. */
function readDefinition(s: ScanState, i: number, le: number): boolean {
	const t = s.text;
	let k = i + 1;
	while (k < le) {
		const c = t.charCodeAt(k);
		if (c === 92) {
			k += 2;
			continue;
		}
		if (c === 91) return false;
		if (c === 93) break;
		k++;
	}
	if (k >= le || t.charCodeAt(k + 1) !== 58) return false;
	const label = t.slice(i + 1, k);
	if (label.trim() === "" || label.charCodeAt(0) === 94) return false;
	let a = k + 2;
	while (a < le && isSpaceOrTab(t.charCodeAt(a))) a++;
	if (a >= le) return false;
	let lineEnd = le;
	while (lineEnd > a && isWhitespace(t.charCodeAt(lineEnd - 1))) lineEnd--;
	let angle = false;
	let reason: UnparsedReason | null = null;
	let dEnd: number;
	let rest: number;
	if (t.charCodeAt(a) === 60) {
		let g = a + 1;
		while (g < le && t.charCodeAt(g) !== 62) g++;
		if (g < le) {
			angle = true;
			dEnd = g + 1;
		} else {
			reason = "unbalanced-angle";
			dEnd = lineEnd;
		}
		rest = dEnd;
	} else {
		let e = a;
		while (e < le && !isWhitespace(t.charCodeAt(e))) e++;
		dEnd = e;
		rest = e;
	}
	if (reason === null) {
		let r = rest;
		while (r < le && isSpaceOrTab(t.charCodeAt(r))) r++;
		if (r < lineEnd) {
			const q = t.charCodeAt(r);
			const last = t.charCodeAt(lineEnd - 1);
			const title = r > rest && lineEnd - r >= 2 && ((q === 34 && last === 34) || (q === 39 && last === 39) || (q === 40 && last === 41));
			if (!title) {
				if (angle) return false;
				reason = "whitespace";
				dEnd = lineEnd;
			}
		}
	}
	const destination = angle ? t.slice(a + 1, dEnd - 1) : t.slice(a, dEnd);
	// `[a]: see [b](#c)` is a paragraph holding a link, not a definition.
	if (reason !== null && NESTED_LINK.test(destination)) return false;
	const linktext = decodeDestination(destination);
	const { path, subpath } = splitLinktext(linktext);
	const ref: LinkRef = {
		syntax: "definition",
		embed: false,
		span: s.span(i, lineEnd),
		text: label,
		destination,
		destSpan: s.span(a, dEnd),
		angle,
		linktext,
		path,
		subpath,
		size: null,
		external: isExternal(destination),
		parsed: reason === null,
		unparsedReason: reason,
		inComment: false,
		label,
	};
	s.links.push(ref);
	const key = normalizeLabel(label);
	if (!s.definitions.has(key)) s.definitions.set(key, ref);
	return true;
}

// A lone `%` (as in `%20`, common in heading-path links) opens nothing: only `%%` counts.
const OUTLINE_CHARS = /%%|[<$^]/g;

/** First offset at or after `from` holding `%%`, `<`, `$` or `^`; the text's length when none. */
function nextOutlineChar(t: string, from: number): number {
	OUTLINE_CHARS.lastIndex = from;
	const m = OUTLINE_CHARS.exec(t);
	return m ? m.index : t.length;
}

/** Closes the open list items whose text starts right of `col` (innermost last in `items`, after the margin's 0). */
function closeItems(items: number[], col: number): void {
	while (col < (items[items.length - 1] as number)) items.pop();
}

/**
 * What the previous line was, for an indented code block and the end of a list (see `scanBody`):
 * a reference definition (whose paragraph a lazy line may continue), other text, a blank line,
 * or the end of a leaf block (heading, fence, break...). Indented code may follow the last two.
 */
const DEF = -1;
const OTHER = 0;
const BLANK = 1;
const LEAF = 2;
/** An empty list item's line: a blank line after it ends the item (an item opens with one blank line at most). */
const EMPTY = 3;

/**
 * Scans the note body from `from` (a line start) to the end.
 *
 * @example
 * scanBody(state, frontMatterEnd); // fills state.headings, state.links, ...
 */
export function scanBody(s: ScanState, from: number): void {
	const t = s.text;
	const n = t.length;
	const starts = s.index.lineStarts;
	const inline = new InlineScanner(s);
	let resume = -1;
	let fence: Fence | null = null;
	let rawHtml: string | null = null;
	let indented: { start: number; lastEnd: number } | null = null;
	// What the previous line was: blank, or the end of a leaf block (heading, fence, break...);
	// an indented code block may follow either directly.
	let prev = BLANK;
	// Content columns of the open list items, innermost last: a line indented less than an
	// item's text (and not a lazy continuation of its paragraph) closes that item.
	// The margin stays first: reading `items[-1]` of an empty array would be a slow named lookup.
	const items: number[] = [0];
	let para = 0;
	let paraEligible = false;
	/** The open paragraph began inside a quote (a quoted line may continue it). */
	let paraQuoted = false;
	let paraLs = 0;
	let paraLe = 0;
	let paraCs = 0;
	// An outline-only scan runs the inline pass only on lines that can hold a block id
	// (`^`) or open a comment or math block that runs past the line (`%%`, `<`, `$`):
	// no other inline construct changes the headings, the block ids or the lines after it.
	const outlineOnly = s.outlineOnly;
	let special = -1;
	const firstLine = s.index.pos(from).line - 1;
	for (let li = firstLine; li < starts.length; li++) {
		// The first line may start after a BOM.
		const ls = li === firstLine ? from : (starts[li] as number);
		const next = li + 1 < starts.length ? (starts[li + 1] as number) : n;
		let le = next;
		if (le > ls && t.charCodeAt(le - 1) === 10) le--;
		if (le > ls && t.charCodeAt(le - 1) === 13) le--;
		if (resume > ls) {
			// Inside, or at the tail of, a comment or math block that began on an earlier line.
			if (resume < le) resume = inline.scan(resume, le);
			para = 0;
			prev = OTHER;
			continue;
		}
		if (rawHtml !== null) {
			if (hasClosingTag(t, ls, le, rawHtml)) {
				rawHtml = null;
				prev = LEAF;
			}
			continue;
		}
		if (fence) {
			const ends = fenceLine(t, ls, le, fence);
			if (ends === 2) {
				// The quote, and with it the fence, ended: this line is read afresh.
				s.region("fence", fence.start, ls);
				fence = null;
			} else {
				if (ends === 1) {
					s.region("fence", fence.start, le);
					fence = null;
					prev = LEAF;
				}
				continue;
			}
		}
		let i = ls;
		let col = 0;
		while (i < le) {
			const c = t.charCodeAt(i);
			if (c === 32) col++;
			else if (c === 9) col += 4 - (col % 4);
			else break;
			i++;
		}
		const blank = i >= le;
		if (indented) {
			if (blank) continue;
			if (col >= (items[items.length - 1] as number) + 4) {
				indented.lastEnd = le;
				continue;
			}
			s.region("indented-code", indented.start, indented.lastEnd);
			indented = null;
			prev = OTHER;
		}
		if (blank) {
			if (prev === EMPTY) items.pop();
			prev = BLANK;
			para = 0;
			continue;
		}
		// A lazy line continues an open paragraph (or the one a definition was read from): no item ends.
		if (para === 0 && prev !== DEF) closeItems(items, col);
		// Four columns past the innermost item's text (or the margin): indented code.
		if (para === 0 && prev > OTHER && col >= (items[items.length - 1] as number) + 4) {
			indented = { start: ls, lastEnd: le };
			prev = OTHER;
			continue;
		}
		const j = col <= 3 ? skipQuotes(t, i, le) : i;
		const quoted = j > i;
		const c = t.charCodeAt(j);
		if (quoted) {
			// A quote is no lazy continuation line: left of an item's text, it ends the item.
			closeItems(items, col);
			// `>` alone is a blank line of the quote: it ends the quote's paragraph. Four
			// spaces past the marker's own space, outside a paragraph of the quote: indented code.
			let k = j;
			while (t.charCodeAt(k - 1) === 32) k--;
			const code = j < le && j - k > 4 && t.charCodeAt(k - 1) === 62 && (para === 0 || !paraQuoted);
			if (code || j >= le) {
				if (code) s.region("indented-code", ls, le);
				prev = code ? LEAF : BLANK;
				para = 0;
				continue;
			}
		}
		// Setext heading: one paragraph line, then `===` or `---`.
		if (!quoted && col <= 3 && (c === 61 || c === 45) && para === 1 && paraEligible) {
			let k = j;
			while (k < le && t.charCodeAt(k) === c) k++;
			let k2 = k;
			while (k2 < le && isSpaceOrTab(t.charCodeAt(k2))) k2++;
			if (k2 >= le) {
				let ce = paraLe;
				while (ce > paraCs && isWhitespace(t.charCodeAt(ce - 1))) ce--;
				const span = s.span(paraLs, paraLe);
				s.headings.push({ level: c === 61 ? 1 : 2, text: t.slice(paraCs, ce), line: span.start.line, span, textSpan: s.span(paraCs, ce) });
				para = 0;
				prev = LEAF;
				continue;
			}
		}
		let item = !quoted && isListItem(t, i, le);
		// The first item of a new list interrupts a paragraph only with text, and numbered from 1.
		if (item && ((para > 0 && !paraQuoted) || prev === DEF) && col >= (items[items.length - 1] as number) && (afterMarker(t, i, le) >= le || (isDigit(t.charCodeAt(i)) && parseInt(t.slice(i, i + 10), 10) !== 1))) item = false;
		if (item) {
			closeItems(items, col);
			// Its text's column: after the marker and 1 to 4 spaces; one past the marker when
			// more follow (indented code) or none (an empty item).
			const m = afterMarker(t, i, le) - i;
			let w = i + 1;
			while (w < le && !isSpaceOrTab(t.charCodeAt(w))) w++;
			const code = m - (w - i) > 4;
			items.push(col + (code || m >= le - i ? w - i + 1 : m));
			// Five spaces or more after the marker: the item opens with indented code. Nothing after
			// it: the item opens with a blank line.
			if (code && m < le - i) indented = { start: ls, lastEnd: le };
			if (indented || m >= le - i) {
				para = 0;
				prev = indented ? OTHER : EMPTY;
				continue;
			}
		}
		// Fenced code: ``` or ~~~ (3+), up to 3 spaces of indent (any inside a list),
		// also right after list and quote markers (`- ```bash`, `> - ```bash`).
		const fj = item || quoted ? afterContainers(t, j, le) : j;
		const fc = t.charCodeAt(fj);
		if ((fc === 96 || fc === 126) && (col <= 3 || items.length > 1)) {
			let k = fj;
			while (k < le && t.charCodeAt(k) === fc) k++;
			const len = k - fj;
			let ok = len >= 3;
			if (ok && fc === 96) {
				for (let m = k; m < le; m++) {
					if (t.charCodeAt(m) === 96) {
						ok = false;
						break;
					}
				}
			}
			if (ok) {
				// Left of an item's text, not on a list marker's line: the fence ends the item.
				if (!item) closeItems(items, col);
				fence = { ch: fc, len, start: ls, loose: col > 3 || items.length > 1, quoted: quoted || t.slice(j, fj).includes(">") };
				para = 0;
				prev = OTHER;
				continue;
			}
		}
		if (col <= 3 && c === 60) {
			const tag = rawHtmlOpen(t, j, le);
			if (tag !== null) {
				if (!hasClosingTag(t, j, le, tag)) rawHtml = tag;
				para = 0;
				prev = OTHER;
				continue;
			}
		}
		// ATX heading.
		if (!quoted && col <= 3 && c === 35) {
			let k = j;
			while (k < le && t.charCodeAt(k) === 35) k++;
			const level = k - j;
			if (level <= 6 && (k >= le || isSpaceOrTab(t.charCodeAt(k)))) {
				let cs = k;
				while (cs < le && isSpaceOrTab(t.charCodeAt(cs))) cs++;
				let ce = le;
				while (ce > cs && isWhitespace(t.charCodeAt(ce - 1))) ce--;
				let e = ce;
				while (e > cs && t.charCodeAt(e - 1) === 35) e--;
				if (e < ce && (e === cs || isSpaceOrTab(t.charCodeAt(e - 1)))) {
					ce = e;
					while (ce > cs && isWhitespace(t.charCodeAt(ce - 1))) ce--;
				}
				closeItems(items, col);
				// Inside a list item it is the item's heading: Obsidian leaves it out of the note's
				// headings and its outline, so no link reaches it (obsidian-dynamic-outline#13,
				// obsidian-outliner#92). Its own links are links.
				if (items.length === 1) {
					const span = s.span(ls, le);
					s.headings.push({ level: level as 1 | 2 | 3 | 4 | 5 | 6, text: t.slice(cs, ce), line: span.start.line, span, textSpan: s.span(cs, ce) });
				}
				if (outlineOnly && special < cs) special = nextOutlineChar(t, cs);
				resume = outlineOnly && special >= le ? le : inline.scan(cs, le);
				para = 0;
				prev = LEAF;
				continue;
			}
		}
		if (!quoted && col <= 3 && isThematicBreak(t, j, le)) {
			para = 0;
			prev = LEAF;
			closeItems(items, col);
			continue;
		}
		if (!quoted && col <= 3 && c === 91 && para === 0 && readDefinition(s, j, le)) {
			// A definition is read out of a paragraph: a lazy or indented line after it continues that paragraph.
			para = 0;
			prev = DEF;
			continue;
		}
		// A list item opens a paragraph of its own; a quoted line opens the quote's, unless it continues one.
		if (item) para = 0;
		paraQuoted = (para > 0 && paraQuoted) || quoted;
		if (para === 0) {
			paraEligible = !quoted && !item && items.length === 1 && col <= 3 && c !== 124;
			paraLs = ls;
			paraLe = le;
			paraCs = i;
		}
		para++;
		if (outlineOnly && special < i) special = nextOutlineChar(t, i);
		resume = outlineOnly && special >= le ? le : inline.scan(i, le);
		if (resume > le) para = 0;
		prev = OTHER;
	}
	if (fence) s.region("fence", fence.start, n, true);
	if (indented) s.region("indented-code", indented.start, indented.lastEnd);
}
