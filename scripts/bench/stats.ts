// Small statistics helpers for the bench.

/**
 * Median of a non-empty list (mean of the two middle values for even lengths).
 *
 * @example
 * median([3, 1, 2]); // 2
 */
export function median(values: readonly number[]): number {
	return percentile(values, 50);
}

/**
 * Percentile with linear interpolation between closest ranks.
 *
 * @example
 * percentile([1, 2, 3, 4, 5], 99); // 4.96
 */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = (p / 100) * (sorted.length - 1);
	const lo = Math.floor(rank);
	const hi = Math.ceil(rank);
	const a = sorted[lo] ?? 0;
	const b = sorted[hi] ?? a;
	return a + (b - a) * (rank - lo);
}

/** Milliseconds as text: `812 ms`, `12.4 s`. */
export function formatMs(ms: number): string {
	if (!Number.isFinite(ms)) return "n/a";
	if (ms < 10) return `${ms.toFixed(2)} ms`;
	if (ms < 1000) return `${ms.toFixed(0)} ms`;
	return `${(ms / 1000).toFixed(ms < 10000 ? 2 : 1)} s`;
}
