// Runs one command as a child process and measures its wall time and peak memory.
// Peak memory comes from GNU time (`/usr/bin/time -v`, Debian package `time`) when
// present, else from the child's own report (workers print `maxRssKB`).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { clearTimeout as stopTimer, setTimeout as startTimer } from "node:timers";

/** What one measured run produced. */
export interface RunResult {
	wallMs: number;
	/** Peak resident set size in KB, `null` when unknown. */
	maxRssKB: number | null;
	/** CPU time (user + system) of the child in ms, `null` when unknown: steadier than wall time on a busy machine. */
	cpuMs: number | null;
	code: number | null;
	stdout: string;
	stderr: string;
	timedOut: boolean;
}

/** Options for {@link runMeasured}. */
export interface RunOptions {
	cwd?: string;
	/** Kill the child (and its process group) after this many ms. */
	timeoutMs?: number;
	env?: Record<string, string | undefined>;
	/** Send the tool's stderr into its stdout, in order (for tools that split one report over both). */
	mergeOutput?: boolean;
}

const GNU_TIME = "/usr/bin/time";
const hasGnuTime = existsSync(GNU_TIME);

/** Whether peak memory is measured by GNU time. */
export function peakMemorySource(): string {
	return hasGnuTime ? "GNU time -v (max RSS of the whole child)" : "process.resourceUsage().maxRSS reported by the worker";
}

/**
 * Runs `cmd args` and resolves with its wall time (spawn to exit), peak RSS and output.
 *
 * @example
 * const r = await runMeasured("node", ["-e", "1"]);
 * r.wallMs; // about 40 (Node start-up)
 */
export function runMeasured(cmd: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
	// `exec` keeps the measured process the tool itself; only its own streams are merged.
	const [tool, toolArgs] = options.mergeOutput ? ["/bin/sh", ["-c", 'exec "$0" "$@" 2>&1', cmd, ...args]] : [cmd, args];
	const argv = hasGnuTime ? ["-v", tool, ...toolArgs] : toolArgs;
	const bin = hasGnuTime ? GNU_TIME : tool;
	return new Promise((resolve, reject) => {
		const start = performance.now();
		// A process group of its own, so a timeout can stop the tool and everything it started.
		const child = spawn(bin, argv, { cwd: options.cwd, env: options.env ?? process.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		child.stdout.on("data", (b: Buffer) => out.push(b));
		child.stderr.on("data", (b: Buffer) => err.push(b));
		let timedOut = false;
		const timer =
			options.timeoutMs === undefined
				? null
				: startTimer(() => {
						timedOut = true;
						if (child.pid !== undefined) {
							try {
								process.kill(-child.pid, "SIGKILL");
							} catch {
								child.kill("SIGKILL");
							}
						}
					}, options.timeoutMs);
		child.on("error", (e) => {
			if (timer) stopTimer(timer);
			reject(e);
		});
		child.on("close", (code) => {
			const wallMs = performance.now() - start;
			if (timer) stopTimer(timer);
			let stderr = Buffer.concat(err).toString("utf8");
			let maxRssKB: number | null = null;
			let cpuMs: number | null = null;
			if (hasGnuTime) {
				const at = stderr.lastIndexOf("\tCommand being timed:");
				const timeReport = at >= 0 ? stderr.slice(at) : "";
				const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(timeReport);
				if (m) maxRssKB = Number(m[1]);
				const user = /User time \(seconds\): ([\d.]+)/.exec(timeReport);
				const sys = /System time \(seconds\): ([\d.]+)/.exec(timeReport);
				if (user && sys) cpuMs = (Number(user[1]) + Number(sys[1])) * 1000;
				if (at >= 0) stderr = stderr.slice(0, at).replace(/Command (exited with non-zero status \d+|terminated by signal \d+)\n$/, "");
				const status = /Exit status: (\d+)/.exec(timeReport);
				if (status && code !== null) code = Number(status[1]);
			}
			resolve({ wallMs, maxRssKB, cpuMs, code, stdout: Buffer.concat(out).toString("utf8"), stderr, timedOut });
		});
	});
}
