/**
 * Loading the command-line checker through a V8 code cache (used by `launcher.ts`, which
 * is what `container-notes` runs first): the checker itself, dist/cli-main.cjs, is
 * compiled with a code cache kept in the temp folder. The first
 * run on a machine compiles as usual and saves the cache at exit; later runs skip
 * compiling the functions that ran (about a tenth of a 1,000-note check). Node 22 has
 * this built in (`module.enableCompileCache()`); Node 20, our minimum, does not.
 *
 * Safety: the cache folder is the user's own (created 0700; used only when it belongs to
 * the current user and nobody else can write to it), each file is named by a hash of the
 * bundle and the Node version, and V8 itself rejects a cache made for other code. A
 * missing, rejected or unreadable cache only means compiling as usual; nothing here can
 * make the command fail. `CONTAINER_NOTES_COMPILE_CACHE=0` turns the cache off;
 * `CONTAINER_NOTES_COMPILE_CACHE_DIR` puts it elsewhere than the temp folder.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Script } from "node:vm";

/**
 * Where the code cache of `source` for a command lives, or `null` when no safe place
 * exists. Each command (`check`, `fix`, ...) has its own: a cache holds the functions
 * that ran, and `--version` runs almost none of those `check` needs.
 *
 * @example
 * cacheFileFor("...bundle...", "/tmp", "check"); // "/tmp/container-notes-compile-cache-1000/3f2a...-check-v20.20.2-x64.bin"
 */
export function cacheFileFor(source: string, base: string, command: string): string | null {
	const uid = typeof process.getuid === "function" ? process.getuid() : null;
	const dir = path.join(base, `container-notes-compile-cache${uid === null ? "" : `-${uid}`}`);
	try {
		mkdirSync(dir, { recursive: true, mode: 0o700 });
		const st = statSync(dir);
		// A folder someone else made (or can write to) could hold a planted cache: do without.
		if (!st.isDirectory() || (uid !== null && st.uid !== uid) || (process.platform !== "win32" && (st.mode & 0o022) !== 0)) return null;
	} catch {
		return null;
	}
	const hash = createHash("sha256").update(source).digest("hex").slice(0, 32);
	const name = /^[a-z]{1,16}$/.test(command) ? command : "other";
	return path.join(dir, `${hash}-${name}-${process.version}-${process.arch}.bin`);
}

/** Writes through a temporary file and a rename, so a concurrent run never reads half a cache. */
function save(file: string, data: Buffer): void {
	const tmp = `${file}.${randomBytes(6).toString("hex")}.tmp`;
	try {
		writeFileSync(tmp, data, { mode: 0o600, flag: "wx" });
		renameSync(tmp, file);
	} catch {
		try {
			unlinkSync(tmp);
		} catch {
			// nothing was written
		}
	}
}

/**
 * Runs the CommonJS bundle at `main` as `require(main)` would, compiled from the code
 * cache of `command` when there is a usable one, and saves a fresh cache at exit when there was not.
 *
 * @example
 * runWithCompileCache(path.join(__dirname, "cli-main.cjs"), process.argv[2] ?? "", process.env);
 */
export function runWithCompileCache(main: string, command: string, env: Readonly<Record<string, string | undefined>>): void {
	const requireMain = createRequire(main);
	if (env.CONTAINER_NOTES_COMPILE_CACHE === "0") {
		requireMain(main);
		return;
	}
	const source = readFileSync(main, "utf8");
	const file = cacheFileFor(source, env.CONTAINER_NOTES_COMPILE_CACHE_DIR ?? tmpdir(), command);
	let cached: Buffer | undefined;
	if (file !== null) {
		try {
			cached = readFileSync(file);
		} catch {
			cached = undefined;
		}
	}
	// The same wrapper Node puts around a CommonJS module.
	const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
	const script = new Script(wrapper, { filename: main, cachedData: cached });
	if (file !== null && (cached === undefined || script.cachedDataRejected === true)) {
		// At exit the cache also holds the functions compiled while the command ran.
		process.once("exit", () => save(file, script.createCachedData()));
	}
	const module = { exports: {} as unknown, filename: main, id: main, loaded: false };
	const run = script.runInThisContext() as (exports: unknown, require: ReturnType<typeof createRequire>, module: unknown, filename: string, dirname: string) => void;
	run.call(module.exports, module.exports, requireMain, module, main, path.dirname(main));
	module.loaded = true;
}
