/**
 * What the scanner sees in one note: the records Obsidian's metadata cache would
 * hold, plus what Obsidian silently drops (unparsed Markdown destinations), each
 * with its exact source range. Produced by `scanNote` in `src/core/scan/`.
 */
import type { Span } from "./position";

/** Parses a front-matter YAML block. Injected so the core stays free of YAML libraries. */
export type FrontMatterParser = (yaml: string) => FrontMatterParseResult;

export type FrontMatterParseResult = { data: Record<string, unknown> } | { error: string };

/**
 * The front-matter block. `span` covers both `---` fences; `raw` is the text between them.
 *
 * @example
 * // "---\ntags: [a]\n---\n"  =>  { raw: "tags: [a]\n", data: { tags: ["a"] }, error: null, language: "" }
 */
export interface FrontMatter {
	span: Span;
	/** Span of the YAML text between the fences. */
	rawSpan: Span;
	raw: string;
	/** Word after the opening `---` (e.g. `js`); `""` for plain YAML. Only plain YAML is ever parsed. */
	language: string;
	/** Parsed data, or `null` when parsing failed or the block is not YAML. */
	data: Record<string, unknown> | null;
	/** Why the data is `null`: a YAML error message, or a refusal for `---js`. */
	error: string | null;
	/** `false` when the closing `---` is missing (then Obsidian treats the block as text). */
	closed: boolean;
}

/**
 * What links from other notes can see of a heading: enough to resolve a heading path
 * and to name the line in a message. A note that is only a link target is kept in this
 * form (three fields instead of two spans of four positions: most of a large vault's memory).
 *
 * @example
 * const h: OutlineHeading = { level: 2, text: "개요", line: 5 };
 */
export interface OutlineHeading {
	level: 1 | 2 | 3 | 4 | 5 | 6;
	/** Heading text as Obsidian's `HeadingCache.heading` holds it: trimmed, closing `#`s removed. */
	text: string;
	/** 1-based line of the heading (`span.start.line` of a full {@link Heading}). */
	line: number;
}

/** An ATX heading (`#` to `######` followed by a space or end of line), or a setext one. */
export interface Heading extends OutlineHeading {
	/** Whole heading line, without its line ending. */
	span: Span;
	/** Span of `text` inside the line. */
	textSpan: Span;
}

export type LinkSyntax =
	/** `[[target#sub|alias]]` and `![[...]]` */
	| "wiki"
	/** `[text](dest "title")` and `![alt](dest)` */
	| "markdown"
	/** `[text][label]`, `[label][]`, `[label]` using a definition */
	| "reference"
	/** `[label]: dest "title"` */
	| "definition";

export type UnparsedReason =
	/** raw whitespace in a destination not wrapped in `<...>` */
	| "whitespace"
	/** `<` without its closing `>` on the same line */
	| "unbalanced-angle"
	/** a wikilink as a property value without quotes (`up: [[Note]]`): YAML reads it as a list in a list */
	| "unquoted";

/**
 * A link or embed, parsed or not. For a reference link, `destination` and
 * `destSpan` come from its definition (which is where a fix edits).
 *
 * @example
 * // "[Hypervisor](#Virtualized Deployment#Hypervisor)" =>
 * // { syntax: "markdown", embed: false, text: "Hypervisor", destination: "#Virtualized Deployment#Hypervisor",
 * //   linktext: "#Virtualized Deployment#Hypervisor", path: "", subpath: "#Virtualized Deployment#Hypervisor",
 * //   parsed: false, unparsedReason: "whitespace", ... }
 */
export interface LinkRef {
	syntax: LinkSyntax;
	embed: boolean;
	/** The whole construct, including `!`, brackets and parentheses. */
	span: Span;
	/** Link text: the alias of a wikilink (or its target when none), the `[text]` of a Markdown link, the alt of an image. */
	text: string;
	/** Destination exactly as written, without the `<>` of an angle-bracket destination. For wikilinks, the target before `|`. */
	destination: string;
	/** Where `destination` is written (including `<>` when `angle`). */
	destSpan: Span;
	/** Destination written as `<...>`. */
	angle: boolean;
	/** The link text Obsidian would cache: percent-decoded for Markdown links (decoding errors leave it as written). */
	linktext: string;
	/** `linktext` before its first `#` (may be `""`: same note). */
	path: string;
	/** `linktext` from its first `#`, or `""`. */
	subpath: string;
	/** `|100x145` size of an embed, without the bar; `null` when absent. */
	size: string | null;
	/** Has a URL scheme (`https:`, `mailto:`, `obsidian:` ...): not an internal link. */
	external: boolean;
	/** `false` when Obsidian does not treat this as a link at all (see `unparsedReason`). */
	parsed: boolean;
	unparsedReason: UnparsedReason | null;
	/** Inside an inline `%%...%%` comment (Obsidian still indexes these). */
	inComment: boolean;
	/** For `reference`: the label used; for `definition`: its label. */
	label?: string;
}

/**
 * What links from other notes can see of a block id.
 *
 * @example
 * const b: OutlineBlockId = { id: "setup-1", line: 12 };
 */
export interface OutlineBlockId {
	/** Without the caret. */
	id: string;
	/** 1-based line of the `^id` (`span.start.line` of a full {@link BlockId}). */
	line: number;
}

/** A block id `^id` at the end of a paragraph or on its own line. */
export interface BlockId extends OutlineBlockId {
	span: Span;
}

/** A tag as `getAllTags` returns it: with `#`, original casing. */
export interface Tag {
	tag: string;
	source: "body" | "frontmatter";
	/** Source range for body tags; the front-matter value's line for front-matter tags when known, else `null`. */
	span: Span | null;
}

/** How the front matter declares tags. */
export interface FrontMatterTags {
	/** Tags Obsidian reads (without `#`). */
	values: string[];
	/** `tags: a, b` or `tags: a b`: one string of several tags, which Obsidian ignores since 1.9. */
	commaString: boolean;
	/** Line of the `tags:` key, when present. */
	keySpan: Span | null;
}

export type RegionKind = "fence" | "indented-code" | "inline-code" | "html-comment" | "percent-comment" | "math" | "frontmatter";

/** Text that is not prose: links, headings and tags inside are ignored (except inline `%%` links, see `LinkRef.inComment`). */
export interface Region {
	kind: RegionKind;
	span: Span;
	/** Runs to the end of the file because its closing delimiter is missing. */
	unterminated: boolean;
}

/** Everything the scanner found in one note. Arrays are in document order. */
export interface NoteScan {
	text: string;
	/** Offset of the first character of each line. */
	lineStarts: number[];
	frontMatter: FrontMatter | null;
	frontMatterTags: FrontMatterTags;
	headings: Heading[];
	links: LinkRef[];
	blockIds: BlockId[];
	/** Front-matter tags first, then body tags, duplicates kept (like `getAllTags`). */
	tags: Tag[];
	regions: Region[];
}

/** Options for `scanNote`. */
export interface ScanOptions {
	/** Parses plain-YAML front matter. Without it, `FrontMatter.data` is `null` and `error` says why. */
	parseFrontMatter?: FrontMatterParser;
}
