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
