/**
 * The checker behind `container-notes` (bundled to dist/cli-main.cjs, which dist/cli.cjs
 * loads: see `launcher.ts`). All logic is in
 * `run()`; this file only hands it the real process.
 */
import { run } from "./run";

void run(process.argv.slice(2), {
	stdout: process.stdout,
	stderr: process.stderr,
	env: process.env,
	cwd: process.cwd(),
	isTTY: Boolean(process.stdout.isTTY),
	stderrIsTTY: Boolean(process.stderr.isTTY),
}).then((code) => {
	// Let pending writes to a pipe finish before exiting.
	process.exitCode = code;
});
