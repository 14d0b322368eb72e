import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DependencyIndex, EveryNoteDependents, nameKey } from "../../src/core/check/dependencies";
import type { LinkFacts } from "../../src/core/rules/link-facts";

const NOTES = ["a.md", "b.md", "c.md", "d/e.md"];
const WRITTEN = ["a", "b", "c", "e", "missing", "img/x.png"];

/** The fields of a link the index reads. */
function fact(written: string, target: string | null, withSubpath: boolean): LinkFacts {
	return { sameNote: false, link: { path: written }, file: { path: target }, subpath: { kind: withSubpath ? "heading" : "none" } } as unknown as LinkFacts;
}

const linkArb = fc.tuple(fc.constantFrom(...WRITTEN), fc.option(fc.constantFrom(...NOTES), { nil: null }), fc.boolean()).map(([w, t, s]) => fact(w, t, s));
const recordArb = fc.tuple(fc.constantFrom(...NOTES), fc.array(linkArb, { maxLength: 6 }));

function answers(index: DependencyIndex): unknown {
	return {
		content: NOTES.map((n) => index.contentDependents(n).sort()),
		exist: NOTES.map((n) => index.dependentsOf(n).sort()),
		names: WRITTEN.map((w) => index.byName(nameKey(w)).sort()),
	};
}

/** The keys of the index's reverse maps: a key nothing is left under must be gone, not kept as an empty set. */
function keysOf(index: DependencyIndex): string[][] {
	const maps = index as unknown as Record<string, Map<string, Set<string>>>;
	return ["byContent", "byExisting", "byNameKey"].map((name) => [...(maps[name] ?? new Map<string, Set<string>>()).keys()].sort());
}

describe("DependencyIndex", () => {
	it("answers after a series of edits like an index built from the final records", () => {
		fc.assert(
			fc.property(fc.array(recordArb, { minLength: 1, maxLength: 25 }), fc.integer({ min: 0, max: 24 }), (records, firstQuery) => {
				const live = new DependencyIndex();
				const last = new Map<string, LinkFacts[]>();
				records.forEach(([source, links], i) => {
					// Queries build the reverse maps; records after that update them in place.
					if (i === firstQuery) live.dependentsOf("a.md");
					live.record(source, links);
					last.set(source, links);
				});
				const fresh = new DependencyIndex();
				for (const [source, links] of last) fresh.record(source, links);
				expect(answers(live)).toEqual(answers(fresh));
				fresh.dependentsOf("a.md");
				expect(keysOf(live)).toEqual(keysOf(fresh));
			}),
			{ numRuns: 400 },
		);
	});

	it("keeps nothing of the link names typed on the way to a link", () => {
		const index = new DependencyIndex();
		index.dependentsOf("a.md");
		const name = "Docker Compose 정리";
		for (let n = 1; n <= name.length; n++) index.record("a.md", [fact(name.slice(0, n), null, true)]);
		expect(keysOf(index)[2]).toEqual([nameKey(name)]);
		index.forget("a.md");
		expect(keysOf(index)).toEqual([[], [], []]);
	});

	it("moves a note between targets when one of its links changes", () => {
		const index = new DependencyIndex();
		index.record("a.md", [fact("b", "b.md", true), fact("c", "c.md", false)]);
		expect(index.contentDependents("b.md")).toEqual(["a.md"]);
		index.record("a.md", [fact("c", "c.md", true)]);
		expect(index.contentDependents("b.md")).toEqual([]);
		expect(index.contentDependents("c.md")).toEqual(["a.md"]);
		expect(index.byName(nameKey("b"))).toEqual([]);
	});
});

describe("EveryNoteDependents", () => {
	it("records nothing and names every note as a dependent", () => {
		const notes = ["a.md", "b.md"];
		const deps = new EveryNoteDependents(() => notes);
		deps.record();
		expect(deps.contentDependents()).toEqual(notes);
		expect(deps.dependentsOf()).toEqual(notes);
		expect(deps.byName()).toEqual(notes);
	});
});
