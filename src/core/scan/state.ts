/**
 * Mutable state shared by the block pass and the inline pass of one `scanNote` call.
 */
import type { LineIndex, Span } from "../model/position";
import type { BlockId, Heading, LinkRef, Region, RegionKind, Tag } from "../model/scan";
import { NextFinder } from "./next-finder";

/**
 * A `[text][label]`, `[label][]` or `[label]` that becomes a link only if a definition exists.
 *
 * @example
 * // "[docs][d]" at offset 0 => { start: 0, end: 9, textStart: 1, textEnd: 5, label: "d", embed: false, inComment: false }
 */
export interface RefCandidate {
	start: number;
	end: number;
	textStart: number;
	textEnd: number;
	label: string;
	embed: boolean;
	inComment: boolean;
}

/**
 * Normalises a reference label as CommonMark matches them: case-folded, inner whitespace collapsed.
 *
 * @example
 * normalizeLabel("  Docker  Docs "); // "docker docs"
 */
export function normalizeLabel(label: string): string {
	return label.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Outputs and shared caches of one scan.
 *
 * @example
 * const state = new ScanState(text, new LineIndex(text));
 * scanBody(state, 0);
 * state.headings; // Heading[]
 */
export class ScanState {
	readonly headings: Heading[] = [];
	readonly links: LinkRef[] = [];
	readonly blockIds: BlockId[] = [];
	readonly bodyTags: Tag[] = [];
	readonly regions: Region[] = [];
	readonly refs: RefCandidate[] = [];
	readonly definitions = new Map<string, LinkRef>();
	readonly htmlCommentEnd: NextFinder;
	readonly percentComment: NextFinder;
	readonly mathBlock: NextFinder;
	readonly wikiClose: NextFinder;
	readonly angleClose: NextFinder;
	/** No `]:` anywhere means no reference definitions: reference candidates need not be kept. */
	readonly mayHaveDefinitions: boolean;
	/** Only headings and block ids are wanted (see `scanOutline`): the other records may be incomplete. */
	outlineOnly = false;

	constructor(
		readonly text: string,
		readonly index: LineIndex,
	) {
		this.htmlCommentEnd = new NextFinder(text, "-->");
		this.percentComment = new NextFinder(text, "%%");
		this.mathBlock = new NextFinder(text, "$$");
		this.wikiClose = new NextFinder(text, "]]");
		this.angleClose = new NextFinder(text, ">");
		this.mayHaveDefinitions = text.indexOf("]:") >= 0;
	}

	span(from: number, to: number): Span {
		return this.index.span(from, to);
	}

	region(kind: RegionKind, from: number, to: number, unterminated = false): void {
		this.regions.push({ kind, span: this.span(from, to), unterminated });
	}
}
