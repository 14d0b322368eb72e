/**
 * Character bigram sets as sorted integer ids, for the Dice coefficient that
 * shortlists "Did you mean" candidates. A note's headings are turned into id
 * arrays once; comparing a broken link with every heading is then a merge of
 * two short integer arrays per heading, not a string hash lookup per bigram
 * (which made 30,000 broken links into a 5,000-heading note take minutes).
 *
 * The sets are exactly those of the padded string ("\u0001" + s + "\u0001"), so
 * the coefficient is the same number the string sets give, as long as every
 * bigram has an id. Ids are shared by all notes (heading texts repeat across a
 * vault) and never reassigned, so a set stays valid for as long as it is kept.
 * Past {@link MAX_IDS} distinct bigrams new ones get no id: they still count in a
 * set's size but match nothing, which only lowers some scores a little. Text
 * that Hangul-aware folding turns into jamo and ASCII stays far below it.
 */

/** Most bigram ids handed out (a map of this many short strings is a few MB). */
export const MAX_IDS = 1 << 16;
const ids = new Map<string, number>();

/** A bigram set: sorted distinct ids of the bigrams an id table knows, and the set's full size. */
export interface BigramSet {
	ids: Int32Array;
	/** Distinct bigrams in the string, known to the id table or not. */
	size: number;
}

/**
 * The bigram set of `s`. With `intern`, bigrams without an id get the next ones
 * (while ids last); without, they only count in `size` (no set shares them).
 *
 * @example
 * bigramSet("ab", true).ids;    // ids of "\u0001a", "ab", "b\u0001" (e.g. Int32Array [0, 1, 2] in a fresh process)
 * bigramSet("abc", false).size; // 4: its ids are those of "\u0001a" and "ab"; "bc" and "c\u0001" have none yet
 */
export function bigramSet(s: string, intern: boolean): BigramSet {
	const padded = "\u0001" + s + "\u0001";
	const seen = new Set<string>();
	const found: number[] = [];
	for (let i = 0; i + 1 < padded.length; i++) {
		const gram = padded.slice(i, i + 2);
		if (seen.has(gram)) continue;
		seen.add(gram);
		let id = ids.get(gram);
		if (id === undefined && intern && ids.size < MAX_IDS) {
			id = ids.size;
			ids.set(gram, id);
		}
		if (id !== undefined) found.push(id);
	}
	return { ids: Int32Array.from(found).sort(), size: seen.size };
}

/**
 * Dice coefficient of two bigram sets: twice the shared bigrams over the sum of the sizes.
 *
 * @example
 * dice(bigramSet("night", true), bigramSet("nacht", true)); // 2 * 2 / (6 + 6) ("\u0001n", "t\u0001")
 */
export function dice(a: BigramSet, b: BigramSet): number {
	if (a.size === 0 || b.size === 0) return 0;
	const x = a.ids;
	const y = b.ids;
	let i = 0;
	let j = 0;
	let common = 0;
	while (i < x.length && j < y.length) {
		const p = x[i] as number;
		const q = y[j] as number;
		if (p === q) {
			common++;
			i++;
			j++;
		} else if (p < q) i++;
		else j++;
	}
	return (2 * common) / (a.size + b.size);
}
