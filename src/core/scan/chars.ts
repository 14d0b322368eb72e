/**
 * Character classes the scanner tests with `charCodeAt`, so the hot loop never
 * allocates strings or runs regular expressions.
 */

/** ASCII characters that end a tag body (besides whitespace): `'!"#$%&()*+,.:;<=>?@^`{|}~[]\`. */
const TAG_STOP_ASCII = "'!\"#$%&()*+,.:;<=>?@^`{|}~[]\\";
const TAG_STOP = new Uint8Array(128);
for (let i = 0; i < TAG_STOP_ASCII.length; i++) TAG_STOP[TAG_STOP_ASCII.charCodeAt(i)] = 1;

/** ASCII punctuation that a backslash escapes (CommonMark). */
const PUNCT_ASCII = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const PUNCT = new Uint8Array(128);
for (let i = 0; i < PUNCT_ASCII.length; i++) PUNCT[PUNCT_ASCII.charCodeAt(i)] = 1;

/**
 * Whether a UTF-16 code unit is whitespace in the sense of JavaScript's `\s`.
 *
 * @example
 * isWhitespace(" ".charCodeAt(0)); // true
 * isWhitespace("\u3000".charCodeAt(0)); // true (ideographic space)
 */
export function isWhitespace(c: number): boolean {
	if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
	if (c < 0xa0) return false;
	return (
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000 ||
		c === 0xfeff
	);
}

/**
 * Space or tab.
 *
 * @example
 * isSpaceOrTab(9); // true
 */
export function isSpaceOrTab(c: number): boolean {
	return c === 32 || c === 9;
}

/**
 * Whether a code unit may appear in a tag body: anything but whitespace, the
 * ASCII punctuation Obsidian excludes, and the `\u2000-\u206F` / `\u2E00-\u2E7F`
 * punctuation blocks. Letters of any script, digits, `_`, `-`, `/` and emoji qualify.
 *
 * @example
 * isTagChar("컨".charCodeAt(0)); // true
 * isTagChar(".".charCodeAt(0)); // false
 */
export function isTagChar(c: number): boolean {
	if (c < 128) return c > 32 && c !== 127 && TAG_STOP[c] === 0;
	if (c >= 0x2000 && c <= 0x206f) return false;
	if (c >= 0x2e00 && c <= 0x2e7f) return false;
	return !isWhitespace(c);
}

/**
 * ASCII punctuation, the characters a backslash escapes.
 *
 * @example
 * isAsciiPunct("[".charCodeAt(0)); // true
 */
export function isAsciiPunct(c: number): boolean {
	return c < 128 && PUNCT[c] === 1;
}

/**
 * ASCII letter.
 *
 * @example
 * isAsciiLetter("Z".charCodeAt(0)); // true
 */
export function isAsciiLetter(c: number): boolean {
	return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * ASCII digit.
 *
 * @example
 * isDigit("7".charCodeAt(0)); // true
 */
export function isDigit(c: number): boolean {
	return c >= 48 && c <= 57;
}

/**
 * Character allowed in a block id: Latin letters, digits and `-`.
 *
 * @example
 * isBlockIdChar("_".charCodeAt(0)); // false
 */
export function isBlockIdChar(c: number): boolean {
	return isAsciiLetter(c) || isDigit(c) || c === 45;
}
