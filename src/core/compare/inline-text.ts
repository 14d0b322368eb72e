/**
 * Turns one line of Markdown into the plain text a comparison cell shows. Only
 * formatting marks are dropped (`**`, `==`, `<mark>`, link brackets); any other
 * HTML stays as literal characters, because cells are always rendered as text.
 */

/** Formatting-only HTML tags, without attributes. Anything else (e.g. `<img ...>`) is kept verbatim. */
const FORMAT_TAG = /<\/?(?:mark|b|i|u|s|strong|em|sup|sub|kbd|del|ins|small)>/gi;

/**
 * Plain text of an inline Markdown fragment.
 *
 * @example
 * plainInline("기업들이 <mark>어떻게 운영</mark>할 것인가"); // "기업들이 어떻게 운영할 것인가"
 * plainInline("See [[Docker#Image|images]] and [docs](https://x)"); // "See images and docs"
 * plainInline("<img src=x onerror=alert(1)>"); // "<img src=x onerror=alert(1)>"
 * plainInline("[[a](b)](javascript:x)"); // "a"
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
	// Emphasis and highlight marks; inline code ticks.
	s = s.replace(/\*\*|__|==|~~/g, "").replace(/`+/g, "");
	return s.replace(/\s+/g, " ").trim();
}
