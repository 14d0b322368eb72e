/**
 * The checker behind `container-notes` (bundled to dist/cli-main.cjs, which dist/cli.cjs
 * loads: see `launcher.ts`). All logic is in
 * `run()`; this file only hands it the real process.
 */
import type { Writable } from "node:stream";
import { run } from "./run";

/**
 * A reader that goes away (`container-notes check | head`) ends the output, not the
 * run: Node would otherwise report the failed write as an unhandled error with a stack
 * trace. Any other write error is said in one line, and the run fails with status 2.
 */
function endQuietlyOnClosedPipe(stream: Writable, name: string): void {
	stream.on("error", (e: Error & { code?: string }) => {
		if (e.code === "EPIPE") return;
		process.exitCode = 2;
		if (stream !== process.stderr) process.stderr.write(`container-notes: cannot write to ${name}: ${e.message}\n`);
	});
}

endQuietlyOnClosedPipe(process.stdout, "stdout");
endQuietlyOnClosedPipe(process.stderr, "stderr");

void run(process.argv.slice(2), {
	stdout: process.stdout,
	stderr: process.stderr,
	env: process.env,
	cwd: process.cwd(),
	isTTY: Boolean(process.stdout.isTTY),
	stderrIsTTY: Boolean(process.stderr.isTTY),
}).then((code) => {
	// Let pending writes to a pipe finish before exiting; a write error already set 2.
	if (process.exitCode !== 2) process.exitCode = code;
});
