/**
 * Heading paths `#A#B#C` and block ids `#^id` inside a note (spec Q1.3, Q1.6).
 *
 * Two public readings of Obsidian's `resolveSubpath` disagree, and we cannot run
 * Obsidian here, so both are computed:
 *
 * - **strict** (CORB's de-minified 1.12.7 walk): find the first heading matching
 *   segment 1, then walk on; a heading at a level <= the last matched level ends the
 *   walk (failure); a deeper heading matching the next segment becomes the match.
 *   No backtracking: if the first `A` has no `B` inside its section, the path fails
 *   even when a later `A` has one. This is what CORB describes ("terminating on ...
 *   a sibling level <= y") and what issue 2 expects for
 *   `[pod-affinity](#실습#pod-affinity)` (first `실습` is not its parent, a later one is:
 *   "resolves only in document order"). Unverified against a live Obsidian (spec §9.2).
 * - **ordered** (hon-gyu/oyster): the first subsequence of headings, in document
 *   order, matching the segments at strictly increasing levels, found with
 *   backtracking; sections are ignored.
 *
 * When `strict` is not null, `ordered` equals it (the strict chain is also the
 * first document-order chain), so: both set = resolved, only `ordered` = fragile,
 * neither = missing.
 */
import type { OutlineBlockId, OutlineHeading } from "../model/scan";
import { headingKey, stripHeadingForLink } from "./heading-normalize";
import { memoByText } from "./detach";

/**
 * Result of {@link resolveHeadingPath}: indexes into the headings array.
 *
 * @example
 * // fragile: { strict: null, ordered: 7, candidates: [7] }
 */
export interface HeadingPathResult {
	/** Target under the section-bound reading, or `null`. */
	strict: number | null;
	/** Target under the document-order reading, or `null`. */
	ordered: number | null;
	/** Every heading whose key equals the last segment's key, in document order (shared: read it, never change it). */
	candidates: readonly number[];
}

/**
 * What a subpath (`#...`) designates, before it is looked up.
 *
 * @example
 * // "#^id" => { kind: "block", id: "id" }; "#A#B" => { kind: "heading", segments: ["A", "B"] }
 */
export type ParsedSubpath =
	| { kind: "none" }
	| { kind: "block"; id: string }
	| { kind: "footnote"; id: string }
	| { kind: "heading"; segments: string[] };

/**
 * Splits a subpath as `resolveSubpath` does: on `#`, empty pieces dropped; a single
 * `^id` piece is a block id, a single `[^id]` piece a footnote. Results are cached
 * and shared: read them, never change them.
 *
 * @example
 * parseSubpath("#개요#컨테이너 기술 발전"); // { kind: "heading", segments: ["개요", "컨테이너 기술 발전"] }
 * parseSubpath("#^Intro-1"); // { kind: "block", id: "Intro-1" }
 */
export function parseSubpath(subpath: string): ParsedSubpath {
	return parsedSubpaths(subpath);
}

// Subpaths repeat when a note's TOC is compared, regenerated or fixed again and again.
// The results are shared between callers, which only read them.
const parsedSubpaths = memoByText((subpath) => splitSubpath(subpath), 20000);

const NO_SUBPATH: ParsedSubpath = { kind: "none" };

/**
 * `parseSubpath` without its cache, for a subpath parsed once: the checker parses each
 * link of a note once per check, and in a large vault a lookup in the shared cache (cold
 * in the CPU's memory caches by then) cost several times the split itself.
 *
 * @example
 * splitSubpath("#개요#설치"); // { kind: "heading", segments: ["개요", "설치"] }
 */
export function splitSubpath(subpath: string): ParsedSubpath {
	if (subpath === "") return NO_SUBPATH;
	const segments = subpath.split("#").filter((s) => s !== "");
	if (segments.length === 0) return NO_SUBPATH;
	const first = segments[0] ?? "";
	if (segments.length === 1) {
		if (first.startsWith("^")) return { kind: "block", id: first.slice(1) };
		if (first.startsWith("[^") && first.endsWith("]")) return { kind: "footnote", id: first.slice(2, -1) };
	}
	return { kind: "heading", segments };
}

/**
 * Non-empty `#` pieces of a subpath: `splitSubpath(subpath).segments.length` for a
 * heading subpath, counted without splitting (a block or footnote subpath counts 1).
 *
 * @example
 * segmentCount("#개요#컨테이너 기술 발전"); // 2
 */
export function segmentCount(subpath: string): number {
	let count = 0;
	for (let i = 0; i < subpath.length; ) {
		let end = subpath.indexOf("#", i);
		if (end < 0) end = subpath.length;
		if (end > i) count++;
		i = end + 1;
	}
	return count;
}

