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
	if (dest.indexOf("%") < 0) return dest;
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

const SIZE = /^\s*\d+(x\d+)?\s*$/;

/**
 * Splits an embed's `|100x145` size off its alias or alt text.
 *
 * @example
 * splitSize("diagram|100x145"); // { text: "diagram", size: "100x145" }
 * splitSize("100"); // { text: "", size: "100" }
 */
export function splitSize(text: string): { text: string; size: string | null } {
	const bar = text.lastIndexOf("|");
	const tail = bar < 0 ? text : text.slice(bar + 1);
	if (!SIZE.test(tail)) return { text, size: null };
	return { text: bar < 0 ? "" : text.slice(0, bar), size: tail.trim() };
}
