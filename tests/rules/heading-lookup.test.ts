import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OutlineHeading } from "../../src/core/model/scan";
import { resolveHeadingPath } from "../../src/core/resolve/heading-path";
import { lookupHeadingPath } from "../../src/core/rules/heading-lookup";

const heading = (level: number, text: string): OutlineHeading => ({ level: level as OutlineHeading["level"], text, line: 1 });
const names = ["개요", "문제점", "실습", "A", "b", "Hypervisor"];

// Short outlines are read by a pass over their keys; past 64 headings candidates come from a key index.
const sizes = [
	{ name: "short outlines", minLength: 0, maxLength: 14, numRuns: 3000 },
	{ name: "long outlines (the key index)", minLength: 65, maxLength: 120, numRuns: 500 },
];

describe("lookupHeadingPath", () => {
	for (const { name, minLength, maxLength, numRuns } of sizes) {
		it(`agrees with resolveHeadingPath on ${name} and arbitrary paths`, () => {
			fc.assert(
				fc.property(
					fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom(...names)), { minLength, maxLength }),
					fc.array(fc.constantFrom(...names, "없음"), { minLength: 1, maxLength: 3 }),
					(outline, segs) => {
						const headings = outline.map(([l, t]) => heading(l, t));
						const subpath = "#" + segs.join("#");
						expect(lookupHeadingPath(headings, subpath)).toEqual(resolveHeadingPath(headings, subpath));
					},
				),
				{ numRuns },
			);
		});
	}
});
