import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OutlineHeading } from "../../src/core/model/scan";
import { bigramSet, dice } from "../../src/core/suggest/bigram-sets";
import { suggestHeading } from "../../src/core/suggest/heading-suggest";
import { referenceSuggestion } from "./heading-suggest-reference";

// Few distinct words, so that headings and broken paths share bigrams, repeat, and nest.
const word = fc.constantFrom("개요", "문제점", "문제", "실습", "컨테이너", "Docker", "docker", "Deploy", "Deployment", "a", "ab", "", "-", "설치 방법", "x".repeat(120));
const text = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(" "));
// Long enough that more headings tie than the shortlist keeps, so its parent scores decide.
const outline = fc.array(fc.record({ level: fc.integer({ min: 1, max: 4 }), text }), { maxLength: 80 });
const path = fc.array(text, { minLength: 1, maxLength: 3 });

const asHeadings = (hs: { level: number; text: string }[]): OutlineHeading[] => hs.map((h) => ({ ...h }) as OutlineHeading);

describe("suggestHeading against the string-set reference", () => {
	it("picks the same heading with the same score", () => {
		fc.assert(
			fc.property(outline, fc.array(path, { minLength: 1, maxLength: 4 }), (hs, paths) => {
				const headings = asHeadings(hs);
				for (const segments of paths) expect(suggestHeading(headings, segments)).toEqual(referenceSuggestion(headings, segments));
			}),
			{ numRuns: 300 },
		);
	});

	it("lets the parent's score bring a late duplicate into the shortlist", () => {
		// Ten "### 문제점" tie on their own text; only the parent tells the last one apart, and
		// it follows a sibling, so a parent walk that confuses siblings with parents loses it.
		const lines = Array.from({ length: 10 }, (_, i) => `## Part ${i}\n### 문제점\n`).join("") + "## Virtualized\n### 개요\n### 문제점\n";
		const headings = asHeadings(lines.trim().split("\n").map((l) => ({ level: l.indexOf(" "), text: l.slice(l.indexOf(" ") + 1) })));
		const got = suggestHeading(headings, ["Virtualized", "문제점!"]);
		expect(got?.index).toBe(headings.length - 1);
		expect(got).toEqual(referenceSuggestion(headings, ["Virtualized", "문제점!"]));
	});
});

// A small alphabet, so that strings repeat bigrams ("abab") and share them.
const letters = fc.string({ unit: fc.constantFrom("a", "b", "가", "\u0001"), maxLength: 12 });

describe("integer bigram sets", () => {
	it("give the Dice coefficient of the string sets, with unknown bigrams counted in the size", () => {
		fc.assert(
			fc.property(letters, letters, (a, b) => {
				const known = bigramSet(a, true);
				const asked = bigramSet(b, false);
				const grams = (s: string) => new Set(Array.from({ length: s.length + 1 }, (_, i) => ("\u0001" + s + "\u0001").slice(i, i + 2)));
				const ga = grams(a);
				const gb = grams(b);
				const common = [...ga].filter((g) => gb.has(g)).length;
				expect(known.size).toBe(ga.size);
				expect(asked.size).toBe(gb.size);
				expect(dice(known, asked)).toBe((2 * common) / (ga.size + gb.size));
			}),
			{ numRuns: 500 },
		);
	});
});
