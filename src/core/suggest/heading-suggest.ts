/**
 * The closest heading for a heading path that does not resolve: the last
 * segment compared with every heading (Hangul-aware), the parent segments
 * compared with each candidate's ancestors to break ties between duplicates
 * such as the seed's two `문제점`.
 */
import type { Heading } from "../model/scan";
import { ancestors } from "../resolve/heading-path";
import { headingKey } from "../resolve/heading-normalize";
import { comparable, comparableSimilarity, similarity } from "./hangul";

// Heading texts recur across checks (a note's headings, re-scanned on every edit).
const comparables = new Map<string, string>();

function cmp(text: string): string {
	let c = comparables.get(text);
	if (c === undefined) {
		if (comparables.size > 20000) comparables.clear();
		c = comparable(text);
		comparables.set(text, c);
	}
	return c;
}

/** A suggested heading: index into the headings, and how sure we are (0..1). */
export interface HeadingSuggestion {
	index: number;
	score: number;
}

/** Below this similarity of the last segment a heading is not suggested. */
const MIN_SIMILARITY = 0.5;

/**
 * The heading a broken path most likely meant, or `null` when nothing is close.
 *
 * @example
 * // headings: # 개요 / ## 컨테이너 기술 발전 / ### Traditional / #### 문제점 / ### Virtualized / #### 문제점
 * suggestHeading(headings, ["Virtualized", "문제"]); // { index: 5, score: ... }
 */
export function suggestHeading(headings: readonly Heading[], segments: readonly string[]): HeadingSuggestion | null {
	const last = segments[segments.length - 1];
	if (last === undefined || headingKey(last) === "") return null;
	const parents = segments.slice(0, -1);
	const wanted = cmp(last);
	let best: HeadingSuggestion | null = null;
	for (let i = 0; i < headings.length; i++) {
		const h = headings[i];
		if (!h || headingKey(h.text) === "") continue;
		const own = comparableSimilarity(wanted, cmp(h.text), MIN_SIMILARITY);
		if (own < MIN_SIMILARITY) continue;
		let score = own;
		if (parents.length > 0) {
			const chain = ancestors(headings, i);
			let context = 0;
			for (const p of parents) {
				for (let k = 0; k < chain.length; k++) {
					// The nearest ancestor counts fully, farther ones a little less.
					const s = comparableSimilarity(cmp(p), cmp(headings[chain[k] ?? -1]?.text ?? "")) * (k === 0 ? 1 : 0.9);
					if (s > context) context = s;
				}
			}
			score = own * 0.7 + context * 0.3;
		}
		if (!best || score > best.score) best = { index: i, score };
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
