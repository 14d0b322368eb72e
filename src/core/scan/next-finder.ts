/**
 * Finds the next occurrence of a fixed string, remembering the last answer so a
 * scanner that asks again from a later offset does not rescan: this keeps
 * `[[[[...` or an unclosed `<!--` linear instead of quadratic.
 *
 * @example
 * const f = new NextFinder("a]]b]]", "]]");
 * f.next(0); // 1
 * f.next(2); // 4
 */
export class NextFinder {
	private from = -1;
	private lastFound = -1;

	constructor(
		private readonly text: string,
		private readonly needle: string,
	) {}

	/** First offset `>= from` where the needle starts, or -1. */
	next(from: number): number {
		if (this.from >= 0 && from >= this.from && (this.lastFound === -1 || this.lastFound >= from)) return this.lastFound;
		this.from = from;
		this.lastFound = this.text.indexOf(this.needle, from);
		return this.lastFound;
	}
}
