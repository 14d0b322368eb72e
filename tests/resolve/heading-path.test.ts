import { describe, expect, it } from "vitest";
import type { OutlineBlockId } from "../../src/core/model/scan";
import { ancestors, carryHeadingKeys, headingKeys, headingParents, parseSubpath, qualifiedPath, resolveBlock, resolveHeadingPath, splitSubpath } from "../../src/core/resolve/heading-path";
import { outline, textAt } from "./helpers";

// Same shape as the seed note's tree, own text.
const seedLike = outline(
	[
		"# 개요",
		"## 배포 방식의 변화",
		"## Traditional Deployment",
		"### 문제점",
		"## Virtualized Deployment",
		"### Hypervisor",
		"### 문제점",
		"## Container Deployment",
		"### 장점",
		"## 컨테이너 기술의 발전",
	].join("\n"),
);

describe("resolveHeadingPath: the seed's tree", () => {
	it("tells the two 문제점 apart by their parent segment", () => {
		const a = resolveHeadingPath(seedLike, "#Traditional Deployment#문제점");
		const b = resolveHeadingPath(seedLike, "#Virtualized Deployment#문제점");
		expect(a).toEqual({ strict: 3, ordered: 3, candidates: [3, 6] });
		expect(b).toEqual({ strict: 6, ordered: 6, candidates: [3, 6] });
	});
	it("a single segment with duplicates goes to the first", () => {
		expect(resolveHeadingPath(seedLike, "#문제점")).toEqual({ strict: 3, ordered: 3, candidates: [3, 6] });
	});
	it("resolves every heading by parent#child, and via the H1", () => {
		expect(textAt(seedLike, resolveHeadingPath(seedLike, "#개요#컨테이너 기술의 발전").strict)).toBe("컨테이너 기술의 발전");
		expect(resolveHeadingPath(seedLike, "#개요").strict).toBe(0);
		expect(resolveHeadingPath(seedLike, "#개요#Virtualized Deployment#문제점").strict).toBe(6);
	});
	it("skips intermediate levels (#H1#H3)", () => {
		expect(resolveHeadingPath(seedLike, "#개요#Hypervisor")).toMatchObject({ strict: 5, ordered: 5 });
	});
	it("is case-insensitive and ignores punctuation differences", () => {
		expect(resolveHeadingPath(seedLike, "#virtualized deployment#HYPERVISOR").strict).toBe(5);
		expect(resolveHeadingPath(seedLike, "#Virtualized: Deployment?#Hypervisor").strict).toBe(5);
	});
	it("drops empty pieces (##A###B)", () => {
		expect(resolveHeadingPath(seedLike, "##Virtualized Deployment###문제점").strict).toBe(6);
		expect(resolveHeadingPath(seedLike, "Virtualized Deployment#문제점").strict).toBe(6);
	});
	it("a missing heading resolves under neither reading", () => {
		expect(resolveHeadingPath(seedLike, "#없음")).toEqual({ strict: null, ordered: null, candidates: [] });
		expect(resolveHeadingPath(seedLike, "#장점#개요")).toEqual({ strict: null, ordered: null, candidates: [0] });
	});
	it("a deeper-first path fails (levels must increase)", () => {
		expect(resolveHeadingPath(seedLike, "#Hypervisor#Virtualized Deployment")).toMatchObject({ strict: null, ordered: null });
	});
	it("an empty or block subpath is not a heading path", () => {
		expect(resolveHeadingPath(seedLike, "#")).toEqual({ strict: null, ordered: null, candidates: [] });
		expect(resolveHeadingPath(seedLike, "#^abc")).toEqual({ strict: null, ordered: null, candidates: [] });
	});
});

