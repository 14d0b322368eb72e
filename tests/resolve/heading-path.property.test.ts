/**
 * Property tests: the O(segments × headings) walks against naive reference
 * implementations written straight from the two readings' definitions.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OutlineHeading } from "../../src/core/model/scan";
import { headingKey, stripHeading, stripHeadingForLink } from "../../src/core/resolve/heading-normalize";
import { ancestors, qualifiedPath, resolveHeadingPath, segmentCount, splitSubpath } from "../../src/core/resolve/heading-path";

const NAMES = ["A", "b", "B?", "실습", "x: y", "C#"];

function mk(levels: number[], names: number[]): OutlineHeading[] {
	return levels.map((l, i) => ({
		level: l as OutlineHeading["level"],
		text: NAMES[(names[i] ?? 0) % NAMES.length] ?? "A",
		line: i + 1,
	}));
}

/** Naive ordered reading: depth-first search over increasing-level subsequences, earliest first. */
function naiveOrdered(hs: OutlineHeading[], segs: string[]): number | null {
	const go = (s: number, from: number, level: number): number | null => {
		for (let i = from; i < hs.length; i++) {
			const h = hs[i];
			if (!h || h.level <= level || headingKey(h.text) !== segs[s]) continue;
			if (s === segs.length - 1) return i;
			const r = go(s + 1, i + 1, h.level);
			if (r !== null) return r;
		}
		return null;
	};
	return go(0, 0, 0);
}

/** Naive strict reading: first match of segment 1, then each next segment must be a descendant of the previous match (its section), no backtracking. */
function naiveStrict(hs: OutlineHeading[], segs: string[]): number | null {
	let cur = hs.findIndex((h) => headingKey(h.text) === segs[0]);
	if (cur < 0) return null;
	for (let s = 1; s < segs.length; s++) {
		const level = hs[cur]?.level ?? 0;
		let next = -1;
		for (let i = cur + 1; i < hs.length && (hs[i]?.level ?? 0) > level; i++) {
			if (headingKey(hs[i]?.text ?? "") === segs[s]) {
				next = i;
				break;
			}
		}
		if (next < 0) return null;
		cur = next;
	}
	return cur;
}

const tree = fc
	.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.nat(NAMES.length - 1)), { minLength: 0, maxLength: 14 })
	.map((pairs) => mk(pairs.map((p) => p[0]), pairs.map((p) => p[1])));
const pathArb = fc.array(fc.nat(NAMES.length - 1), { minLength: 1, maxLength: 4 }).map((ix) => ix.map((i) => NAMES[i] ?? "A"));

describe("heading paths (properties)", () => {
	it("strict and ordered match their naive definitions; strict implies ordered === strict", () => {
		fc.assert(
			fc.property(tree, pathArb, (hs, segs) => {
				const r = resolveHeadingPath(hs, "#" + segs.map(stripHeadingForLink).join("#"));
				const keys = segs.map(headingKey);
				expect(r.ordered).toBe(naiveOrdered(hs, keys));
				expect(r.strict).toBe(naiveStrict(hs, keys));
				if (r.strict !== null) expect(r.ordered).toBe(r.strict);
			}),
			{ numRuns: 3000 },
		);
	});

	it("match their naive definitions on long outlines (indexed positions) and on paths longer than six levels", () => {
		const longTree = fc
			.array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.nat(2)), { minLength: 65, maxLength: 160 })
			.map((pairs) => mk(pairs.map((p) => p[0]), pairs.map((p) => p[1])));
		const longPath = fc.array(fc.nat(2), { minLength: 1, maxLength: 8 }).map((ix) => ix.map((i) => NAMES[i] ?? "A"));
		fc.assert(
			fc.property(fc.oneof(tree, longTree), longPath, (hs, segs) => {
				// Each path twice and another in between: a long outline remembers its paths' results.
				for (const path of [segs, [...segs].reverse(), segs]) {
					const r = resolveHeadingPath(hs, "#" + path.map(stripHeadingForLink).join("#"));
					const keys = path.map(headingKey);
					expect(r.ordered).toBe(naiveOrdered(hs, keys));
					expect(r.strict).toBe(naiveStrict(hs, keys));
					expect(r.candidates).toEqual(hs.flatMap((h, i) => (headingKey(h.text) === keys[keys.length - 1] ? [i] : [])));
				}
			}),
			{ numRuns: 1500 },
		);
	});

	it("qualifiedPath, when it gives a path, reaches the heading under both readings via its ancestors", () => {
		fc.assert(
			fc.property(tree, fc.nat(), (hs, k) => {
				if (hs.length === 0) return;
				const i = k % hs.length;
				const p = qualifiedPath(hs, i);
				if (p === null) return;
				const r = resolveHeadingPath(hs, p);
				expect([r.strict, r.ordered]).toEqual([i, i]);
				const segs = p.split("#").filter((x) => x !== "");
				const chain = [...ancestors(hs, i)].reverse().concat(i).map((j) => headingKey(hs[j]?.text ?? ""));
				expect(chain.slice(chain.length - segs.length)).toEqual(segs.map(headingKey));
			}),
			{ numRuns: 2000 },
		);
	});

	it("a heading whose key is unique (or the first of its key) needs no ancestor", () => {
		fc.assert(
			fc.property(tree, (hs) => {
				hs.forEach((h, i) => {
					const key = headingKey(h.text);
					if (key === "" || hs.findIndex((x) => headingKey(x.text) === key) !== i) return;
					expect(qualifiedPath(hs, i)).toBe("#" + stripHeadingForLink(h.text));
				});
			}),
			{ numRuns: 1000 },
		);
	});

	it("a later duplicate under a differently named parent gets that parent", () => {
		const hs = mk([1, 2, 1, 2], [0, 3, 1, 3]); // # A / ## 실습 / # b / ## 실습
		expect(qualifiedPath(hs, 3)).toBe("#b#실습");
	});
});

describe("stripHeading (properties)", () => {
	it("is idempotent, and stripHeadingForLink never changes the key", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (s) => {
				expect(stripHeading(stripHeading(s))).toBe(stripHeading(s));
				expect(headingKey(stripHeadingForLink(s))).toBe(headingKey(s));
			}),
			{ numRuns: 2000 },
		);
	});

	it("is linear on long adversarial input", () => {
		const big = "#[](|^%%".repeat(125_000);
		const t0 = performance.now();
		const out = stripHeading(big);
		expect(out).toBe("");
		expect(performance.now() - t0).toBeLessThan(2000);
	});
});

describe("segmentCount", () => {
	it("counts the segments splitSubpath finds in a heading subpath, without splitting", () => {
		const piece = fc.constantFrom("#", "##", "a", "실습", " ", "^", "[");
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
				const subpath = pieces.join("");
				const parsed = splitSubpath(subpath);
				if (parsed.kind === "heading") expect(segmentCount(subpath)).toBe(parsed.segments.length);
				if (parsed.kind === "none") expect(segmentCount(subpath)).toBe(0);
			}),
			{ numRuns: 3000 },
		);
	});
});
