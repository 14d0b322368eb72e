import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineIndex, type Pos } from "../../src/core/model/position";

/** Position computed from scratch by walking the text: the reference the fast path must match. */
function naivePos(text: string, offset: number): Pos {
	const o = Math.max(0, Math.min(offset, text.length));
	let line = 1;
	let start = 0;
	for (let i = 0; i < o; i++) {
		const c = text[i];
		// In "\r\n" the line ends after the "\n", so a "\r" followed by "\n" is passed over.
		if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) {
			line++;
			start = i + 1;
		}
	}
	return { line, column: o - start + 1, offset: o };
}

const textArb = fc.array(fc.constantFrom("a", "가", "\n", "\r\n", "\r", " ", "\n\n"), { maxLength: 60 }).map((parts) => parts.join(""));

describe("LineIndex positions", () => {
	it("answers like a from-scratch walk for offsets asked in any order (its last-line hint never leaks)", () => {
		fc.assert(
			fc.property(textArb, fc.array(fc.integer({ min: -3, max: 70 }), { minLength: 1, maxLength: 40 }), (text, offsets) => {
				const index = new LineIndex(text);
				for (const o of offsets) expect(index.pos(o), `offset ${o} of ${JSON.stringify(text)}`).toEqual(naivePos(text, o));
			}),
			{ numRuns: 800 },
		);
	});

	it("answers like a from-scratch walk for increasing offsets (the scanner's order)", () => {
		fc.assert(
			fc.property(textArb, (text) => {
				const index = new LineIndex(text);
				for (let o = 0; o <= text.length; o++) {
					const end = Math.min(text.length, o + 3);
					expect(index.span(o, end)).toEqual({ start: naivePos(text, o), end: naivePos(text, end) });
				}
			}),
			{ numRuns: 300 },
		);
	});
});

describe("LineIndex", () => {
	it("finds the same line starts with or without carriage returns", () => {
		fc.assert(
			fc.property(textArb, (text) => {
				const starts = [0];
				for (let i = 0; i < text.length; i++) {
					if (text[i] === "\n") starts.push(i + 1);
					else if (text[i] === "\r") {
						if (text[i + 1] === "\n") i++;
						starts.push(i + 1);
					}
				}
				expect(new LineIndex(text).lineStarts).toEqual(starts);
			}),
			{ numRuns: 500 },
		);
	});
});
