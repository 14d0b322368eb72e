/** English messages. */
import type { MessageCatalog, TocDiff } from "./catalog";

const list = (items: string[], max = 3): string =>
	items.length <= max ? items.map((i) => `"${i}"`).join(", ") : `${items.slice(0, max).map((i) => `"${i}"`).join(", ")} and ${items.length - max} more`;

const linkTo = (path: string): string => `Link to "${path}"`;

function tocDetails(diff: TocDiff): string {
	const parts: string[] = [];
	if (diff.missing.length > 0) parts.push(`no entry for ${list(diff.missing)}`);
	if (diff.extra.length > 0) parts.push(`entries that reach no heading: ${list(diff.extra)}`);
	if (diff.reordered) parts.push("entries out of order");
	if (diff.nesting) parts.push("entries nested at the wrong depth");
	return parts.join("; ");
}

/** The suggestion and the fix title say the same when they are not about encoding. */
const wrapOrQuote = (enc: "angle" | "quotes"): string => (enc === "angle" ? "Wrap the destination in <...>" : "Quote the link");

/**
 * @example
 * en.headingMissing("#개요#설치", "Docker", null); // 'No heading "#개요#설치" in Docker'
 */
export const en: MessageCatalog = {
	linkUnparsed: (dest, reason, image) =>
		`Not ${image ? "an image" : "a link"} in Obsidian: the destination "${dest}" ${reason === "whitespace" ? "holds raw spaces" : reason === "unquoted" ? "is an unquoted property value" : 'opens "<" without closing it'}`,
	linkUnparsedSuggestion: (enc) => (enc === "percent" ? "Encode the spaces as %20" : wrapOrQuote(enc)),
	linkUnparsedFix: (enc) => (enc === "percent" ? "Encode spaces as %20" : wrapOrQuote(enc)),

	headingMissing: (sub, note, github) =>
		`No heading "${sub}" in ${note ?? "this note"}${github === null ? "" : `: it is a GitHub-style anchor for the heading "${github}", but Obsidian links a heading by its text`}`,
	headingMissingSuggestion: (path) => `Did you mean "${path}"?`,
	headingMissingNoSuggestion: () => "No similar heading found",
	headingMissingFix: linkTo,
	hintsNotCompared: () => "No suggestion: too many broken links in this note",

	headingFragile: (sub, reached, parent) =>
		`"${sub}" reaches "${reached.text}" (line ${reached.line}) only when segments are matched in document order: its parent is "${parent.text}" (line ${parent.line})`,
	headingFragileSuggestion: (path) => `Write "${path}", which works under both readings`,
	headingFragileNoFix: () => "No heading path reaches this heading under both readings; rename a heading",
	headingFragileFix: linkTo,

	headingAmbiguous: (seg, count, line) => `"${seg}" matches ${count} headings; Obsidian opens the first (line ${line})`,
	headingAmbiguousSuggestion: (path) => `Qualify it with its parent: "${path}"`,
	headingAmbiguousNoFix: () => "The first match has no parent to qualify it with; rename one of the headings",
	headingAmbiguousFix: linkTo,
	headingTwin: (line, first) => `This entry's heading (line ${line}) has the same path as line ${first}: Obsidian opens line ${first}`,
	headingTwinSuggestion: () => "No link can tell them apart; rename one of the headings",

	blockMissing: (id, note) => `No block "^${id}" in ${note ?? "this note"}`,

	noteMissing: (path, sub) => `The note "${path}" of the link to "${sub}" does not exist`,
	outsideVault: (path) => `"${path}" points outside the vault; it is not followed`,

	imageMissing: (path) => `Image not found: "${path}"`,
	imageMissingSuggestion: (c) => (c.length === 1 ? `A file with a similar name exists: "${c[0]}"` : `Files with similar names exist: ${list(c)}`),
	imageMissingFix: (path) => `Use "${path}"`,
	imageSiteRoot: (path, folder) => `"${path}" exists: if the site serves "${folder}" at its root, set the site root to it`,

	imageOutsideFolder: (path, folder) => `The image "${path}" is outside the image folder "${folder}"`,

	pathCaseMismatch: (w, a) => `"${w}" matches "${a}" only because Obsidian ignores case; a case-sensitive host will break it`,
	pathCaseMismatchFix: (a) => `Write the exact case "${a}"`,

	unicodeNormalization: (w, what) =>
		`"${w}" differs from the ${what === "file" ? "file name" : "heading"} only by Unicode normalization (NFC/NFD); Obsidian does not match them`,
	unicodeNormalizationFix: () => "Normalize to NFC",
	unicodeNormalizationNoFix: () => "The target itself is not NFC; rename it to NFC",

	tocStale: (diff) => `The table of contents no longer matches the headings: ${tocDetails(diff)}`,
	tocStaleFix: () => "Regenerate the table of contents",
	tocInsertFix: () => "Insert a table of contents",

	frontmatterInvalid: (err, lang) =>
		lang === "" ? `The front matter is not valid YAML: ${err}` : `The front matter is "---${lang}", not YAML; it is never run: ${err}`,

	blockUnclosed: (f) => `This ${f ? "code block" : "comment"} is never closed: Obsidian reads the rest of the note as ${f ? "code" : "a comment"}, ignoring its links and headings`,

	tagsCommaString: (v) => `"tags: ${v}" is one string of several tags, which Obsidian ignores since 1.9`,
	tagsCommaStringFix: (l) => `Write the tags as a YAML list: ${l}`,

	skipped: (r) =>
		r.kind === "binary"
			? "Skipped: binary content"
			: r.kind === "too-large"
				? `Skipped: ${r.bytes} bytes, over the ${r.limit}-byte limit`
				: `Skipped: unreadable (${r.error})`,
};
