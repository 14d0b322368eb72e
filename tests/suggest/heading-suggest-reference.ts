/**
 * The "Did you mean" heading choice as first written: string bigram sets and a
 * parent stack walked per broken link. Kept as the oracle for the prepared,
 * integer-set version in src/core/suggest (same shortlist, same scores).
 */
import type { OutlineHeading } from "../../src/core/model/scan";
import { ancestors } from "../../src/core/resolve/heading-path";
import { comparable, comparableSimilarity } from "../../src/core/suggest/hangul";

const MIN_SIMILARITY = 0.5;
const MAX_COMPARED = 96;
const SHORTLIST = 8;

const clip = (s: string): string => (s.length > MAX_COMPARED ? s.slice(0, MAX_COMPARED) : s);
const form = (text: string): string => clip(comparable(text));

function bigrams(s: string): Set<string> {
	const set = new Set<string>();
	const padded = "\u0001" + s + "\u0001";
	for (let i = 0; i + 1 < padded.length; i++) set.add(padded.slice(i, i + 2));
	return set;
}

function dice(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let common = 0;
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	for (const g of small) if (large.has(g)) common++;
	return (2 * common) / (a.size + b.size);
}

/** The reference answer: index and score of the suggested heading, or null. */
export function referenceSuggestion(headings: readonly OutlineHeading[], segments: readonly string[]): { index: number; score: number } | null {
	const last = segments[segments.length - 1];
	if (last === undefined) return null;
	const wanted = form(last);
	if (wanted === "") return null;
	const parents = segments.slice(0, -1).map(form);
	const wantedGrams = bigrams(wanted);
	const parentGrams = parents.length > 0 ? bigrams(parents[parents.length - 1] ?? "") : null;
	const short: { index: number; quick: number }[] = [];
	const stack: number[] = [];
	for (let i = 0; i < headings.length; i++) {
		const level = headings[i]?.level ?? 1;
		while (stack.length > 0 && (headings[stack[stack.length - 1] ?? 0]?.level ?? 0) >= level) stack.pop();
		const parent = stack[stack.length - 1];
		stack.push(i);
		const c = form(headings[i]?.text ?? "");
		if (c === "") continue;
		let quick = c === wanted ? 3 : c.includes(wanted) || wanted.includes(c) ? 2 + dice(wantedGrams, bigrams(c)) : dice(wantedGrams, bigrams(c));
		if (parentGrams && parent !== undefined) quick += 0.25 * dice(parentGrams, bigrams(form(headings[parent]?.text ?? "")));
		if (short.length < SHORTLIST) short.push({ index: i, quick });
		else {
			let worst = 0;
			for (let k = 1; k < short.length; k++) if ((short[k]?.quick ?? 0) < (short[worst]?.quick ?? 0)) worst = k;
			if (quick > (short[worst]?.quick ?? 0)) short[worst] = { index: i, quick };
		}
	}
	short.sort((a, b) => a.index - b.index);
	let best: { index: number; score: number } | null = null;
	for (const { index } of short) {
		const own = comparableSimilarity(wanted, form(headings[index]?.text ?? ""), MIN_SIMILARITY);
		if (own < MIN_SIMILARITY) continue;
		let score = own;
		if (parents.length > 0) {
			const chain = ancestors(headings, index);
			let context = 0;
			for (const p of parents) {
				for (let k = 0; k < chain.length; k++) {
					const s = comparableSimilarity(p, form(headings[chain[k] ?? -1]?.text ?? "")) * (k === 0 ? 1 : 0.9);
					if (s > context) context = s;
				}
			}
			score = own * 0.7 + context * 0.3;
		}
		if (!best || score > best.score) best = { index, score };
	}
	return best;
}