/**
 * `headingKey`, remembered per text. Heading texts and path segments repeat a lot
 * (parents, "Limitations", "실습"), and `headingKey` runs two regexes.
 *
 * @example
 * keyOf("What is Docker?"); // "what is docker"
 */
export const keyOf: (text: string) => string = memoByText(headingKey, 20000);

// Keys of a headings array, computed once per array (the checker resolves many links per note).
const keyCache = new WeakMap<readonly OutlineHeading[], string[]>();

/**
 * `headingKey` of every heading, cached per array and per text (a note re-scanned
 * after an edit has new heading objects but mostly the same texts).
 *
 * @example
 * headingKeys(scanNote("# What is Docker?\n").headings); // ["what is docker"]
 */
export function headingKeys(headings: readonly OutlineHeading[]): string[] {
	let keys = keyCache.get(headings);
	if (!keys || keys.length !== headings.length) {
		keys = headings.map((h) => keyOf(h.text));
		keyCache.set(headings, keys);
	}
	return keys;
}

/**
 * Lets `to`, a copy of the headings `from` (same texts, same order), reuse the keys
 * already computed for `from`: a note's outline is copied when its scan is dropped.
 *
 * @example
 * carryHeadingKeys(scan.headings, outline.headings); // headingKeys(outline.headings) costs nothing
 */
export function carryHeadingKeys(from: readonly OutlineHeading[], to: readonly OutlineHeading[]): void {
	const keys = keyCache.get(from);
	if (keys) keyCache.set(to, keys);
}

/** The section-bound walk (see the module comment): each segment's first match inside the previous one's section; -1 when none. */
function strictWalk(headings: readonly OutlineHeading[], keys: readonly string[], segs: readonly string[]): number {
	let cur = keys.indexOf(segs[0] ?? "");
	for (let k = 1; k < segs.length && cur >= 0; k++) {
		const level = headings[cur]?.level ?? 0;
		let next = -1;
		for (let j = cur + 1; j < keys.length && (headings[j]?.level ?? 0) > level; j++) {
			if (keys[j] === segs[k]) {
				next = j;
				break;
			}
		}
		cur = next;
	}
	return cur;
}

/**
 * {@link strictWalk} for a long outline, over the segments' matches instead of the sections: the
 * first match after the previous heading is inside its section exactly when that heading is among
 * the match's ancestors (a later match is then past the section too). A walk through the sections
 * made a note of many headings and links quadratic (64,000 of each took 4.7 s); kept apart from
 * the short walk, which most notes take and which must stay small to be compiled early.
 */
function strictWalkIndexed(headings: readonly OutlineHeading[], segs: readonly string[]): number {
	const parents = headingParents(headings);
	let cur = -1;
	for (const seg of segs) {
		const next = headingPositions(headings, seg).find((i) => i > cur);
		let a = next ?? -1;
		while (a > cur) a = parents[a] as number;
		if (next === undefined || a !== cur) return -1;
		cur = next;
	}
	return cur;
}

/**
 * Up to this many headings a pass over the keys finds a key's positions as fast as an
 * index and keeps no memory (a vault's outlines are mostly small; indexes for all of them were ~10% of a large vault's heap).
 */
const SMALL_OUTLINE = 64;
// Long outlines: heading key → its positions, built once per outline.
const positionTables = new WeakMap<readonly OutlineHeading[], Map<string, number[]>>();
const NO_POSITIONS: readonly number[] = [];

/**
 * Positions of the headings whose key is `key`, in document order (shared: read it, never change it).
 *
 * @example
 * // # 개요 / ## 실습 / # 설치 / ## 실습
 * headingPositions(headings, "실습"); // [1, 3]
 */
export function headingPositions(headings: readonly OutlineHeading[], key: string): readonly number[] {
	const keys = headingKeys(headings);
	if (keys.length <= SMALL_OUTLINE) {
		const found: number[] = [];
		for (let i = 0; i < keys.length; i++) if (keys[i] === key) found.push(i);
		return found;
	}
	let table = positionTables.get(headings);
	if (!table) {
		table = new Map<string, number[]>();
		for (let i = 0; i < keys.length; i++) {
			const k = keys[i] ?? "";
			const list = table.get(k);
			if (list) list.push(i);
			else table.set(k, [i]);
		}
		positionTables.set(headings, table);
	}
	return table.get(key) ?? NO_POSITIONS;
}

