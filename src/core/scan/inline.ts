/**
 * The inline pass: scans one line (or the rest of one) for links, embeds, tags,
 * block ids, code spans, comments and math. Linear in the segment length: bracket
 * and parenthesis pairs and backtick runs are matched once per segment, and the
 * searches for closing delimiters remember their answers (see `NextFinder`).
 */
import type { LinkRef, UnparsedReason } from "../model/scan";
import { isAsciiLetter, isAsciiPunct, isBlockIdChar, isDigit, isSpaceOrTab, isTagChar, isWhitespace } from "./chars";
import { decodeDestination, isExternal, NESTED_LINK, splitLinktext, splitSize } from "./link-parts";
import { normalizeLabel, type ScanState } from "./state";

/** ASCII characters where the inline scan must look closer (`]` ends a jump; `%` may close a comment). */
const STOP = new Uint8Array(128);
for (const ch of "\\`[]!<%$#^h") STOP[ch.charCodeAt(0)] = 1;

/**
 * The next place the inline scan must look at: a `STOP` character, except that an
 * `h` only counts where a URL starts (elsewhere `url()` just moves on), or a line
 * break (segments end at one, so a search never runs past its line). Native regex
 * search is several times faster than a character loop over prose.
 */
const NEXT_STOP = /[\n\r\\`[\]!<%$#^]|h(?=ttps?:\/\/)/g;

/**
 * The bracket-partner buffer, shared by every scan (scans never nest): allocating
 * a typed array per note cost more than matching the brackets. Segments longer
 * than this get their own buffer, so a huge one-line note does not pin memory.
 */
const SHARED_MATCH_MAX = 1 << 16;
let sharedMatch = new Int32Array(1024);
// Stacks of open `[` and `(` for ensureMatches(), reused (it is not re-entered): most lines have none.
const openBrackets: number[] = [];
const openParens: number[] = [];

/** Letter, digit or `-`: a tag-name character. */
function isNameChar(c: number): boolean {
	return isAsciiLetter(c) || isDigit(c) || c === 45;
}

/** When the scan reaches `at`, continue from `to` (skips a link's destination, or a comment's closing `%%`). */
interface Jump {
	at: number;
	to: number;
}

/** A parsed `(destination "title")` part. */
interface Dest {
	/** Offset after the closing `)`. */
	end: number;
	dStart: number;
	dEnd: number;
	destination: string;
	angle: boolean;
	reason: UnparsedReason | null;
	/** `[]()` / `[alias]()`: not a link. */
	empty: boolean;
}

/**
 * Scans inline content. One instance per note; `scan` is called per line segment.
 *
 * @example
 * const inline = new InlineScanner(state);
 * inline.scan(0, lineEnd); // returns lineEnd, or a later offset when a comment runs past the line
 */
export class InlineScanner {
	private readonly t: string;
	private readonly n: number;
	private to = 0;
	private trimmedTo = 0;
	/** Whether pairIndex holds this segment's pairs. */
	private pairsReady = false;
	/** Offset the pairIndex buffer is indexed from. */
	private matchBase = 0;
	/** For each `[` / `(` (relative to matchBase): offset of its closing partner, or -1. Reused across segments. */
	private pairIndex: Int32Array | null = null;
	private runPos: number[] | null = null;
	private runLen: number[] = [];
	private runNext: number[] = [];
	private runPtr = 0;
	private mathFrom = -1;
	private mathFound = -1;
	private readonly jumps: Jump[] = [];
	private commentUntil = -1;
	private lastTagEnd = -1;
	/** Normalized labels of the lines that open like a definition, `[label]:`; read on first need. */
	private labelsDefined: Set<string> | null = null;
	/** The last link (not image) pushed, and where its text ends: its text may hold another. */
	private linkBefore: LinkRef | null = null;
	private linkTextEnd = -1;

	constructor(private readonly s: ScanState) {
		this.t = s.text;
		this.n = s.text.length;
	}

	/**
	 * Scans `[from, to)` (one line, without its line ending). Returns `to`, or a
	 * later offset when a comment or math block opened here runs past the line.
	 */
	scan(from: number, to: number): number {
		const t = this.t;
		this.to = to;
		this.pairsReady = false;
		this.runPos = null;
		this.runPtr = 0;
		this.mathFrom = -1;
		this.mathFound = -1;
		if (this.jumps.length > 0) this.jumps.length = 0;
		this.commentUntil = -1;
		this.lastTagEnd = -1;
		let te = to;
		while (te > from && isWhitespace(t.charCodeAt(te - 1))) te--;
		this.trimmedTo = te;
		const jumps = this.jumps;
		let p = from;
		for (;;) {
			if (p >= to) return p;
			let c = t.charCodeAt(p);
			// Fast path: skip characters no construct starts with (all non-ASCII among them).
			// Every jump target `at` is a `]` or `%`, so the search stops there too.
			if (c >= 128 || STOP[c] === 0) {
				p = this.nextStop(p + 1, to);
				if (p >= to) return to;
				c = t.charCodeAt(p);
			}
			if (jumps.length > 0 && p >= (jumps[jumps.length - 1] as Jump).at) {
				while (jumps.length > 0) {
					const j = jumps[jumps.length - 1] as Jump;
					if (p < j.at) break;
					jumps.pop();
					if (j.to > p) p = j.to;
				}
				continue;
			}
			let r: number;
			switch (c) {
				case 92: // backslash escape
					p += p + 1 < to && isAsciiPunct(t.charCodeAt(p + 1)) ? 2 : 1;
					break;
				case 96: // `
					p = this.codeSpan(p);
					break;
				case 91: // [
					p = this.bracket(p, p, false);
					break;
				case 33: // !
					p = p + 1 < to && t.charCodeAt(p + 1) === 91 ? this.bracket(p, p + 1, true) : p + 1;
					break;
				case 60: // <
					r = this.angle(p);
					if (r > to) return r;
					p = r;
					break;
				case 37: // %
					if (p + 1 < to && t.charCodeAt(p + 1) === 37) {
						r = this.percent(p);
						if (r > to) return r;
						p = r;
					} else p++;
					break;
				case 36: // $
					r = this.math(p);
					if (r > to) return r;
					p = r;
					break;
				case 35: // #
					p = this.tag(p);
					break;
				case 94: // ^
					p = this.blockId(p);
					break;
				case 104: // h
					p = this.url(p);
					break;
				default:
					p++;
			}
		}
	}

	/**
	 * First offset in `[from, to)` holding a `STOP` character worth handling, else `to`. A segment
	 * never holds a line break (it is at most a line), so a break the search meets is at or past `to`.
	 */
	private nextStop(from: number, to: number): number {
		NEXT_STOP.lastIndex = from;
		return NEXT_STOP.test(this.t) ? Math.min(NEXT_STOP.lastIndex - 1, to) : to;
	}

	private pushJump(at: number, to: number): void {
		// Kept sorted so the nearest `at` is on top (comments and links may overlap).
		const jumps = this.jumps;
		let k = jumps.length;
		while (k > 0 && (jumps[k - 1] as Jump).at < at) k--;
		if (k === jumps.length) jumps.push({ at, to });
		else jumps.splice(k, 0, { at, to });
	}

	private codeSpan(p: number): number {
		if (this.runPos === null) this.collectRuns(p);
		const pos = this.runPos as number[];
		const len = this.runLen;
		let k = this.runPtr;
		while (k < pos.length && (pos[k] as number) + (len[k] as number) <= p) k++;
		this.runPtr = k;
		if (k >= pos.length) return p + 1;
		const start = pos[k] as number;
		const length = len[k] as number;
		if (start !== p) return start + length;
		const m = this.runNext[k] as number;
		if (m < 0) {
			this.runPtr = k + 1;
			return p + length;
		}
		const end = (pos[m] as number) + (len[m] as number);
		this.s.region("inline-code", p, end);
		this.runPtr = m + 1;
		return end;
	}

	/** Backtick runs from `from` to the segment end, each linked to the next run of the same length. */
	private collectRuns(from: number): void {
		const t = this.t;
		const to = this.to;
		const pos: number[] = [];
		const len: number[] = [];
		let i = from;
		while (i < to) {
			if (t.charCodeAt(i) === 96) {
				let j = i + 1;
				while (j < to && t.charCodeAt(j) === 96) j++;
				pos.push(i);
				len.push(j - i);
				i = j;
			} else i++;
		}
		const next: number[] = new Array<number>(pos.length);
		const seen = new Map<number, number>();
		for (let k = pos.length - 1; k >= 0; k--) {
			const l = len[k] as number;
			next[k] = seen.get(l) ?? -1;
			seen.set(l, k);
		}
		this.runPos = pos;
		this.runLen = len;
		this.runNext = next;
		this.runPtr = 0;
	}

	/** Matches `[]` and `()` pairs (skipping backslash escapes) from `from` to the segment end, once. */
	private ensureMatches(from: number): void {
		if (this.pairsReady) return;
		this.pairsReady = true;
		const t = this.t;
		const size = this.to - from + 1;
		if (size <= SHARED_MATCH_MAX) {
			if (sharedMatch.length < size) sharedMatch = new Int32Array(Math.min(SHARED_MATCH_MAX, Math.max(size, sharedMatch.length * 2)));
			this.pairIndex = sharedMatch;
		} else if (this.pairIndex === null || this.pairIndex.length < size) this.pairIndex = new Int32Array(Math.max(size, this.pairIndex === null ? 0 : this.pairIndex.length * 2));
		const match = this.pairIndex;
		this.matchBase = from;
		const bs = openBrackets;
		const ps = openParens;
		bs.length = 0;
		ps.length = 0;
		for (let i = from; i < this.to; i++) {
			const c = t.charCodeAt(i);
			if (c === 92) i++;
			else if (c === 91) {
				match[i - from] = -1;
				bs.push(i);
			} else if (c === 93) {
				const o = bs.pop();
				if (o !== undefined) match[o - from] = i;
			} else if (c === 40) {
				match[i - from] = -1;
				ps.push(i);
			} else if (c === 41) {
				const o = ps.pop();
				if (o !== undefined) match[o - from] = i;
			}
		}
	}

	/** Closing partner of the `[` or `(` at `i` (after ensureMatches()), or -1. */
	private partner(i: number): number {
		const k = i - this.matchBase;
		if (k < 0 || i >= this.to || this.pairIndex === null) return -1;
		return this.pairIndex[k] ?? -1;
	}

	/** `[` at `open` (`p` is the `!` of an image, else `open`). Returns where to continue. */
	private bracket(p: number, open: number, embed: boolean): number {
		const t = this.t;
		const to = this.to;
		if (open + 1 < to && t.charCodeAt(open + 1) === 91) {
			const r = this.wiki(p, open, embed);
			if (r >= 0) return r;
		}
		this.ensureMatches(open);
		const close = this.partner(open);
		if (close < 0) return open + 1;
		const textStart = open + 1;
		const after = close + 1 < to ? t.charCodeAt(close + 1) : -1;
		if (after === 40) {
			const d = this.dest(close + 1);
			// A destination that fails (raw spaces, an open `<`) but holds a link of its own,
			// `[a]([b](#c) d)` or `[a]([[B]] c)`, is no destination: as in CommonMark, `[a](`
			// is text and the inner link a link (reporting the outer, and encoding its spaces, would bury it).
			if (d && !(d.reason !== null && NESTED_LINK.test(d.destination))) {
				if (!d.empty) this.pushMarkdown(p, open, close, d, embed);
				this.pushJump(close, d.end);
				return textStart;
			}
		} else if (after === 91) {
			const close2 = this.partner(close + 1);
			if (close2 >= 0) {
				const raw = t.slice(close + 2, close2);
				const label = raw.trim() === "" ? t.slice(textStart, close) : raw;
				// A label nothing defines makes `[t]` text, and `[x](#y)` or `[](#y)` after it a link (CommonMark).
				if (!this.mayDefine(label)) return textStart;
				this.addRef(p, close2 + 1, textStart, close, label, embed);
				this.pushJump(close, close2 + 1);
				return textStart;
			}
		}
		this.addRef(p, close + 1, textStart, close, t.slice(textStart, close), embed);
		return textStart;
	}

	/**
	 * Whether `label` may have a definition anywhere in the note. Why: `[t][x](#y)` holds
	 * the link `[x](#y)` when `x` has no definition (CommonMark), and a definition can come
	 * after the text that uses it.
	 */
	private mayDefine(label: string): boolean {
		this.labelsDefined ??= new Set(Array.from(this.s.text.matchAll(/^ {0,3}\[((?:[^\\\]\n]|\\.)+)\]:/gm), (m) => normalizeLabel(m[1] as string)));
		return this.labelsDefined.has(normalizeLabel(label));
	}

	private addRef(start: number, end: number, textStart: number, textEnd: number, label: string, embed: boolean): void {
		if (!this.s.mayHaveDefinitions || label.length > 999 || label.charCodeAt(0) === 94 || label.trim() === "") return;
		this.s.refs.push({ start, end, textStart, textEnd, label, embed, inComment: start < this.commentUntil });
	}

	/** `[[...]]` / `![[...]]`. Returns -1 when this is not a wikilink. */
	private wiki(p: number, open: number, embed: boolean): number {
		const t = this.t;
		const innerStart = open + 2;
		const close = this.s.wikiClose.next(innerStart);
		if (close < 0 || close + 2 > this.to || close === innerStart) return -1;
		// `[[[a]]`: the innermost `[[` opens the link; this `[` is literal.
		if (t.charCodeAt(innerStart) === 91) return -1;
		// A later `[[` before the `]]` opens the real link: continue there.
		for (let k = close - 2; k >= innerStart; k--) {
			if (t.charCodeAt(k) === 91 && t.charCodeAt(k + 1) === 91) return k > innerStart && t.charCodeAt(k - 1) === 33 ? k - 1 : k;
		}
		const inner = t.slice(innerStart, close);
		// `[[|alias]]` is a link to "|alias" in Obsidian (its metadata for `[[|]]`, `[[|#alias]]`).
		const bar = inner.indexOf("|", 1);
		let target = bar < 0 ? inner : inner.slice(0, bar);
		let targetEnd = innerStart + target.length;
		if (bar >= 0 && target.endsWith("\\")) {
			// `[[a\|b]]` inside a table: the backslash escapes the pipe.
			target = target.slice(0, -1);
			targetEnd--;
		}
		if (target.trim() === "") return -1;
		const alias = bar < 0 ? null : inner.slice(bar + 1);
		let text = alias ?? target;
		let size: string | null = null;
		if (embed && alias !== null) {
			const split = splitSize(alias);
			if (split.size !== null) {
				size = split.size;
				text = split.text === "" ? target : split.text;
			}
		}
		const { path, subpath } = splitLinktext(target);
		this.s.links.push({
			syntax: "wiki",
			embed,
			span: this.s.span(p, close + 2),
			text,
			destination: target,
			destSpan: this.s.span(innerStart, targetEnd),
			angle: false,
			linktext: target,
			path,
			subpath,
			size,
			external: false,
			parsed: true,
			unparsedReason: null,
			inComment: p < this.commentUntil,
		});
		return close + 2;
	}

	/** Parses `(dest "title")` with `(` at `q`; `null` when it is not a destination. */
	private dest(q: number): Dest | null {
		const t = this.t;
		const to = this.to;
		let a = q + 1;
		while (a < to && isSpaceOrTab(t.charCodeAt(a))) a++;
		const end = this.partner(q);
		if (a < to && t.charCodeAt(a) === 60) {
			const gt = this.s.angleClose.next(a + 1);
			if (gt >= 0 && gt < to) {
				let b = gt + 1;
				while (b < to && isSpaceOrTab(t.charCodeAt(b))) b++;
				let close = -1;
				if (b < to && t.charCodeAt(b) === 41) close = b;
				else if (b > gt + 1) close = this.titleThenParen(b);
				if (close >= 0) return { end: close + 1, dStart: a, dEnd: gt + 1, destination: t.slice(a + 1, gt), angle: true, reason: null, empty: false };
			}
			if (end < 0) return null;
			if (gt >= 0 && gt < end) return null;
			let dEnd = end;
			while (dEnd > a && isWhitespace(t.charCodeAt(dEnd - 1))) dEnd--;
			return { end: end + 1, dStart: a, dEnd, destination: t.slice(a, dEnd), angle: false, reason: "unbalanced-angle", empty: false };
		}
		if (end < 0) return null;
		let b = end;
		while (b > a && isWhitespace(t.charCodeAt(b - 1))) b--;
		if (b === a) return { end: end + 1, dStart: a, dEnd: a, destination: "", angle: false, reason: null, empty: true };
		let dEnd = b;
		const last = t.charCodeAt(b - 1);
		if ((last === 34 || last === 39) && b - 1 > a) {
			// A quoted title after whitespace is not part of the destination.
			let k = b - 2;
			while (k > a && t.charCodeAt(k) !== last) k--;
			if (k > a && isSpaceOrTab(t.charCodeAt(k - 1))) {
				let e = k - 1;
				while (e > a && isWhitespace(t.charCodeAt(e - 1))) e--;
				if (e > a) dEnd = e;
			}
		}
		let ws = false;
		for (let i = a; i < dEnd; i++) {
			if (isWhitespace(t.charCodeAt(i))) {
				ws = true;
				break;
			}
		}
		return { end: end + 1, dStart: a, dEnd, destination: t.slice(a, dEnd), angle: false, reason: ws ? "whitespace" : null, empty: false };
	}

	/** A quoted title at `b`, optional spaces, then `)`: returns the `)` offset or -1. */
	private titleThenParen(b: number): number {
		const t = this.t;
		const to = this.to;
		const q = t.charCodeAt(b);
		if (q !== 34 && q !== 39) return -1;
		let e = b + 1;
		while (e < to && t.charCodeAt(e) !== q) e += t.charCodeAt(e) === 92 ? 2 : 1;
		if (e >= to) return -1;
		e++;
		while (e < to && isSpaceOrTab(t.charCodeAt(e))) e++;
		return e < to && t.charCodeAt(e) === 41 ? e : -1;
	}

	private pushMarkdown(p: number, open: number, close: number, d: Dest, embed: boolean): void {
		const t = this.t;
		let text = t.slice(open + 1, close);
		let size: string | null = null;
		if (embed) {
			const split = splitSize(text);
			if (split.size !== null) {
				text = split.text;
				size = split.size;
			}
		}
		const linktext = decodeDestination(d.destination);
		const { path, subpath } = splitLinktext(linktext);
		const link: LinkRef = {
			syntax: "markdown",
			embed,
			span: this.s.span(p, d.end),
			text,
			destination: d.destination,
			destSpan: this.s.span(d.dStart, d.dEnd),
			angle: d.angle,
			linktext,
			path,
			subpath,
			size,
			external: isExternal(d.destination),
			parsed: d.reason === null,
			unparsedReason: d.reason,
			inComment: p < this.commentUntil,
		};
		const links = this.s.links;
		if (!embed) {
			// Links cannot hold links (CommonMark): in `[a [b](#c)](#z)` only `[b](#c)` is one.
			// The one before is the only one that can still be open: each removes those it is in.
			if (p < this.linkTextEnd) {
				const k = links.lastIndexOf(this.linkBefore as LinkRef);
				if (k >= 0) links.splice(k, 1);
			}
			this.linkBefore = link;
			this.linkTextEnd = close;
		}
		links.push(link);
	}

	/** `<!--` comments (may run past the line) and HTML tags / autolinks (skipped). */
	private angle(p: number): number {
		const t = this.t;
		if (t.startsWith("<!--", p)) {
			const close = this.s.htmlCommentEnd.next(p + 4);
			if (close < 0) {
				this.s.region("html-comment", p, this.n, true);
				return this.n;
			}
			this.s.region("html-comment", p, close + 3);
			return close + 3;
		}
		const end = this.htmlTagEnd(p);
		return end > 0 ? end : p + 1;
	}

	/**
	 * End of an HTML tag (`<span style="color:#f00">`, `</b>`, `<br/>`) or autolink
	 * (`<https://x.example/#a>`) starting at `p`, or -1. Follows CommonMark's grammar
	 * closely enough that `a <b and [link](x) c>` is not mistaken for a tag.
	 */
	private htmlTagEnd(p: number): number {
		const t = this.t;
		const to = this.to;
		let i = p + 1;
		const closing = i < to && t.charCodeAt(i) === 47;
		if (closing) i++;
		if (i >= to || !isAsciiLetter(t.charCodeAt(i))) return -1;
		let k = i + 1;
		while (k < to && isNameChar(t.charCodeAt(k))) k++;
		if (k < to && !closing && t.charCodeAt(k) === 58) {
			// Autolink: scheme ":" then anything but whitespace, "<" and ">".
			let e = k + 1;
			while (e < to) {
				const c = t.charCodeAt(e);
				if (c === 62) return e + 1;
				if (c === 60 || isWhitespace(c)) return -1;
				e++;
			}
			return -1;
		}
		// Attributes: (whitespace name (= value)?)* whitespace? /? >
		for (;;) {
			const ws = k;
			while (k < to && isWhitespace(t.charCodeAt(k))) k++;
			if (k >= to) return -1;
			const c = t.charCodeAt(k);
			if (c === 62) return k + 1;
			if (c === 47 && !closing) return k + 1 < to && t.charCodeAt(k + 1) === 62 ? k + 2 : -1;
			if (closing || k === ws || !(isAsciiLetter(c) || c === 95 || c === 58)) return -1;
			k++;
			while (k < to && (isNameChar(t.charCodeAt(k)) || t.charCodeAt(k) === 95 || t.charCodeAt(k) === 46 || t.charCodeAt(k) === 58)) k++;
			let v = k;
			while (v < to && isWhitespace(t.charCodeAt(v))) v++;
			if (v < to && t.charCodeAt(v) === 61) {
				v++;
				while (v < to && isWhitespace(t.charCodeAt(v))) v++;
				if (v >= to) return -1;
				const q = t.charCodeAt(v);
				if (q === 34 || q === 39) {
					v++;
					while (v < to && t.charCodeAt(v) !== q) v++;
					if (v >= to) return -1;
					k = v + 1;
				} else {
					const start = v;
					while (v < to) {
						const d = t.charCodeAt(v);
						if (isWhitespace(d) || d === 34 || d === 39 || d === 61 || d === 60 || d === 62 || d === 96) break;
						v++;
					}
					if (v === start) return -1;
					k = v;
				}
			}
		}
	}

	/**
	 * `%%` comment: inline ones are scanned (Obsidian indexes their links and tags); of
	 * block ones, Obsidian indexes only the tags (its metadata for `%%\n- [ ] #task\n%%`).
	 */
	private percent(p: number): number {
		const close = this.s.percentComment.next(p + 2);
		if (close < 0) {
			this.s.region("percent-comment", p, this.n, true);
			return this.n;
		}
		const end = close + 2;
		this.s.region("percent-comment", p, end);
		if (close >= this.to) {
			const to = this.to;
			this.to = close;
			for (let k = p + 2; (k = this.t.indexOf("#", k)) >= 0 && k < close; ) k = this.tag(k);
			this.to = to;
			return end;
		}
		this.pushJump(close, end);
		if (end > this.commentUntil) this.commentUntil = end;
		return p + 2;
	}

	/** `$$...$$` (may run past the line) and inline `$...$`. An unclosed `$$` is literal. */
	private math(p: number): number {
		const t = this.t;
		const to = this.to;
		if (p + 1 < to && t.charCodeAt(p + 1) === 36) {
			const close = this.s.mathBlock.next(p + 2);
			if (close < 0) return p + 2;
			this.s.region("math", p, close + 2);
			return close + 2;
		}
		if (p + 1 >= to || isWhitespace(t.charCodeAt(p + 1))) return p + 1;
		const close = this.inlineMathClose(p + 1);
		if (close < 0) return p + 1;
		this.s.region("math", p, close + 1);
		return close + 1;
	}

	/** Next `$` that can close inline math (not after whitespace or `\`, not before a digit). */
	private inlineMathClose(from: number): number {
		if (this.mathFrom >= 0 && from >= this.mathFrom && (this.mathFound < 0 || this.mathFound >= from)) return this.mathFound;
		const t = this.t;
		const to = this.to;
		this.mathFrom = from;
		this.mathFound = -1;
		for (let i = from + 1; i < to; i++) {
			if (t.charCodeAt(i) !== 36) continue;
			const before = t.charCodeAt(i - 1);
			if (isWhitespace(before) || before === 92) continue;
			if (i + 1 < to && isDigit(t.charCodeAt(i + 1))) continue;
			this.mathFound = i;
			break;
		}
		return this.mathFound;
	}

	/** `#tag` by Obsidian's rules; a `#` glued to a word (or after `(`) is not a tag, but `#a#b` is two. */
	private tag(p: number): number {
		const t = this.t;
		const to = this.to;
		if (p !== this.lastTagEnd && p > 0) {
			const prev = t.charCodeAt(p - 1);
			if (prev === 40 || isTagChar(prev)) return p + 1;
		}
		let q = p + 1;
		let nonDigit = false;
		while (q < to) {
			const c = t.charCodeAt(q);
			if (!isTagChar(c)) break;
			if (!isDigit(c)) nonDigit = true;
			q++;
		}
		if (q === p + 1) return q;
		if (!nonDigit) return q;
		this.s.bodyTags.push({ tag: t.slice(p, q), source: "body", span: this.s.span(p, q) });
		this.lastTagEnd = q;
		return q;
	}

	/** `^id` at the end of a line, after whitespace. */
	private blockId(p: number): number {
		const t = this.t;
		if (p > 0 && !isWhitespace(t.charCodeAt(p - 1))) return p + 1;
		let q = p + 1;
		while (q < this.to && isBlockIdChar(t.charCodeAt(q))) q++;
		if (q === p + 1 || q !== this.trimmedTo) return q;
		const span = this.s.span(p, q);
		this.s.blockIds.push({ id: t.slice(p + 1, q), line: span.start.line, span });
		return q;
	}

	/** A bare `http(s)://` URL: skipped so `?a=#b` inside it is not a tag. */
	private url(p: number): number {
		const t = this.t;
		if (p > 0) {
			const prev = t.charCodeAt(p - 1);
			if (isAsciiLetter(prev) || isDigit(prev)) return p + 1;
		}
		if (t.charCodeAt(p + 1) !== 116 || t.charCodeAt(p + 2) !== 116 || t.charCodeAt(p + 3) !== 112) return p + 1;
		let q: number;
		if (t.startsWith("https://", p)) q = p + 8;
		else if (t.startsWith("http://", p)) q = p + 7;
		else return p + 1;
		while (q < this.to && !isWhitespace(t.charCodeAt(q))) q++;
		return q;
	}
}
