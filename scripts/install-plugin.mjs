#!/usr/bin/env node
/**
 * Installs the plugin into a vault for manual testing:
 *
 *   npm run install-plugin -- <vault> [--config-dir .obsidian] [--no-build]
 *
 * Builds main.js when it is missing or older than a source file (unless --no-build),
 * copies main.js, manifest.json and styles.css into
 * <vault>/<config dir>/plugins/<id>/, and adds <id> to <config dir>/community-plugins.json
 * without touching its other entries (the file is created when missing). Nothing else in
 * the vault is read or written.
 *
 * @example
 * // node scripts/install-plugin.mjs ~/Notes --config-dir .obsidian
 * // => Installed container-notes 0.1.0 into ~/Notes/.obsidian/plugins/container-notes (enabled)
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_CONFIG_DIR = ".obsidian";
const ASSETS = ["main.js", "manifest.json", "styles.css"];

/** Parses `<vault> [--config-dir DIR] [--no-build]`; throws a usage message on bad input. */
export function parseArgs(argv) {
	let vault = null;
	let configDir = DEFAULT_CONFIG_DIR;
	let build = true;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === "--config-dir") {
			const next = argv[++i];
			if (next === undefined) throw new Error("--config-dir needs a folder name");
			configDir = next;
		} else if (arg.startsWith("--config-dir=")) configDir = arg.slice("--config-dir=".length);
		else if (arg === "--no-build") build = false;
		else if (arg.startsWith("-")) throw new Error(`unknown option ${arg}`);
		else if (vault === null) vault = arg;
		else throw new Error(`unexpected argument ${arg}`);
	}
	if (vault === null) throw new Error("missing the vault folder");
	// The config folder is one folder name inside the vault, never a path out of it.
	if (configDir === "" || configDir.includes("/") || configDir.includes("\\") || configDir === "." || configDir === "..") {
		throw new Error(`--config-dir must be a single folder name inside the vault (got "${configDir}")`);
	}
	return { vault, configDir, build };
}

/** Newest modification time of the files under `dir` (recursive), 0 when absent. */
function newestMtime(dir) {
	if (!existsSync(dir)) return 0;
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
		else newest = Math.max(newest, statSync(path).mtimeMs);
	}
	return newest;
}

/** Whether main.js must be (re)built: missing, or older than src/ or the build config. */
export function needsBuild(root) {
	const main = join(root, "main.js");
	if (!existsSync(main)) return true;
	const built = statSync(main).mtimeMs;
	const configs = ["esbuild.config.mjs", "scripts/build-options.mjs", "scripts/build-plugin.mjs"].map((f) => join(root, f));
	return newestMtime(join(root, "src")) > built || configs.some((config) => existsSync(config) && statSync(config).mtimeMs > built);
}

/** Writes a file through a temporary file and a rename, so a crash never leaves half a file. */
function writeAtomic(path, text) {
	const tmp = `${path}.${process.pid}.tmp`;
	writeFileSync(tmp, text);
	renameSync(tmp, path);
}

/**
 * Adds `id` to the enabled-plugins list. Returns true when the file changed. A file that is
 * not a JSON array of strings is left alone (an error), since it may hold the user's setup.
 */
export function enablePlugin(listPath, id) {
	let list = [];
	if (existsSync(listPath)) {
		const text = readFileSync(listPath, "utf8");
		let parsed;
		try {
			parsed = text.trim() === "" ? [] : JSON.parse(text);
		} catch (e) {
			throw new Error(`${listPath} is not valid JSON (${e.message}); fix it or enable the plugin in Obsidian`);
		}
		if (!Array.isArray(parsed) || parsed.some((x) => typeof x !== "string")) {
			throw new Error(`${listPath} is not a list of plugin ids; fix it or enable the plugin in Obsidian`);
		}
		list = parsed;
	}
	if (list.includes(id)) return false;
	writeAtomic(listPath, `${JSON.stringify([...list, id], null, 2)}\n`);
	return true;
}

/**
 * Copies the release files of `root` into the vault and enables the plugin.
 *
 * @example
 * installPlugin({ root: process.cwd(), vault: "/tmp/vault", configDir: ".obsidian", build: false });
 */
export function installPlugin({ root = REPO_ROOT, vault, configDir = DEFAULT_CONFIG_DIR, build = true, log = () => {} }) {
	const vaultDir = resolve(vault);
	if (!existsSync(vaultDir) || !statSync(vaultDir).isDirectory()) throw new Error(`${vault} is not a folder`);
	if (build && needsBuild(root)) {
		log("Building main.js ...");
		execFileSync(process.execPath, [join(root, "esbuild.config.mjs"), "production"], { cwd: root, stdio: "inherit" });
	}
	for (const asset of ASSETS) if (!existsSync(join(root, asset))) throw new Error(`${asset} is missing in ${root}${asset === "main.js" ? " (run npm run build)" : ""}`);
	const manifest = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
	const id = manifest.id;
	if (typeof id !== "string" || !/^[a-z0-9-]+$/.test(id)) throw new Error("manifest.json has no valid id");

	const config = join(vaultDir, configDir);
	const target = join(config, "plugins", id);
	if (!target.startsWith(vaultDir + sep)) throw new Error("refusing to write outside the vault");
	mkdirSync(target, { recursive: true });
	for (const asset of ASSETS) copyFileSync(join(root, asset), join(target, asset));
	const enabled = enablePlugin(join(config, "community-plugins.json"), id);
	return { id, version: manifest.version, target, enabled };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	try {
		const args = parseArgs(process.argv.slice(2));
		const result = installPlugin({ ...args, log: (m) => console.log(m) });
		console.log(`Installed ${result.id} ${result.version} into ${result.target} (${result.enabled ? "enabled" : "already enabled"}).`);
		console.log("Reload Obsidian (or turn the plugin off and on under Settings > Community plugins) to load it.");
	} catch (e) {
		console.error(`install-plugin: ${e instanceof Error ? e.message : String(e)}`);
		console.error("usage: npm run install-plugin -- <vault> [--config-dir .obsidian] [--no-build]");
		process.exit(1);
	}
}
