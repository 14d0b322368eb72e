/**
 * Character bigram sets as sorted integer ids, for the Dice coefficient that
 * shortlists "Did you mean" candidates. A note's headings are turned into id
 * arrays once; comparing a broken link with every heading is then a merge of
 * two short integer arrays per heading, not a string hash lookup per bigram
 * (which made 30,000 broken links into a 5,000-heading note take minutes).
 *
 * The sets are exactly those of the padded string ("\u0001" + s + "\u0001"), so
 * the coefficient is the same number the string sets give.
 */

/** A bigram set: sorted distinct ids of the bigrams an id table knows, and the set's full size. */
export interface BigramSet {
	ids: Int32Array;
	/** Distinct bigrams in the string, known to the id table or not. */
	size: number;
}

/**
 * The bigram set of `s`. With `intern`, bigrams missing from `table` get the next
 * ids; without, they only count in `size` (they cannot be shared with any set
 * built from the table). Each prepared outline has its own table, so ids never
 * need to be forgotten while sets that hold them live.
 *
 * @example
 * const table = new Map<string, number>();
 * bigramSet("ab", table, true).ids;    // Int32Array [0, 1, 2]  ("\u0001a", "ab", "b\u0001")
 * bigramSet("abc", table, false).size; // 4 (its ids: [0, 1], "bc" and "c\u0001" are unknown)
 */
export function bigramSet(s: string, table: Map<string, number>, intern: boolean): BigramSet {
	const padded = "\u0001" + s + "\u0001";
	const seen = new Set<string>();
	const found: number[] = [];
	for (let i = 0; i + 1 < padded.length; i++) {
		const gram = padded.slice(i, i + 2);
		if (seen.has(gram)) continue;
		seen.add(gram);
		let id = table.get(gram);
		if (id === undefined && intern) {
			id = table.size;
			table.set(gram, id);
		}
		if (id !== undefined) found.push(id);
	}
	return { ids: Int32Array.from(found).sort(), size: seen.size };
}

/**
 * Dice coefficient of two bigram sets: twice the shared bigrams over the sum of the sizes.
 *
 * @example
 * const table = new Map<string, number>();
 * dice(bigramSet("night", table, true), bigramSet("nacht", table, true)); // 2 * 2 / (6 + 6) ("\u0001n", "t\u0001")
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
