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
