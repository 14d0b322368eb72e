/**
 * The closest heading for a heading path that does not resolve: the last
 * segment compared with every heading (Hangul-aware), the parent segments
 * compared with each candidate's ancestors to break ties between duplicates
 * such as the seed's two `문제점`.
 */
import type { OutlineHeading } from "../model/scan";
import { comparable, comparableSimilarity } from "./hangul";
import { memoByText } from "../resolve/detach";
import { headingParents } from "../resolve/heading-path";
import { bigramSet, dice } from "./bigram-sets";
import type { BigramSet } from "./bigram-sets";

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

/** A note's headings prepared for comparison (see bigram-sets.ts), built once per outline. */
interface PreparedHeadings {
	/** `clip(cmp(text))` of each heading. */
	forms: string[];
	sets: BigramSet[];
	/** Each heading's parent (the nearest earlier heading of a smaller level), or -1. */
	parents: Int32Array;
}

// Bigram sets per comparable form: heading texts repeat across a vault's notes.
const setOf = memoByText((form) => bigramSet(form, true), 20000);

const prepared = new WeakMap<readonly OutlineHeading[], PreparedHeadings>();

function prepare(headings: readonly OutlineHeading[]): PreparedHeadings {
	let p = prepared.get(headings);
	if (p) return p;
	const forms: string[] = [];
	const sets: BigramSet[] = [];
	for (let i = 0; i < headings.length; i++) {
		const form = clip(cmp((headings[i] as OutlineHeading).text));
		forms.push(form);
		sets.push(setOf(form));
	}
	p = { forms, sets, parents: headingParents(headings) };
	prepared.set(headings, p);
	return p;
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

/** A heading kept for the exact comparison, with its cheap score. */
interface Shortlisted {
	index: number;
	quick: number;
}

function computeSuggestion(headings: readonly OutlineHeading[], segments: readonly string[]): HeadingSuggestion | null {
	const last = segments[segments.length - 1];
	if (last === undefined) return null;
	const wanted = clip(cmp(last));
	if (wanted === "") return null;
	const parents = segments.slice(0, -1).map((p) => clip(cmp(p)));
	const { forms, sets, parents: parentOf } = prepare(headings);
	const wantedGrams = bigramSet(wanted, false);
	const parentGrams = parents.length > 0 ? bigramSet(parents[parents.length - 1] ?? "", false) : null;
	// Stage 1: a cheap score for every heading (plus its parent's, to tell duplicates apart); keep the best few.
	const short: Shortlisted[] = [];
	for (let i = 0; i < headings.length; i++) {
		const c = forms[i] as string;
		if (c === "") continue;
		const grams = sets[i] as BigramSet;
		let quick = c === wanted ? 3 : c.includes(wanted) || wanted.includes(c) ? 2 + dice(wantedGrams, grams) : dice(wantedGrams, grams);
		const parent = parentOf[i] as number;
		if (parentGrams && parent >= 0) quick += 0.25 * dice(parentGrams, sets[parent] as BigramSet);
		if (short.length < SHORTLIST) short.push({ index: i, quick });
		else {
			let worst = 0;
			for (let k = 1; k < short.length; k++) if ((short[k] as Shortlisted).quick < (short[worst] as Shortlisted).quick) worst = k;
			if (quick > (short[worst] as Shortlisted).quick) short[worst] = { index: i, quick };
		}
	}
	short.sort((a, b) => a.index - b.index);
	// Stage 2: the exact, Hangul-aware similarity, with the parent segments as context.
	let best: HeadingSuggestion | null = null;
	for (const { index } of short) {
		const own = comparableSimilarity(wanted, forms[index] as string, MIN_SIMILARITY);
		if (own < MIN_SIMILARITY) continue;
		let score = own;
		if (parents.length > 0) {
			let context = 0;
			for (const p of parents) {
				// Up the prepared parents (the ancestor chain, nearest first): no backward scan per candidate.
				for (let a = parentOf[index] as number, k = 0; a >= 0; a = parentOf[a] as number, k++) {
					// The nearest ancestor counts fully, farther ones a little less.
					const s = comparableSimilarity(p, forms[a] as string) * (k === 0 ? 1 : 0.9);
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
 * The string (block id, file name) most similar to `wanted`, if any reaches `min`;
 * the first of equals.
 *
 * @example
 * closestLabel("setup-2", ["intro", "setup-1", "setup"]); // "setup-1"
 */
export function closestLabel(wanted: string, labels: readonly string[], min = 0.6): string | null {
	const w = cmp(wanted);
	let best: string | null = null;
	let bestScore = min;
	for (const label of labels) {
		// With `min`, labels whose length alone rules them out cost no edit distance.
		const s = comparableSimilarity(w, cmp(label), bestScore);
		if (s > bestScore || (s === bestScore && best === null)) {
			best = label;
			bestScore = s;
		}
	}
	return best;
}
