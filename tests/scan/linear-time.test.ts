import { describe, expect, it } from "vitest";
import { scanNoteUnguarded } from "../../src/core/scan/scan-note";

/** Repeats `unit` until the text is about `size` characters long. */
function fill(unit: string, size: number): string {
	return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Backtick runs of growing length (1, 2, 3, ...): the classic quadratic trap for code spans. */
function growingBackticks(size: number): string {
	let s = "";
	for (let k = 1; s.length < size; k++) s += "`".repeat(k) + " ";
	return s.slice(0, size);
}

const PATTERNS: Array<[string, (size: number) => string]> = [
	["[[[[", (n) => fill("[", n)],
	["![[ unclosed", (n) => fill("![[a ", n)],
	["]( repeated", (n) => fill("](", n)],
	["[a]( unclosed", (n) => fill("[a](", n)],
	["[a](< unclosed", (n) => fill("[a](<", n)],
	["unclosed <!--", (n) => "<!--" + fill("a [[b]] #c\n", n)],
	["unclosed %%", (n) => "%%" + fill("a [[b]] #c\n", n)],
	["long backtick runs", growingBackticks],
	["one huge backtick run", (n) => fill("`", n)],
	["$ no closer", (n) => fill("$a ", n)],
	["< tags without >", (n) => fill("<a ", n)],
	["HTML attributes never closed", (n) => fill('<a x="y" z=w ', n)],
	["quotes inside tags", (n) => fill('<a b="<a c=\'', n)],
	["nested brackets", (n) => fill("[", n / 2) + fill("]", n / 2)],
	["10,000+ links on a line", (n) => fill("[a](#b) [[c#d]] ", n)],
	["tags chained", (n) => fill("#a", n)],
	["many short lines", (n) => fill("# h\n- [x](#y z)\n", n)],
	["quote titles", (n) => fill("[a](b \"", n)],
];

/** Fastest of a few runs of `fn`, in milliseconds. */
function best(fn: () => unknown, runs = 2): number {
	let min = Infinity;
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		fn();
		min = Math.min(min, performance.now() - t0);
	}
	return min;
}

describe("linear time on pathological input", () => {
	for (const [name, make] of PATTERNS) {
		it(`${name}: 1 MB costs about ten times 100 KB`, () => {
			const small = make(100_000);
			const large = make(1_000_000);
			scanNoteUnguarded(small); // warm up the JIT
			// Ten 100 KB scans are the same amount of text as one 1 MB scan: linear => ratio near 1, quadratic => 10 or more
			// (the bound 4, i.e. 40 for time(1 MB) / time(100 KB), leaves room for a busy shared machine).
			// The ten scans' results are kept alive, like the records of the one large scan, so both
			// runs pay the same garbage-collection cost.
			const tenSmall = best(() => {
				const keep = [];
				for (let i = 0; i < 10; i++) keep.push(scanNoteUnguarded(small));
				return keep;
			});
			const oneLarge = best(() => scanNoteUnguarded(large));
			// Below 10 ms, timer noise dominates (and a quadratic 1 MB scan would take seconds).
			const ratio = Math.max(oneLarge, 10) / Math.max(tenSmall, 10);
			expect(ratio, `1 MB: ${oneLarge.toFixed(1)} ms, 10 x 100 KB: ${tenSmall.toFixed(1)} ms`).toBeLessThan(4);
		});
	}
});
