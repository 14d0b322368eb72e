// Seeded pseudo-random numbers for the bench's vault generator. No dependency:
// the same seed must give the same vault on every machine and Node version,
// so only 32-bit integer arithmetic is used (Math.imul, >>>).

/**
 * Hashes a string to a 32-bit seed (xmur3).
 *
 * @example
 * hashSeed("container-notes"); // 2395038058 (always the same number)
 */
export function hashSeed(text: string): number {
	let h = 1779033703 ^ text.length;
	for (let i = 0; i < text.length; i++) {
		h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
		h = (h << 13) | (h >>> 19);
	}
	h = Math.imul(h ^ (h >>> 16), 2246822507);
	h = Math.imul(h ^ (h >>> 13), 3266489909);
	return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A small deterministic generator (mulberry32) with the helpers the generator needs.
 *
 * @example
 * const rng = new Rng("seed-1");
 * rng.int(1, 6); // 1, for "seed-1", on every run
 */
export class Rng {
	private state: number;

	constructor(seed: string | number) {
		this.state = typeof seed === "number" ? seed >>> 0 : hashSeed(seed);
	}

	/** Uniform float in [0, 1). */
	next(): number {
		let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** Integer in [min, max], both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	/** True with probability p. */
	chance(p: number): boolean {
		return this.next() < p;
	}

	/** One element of a non-empty array. */
	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error("pick from an empty list");
		return items[Math.floor(this.next() * items.length)] as T;
	}

	/** A shuffled copy (Fisher–Yates). */
	shuffle<T>(items: readonly T[]): T[] {
		const copy = items.slice();
		for (let i = copy.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			const tmp = copy[i] as T;
			copy[i] = copy[j] as T;
			copy[j] = tmp;
		}
		return copy;
	}
}
