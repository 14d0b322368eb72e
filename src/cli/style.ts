/**
 * Terminal colours. On only when stdout is a terminal and `NO_COLOR` is unset or
 * empty (https://no-color.org); `FORCE_COLOR` (non-empty, not `0`) turns them on.
 */
import type { Severity } from "../core/model/diagnostic";
import type { CliIO } from "./io";

/** Wraps text in ANSI styles, or returns it unchanged when colours are off. */
export interface Style {
	enabled: boolean;
	bold(s: string): string;
	dim(s: string): string;
	severity(severity: Severity, s: string): string;
	green(s: string): string;
	red(s: string): string;
	cyan(s: string): string;
}

/**
 * Whether colours are on for this process.
 *
 * @example
 * colorEnabled({ env: { NO_COLOR: "1" }, isTTY: true } as CliIO); // false
 */
export function colorEnabled(io: Pick<CliIO, "env" | "isTTY">): boolean {
	const noColor = io.env.NO_COLOR;
	if (noColor !== undefined && noColor !== "") return false;
	const force = io.env.FORCE_COLOR;
	if (force !== undefined && force !== "" && force !== "0") return true;
	return io.isTTY && io.env.TERM !== "dumb";
}

/**
 * A style that colours only when `enabled`.
 *
 * @example
 * makeStyle(true).red("x"); // "\u001b[31mx\u001b[39m"
 */
export function makeStyle(enabled: boolean): Style {
	const wrap = (open: number, close: number) => (s: string) => (enabled ? `\u001b[${open}m${s}\u001b[${close}m` : s);
	const red = wrap(31, 39);
	const yellow = wrap(33, 39);
	const blue = wrap(34, 39);
	return {
		enabled,
		bold: wrap(1, 22),
		dim: wrap(2, 22),
		green: wrap(32, 39),
		red,
		cyan: wrap(36, 39),
		severity: (severity, s) => (severity === "error" ? red(s) : severity === "warning" ? yellow(s) : blue(s)),
	};
}
