// `npm run bench`: bundles the bench (scripts/bench/*.ts) and our core with esbuild
// into bench/.peers/build/ (git-ignored), then runs it. The bench itself lives in
// scripts/bench/main.ts; see bench/results.md for what it measures.
import esbuild from "esbuild";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));
process.chdir(root);
const out = join(root, "bench", ".peers", "build");
mkdirSync(out, { recursive: true });

// `--head`: measure the committed HEAD, extracted into bench/.peers/head, instead of the
// working tree (which other people may be editing and rebuilding while the bench runs).
const git = (...args) => {
	try {
		return execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
	} catch {
		return "";
	}
};
const head = process.argv.includes("--head");
let codeDir = root;
let codeRev = git("rev-parse", "--short", "HEAD") || "unknown";
if (head) {
	codeDir = join(root, "bench", ".peers", "head");
	rmSync(codeDir, { recursive: true, force: true });
	mkdirSync(codeDir, { recursive: true });
	execFileSync("sh", ["-c", `git archive --format=tar HEAD | tar -x -C "${codeDir}"`], { cwd: root, stdio: "inherit" });
	symlinkSync(join(root, "node_modules"), join(codeDir, "node_modules"), "dir");
	codeRev += " (committed HEAD)";
} else if (git("status", "--porcelain", "src", "esbuild.config.mjs") !== "") codeRev += " + uncommitted changes in the working tree";

// The bench and its child workers: ESM for Node (top-level await), Node built-ins external.
await esbuild.build({
	entryPoints: {
		main: "scripts/bench/main.ts",
		"floor-worker": "scripts/bench/floor-worker.ts",
		"core-worker": "scripts/bench/core-worker.ts",
		"onload-worker": "scripts/bench/onload-worker.ts",
	},
	bundle: true,
	platform: "node",
	format: "esm",
	target: "node20",
	outdir: out,
	outExtension: { ".js": ".mjs" },
	packages: "external",
	logLevel: "warning",
});

// Our core (checker + in-memory vault + the CLI's front-matter parser), not minified so
// that profiles name the functions.
const exportsOf = [
	["Checker", "./src/core/check/checker.ts"],
	["MemoryVault", "./src/core/vault/memory-vault.ts"],
	["DEFAULT_CHECK_SETTINGS", "./src/core/model/settings.ts"],
	["grayMatterParser", "./src/cli/frontmatter.ts"],
	["HeldTextReadAhead", "./src/core/check/read-ahead.ts"],
	["EveryNoteDependents", "./src/core/check/dependencies.ts"],
];
let coreBundle = "";
let coreError = "";
if (!existsSync(join(codeDir, "src/core/check/checker.ts"))) coreError = "src/core/check/checker.ts does not exist yet";
else {
	const contents = exportsOf
		.filter(([, file]) => existsSync(join(codeDir, file)))
		.map(([name, file]) => `export { ${name} } from "${file.replace(/\.ts$/, "")}";`)
		.join("\n");
	try {
		await esbuild.build({
			stdin: { contents, resolveDir: codeDir, loader: "ts", sourcefile: "bench-core-entry.ts" },
			bundle: true,
			platform: "node",
			format: "cjs",
			target: "node20",
			outfile: join(out, "core.cjs"),
			logLevel: "silent",
		});
		coreBundle = join(out, "core.cjs");
	} catch (e) {
		coreError = String(e instanceof Error ? e.message : e).split("\n").slice(0, 6).join(" ");
	}
}

const run = spawnSync(process.execPath, [join(out, "main.mjs"), ...process.argv.slice(2)], {
	stdio: "inherit",
	env: { ...process.env, BENCH_CORE: coreBundle, BENCH_CORE_ERROR: coreError, BENCH_CODE_DIR: codeDir, BENCH_CODE_REV: codeRev },
});
process.exit(run.status ?? 1);
