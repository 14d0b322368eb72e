/**
 * Small helpers that turn a destination into the parts Obsidian caches:
 * percent-decoded link text, path before the first `#`, subpath from it.
 */

/**
 * Percent-decodes a Markdown destination as Obsidian does; a malformed escape leaves it as written.
 *
 * @example
 * decodeDestination("#My%20Heading"); // "#My Heading"
 * decodeDestination("100%"); // "100%"
 */
export function decodeDestination(dest: string): string {
	let i = dest.indexOf("%");
	if (i < 0) return dest;
	// Fast path for escapes of ASCII characters (`%20`, `%23`): `decodeURIComponent`
	// costs microseconds a call, and throwing on a malformed escape much more.
	let out = "";
	let from = 0;
	while (i >= 0) {
		const high = hexValue(dest.charCodeAt(i + 1));
		const low = hexValue(dest.charCodeAt(i + 2));
		if (high < 0 || low < 0) return dest; // malformed: decodeURIComponent would throw
		const code = high * 16 + low;
		if (code >= 0x80) return decodeUtf8Escapes(dest); // part of a multi-byte UTF-8 sequence
		out += dest.slice(from, i) + String.fromCharCode(code);
		from = i + 3;
		i = dest.indexOf("%", from);
	}
	return out + dest.slice(from);
}

/** Value of a hexadecimal digit's char code, or -1 (also for `NaN`, past the end). */
function hexValue(c: number): number {
	if (c >= 48 && c <= 57) return c - 48;
	if (c >= 65 && c <= 70) return c - 55;
	if (c >= 97 && c <= 102) return c - 87;
	return -1;
}

function decodeUtf8Escapes(dest: string): string {
	try {
		return decodeURIComponent(dest);
	} catch {
		return dest;
	}
}

/**
 * Splits link text at its first `#` into path and subpath (the subpath keeps its `#`).
 *
 * @example
 * splitLinktext("Note#A#B"); // { path: "Note", subpath: "#A#B" }
 */
export function splitLinktext(linktext: string): { path: string; subpath: string } {
	const hash = linktext.indexOf("#");
	if (hash < 0) return { path: linktext, subpath: "" };
	return { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

/**
 * `](` or `[[` in a destination that fails to parse: a link of its own, so the
 * destination is none (see `InlineScanner.bracket` and `readDefinition`).
 *
 * @example
 * NESTED_LINK.test("[b](#c) d"); // true
 */
export const NESTED_LINK = /\]\(|\[\[/;

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Whether a destination has a URL scheme (`https:`, `mailto:`, `obsidian:` ...).
 *
 * @example
 * isExternal("https://docs.docker.com"); // true
 * isExternal("#개요"); // false
 */
export function isExternal(dest: string): boolean {
	return SCHEME.test(dest);
}

/**
 * Splits an embed's `|100x145` size off its alias or alt text. Looks only at the
 * last few characters, so it stays O(1) on huge alt texts.
 *
 * @example
 * splitSize("diagram|100x145"); // { text: "diagram", size: "100x145" }
 * splitSize("100"); // { text: "", size: "100" }
 */
export function splitSize(text: string): { text: string; size: string | null } {
	let i = text.length;
	let digits = 0;
	let xs = 0;
	while (i > 0 && text.length - i < 24) {
		const c = text.charCodeAt(i - 1);
		if (c >= 48 && c <= 57) digits++;
		else if (c === 120) xs++;
		else if (c !== 32) break;
		i--;
	}
	if (i > 0 && text.charCodeAt(i - 1) !== 124) return { text, size: null };
	const size = text.slice(i).trim();
	if (digits === 0 || !/^\d+(x\d+)?$/.test(size) || xs > 1) return { text, size: null };
	return { text: i > 0 ? text.slice(0, i - 1) : "", size };
}
