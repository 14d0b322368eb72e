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

/** One re-check latency run, as the core worker prints it. */
export interface LatencyRun {
	medianMs: number;
	p99Ms: number;
	maxMs: number;
	[key: string]: unknown;
}

/**
 * Several latency runs (separate processes) as one: the median of their medians and
 * of their 99th percentiles, the largest maximum, and every run's own pair. One run's
 * p99 is a handful of edits, so a single noisy moment on a shared machine decides it.
 *
 * @example
 * combineLatency([{ medianMs: 1.5, p99Ms: 8, maxMs: 11 }, { medianMs: 2.8, p99Ms: 13, maxMs: 18 }, { medianMs: 1.6, p99Ms: 9, maxMs: 12 }]);
 * // { medianMs: 1.6, p99Ms: 9, maxMs: 18, runs: [...] }
 */
export function combineLatency<R extends LatencyRun>(runs: readonly R[]): R & { runs: { medianMs: number; p99Ms: number }[] } {
	const first = runs[0];
	if (first === undefined) throw new Error("no latency runs");
	return {
		...first,
		medianMs: median(runs.map((r) => r.medianMs)),
		p99Ms: median(runs.map((r) => r.p99Ms)),
		maxMs: Math.max(...runs.map((r) => r.maxMs)),
		runs: runs.map((r) => ({ medianMs: r.medianMs, p99Ms: r.p99Ms })),
	};
}