describe("resolveHeadingPath: strict vs ordered", () => {
	// The first `실습` is not pod's parent; a later one is.
	const tree = outline(
		["# Affinity", "## node", "### 실습", "#### node-demo", "## pod", "### Key", "### 실습", "#### pod-demo"].join("\n"),
	);
	it("#실습#pod-demo resolves only in document order (no strict backtracking)", () => {
		expect(resolveHeadingPath(tree, "#실습#pod-demo")).toEqual({ strict: null, ordered: 7, candidates: [7] });
	});
	it("#실습#node-demo resolves under both", () => {
		expect(resolveHeadingPath(tree, "#실습#node-demo")).toEqual({ strict: 3, ordered: 3, candidates: [3] });
	});
	it("#pod#실습 (the seed-TOC shape) reaches the second 실습 under both", () => {
		expect(resolveHeadingPath(tree, "#pod#실습")).toMatchObject({ strict: 6, ordered: 6 });
	});
	it("ordered backtracks: first A lacks a deeper B later, a later A has it", () => {
		// The first A (level 3) has no B inside its section; the only B (level 3) is not deeper than it,
		// so ordered must backtrack to the second A (level 2). Strict does not backtrack.
		const t = outline(["# R", "### A", "## X", "## A", "### B"].join("\n"));
		expect(resolveHeadingPath(t, "#A#B")).toEqual({ strict: null, ordered: 4, candidates: [4] });
		const t2 = outline(["# R", "### A", "### B", "## A", "### C"].join("\n"));
		// first A (level 3) then B (level 3) is not deeper; no other B → neither
		expect(resolveHeadingPath(t2, "#A#B")).toMatchObject({ strict: null, ordered: null });
	});
	it("strict stops at a heading of the matched level even when deeper matches follow", () => {
		const t = outline(["## A", "## Z", "### B"].join("\n"));
		expect(resolveHeadingPath(t, "#A#B")).toEqual({ strict: null, ordered: 2, candidates: [2] });
	});
	it("three segments: ordered needs the whole chain", () => {
		const t = outline(["# A", "## B", "# A", "## B", "### C"].join("\n"));
		expect(resolveHeadingPath(t, "#A#B#C")).toEqual({ strict: null, ordered: 4, candidates: [4] });
		expect(resolveHeadingPath(t, "#B#C")).toEqual({ strict: null, ordered: 4, candidates: [4] });
	});
	it("whenever strict resolves, ordered gives the same heading (random trees)", () => {
		const names = ["A", "B", "C"];
		let seed = 7;
		const rnd = (n: number) => {
			seed = (seed * 1103515245 + 12345) & 0x7fffffff;
			return seed % n;
		};
		for (let trial = 0; trial < 400; trial++) {
			const lines: string[] = [];
			for (let i = 0; i < 8; i++) lines.push("#".repeat(1 + rnd(4)) + " " + (names[rnd(3)] ?? "A"));
			const hs = outline(lines.join("\n"));
			const path = "#" + Array.from({ length: 1 + rnd(3) }, () => names[rnd(3)] ?? "A").join("#");
			const r = resolveHeadingPath(hs, path);
			if (r.strict !== null) expect(r.ordered).toBe(r.strict);
			if (r.ordered !== null) expect(r.candidates).toContain(r.ordered);
		}
	});
});

describe("special characters, duplicates, Unicode", () => {
	const hs = outline(["# FAQ", "## What is `docker run`?", "## A & B = (C): D", "## Dup", "## Dup", "# 문제점"].join("\n"));
	it("matches headings holding ? : & = ( ) with or without the punctuation", () => {
		expect(resolveHeadingPath(hs, "#A & B = (C): D").strict).toBe(2);
		expect(resolveHeadingPath(hs, "#A B C D").strict).toBe(2);
		expect(resolveHeadingPath(hs, "#FAQ#What is docker run").strict).toBe(1);
	});
	it("duplicates: first wins, all are candidates", () => {
		expect(resolveHeadingPath(hs, "#Dup")).toEqual({ strict: 3, ordered: 3, candidates: [3, 4] });
	});
	it("an NFD link does not match an NFC heading (like Obsidian)", () => {
		const r = resolveHeadingPath(hs, "#" + "문제점".normalize("NFD"));
		expect(r).toEqual({ strict: null, ordered: null, candidates: [] });
		expect(resolveHeadingPath(hs, "#문제점").strict).toBe(5);
	});
});

describe("qualifiedPath and ancestors", () => {
	it("ancestors lists the parent chain, nearest first", () => {
		expect(ancestors(seedLike, 6)).toEqual([4, 0]);
		expect(ancestors(seedLike, 0)).toEqual([]);
	});
	it("uses the bare heading when unique, the parent for the second duplicate", () => {
		expect(qualifiedPath(seedLike, 5)).toBe("#Hypervisor");
		expect(qualifiedPath(seedLike, 3)).toBe("#문제점");
		expect(qualifiedPath(seedLike, 6)).toBe("#Virtualized Deployment#문제점");
	});
	it("fixes the fragile document-order link so both readings agree", () => {
		const tree = outline(["# Affinity", "## node", "### 실습", "#### node-demo", "## pod", "### 실습", "#### pod-demo"].join("\n"));
		expect(resolveHeadingPath(tree, "#실습#pod-demo").strict).toBeNull();
		const fixed = qualifiedPath(tree, 6);
		expect(fixed).toBe("#pod-demo");
		const second = qualifiedPath(tree, 5);
		expect(second).toBe("#pod#실습");
		const r = resolveHeadingPath(tree, second ?? "");
		expect([r.strict, r.ordered]).toEqual([5, 5]);
	});
	it("link style strips link-breaking characters; the path still resolves", () => {
		const hs = outline(["# A", "## C# | F#", "# B", "## C# | F#"].join("\n"));
		const p = qualifiedPath(hs, 3);
		expect(p).toBe("#B#C F");
		expect(resolveHeadingPath(hs, p ?? "").strict).toBe(3);
	});
	it("returns null when nothing tells twins apart", () => {
		const hs = outline(["# A", "## B", "# A", "## B"].join("\n"));
		expect(qualifiedPath(hs, 3)).toBeNull();
		expect(qualifiedPath(hs, 1)).toBe("#B");
	});
});

