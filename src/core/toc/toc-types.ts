/** Shapes of a note's table of contents (TOC) and of its writing style. */
import type { LinkRef } from "../model/scan";
import type { Span } from "../model/position";

/**
 * How a TOC entry writes the heading path of its link:
 * `none` = the heading alone (`#문제점`); `parent` = immediate parent and heading
 * (`#Traditional Deployment#문제점`, the seed's style, from the "Table of Contents"
 * plugin); `full` = every ancestor inside the TOC's levels.
 */
export type TocPathStyle = "none" | "parent" | "full";

/** The writing style of a TOC, detected from an existing one or defaulted. */
export interface TocStyle {
	/** One level of indentation: `"\t"` or some spaces. */
	indentUnit: string;
	/** List marker: `-`, `*`, `+`, or `1.` / `1)` for ordered lists (then numbered per level). */
	marker: string;
	linkKind: "markdown" | "wiki";
	/** Wikilinks carry `|heading` aliases. */
	wikiAlias: boolean;
	pathStyle: TocPathStyle;
	/** How Markdown destinations with spaces are written; `raw` = as seen (not parseable), replaced by the setting when generating. */
	encoding: "percent" | "angle" | "raw";
	/** Heading levels the TOC lists. */
	minLevel: number;
	maxLevel: number;
	/** Line ending between entries. */
	lineEnding: string;
	/**
	 * How entries are indented: `tree` = one level per listed ancestor; `level` =
	 * heading level minus `minLevel` (the "Table of Contents" plugin's way, which
	 * skips indentation levels when heading levels are skipped).
	 */
	depthMode: "tree" | "level";
}

/** One list item of a TOC: a single same-note heading link. */
export interface TocEntry {
	/** 1-based line. */
	line: number;
	/** Leading whitespace of the line. */
	indent: string;
	/** Nesting depth read from the indentation (0 = outermost). */
	depth: number;
	marker: string;
	link: LinkRef;
	/** Heading the entry reaches (strictly, else in document order), or `null`. */
	target: number | null;
}

/** A TOC found in a note. */
export interface TocBlock {
	/** From the start of the first entry line to the end of the last one (line ending excluded). */
	span: Span;
	/** Index of the heading it sits under (`목차`, `Table of contents`), or `null` for a leading TOC. */
	hostHeading: number | null;
	entries: TocEntry[];
	style: TocStyle;
}
