/**
 * What a CLI command may touch of its process: streams, environment, working
 * directory and whether the streams are terminals. Commands take this instead of
 * `process` so tests run them in-process and capture their output.
 */

/** A writable text stream (`process.stdout` fits). */
export interface TextSink {
	write(chunk: string): unknown;
}

/**
 * The process as seen by a command.
 *
 * @example
 * const io: CliIO = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), isTTY: Boolean(process.stdout.isTTY) };
 */
export interface CliIO {
	stdout: TextSink;
	stderr: TextSink;
	env: Record<string, string | undefined>;
	/** Directory relative paths on the command line start from. */
	cwd: string;
	/** `true` when stdout is a terminal (colours). */
	isTTY: boolean;
	/** `true` when stderr is a terminal (progress bar); defaults to `isTTY`. */
	stderrIsTTY?: boolean;
}

/**
 * Collects everything a command writes, for tests.
 *
 * @example
 * const cap = captureIO({ cwd: "/tmp/vault" });
 * await run(["check"], cap.io);
 * cap.out(); // the text written to stdout
 */
export function captureIO(overrides: Partial<CliIO> = {}): { io: CliIO; out(): string; err(): string } {
	let out = "";
	let err = "";
	const io: CliIO = {
		stdout: { write: (s: string) => (out += s) },
		stderr: { write: (s: string) => (err += s) },
		env: {},
		cwd: ".",
		isTTY: false,
		...overrides,
	};
	return { io, out: () => out, err: () => err };
}
