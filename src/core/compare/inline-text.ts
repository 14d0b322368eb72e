/**
 * Turns one line of Markdown into the plain text a comparison cell shows. Only
 * formatting marks are dropped (paired `**`/`__`/`==`/`~~`, code ticks, `<mark>`,
 * link brackets); any other HTML stays as literal characters, because cells are
 * always rendered as text.
 */

/** Formatting-only HTML tags, without attributes. Anything else (e.g. `<img ...>`) is kept verbatim. */
const FORMAT_TAG = /<\/?(?:mark|b|i|u|s|strong|em|sup|sub|kbd|del|ins|small)>/gi;
const SPACE = /\s/;
const PUNCT = /[\p{P}\p{S}]/u;
const WORD = /[\p{L}\p{N}]/u;

/**
 * Can a delimiter run at `[start, end)` open / close emphasis (`[open, close]`)? CommonMark's
 * flanking rules: opening not followed by whitespace, closing not preceded by it. For `_`,
 * emphasis is never intraword, and punctuation between word characters counts as part of
 * the word, so `__init__.py` and `window.__pwned` stay as they are.
 */
function flanking(s: string, start: number, end: number, mark: string): [boolean, boolean] {
	let before = s[start - 1] ?? " ";
	let after = s[end] ?? " ";
	const under = mark === "_";
	if (under && PUNCT.test(before) && WORD.test(s[start - 2] ?? "")) before = "a";
	if (under && PUNCT.test(after) && WORD.test(s[end + 1] ?? "")) after = "a";
	const pb = PUNCT.test(before);
	const pa = PUNCT.test(after);
	const left = !SPACE.test(after) && (!pa || SPACE.test(before) || pb);
	const right = !SPACE.test(before) && (!pb || SPACE.test(after) || pa);
	return under ? [left && (!right || pb), right && (!left || pa)] : [left, right];
}

/**
 * Drops paired emphasis, highlight and strike-through marks and the ticks of code
 * spans; an unpaired or space-flanked mark stays (`a ** b`, `x == y`, `__init__.py`).
 * Code span content is kept verbatim. No regex lookbehind (Obsidian mobile).
 *
 * @example
 * stripMarks("**bold** and ==mark== in `a__b`"); // "bold and mark in a__b"
 * stripMarks("__init__.py, 2 ** 3, window.__pwned"); // unchanged
 */
export function stripMarks(s: string): string {
	// Output pieces; a paired delimiter's piece is emptied.
	const out: string[] = [];
	// Indexes in `out` of open delimiters, per mark (a closer pairs with the nearest opener of its mark).
	const open: Record<string, number[]> = {};
	// Tick-run lengths with no closing run after some point (so later runs need no search: linear time).
	const unclosed = new Set<number>();
	let i = 0;
	while (i < s.length) {
		const ch = s[i] as string;
		let end = i + 1;
		while (s[end] === ch) end++;
		const n = end - i;
		const run = s.slice(i, end);
		if (ch === "`") {
			// A code span closes at the next run of exactly as many ticks; else the ticks are literal.
			let j = unclosed.has(n) ? -1 : s.indexOf(run, end);
			while (j >= 0 && s[j + n] === ch) {
				let k = j;
				while (s[k] === ch) k++;
				j = s.indexOf(run, k);
			}
			if (j < 0) {
				unclosed.add(n);
				out.push(run);
			} else {
				const code = s.slice(end, j);
				out.push(code.length > 2 && code[0] === " " && code.endsWith(" ") && code.trim() ? code.slice(1, -1) : code);
				end = j + n;
			}
		} else if (n >= 2 && ("*_".includes(ch) || (n === 2 && "=~".includes(ch)))) {
			const [canOpen, canClose] = flanking(s, i, end, ch);
			// Extra characters of a longer run (`***`) stay on its outer side.
			const extra = run.slice(2);
			const stack = (open[ch] ??= []);
			const opener = canClose ? stack.pop() : undefined;
			if (canOpen) out.push(extra);
			if (opener !== undefined) out[opener] = "";
			else if (canOpen) stack.push(out.length);
			out.push(opener === undefined ? ch + ch : "");
			if (!canOpen) out.push(extra);
		} else out.push(run);
		i = end;
	}
	return out.join("");
}

/**
 * Plain text of an inline Markdown fragment.
 *
 * @example
 * plainInline("기업들이 <mark>어떻게 운영</mark>할 것인가"); // "기업들이 어떻게 운영할 것인가"
 * plainInline("See [[Docker#Image|images]] and [docs](https://x)"); // "See images and docs"
 * plainInline("<img src=x onerror=alert(1)>"); // "<img src=x onerror=alert(1)>"
 * plainInline("[[a](b)](javascript:x)"); // "a"
 * plainInline("**Edit** `__init__.py`"); // "Edit __init__.py"
 */
export function plainInline(raw: string): string {
	let s = raw.replace(FORMAT_TAG, "").replace(/<br\s*\/?>/gi, " ");
	// Wikilinks and embeds: [[target|alias]] -> alias, [[target]] -> target.
	s = s.replace(/!?\[\[([^\]|]*)\|([^\]]*)\]\]/g, "$2").replace(/!?\[\[([^\]]*)\]\]/g, "$1");
	// Markdown links and images: [text](dest) -> text. Destinations may hold spaces (unparsed links still read as text).
	// Repeated (a few times at most) because unwrapping `[[a](b)](c)` reveals `[a](c)`.
	for (let i = 0; i < 4; i++) {
		const next = s.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1");
		if (next === s) break;
		s = next;
	}
	return stripMarks(s).replace(/\s+/g, " ").trim();
}
