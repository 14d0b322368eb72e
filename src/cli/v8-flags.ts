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
 * at 10,000; escape analysis off saved 3% at 1,000 and nothing at 10,000). Only
 * compiler heuristics change: no flag here can alter a result.
 */
import { setFlagsFromString } from "node:v8";

/** The flags, as for `node --flag`. */
export const CLI_V8_FLAGS: readonly string[] = ["--max-inlined-bytecode-size-cumulative=200", "--no-turbo-loop-peeling", "--no-turbo-escape"];

/**
 * Applies {@link CLI_V8_FLAGS}.
 *
 * @example
 * applyV8Flags(); // before loading dist/cli-main.cjs
 */
export function applyV8Flags(set: (flag: string) => void = setFlagsFromString): void {
	for (const flag of CLI_V8_FLAGS) set(flag);
}
