/**
 * Hangul-aware text comparison: a precomposed syllable (`컨`) is one code unit,
 * so a one-letter typo (`컨테이너` vs `컨테니어`) would cost as much as a wholly
 * different syllable. Decomposing syllables into jamo first makes edit distance
 * count letters, as a Korean reader does.
 */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const LEAD_BASE = 0x1100;
const VOWEL_BASE = 0x1161;
const TAIL_BASE = 0x11a7;

/**
 * Replaces every precomposed Hangul syllable by its conjoining jamo (lead, vowel,
 * optional tail). Other characters pass through; NFD input is already jamo.
 *
 * @example
 * decomposeHangul("각"); // "\u1100\u1161\u11a8"
 */
export function decomposeHangul(text: string): string {
	let out = "";
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < SYLLABLE_FIRST || c > SYLLABLE_LAST) {
			out += text[i];
			continue;
		}
		const index = c - SYLLABLE_FIRST;
		const lead = Math.floor(index / 588);
		const vowel = Math.floor((index % 588) / 28);
		const tail = index % 28;
		out += String.fromCharCode(LEAD_BASE + lead, VOWEL_BASE + vowel);
		if (tail > 0) out += String.fromCharCode(TAIL_BASE + tail);
	}
	return out;
}

/**
 * Levenshtein distance over UTF-16 code units, O(a·b) time and O(b) memory.
 *
 * @example
 * editDistance("kitten", "sitting"); // 3
 */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	if (a.length === 0) return b.length;
	if (b.length === 0) return a.length;
	let prev = new Array<number>(b.length + 1);
	let cur = new Array<number>(b.length + 1);
	for (let j = 0; j <= b.length; j++) prev[j] = j;
	for (let i = 1; i <= a.length; i++) {
		cur[0] = i;
		const ca = a.charCodeAt(i - 1);
		for (let j = 1; j <= b.length; j++) {
			const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
			cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
		}
		const swap = prev;
		prev = cur;
		cur = swap;
	}
	return prev[b.length] ?? 0;
}

/** Lower-cases, NFC-normalises, folds punctuation and runs of spaces, then decomposes Hangul. */
export function comparable(text: string): string {
	return decomposeHangul(
		text
			.normalize("NFC")
			.toLowerCase()
			.replace(/[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\_-]/g, " ")
			.replace(/\s+/g, " ")
			.trim(),
	);
}

/**
 * Similarity in [0, 1] of two labels (headings, file names): 1 for the same text
 * after folding case, punctuation and Hangul composition.
 *
 * @example
 * similarity("컨테이너 기술 발전", "컨테이너 기술의 발전") > 0.8; // true
 */
export function similarity(a: string, b: string): number {
	return comparableSimilarity(comparable(a), comparable(b));
}

/**
 * {@link similarity} of two texts already passed through {@link comparable}.
 * With `min`, returns 0 early when the lengths alone rule out reaching it.
 */
export function comparableSimilarity(x: string, y: string, min = 0): number {
	if (x === y) return 1;
	const longest = Math.max(x.length, y.length);
	if (longest === 0) return 1;
	// Containment ("Hypervisor" in "Type 1 Hypervisor") is a strong hint even when lengths differ.
	const contained = x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
	// The edit distance is at least the length difference.
	if (!contained && min > 0 && 1 - Math.abs(x.length - y.length) / longest < min) return 0;
	const score = 1 - editDistance(x, y) / longest;
	return contained ? Math.max(score, 0.6 + 0.3 * (Math.min(x.length, y.length) / longest)) : score;
}
