/**
 * The closest heading for a heading path that does not resolve: the last
 * segment compared with every heading (Hangul-aware), the parent segments
 * compared with each candidate's ancestors to break ties between duplicates
 * such as the seed's two `문제점`.
 */
import type { OutlineHeading } from "../model/scan";
import { ancestors } from "../resolve/heading-path";
import { comparable, comparableSimilarity, similarity } from "./hangul";
import { memoByText } from "../resolve/detach";

// Heading texts recur across checks (a note's headings, re-scanned on every edit).
const cmp = memoByText(comparable, 20000);

/** A suggested heading: index into the headings, and how sure we are (0..1). */
export interface HeadingSuggestion {
	index: number;
	score: number;
}

/** Below this similarity of the last segment a heading is not suggested. */
const MIN_SIMILARITY = 0.5;
/** Longest comparable form (in code units) an edit distance runs on: keeps one comparison O(1). */
const MAX_COMPARED = 96;
/** Headings compared exactly per broken link, picked by a cheap bigram score. */
const SHORTLIST = 8;

function clip(s: string): string {
	return s.length > MAX_COMPARED ? s.slice(0, MAX_COMPARED) : s;
}

const bigramCache = new Map<string, Set<string>>();

/** Character bigrams of a comparable string (padded, so one-letter strings have some). */
function bigrams(s: string): Set<string> {
	let set = bigramCache.get(s);
	if (!set) {
		if (bigramCache.size > 20000) bigramCache.clear();
		set = new Set<string>();
		const padded = "\u0001" + s + "\u0001";
		for (let i = 0; i + 1 < padded.length; i++) set.add(padded.slice(i, i + 2));
		bigramCache.set(s, set);
	}
	return set;
}

/** Dice coefficient of two bigram sets. */
function dice(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let common = 0;
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	for (const g of small) if (large.has(g)) common++;
	return (2 * common) / (a.size + b.size);
}

// Suggestions per heading signature (levels + texts), then per wanted path: a re-check
// after an edit asks again for the same broken links in unchanged notes. Two levels, so
// that a long note's signature is hashed once per check, not once per broken link.
const signatures = new WeakMap<readonly OutlineHeading[], string>();
const suggestions = new Map<string, Map<string, HeadingSuggestion | null>>();
let cachedSuggestions = 0;
/** Suggestions kept in all (a note can hold thousands of broken links; each is a small entry). */
const MAX_CACHED_SUGGESTIONS = 8192;
/** Outlines kept (each holds its signature: every heading's text; edits keep making new ones). */
const MAX_CACHED_OUTLINES = 32;

/**
 * The heading a broken path most likely meant, or `null` when nothing is close.
 * Cost is linear in the number of headings: a cheap bigram score picks a short
 * list, and only those get an edit distance (on forms clipped to a bounded length).
 *
 * @example
 * // headings: # 개요 / ## 컨테이너 기술 발전 / ### Traditional / #### 문제점 / ### Virtualized / #### 문제점
 * suggestHeading(headings, ["Virtualized", "문제"]); // { index: 5, score: ... }
 */
export function suggestHeading(headings: readonly OutlineHeading[], segments: readonly string[]): HeadingSuggestion | null {
	let sig = signatures.get(headings);
	if (sig === undefined) {
		sig = "";
		for (const h of headings) sig += h.level + h.text + "\n";
		signatures.set(headings, sig);
	}
	const key = segments.join("\u0000");
	let hit = suggestions.get(sig)?.get(key);
	if (hit === undefined) {
		if (cachedSuggestions >= MAX_CACHED_SUGGESTIONS || (!suggestions.has(sig) && suggestions.size >= MAX_CACHED_OUTLINES)) {
			suggestions.clear();
			cachedSuggestions = 0;
		}
		let forOutline = suggestions.get(sig);
		if (forOutline === undefined) {
			forOutline = new Map();
			suggestions.set(sig, forOutline);
		}
		hit = computeSuggestion(headings, segments);
		forOutline.set(key, hit);
		cachedSuggestions++;
	}
	return hit && { index: hit.index, score: hit.score };
}

function computeSuggestion(headings: readonly OutlineHeading[], segments: readonly string[]): HeadingSuggestion | null {
	const last = segments[segments.length - 1];
	if (last === undefined) return null;
	const wanted = clip(cmp(last));
	if (wanted === "") return null;
	const parents = segments.slice(0, -1).map((p) => clip(cmp(p)));
	const wantedGrams = bigrams(wanted);
	const parentGrams = parents.length > 0 ? bigrams(parents[parents.length - 1] ?? "") : null;
	// Stage 1: a cheap score for every heading (plus its parent's, to tell duplicates apart); keep the best few.
	const short: { index: number; quick: number }[] = [];
	const stack: number[] = [];
	for (let i = 0; i < headings.length; i++) {
		const level = headings[i]?.level ?? 1;
		while (stack.length > 0 && (headings[stack[stack.length - 1] ?? 0]?.level ?? 0) >= level) stack.pop();
		const parent = stack[stack.length - 1];
		stack.push(i);
		const c = clip(cmp(headings[i]?.text ?? ""));
		if (c === "") continue;
		let quick = c === wanted ? 3 : c.includes(wanted) || wanted.includes(c) ? 2 + dice(wantedGrams, bigrams(c)) : dice(wantedGrams, bigrams(c));
		if (parentGrams && parent !== undefined) quick += 0.25 * dice(parentGrams, bigrams(clip(cmp(headings[parent]?.text ?? ""))));
		if (short.length < SHORTLIST) short.push({ index: i, quick });
		else {
			let worst = 0;
			for (let k = 1; k < short.length; k++) if ((short[k]?.quick ?? 0) < (short[worst]?.quick ?? 0)) worst = k;
			if (quick > (short[worst]?.quick ?? 0)) short[worst] = { index: i, quick };
		}
	}
	short.sort((a, b) => a.index - b.index);
	// Stage 2: the exact, Hangul-aware similarity, with the parent segments as context.
	let best: HeadingSuggestion | null = null;
	for (const { index } of short) {
		const own = comparableSimilarity(wanted, clip(cmp(headings[index]?.text ?? "")), MIN_SIMILARITY);
		if (own < MIN_SIMILARITY) continue;
		let score = own;
		if (parents.length > 0) {
			const chain = ancestors(headings, index);
			let context = 0;
			for (const p of parents) {
				for (let k = 0; k < chain.length; k++) {
					// The nearest ancestor counts fully, farther ones a little less.
					const s = comparableSimilarity(p, clip(cmp(headings[chain[k] ?? -1]?.text ?? ""))) * (k === 0 ? 1 : 0.9);
					if (s > context) context = s;
				}
			}
			score = own * 0.7 + context * 0.3;
		}
		if (!best || score > best.score) best = { index, score };
	}
	return best;
}

/**
 * Ranks strings (block ids, file names) by similarity to `wanted`, best first, keeping those above `min`.
 *
 * @example
 * closestLabels("setup-1", ["setup1", "intro"]); // ["setup1"]
 */
export function closestLabels(wanted: string, labels: readonly string[], min = 0.6, max = 3): string[] {
	return labels
		.map((label) => ({ label, s: similarity(wanted, label) }))
		.filter((x) => x.s >= min)
		.sort((a, b) => b.s - a.s)
		.slice(0, max)
		.map((x) => x.label);
}
