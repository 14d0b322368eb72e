/** Deciding that a file is not a note we can check: binary content, or over the size limit. */
import type { SkipReason } from "../i18n/catalog";

/**
 * UTF-8 length of a string, counting only as far as needed to compare with `limit`.
 *
 * @example
 * utf8Length("가a"); // 4
 */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) bytes += 1;
		else if (c < 0x800) bytes += 2;
		else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}

/** Whether the text is over `limit` UTF-8 bytes (cheap when clearly under or over). */
export function overLimit(text: string, limit: number): number | null {
	if (text.length * 3 <= limit) return null;
	if (text.length > limit) return utf8Length(text);
	const bytes = utf8Length(text);
	return bytes > limit ? bytes : null;
}

/**
 * Binary content read as text: a NUL character, or replacement characters
 * (what invalid UTF-8 decodes to) making up a large part of the start.
 *
 * @example
 * looksBinary("PNG\u0000\u0001"); // true
 */
export function looksBinary(text: string): boolean {
	if (text.indexOf("\u0000") >= 0) return true;
	if (text.indexOf("\ufffd") < 0) return false;
	const sample = text.length > 8192 ? text.slice(0, 8192) : text;
	let bad = 0;
	for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0xfffd) bad++;
	return bad >= 8 && bad > sample.length * 0.05;
}

/**
 * Why a note's text should be skipped, or `null` to check it.
 *
 * @example
 * skipReason("# 개요\n", 1000); // null
 */
export function skipReason(text: string, maxBytes: number): SkipReason | null {
	const bytes = overLimit(text, maxBytes);
	if (bytes !== null) return { kind: "too-large", bytes, limit: maxBytes };
	if (looksBinary(text)) return { kind: "binary" };
	return null;
}
