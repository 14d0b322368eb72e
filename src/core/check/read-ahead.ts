/**
 * How a one-pass `checkVault` (the CLI) treats a link target read ahead of its own
 * turn: only its outline is needed then, and its text may be kept for its turn so
 * that it is not read twice. The plugin passes none: its host supplies outlines.
 */
import type { NoteScan } from "../model/scan";
import { scanOutline } from "../scan/scan-note";

/**
 * The read-ahead policy a {@link Checker} consults (see `CheckerOptions.readAhead`).
 *
 * @example
 * new Checker(vault, settings, { readAhead: new HeldTextReadAhead() });
 */
export interface ReadAhead {
	/** Headings and block ids of a target's text (its own turn scans it whole). */
	outline(text: string): Pick<NoteScan, "headings" | "blockIds">;
	/** Whether to keep a target's text of `chars` code units until its turn; kept texts count until {@link release}. */
	hold(chars: number): boolean;
	/** A kept text's turn came, or the run ended: its `chars` no longer count. */
	release(chars: number): void;
}

/**
 * Default text budget: reading a note twice costs more than keeping its text a
 * while, but a large vault's whole text would not fit the memory budget (16,000,000
 * code units: at most 32 MB). On the bench's 10,000-note vault (26.5 million code
 * units, 80% of notes read ahead of their turn) it keeps every such text: no note is
 * read twice (2,906 were with half this budget), the check is about 3% faster and its
 * peak memory 10 MB higher (about 214 MB).
 */
export const HELD_TEXT_BUDGET = 16_000_000;

/**
 * Outlines targets with `scanOutline` (the same headings and block ids as a full
 * scan, for less) and keeps their texts while they fit in `budget` code units.
 *
 * @example
 * const ahead = new HeldTextReadAhead(scanOutline, 10);
 * ahead.hold(8); // true
 * ahead.hold(8); // false: 16 > 10
 * ahead.release(8);
 * ahead.hold(8); // true
 */
export class HeldTextReadAhead implements ReadAhead {
	private held = 0;

	constructor(
		readonly outline: ReadAhead["outline"] = scanOutline,
		private readonly budget = HELD_TEXT_BUDGET,
	) {}

	hold(chars: number): boolean {
		if (this.held + chars > this.budget) return false;
		this.held += chars;
		return true;
	}

	release(chars: number): void {
		this.held -= chars;
	}
}
