import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/core/model/position";
import { Locator } from "../../src/core/scan/locator";

const textArb = fc.array(fc.constantFrom("a", "가", "\n", "\r\n", "\r", " ", "\n\n"), { maxLength: 60 }).map((parts) => parts.join(""));

describe("Locator", () => {
	it("answers like LineIndex for offsets asked in any order (its last-line hint never leaks)", () => {
		fc.assert(
			fc.property(textArb, fc.array(fc.integer({ min: -3, max: 70 }), { minLength: 1, maxLength: 40 }), (text, offsets) => {
				const locator = new Locator(text);
				const index = new LineIndex(text);
				for (const o of offsets) expect(locator.pos(o), `offset ${o} of ${JSON.stringify(text)}`).toEqual(index.pos(o));
			}),
			{ numRuns: 800 },
		);
	});

	it("answers like LineIndex for increasing offsets (the scanner's order)", () => {
		fc.assert(
			fc.property(textArb, (text) => {
				const locator = new Locator(text);
				const index = new LineIndex(text);
				for (let o = 0; o <= text.length; o++) expect(locator.span(o, Math.min(text.length, o + 3))).toEqual(index.span(o, Math.min(text.length, o + 3)));
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
