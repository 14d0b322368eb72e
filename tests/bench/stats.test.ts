import { describe, expect, it } from "vitest";
import { combineLatency } from "../../scripts/bench/stats";

describe("combineLatency", () => {
	it("takes the median of the runs' medians and p99s, the largest maximum, and keeps each run", () => {
		const runs = [
			{ medianMs: 1.5, p99Ms: 8, maxMs: 11, lines: 2000 },
			{ medianMs: 2.8, p99Ms: 13, maxMs: 18, lines: 2000 },
			{ medianMs: 1.6, p99Ms: 9.5, maxMs: 12, lines: 2000 },
		];
		expect(combineLatency(runs)).toEqual({
			medianMs: 1.6,
			p99Ms: 9.5,
			maxMs: 18,
			lines: 2000,
			runs: [
				{ medianMs: 1.5, p99Ms: 8 },
				{ medianMs: 2.8, p99Ms: 13 },
				{ medianMs: 1.6, p99Ms: 9.5 },
			],
		});
	});

	it("passes one run through and refuses none", () => {
		expect(combineLatency([{ medianMs: 2, p99Ms: 7, maxMs: 9 }])).toMatchObject({ medianMs: 2, p99Ms: 7, maxMs: 9 });
		expect(() => combineLatency([])).toThrow(/no latency runs/);
	});
});