/**
 * The document-order reading with backtracking, over the matching headings only:
 * `reach[s]` = the headings matching segment s from which the rest of the path can
 * follow, computed from the last segment backwards with the deepest reachable level
 * after each; then the lexicographically first chain is read off forwards, which is
 * the chain a backtracking search that tries earlier headings first finds. Costs
 * O(matches of the segments), so a long note of look-alike headings stays cheap.
 */
function orderedWalk(headings: readonly OutlineHeading[], segs: readonly string[]): number | null {
	const levelOf = (i: number): number => headings[i]?.level ?? 0;
	const reach: (readonly number[])[] = new Array<readonly number[]>(segs.length);
	let next: readonly number[] | null = null;
	for (let s = segs.length - 1; s >= 0; s--) {
		const matches = headingPositions(headings, segs[s] ?? "");
		const row: number[] = [];
		// Deepest level among the reachable next-segment matches strictly after the current match.
		let deepestAfter = 0;
		let j = next === null ? -1 : next.length - 1;
		for (let c = matches.length - 1; c >= 0; c--) {
			const i = matches[c] as number;
			for (; next !== null && j >= 0 && (next[j] as number) > i; j--) deepestAfter = Math.max(deepestAfter, levelOf(next[j] as number));
			if (next === null || deepestAfter > levelOf(i)) row.push(i);
		}
		if (row.length === 0) return null;
		row.reverse();
		reach[s] = row;
		next = row;
	}
	let pos = 0;
	let level = 0;
	let last: number | null = null;
	for (const row of reach) {
		let found = -1;
		for (const i of row) {
			if (i >= pos && levelOf(i) > level) {
				found = i;
				break;
			}
		}
		if (found < 0) return null;
		last = found;
		level = levelOf(found);
		pos = found + 1;
	}
	return last;
}

/**
 * A chain of headings climbs at least one level per segment under both readings, and
 * there are six levels: a longer path reaches nothing (and is not walked at all).
 */
const MAX_PATH_SEGMENTS = 6;

/**
 * {@link resolveHeadingPath} for a path already split into heading keys.
 *
 * @example
 * resolveHeadingKeys(headings, ["virtualized", "문제점"]); // { strict: 4, ordered: 4, candidates: [2, 4] }
 */
export function resolveHeadingKeys(headings: readonly OutlineHeading[], segs: readonly string[]): HeadingPathResult {
	if (headings.length <= SMALL_OUTLINE) return walkPath(headings, segs);
	let memo = pathResults.get(headings);
	if (!memo) pathResults.set(headings, (memo = new Map<string, HeadingPathResult>()));
	// Keys hold no line break: joined by one, two paths never share a key.
	const key = segs.join("\n");
	let result = memo.get(key);
	if (!result) memo.set(key, (result = walkPath(headings, segs)));
	return result;
}

// Long outlines: each path's result, once per outline. A walk costs the matches of the path's
// segments, so a note of thousands of look-alike headings and as many links along the same few
// paths would otherwise be quadratic (32,000 of each took 10 s).
const pathResults = new WeakMap<readonly OutlineHeading[], Map<string, HeadingPathResult>>();

function walkPath(headings: readonly OutlineHeading[], segs: readonly string[]): HeadingPathResult {
	const candidates = headingPositions(headings, segs[segs.length - 1] ?? "");
	if (candidates.length === 0 || segs.length > MAX_PATH_SEGMENTS) return { strict: null, ordered: null, candidates };
	const keys = headingKeys(headings);
	const strict = keys.length > SMALL_OUTLINE ? strictWalkIndexed(headings, segs) : strictWalk(headings, keys, segs);
	// A path that resolves strictly resolves to the same heading in document order: walk that only when it does not.
	return strict >= 0 ? { strict, ordered: strict, candidates } : { strict: null, ordered: orderedWalk(headings, segs), candidates };
}

/**
 * Resolves a heading subpath (`#A#B`, leading `#` optional) against a note's headings
 * under both readings. A block or empty subpath gives all `null`.
 *
 * @example
 * // # 개요 / ## Traditional / ### 문제점 / ## Virtualized / ### 문제점
 * resolveHeadingPath(headings, "#Virtualized#문제점"); // { strict: 4, ordered: 4, candidates: [2, 4] }
 * resolveHeadingPath(headings, "#문제점"); // { strict: 2, ordered: 2, candidates: [2, 4] }
 */
export function resolveHeadingPath(headings: readonly OutlineHeading[], subpath: string): HeadingPathResult {
	const parsed = parseSubpath(subpath.startsWith("#") ? subpath : "#" + subpath);
	if (parsed.kind !== "heading") return { strict: null, ordered: null, candidates: [] };
	return resolveHeadingKeys(headings, parsed.segments.map(headingKey));
}

