/** Small helpers shared by the rules. */
import type { LinkFacts } from "./link-facts";
import type { RuleContext } from "./rule";

/**
 * How a message names the target note: `null` for the note itself, else its name
 * without `.md`, or its vault path when several files share that name (Obsidian
 * then picks one by folder and path length, and the name alone would send the user
 * to a note that may well have the heading).
 *
 * @example
 * // [[Tags#Nested tags]] resolved to "km/Plugins/Tags.md" among four Tags.md => "km/Plugins/Tags"
 */
export function targetLabel(facts: LinkFacts): string | null {
	if (facts.sameNote) return null;
	const p = facts.file.nfcPath ?? facts.link.path;
	return (facts.file.candidates.length > 1 ? p : p.slice(p.lastIndexOf("/") + 1)).replace(/\.md$/i, "");
}

/** A heading path for messages: `#A#B`. */
export function showPath(segments: readonly string[]): string {
	return "#" + segments.join("#");
}

/**
 * Whether the link is an entry of a stale TOC: `toc-stale` then covers it (its fix
 * regenerates the entry), so heading rules stay quiet instead of reporting it twice.
 *
 * @example
 * // "- [a](#a)\n- [b](#b)\n\n# b\n": the first entry's link is in the stale TOC
 * inStaleToc(ctx, factsOfFirstLink); // true
 */
export function inStaleToc(ctx: RuleContext, facts: LinkFacts): boolean {
	if (!ctx.toc || !ctx.tocComparison?.stale || !ctx.enabled("toc-stale")) return false;
	// Every line of a TOC's span is an entry or blank, and an entry's line holds only its link:
	// a link starting inside the span is an entry's. One comparison, not a walk over the entries
	// (a note with 20,000 entries spent 3 s here).
	const offset = facts.link.span.start.offset;
	const span = ctx.toc.span;
	return offset >= span.start.offset && offset < span.end.offset;
}

/**
 * The image folder as a vault path (NFC, no slashes at the ends): a leading `/`
 * maps through the site root, as a link would.
 *
 * @example
 * imageFolderPath("/img/이미지 창고", "static"); // "static/img/이미지 창고"
 */
export function imageFolderPath(imageFolder: string, siteRoot: string): string {
	const folder = imageFolder.normalize("NFC").trim();
	const rest = folder.replace(/^\/+|\/+$/g, "");
	const root = siteRoot.normalize("NFC").replace(/^\/+|\/+$/g, "");
	return folder.startsWith("/") && root !== "" ? (rest === "" ? root : root + "/" + rest) : rest;
}
