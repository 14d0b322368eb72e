/**
 * Every sentence a rule, fix or skip reason shows, as functions of their data.
 * One catalog per language (`en.ts`, `ko.ts`); TypeScript makes each complete.
 */
import type { OutlineHeading, UnparsedReason } from "../model/scan";

/** Why a note was not checked. */
export type SkipReason = { kind: "binary" } | { kind: "too-large"; bytes: number; limit: number } | { kind: "unreadable"; error: string };

/** A TOC difference, for the `toc-stale` message. */
export interface TocDiff {
	/** Headings with no entry. */
	missing: string[];
	/** Entries that reach no heading (renamed or deleted) or repeat one. */
	extra: string[];
	/** Entries in a different order than the headings. */
	reordered: boolean;
	/** Entries nested at a different depth than their heading. */
	nesting: boolean;
}

export interface MessageCatalog {
	linkUnparsed(destination: string, reason: UnparsedReason, image: boolean): string;
	/** How to make the link parse: encode its spaces, wrap it in `<...>`, or (a property link) put it in quotes. */
	linkUnparsedSuggestion(encoding: "percent" | "angle" | "quotes"): string;
	linkUnparsedFix(encoding: "percent" | "angle" | "quotes"): string;

	/** `github`: the heading whose GitHub anchor `subpath` is (`#day-1---docker-기초`), when it is one. */
	headingMissing(subpath: string, note: string | null, github: string | null): string;
	headingMissingSuggestion(path: string): string;
	headingMissingNoSuggestion(): string;
	headingMissingFix(path: string): string;
	/** No "Did you mean" for a broken link: the note's hint budget was spent on earlier links. */
	hintsNotCompared(): string;

	/** `parent`: the heading `reached` really lies under (its line tells it from a namesake the path names). */
	headingFragile(subpath: string, reached: OutlineHeading, parent: OutlineHeading): string;
	headingFragileSuggestion(path: string): string;
	headingFragileNoFix(): string;
	headingFragileFix(path: string): string;

	headingAmbiguous(segment: string, count: number, line: number): string;
	headingAmbiguousSuggestion(path: string): string;
	headingAmbiguousNoFix(): string;
	headingAmbiguousFix(path: string): string;
	/** A TOC entry for heading line `line`, which has the same path as the earlier `first`. */
	headingTwin(line: number, first: number): string;
	headingTwinSuggestion(): string;

	blockMissing(id: string, note: string | null): string;

	noteMissing(path: string, subpath: string): string;
	outsideVault(path: string): string;

	imageMissing(path: string): string;
	imageMissingSuggestion(candidates: string[]): string;
	imageMissingFix(path: string): string;
	/** The one file found is the link's `/path` under `folder`: a site root that is not set. */
	imageSiteRoot(path: string, folder: string): string;

	imageOutsideFolder(path: string, folder: string): string;

	pathCaseMismatch(written: string, actual: string): string;
	pathCaseMismatchFix(actual: string): string;

	unicodeNormalization(written: string, what: "file" | "heading"): string;
	unicodeNormalizationFix(): string;
	unicodeNormalizationNoFix(): string;

	tocStale(diff: TocDiff): string;
	tocStaleFix(): string;
	tocInsertFix(): string;

	frontmatterInvalid(error: string, language: string): string;
	/** A code block (`fence`) or comment never closed. */
	blockUnclosed(fence: boolean): string;

	tagsCommaString(value: string): string;
	tagsCommaStringFix(list: string): string;

	skipped(reason: SkipReason): string;
}
