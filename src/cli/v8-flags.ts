/**
 * V8 settings for the command-line checker, applied by `launcher.ts` before the
 * checker is compiled.
 *
 * Why: a CLI check is short-lived, and V8's optimizing compiler is a large part of
 * its cost. On the bench's 1,000-note vault (callgrind, `--single-threaded`) about
 * half of all instructions were TurboFan compiling, much of it inlining callees
 * into the scanner's and resolver's hot functions. A smaller cumulative inlining
 * budget per function (V8's default is 920 bytes of bytecode) cut the whole
 * check's instructions by 18% at 1,000 notes and by 4% at 10,000, with the same
 * output. Leaving out two costly optimizing passes (loop peeling, escape analysis)
 * saved another 6% at 1,000 and 1% at 10,000 (each alone: loop peeling off cost 1%
 * at 10,000; escape analysis off saved 3% at 1,000 and nothing at 10,000).
 *
 * Allocation-site pretenuring is off because it made peak memory a lottery: in
 * about one 10,000-note run in six (only with the code cache, which shifts when
 * collections fall), V8 decided from a few collections that some allocation sites'
 * objects live long and allocated them straight in the old generation; they did
 * not, so the old generation filled with garbage that only full collections free
 * (`--trace-gc`: a 20-30 MB rise per scavenge instead of 8-14 MB, three
 * mark-compacts instead of one). Peak RSS went from ~200 MB to 260-395 MB and the
 * run took ~0.7 s longer in collections. Without it: 0 such runs in 54, peak
 * 191-201 MB, the same collection time in ordinary runs at 1,000 and 10,000 notes.
 *
 * Only compiler and collector heuristics change: no flag here can alter a result.
 */
import { setFlagsFromString } from "node:v8";

/** The flags, as for `node --flag`. */
export const CLI_V8_FLAGS: readonly string[] = ["--max-inlined-bytecode-size-cumulative=200", "--no-turbo-loop-peeling", "--no-turbo-escape", "--no-allocation-site-pretenuring"];

/**
 * Applies {@link CLI_V8_FLAGS}.
 *
 * @example
 * applyV8Flags(); // before loading dist/cli-main.cjs
 */
export function applyV8Flags(set: (flag: string) => void = setFlagsFromString): void {
	for (const flag of CLI_V8_FLAGS) set(flag);
}