describe("resolveBlock and parseSubpath", () => {
	const ids: OutlineBlockId[] = [{ id: "Intro-1", line: 1 }, { id: "setup", line: 1 }];
	it("matches block ids case-insensitively, with or without ^", () => {
		expect(resolveBlock(ids, "^intro-1")).toBe(0);
		expect(resolveBlock(ids, "SETUP")).toBe(1);
		expect(resolveBlock(ids, "^nope")).toBeNull();
	});
	it("finds the first of equal block ids (Obsidian opens the first), also when the same ids are asked again", () => {
		const twins: OutlineBlockId[] = [{ id: "a", line: 1 }, { id: "Dup", line: 2 }, { id: "b", line: 3 }, { id: "dup", line: 4 }, { id: "DUP", line: 5 }];
		expect(resolveBlock(twins, "^dup")).toBe(1);
		expect(resolveBlock(twins, "^DUP")).toBe(1);
		expect(resolveBlock(twins, "b")).toBe(2);
		expect(resolveBlock(twins, "^c")).toBeNull();
		expect(resolveBlock([], "^dup")).toBeNull();
	});
	it("classifies subpaths, cached (parseSubpath) or not (splitSubpath)", () => {
		for (const parse of [parseSubpath, splitSubpath]) {
			expect(parse("#^Intro-1")).toEqual({ kind: "block", id: "Intro-1" });
			expect(parse("#[^1]")).toEqual({ kind: "footnote", id: "1" });
			expect(parse("#[^]")).toEqual({ kind: "footnote", id: "" });
			expect(parse("##")).toEqual({ kind: "none" });
			expect(parse("")).toEqual({ kind: "none" });
			expect(parse("#A##B")).toEqual({ kind: "heading", segments: ["A", "B"] });
			expect(parse("#A#^id")).toEqual({ kind: "heading", segments: ["A", "^id"] });
			expect(parse("#[^x")).toEqual({ kind: "heading", segments: ["[^x"] });
		}
		// The cache hands out one shared result per text; splitSubpath a new one each time (but for "no subpath").
		expect(parseSubpath("#개요#설치")).toBe(parseSubpath("#개요#설치"));
		expect(splitSubpath("#개요#설치")).not.toBe(splitSubpath("#개요#설치"));
	});
});

describe("carryHeadingKeys", () => {
	it("a copy of the headings gets the very keys array already computed", () => {
		const copy = seedLike.map((h) => ({ ...h }));
		const keys = headingKeys(seedLike);
		carryHeadingKeys(seedLike, copy);
		expect(headingKeys(copy)).toBe(keys);
		expect(keys[2]).toBe("traditional deployment");
	});
	it("carries nothing when none were computed, and a copy of another length computes its own", () => {
		const fresh = seedLike.map((h) => ({ ...h }));
		const copy = fresh.map((h) => ({ ...h }));
		carryHeadingKeys(fresh, copy);
		expect(headingKeys(copy)).not.toBe(headingKeys(fresh));
		const shorter = seedLike.slice(0, 3);
		carryHeadingKeys(seedLike, shorter);
		expect(headingKeys(shorter)).toEqual(["개요", "배포 방식의 변화", "traditional deployment"]);
	});
});

describe("headingParents", () => {
	it("gives each heading its nearest earlier heading of a smaller level, and agrees with ancestors()", () => {
		const parents = headingParents(seedLike);
		expect([...parents]).toEqual([-1, 0, 0, 2, 0, 4, 4, 0, 7, 0]);
		for (let i = 0; i < seedLike.length; i++) expect(parents[i]).toBe(ancestors(seedLike, i)[0] ?? -1);
		// Cached per array: the suggestion shortlist and the TOC code share one.
		expect(headingParents(seedLike)).toBe(parents);
	});
});
