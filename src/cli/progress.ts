/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal and the
 * vault is large enough for the wait to be noticeable. Never touches stdout, so
 * `--format json` output stays clean.
 */
import type { CliIO } from "./io";

/** Vaults with fewer notes than this finish too fast to need a bar. */
export const PROGRESS_MIN_FILES = 300;

/** Reports progress; `done()` erases the bar. */
export interface Progress {
	update(done: number, total: number): void;
	done(): void;
}

/**
 * A progress bar for this process (a no-op when stderr is not a terminal).
 *
 * @example
 * const bar = makeProgress(io, 5000);
 * bar.update(2500, 5000); // "\r[##########----------]  2500/5000 notes"
 * bar.done();
 */
export function makeProgress(io: CliIO, totalFiles: number, label = "notes"): Progress {
	const tty = io.stderrIsTTY ?? io.isTTY;
	if (!tty || totalFiles < PROGRESS_MIN_FILES) return { update() {}, done() {} };
	const width = 30;
	let lastFilled = -1;
	let lastDone = -1;
	let drawn = false;
	return {
		update(done, total) {
			if (total <= 0) return;
			const filled = Math.round((Math.min(done, total) / total) * width);
			// Redraw only when something visible changes: a bar redrawn per note slows big vaults.
			if (filled === lastFilled && done - lastDone < Math.max(1, Math.floor(total / 100))) return;
			lastFilled = filled;
			lastDone = done;
			drawn = true;
			io.stderr.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(done).padStart(String(total).length)}/${total} ${label}`);
		},
		done() {
			if (drawn) io.stderr.write("\r\u001b[2K");
		},
	};
}
