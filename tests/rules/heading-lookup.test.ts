import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OutlineHeading } from "../../src/core/model/scan";
import { resolveHeadingPath } from "../../src/core/resolve/heading-path";
import { lookupHeadingPath } from "../../src/core/rules/heading-lookup";

const heading = (level: number, text: string): OutlineHeading => ({ level: level as OutlineHeading["level"], text, line: 1 });
const names = ["개요", "문제점", "실습", "A", "b", "Hypervisor"];

describe("lookupHeadingPath", () => {
	it("agrees with resolveHeadingPath on arbitrary outlines and paths", () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom(...names)), { maxLength: 14 }),
				fc.array(fc.constantFrom(...names, "없음"), { minLength: 1, maxLength: 3 }),
				(outline, segs) => {
					const headings = outline.map(([l, t]) => heading(l, t));
					const subpath = "#" + segs.join("#");
					expect(lookupHeadingPath(headings, subpath)).toEqual(resolveHeadingPath(headings, subpath));
				},
			),
			{ numRuns: 3000 },
		);
	});

	it("agrees with resolveHeadingPath on long outlines (the indexed lookup)", () => {
		// Past 64 headings the lookup switches from a forward walk to a key table.
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom(...names)), { minLength: 65, maxLength: 120 }),
				fc.array(fc.constantFrom(...names, "없음"), { minLength: 1, maxLength: 3 }),
				(outline, segs) => {
					const headings = outline.map(([l, t]) => heading(l, t));
					const subpath = "#" + segs.join("#");
					expect(lookupHeadingPath(headings, subpath)).toEqual(resolveHeadingPath(headings, subpath));
				},
			),
			{ numRuns: 500 },
		);
	});
});