/**
 * Finds a block id (with or without `^`), case-insensitively as Obsidian does.
 * Returns its index in `blockIds`, or `null`.
 *
 * @example
 * resolveBlock([{ id: "Setup-1", span }], "^setup-1"); // 0
 */
export function resolveBlock(blockIds: readonly OutlineBlockId[], id: string): number | null {
	let table = blockTables.get(blockIds);
	if (!table) {
		table = new Map<string, number>();
		// Backwards: of equal ids, the first in the note is the one kept.
		for (let i = blockIds.length; i-- > 0; ) table.set((blockIds[i] as OutlineBlockId).id.toLowerCase(), i);
		blockTables.set(blockIds, table);
	}
	return table.get((id.startsWith("^") ? id.slice(1) : id).toLowerCase()) ?? null;
}

// Lower-cased block id → its first index, built once per outline: a note of many block links
// into a note of many block ids stays linear (a search per link took 18 s for 64,000 of each).
const blockTables = new WeakMap<readonly OutlineBlockId[], Map<string, number>>();

/**
 * Parent of every heading (the closest earlier heading of a smaller level), `-1`
 * for none, in one pass with a stack; cached per headings array.
 *
 * @example
 * headingParents(scanNote("# A\n## B\n### C\n## D\n").headings); // [-1, 0, 1, 0]
 */
export function headingParents(headings: readonly OutlineHeading[]): Int32Array {
	let parents = parentCache.get(headings);
	if (parents && parents.length === headings.length) return parents;
	parents = new Int32Array(headings.length);
	const stack: number[] = [];
	for (let i = 0; i < headings.length; i++) {
		const level = headings[i]?.level ?? 1;
		while (stack.length > 0 && (headings[stack[stack.length - 1] ?? 0]?.level ?? 0) >= level) stack.pop();
		parents[i] = stack.length > 0 ? (stack[stack.length - 1] ?? -1) : -1;
		stack.push(i);
	}
	parentCache.set(headings, parents);
	return parents;
}

const parentCache = new WeakMap<readonly OutlineHeading[], Int32Array>();

/**
 * Ancestor headings of heading `index`, nearest first: each is the closest earlier
 * heading of a smaller level than the one before.
 *
 * @example
 * // # A / ## B / ### C
 * ancestors(headings, 2); // [1, 0]
 */
export function ancestors(headings: readonly OutlineHeading[], index: number): number[] {
	const out: number[] = [];
	let level = headings[index]?.level ?? 0;
	for (let i = index - 1; i >= 0 && level > 1; i--) {
		const h = headings[i];
		if (h && h.level < level) {
			out.push(i);
			level = h.level;
		}
	}
	return out;
}

/**
 * How {@link qualifiedPath} writes each segment: `link` applies Obsidian's
 * `stripHeadingForLink` (what Obsidian itself writes); `text` keeps the heading
 * text unless it holds a character that would split the path.
 *
 * @example
 * // heading "Step 1: Install": link => "Step 1 Install", text => "Step 1: Install"
 */
export type PathStyle = "link" | "text";

function segmentFor(text: string, style: PathStyle): string {
	if (style === "text" && !/[#|\r\n]/.test(text) && text.trim() !== "") return text;
	return stripHeadingForLink(text);
}

/**
 * A subpath (with leading `#`) that reaches heading `index` under BOTH readings:
 * the heading alone if that suffices, else prefixed with its parent, then more
 * ancestors (nearest first, i.e. the shortest ancestor suffix that works).
 * Returns `null` when no ancestor chain tells it apart (e.g. identical twin sections),
 * or when the heading's key is empty.
 *
 * @example
 * // # 개요 / ## Traditional / ### 문제점 / ## Virtualized / ### 문제점
 * qualifiedPath(headings, 4); // "#Virtualized#문제점"
 */
export function qualifiedPath(headings: readonly OutlineHeading[], index: number, style: PathStyle = "link"): string | null {
	const target = headings[index];
	if (!target || headingKey(target.text) === "") return null;
	const chain = ancestors(headings, index);
	const segs = [segmentFor(target.text, style)];
	for (let depth = 0; depth <= chain.length; depth++) {
		if (depth > 0) {
			const anc = headings[chain[depth - 1] ?? -1];
			if (!anc || headingKey(anc.text) === "") return null;
			segs.unshift(segmentFor(anc.text, style));
		}
		const path = "#" + segs.join("#");
		const r = resolveHeadingPath(headings, path);
		if (r.strict === index && r.ordered === index) return path;
	}
	return null;
}
