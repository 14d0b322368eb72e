/**
 * Writing link destinations that Obsidian parses. A Markdown destination may not
 * hold raw whitespace (spec Q2): fixes either percent-encode it or wrap it in
 * `<...>`, per `settings.linkEncoding`. Non-ASCII text (Korean) stays readable.
 */
import type { LinkEncoding } from "../model/settings";
import { stripHeadingForLink } from "../resolve/heading-normalize";
import { decodeDestination } from "../scan/link-parts";

/** Percent-encodes whitespace only, leaving everything else as written. */
export function encodeWhitespace(dest: string): string {
	return dest.replace(/\s/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
}

/**
 * Whether parentheses in a destination are balanced (CommonMark allows balanced
 * ones unescaped in a plain destination).
 */
function parensBalanced(dest: string): boolean {
	let depth = 0;
	for (const c of dest) {
		if (c === "(") depth++;
		else if (c === ")" && --depth < 0) return false;
	}
	return depth === 0;
}

/**
 * Makes a raw destination (as it was meant, spaces and all) parseable in a
 * Markdown link: `percent` encodes whitespace (and `<`, `>`, unbalanced
 * parentheses); `angle` wraps in `<...>` when needed. A destination that needs
 * nothing is returned unchanged.
 *
 * @example
 * markdownDestination("#개요#컨테이너 기술 발전", "percent"); // "#개요#컨테이너%20기술%20발전"
 * markdownDestination("/img/이미지 창고/a.png", "angle"); // "</img/이미지 창고/a.png>"
 */
export function markdownDestination(dest: string, encoding: LinkEncoding): string {
	const needsWork = /[\s<>]/.test(dest) || !parensBalanced(dest);
	if (!needsWork) return dest;
	if (encoding === "angle" && !/[<>\r\n]/.test(dest)) return "<" + dest + ">";
	// A malformed escape (`100%`, `%zz`) makes Obsidian keep the whole destination as written:
	// once `%20` is in it, it must decode, so its `%` becomes `%25`.
	const raw = decodeDestination(dest) === dest ? dest.replace(/%/g, "%25") : dest;
	let out = encodeWhitespace(raw).replace(/</g, "%3C").replace(/>/g, "%3E");
	if (!parensBalanced(out)) out = out.replace(/\(/g, "%28").replace(/\)/g, "%29");
	return out;
}

/**
 * A heading as one segment of a heading path: kept as written unless it holds a
 * character that would split or end the link, in which case Obsidian's own
 * `stripHeadingForLink` is applied (both compare equal after `stripHeading`).
 *
 * @example
 * headingSegment("Step 1: Install"); // "Step 1: Install"
 * headingSegment("C# basics"); // "C basics"
 */
export function headingSegment(text: string): string {
	if (/[#|^\\\r\n]|%%|\[\[|]]/.test(text)) return stripHeadingForLink(text);
	return text;
}

/**
 * A heading as one segment of a wikilink's target: as {@link headingSegment}, without
 * brackets (a `]` beside the closing `]]` would end the link early; Obsidian compares
 * headings without them).
 *
 * @example
 * wikiSegment("[draft]"); // "draft"
 */
export function wikiSegment(text: string): string {
	return headingSegment(text).replace(/[[\]]/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * Heading segment for a Markdown destination that will be percent-encoded:
 * whitespace, `%`, `<` and `>` are encoded (and parentheses when unbalanced), so
 * the destination always parses and decodes back to the segment.
 *
 * @example
 * percentSegment("100% 완료"); // "100%25%20완료"
 * percentSegment("Taint(얼룩)"); // "Taint(얼룩)"
 */
export function percentSegment(text: string): string {
	let out = encodeWhitespace(headingSegment(text).replace(/%/g, "%25")).replace(/</g, "%3C").replace(/>/g, "%3E");
	if (!parensBalanced(out)) out = out.replace(/\(/g, "%28").replace(/\)/g, "%29");
	return out;
}

/** Escapes `[`, `]` and `\` in Markdown link text. */
export function escapeLinkText(text: string): string {
	return text.replace(/[[\]\\]/g, (c) => "\\" + c);
}

/** Link text usable as a wikilink alias (no `|`, no `]]`). */
export function wikiAlias(text: string): string {
	return text.replace(/\|/g, " ").replace(/]]/g, "] ]").replace(/\s+/g, " ").trim();
}
