/**
 * Obsidian's heading normalisation (spec Q1.4). Ported from the de-minified
 * `stripHeading` / `stripHeadingForLink` of Obsidian 1.12.7 (CORB audit); the
 * character classes are kept exactly as Obsidian writes them.
 */

/** Characters `stripHeading` turns into spaces before comparing. */
const STRIP_HEADING = /[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\\r\n]/g;
/** What `stripHeadingForLink` removes when Obsidian writes a link to a heading. */
const STRIP_FOR_LINK = /([:#|^\\\r\n]|%%|\[\[|]])/g;
const SPACES = /\s+/g;

/**
 * Normalises heading text (or a link segment) the way Obsidian compares headings:
 * each special character becomes a space, runs of whitespace collapse, ends are trimmed.
 * Case is kept; see {@link headingKey}. Unicode is NOT normalised (NFD ≠ NFC), as in Obsidian.
 *
 * @example
 * stripHeading("Step 1: Install (Docker)?"); // "Step 1 Install Docker"
 */
export function stripHeading(text: string): string {
	return text.replace(STRIP_HEADING, " ").replace(SPACES, " ").trim();
}

/**
 * The key two headings are compared by: {@link stripHeading} then lower-case.
 *
 * @example
 * headingKey("What is Docker?") === headingKey("what is docker"); // true
 */
export function headingKey(text: string): string {
	return stripHeading(text).toLowerCase();
}

/** What GitHub's anchors drop from a heading: everything but letters, marks, digits, `_`, `-` and spaces, and an emoji's variation selector. */
const NOT_IN_GITHUB_ANCHOR = /[^\p{L}\p{M}\p{N}\p{Pc} -]|[\uFE00-\uFE0F]/gu;

/**
 * GitHub's anchor for a heading (as github-slugger makes it, without the `-1` of a repeated one):
 * lower case, each space a hyphen, punctuation and symbols dropped. Notes written for GitHub link
 * headings this way; Obsidian does not. Applied to an anchor that kept its emoji (as some
 * table-of-contents tools write it), it gives the heading's GitHub anchor too.
 *
 * @example
 * githubAnchor("Day 2 - 이미지 & MySQL"); // "day-2---이미지--mysql"
 * githubAnchor("⚠️ 트러블슈팅"); // "-트러블슈팅"
 * githubAnchor("🗄️-개요") === githubAnchor("🗄️ 개요"); // true
 */
export function githubAnchor(text: string): string {
	return text.toLowerCase().replace(/ /g, "-").replace(NOT_IN_GITHUB_ANCHOR, "");
}

/**
 * Heading text as Obsidian writes it into a generated link: only link-breaking
 * characters (`: # | ^ \` line breaks, `%%`, `[[`, `]]`) become spaces.
 * `stripHeading(stripHeadingForLink(h)) === stripHeading(h)`, so the link still resolves.
 *
 * @example
 * stripHeadingForLink("Step 1: Install"); // "Step 1 Install"
 */
export function stripHeadingForLink(text: string): string {
	return text.replace(STRIP_FOR_LINK, " ").replace(SPACES, " ").trim();
}
