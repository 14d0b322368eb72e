/**
 * The `container-notes` command as shipped: both CLI bundles built with `npm run build`'s
 * own options into a temporary folder, then run as processes with the code cache in a
 * folder of the test's own. The cache must never change what the command prints.
 */
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliBuildOptions } from "../../scripts/build-options.mjs";
import { cacheFileFor } from "../../src/cli/compile-cache";

const root = fileURLToPath(new URL("../..", import.meta.url));
const vault = path.join(root, "examples/vault");
let dist = "";
let cacheBase = "";

function cli(args: string[], env: Record<string, string> = {}): string {
	try {
		return execFileSync(process.execPath, [path.join(dist, "cli.cjs"), ...args], {
			cwd: root,
			env: { ...process.env, CONTAINER_NOTES_COMPILE_CACHE_DIR: cacheBase, NO_COLOR: "1", ...env },
			encoding: "utf8",
		});
	} catch (e) {
		// `check` exits 1 when it finds errors: its output is still the result.
		return String((e as { stdout?: string }).stdout ?? "");
	}
}

function cacheFiles(): string[] {
	const dirs = readdirSync(cacheBase).map((d) => path.join(cacheBase, d));
	return dirs.flatMap((d) => readdirSync(d).map((f) => path.join(d, f)));
}

beforeAll(async () => {
	dist = mkdtempSync(path.join(tmpdir(), "cn-dist-"));
	cacheBase = mkdtempSync(path.join(tmpdir(), "cn-cache-"));
	await Promise.all(cliBuildOptions(dist).map((o) => esbuild.build({ ...o, absWorkingDir: root, logLevel: "silent" })));
}, 60_000);

afterAll(() => {
	rmSync(dist, { recursive: true, force: true });
	rmSync(cacheBase, { recursive: true, force: true });
});

describe("the container-notes command and its code cache", () => {
	it("prints the same with a fresh cache, a used cache, a corrupt cache and none", () => {
		const args = ["check", vault, "--format", "json", "--lang", "en"];
		const without = cli(args, { CONTAINER_NOTES_COMPILE_CACHE: "0" });
		expect((JSON.parse(without) as { notes: unknown[] }).notes.length).toBeGreaterThan(0);
		expect(cacheFiles()).toEqual([]);

		expect(cli(args)).toBe(without);
		const [file] = cacheFiles();
		expect(file).toMatch(/-check-v\d+\.\d+\.\d+-[a-z0-9]+\.bin$/);
		const first = readFileSync(file as string);
		expect(first.length).toBeGreaterThan(1000);

		// Accepted: used as is, not written again.
		expect(cli(args)).toBe(without);
		expect(readFileSync(file as string).equals(first)).toBe(true);

		// Rejected by V8: the command still works, and the cache is made anew.
		writeFileSync(file as string, Buffer.alloc(first.length, 7));
		expect(cli(args)).toBe(without);
		expect(readFileSync(file as string).equals(Buffer.alloc(first.length, 7))).toBe(false);
	}, 60_000);

	it("keeps one cache per command, private to the user", () => {
		expect(cli(["--version"])).toMatch(/^\d+\.\d+\.\d+/);
		const names = cacheFiles().map((f) => path.basename(f));
		expect(names.some((n) => n.includes("-other-"))).toBe(true);
		if (process.platform !== "win32") {
			for (const f of cacheFiles()) {
				expect(statSync(f).mode & 0o077).toBe(0);
				expect(statSync(path.dirname(f)).mode & 0o077).toBe(0);
			}
		}
	}, 60_000);

	it("refuses a cache folder that others can write to", () => {
		if (process.platform === "win32") return;
		const base = mkdtempSync(path.join(tmpdir(), "cn-open-"));
		const file = cacheFileFor("source", base, "check");
		expect(file).not.toBeNull();
		chmodSync(path.dirname(file as string), 0o777);
		expect(cacheFileFor("source", base, "check")).toBeNull();
		rmSync(base, { recursive: true, force: true });
	});
});

describe("the container-notes command writing into a closed pipe", () => {
	/** Runs the command with its stdout read by nobody (as `container-notes check | head` after head exits). */
	function closedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
		return new Promise((resolve) => {
			const child = spawn(process.execPath, [path.join(dist, "cli.cjs"), ...args], { cwd: root, env: { ...process.env, CONTAINER_NOTES_COMPILE_CACHE: "0", NO_COLOR: "1" } });
			child.stdout.destroy();
			let stderr = "";
			child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
			child.on("close", (code) => resolve({ code, stderr }));
		});
	}

	it("ends quietly with the run's own exit status, in text and JSON", async () => {
		for (const format of ["text", "json"]) {
			const { code, stderr } = await closedPipe(["check", vault, "--format", format, "--lang", "en"]);
			// The example vault has errors: status 1, as when the output is read; no stack trace.
			expect(code).toBe(1);
			expect(stderr).not.toMatch(/EPIPE|Error:|\n\s+at /);
		}
		const help = await closedPipe(["--help"]);
		expect(help).toEqual({ code: 0, stderr: "" });
	});
});
