/**
 * Positions inside a note's text. Lines and columns are 1-based and counted in
 * UTF-16 code units (what editors and our JSON output use); offsets are 0-based
 * indexes into the JavaScript string.
 *
 * @example
 * const index = new LineIndex("a\nbc");
 * index.pos(3); // { line: 2, column: 2, offset: 3 }
 */
export interface Pos {
	/** 1-based line number. */
	line: number;
	/** 1-based column, in UTF-16 code units. */
	column: number;
	/** 0-based offset into the text. */
	offset: number;
}

/** A half-open range `[start, end)` of a text. */
export interface Span {
	start: Pos;
	end: Pos;
}

/**
 * Offsets where each line starts (`\r\n`, `\n` and a lone `\r` each end a line).
 *
 * @example
 * lineStartsOf("a\nb\r\nc\rd"); // [0, 2, 5, 7]
 */
export function lineStartsOf(text: string): number[] {
	const starts = [0];
	if (text.indexOf("\r") < 0) {
		// Only `\n` endings: native `indexOf` finds them several times faster than a loop.
		for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
		return starts;
	}
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) starts.push(i + 1);
		else if (c === 13) {
			if (text.charCodeAt(i + 1) === 10) i++;
			starts.push(i + 1);
		}
	}
	return starts;
}

/**
 * Maps offsets to line/column positions in O(log lines), O(1) when asked in
 * nearly increasing order (as the scanner does).
 * `\r\n`, `\n` and a lone `\r` each end a line, as in CommonMark.
 *
 * @example
 * const index = new LineIndex("x\r\ny");
 * index.pos(3).line; // 2
 */
export class LineIndex {
	/** Offset of the first character of each line. */
	readonly lineStarts: number[];

	/** Line (0-based) of the last answer: the scanner asks in nearly increasing order. */
	private last = 0;

	/**
	 * `lineStarts` may be passed when already known for this exact text (a
	 * `NoteScan` carries them); they are then shared, not recomputed.
	 */
	constructor(
		readonly text: string,
		lineStarts?: number[],
	) {
		this.lineStarts = lineStarts ?? lineStartsOf(text);
	}

	/** Number of lines (a text ending in a newline has an empty last line). */
	get lineCount(): number {
		return this.lineStarts.length;
	}

	/** Position of a 0-based offset (clamped into the text). */
	pos(offset: number): Pos {
		const o = Math.max(0, Math.min(offset, this.text.length));
		const starts = this.lineStarts;
		// Fast path: the line of the last answer, or the one after it.
		const l = this.last;
		const at = starts[l] as number;
		if (o >= at) {
			const next = starts[l + 1];
			if (next === undefined || o < next) return { line: l + 1, column: o - at + 1, offset: o };
			const after = starts[l + 2];
			if (after === undefined || o < after) {
				this.last = l + 1;
				return { line: l + 2, column: o - next + 1, offset: o };
			}
		}
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((starts[mid] ?? 0) <= o) lo = mid;
			else hi = mid - 1;
		}
		this.last = lo;
		return { line: lo + 1, column: o - (starts[lo] ?? 0) + 1, offset: o };
	}

	/** Span of `[from, to)`. */
	span(from: number, to: number): Span {
		return { start: this.pos(from), end: this.pos(to) };
	}

	/** 0-based offset of a 1-based line and column; `null` when outside the text. */
	offsetOf(line: number, column: number): number | null {
		const start = this.lineStarts[line - 1];
		if (start === undefined || column < 1) return null;
		const offset = start + column - 1;
		const next = this.lineStarts[line];
		const lineEnd = next === undefined ? this.text.length : next;
		return offset <= lineEnd ? offset : null;
	}

	/** Text of a 1-based line without its line ending. */
	lineText(line: number): string {
		const start = this.lineStarts[line - 1];
		if (start === undefined) return "";
		const next = this.lineStarts[line];
		let end = next === undefined ? this.text.length : next;
		while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
		return this.text.slice(start, end);
	}
}
