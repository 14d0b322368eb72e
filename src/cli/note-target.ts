/**
 * Notes named on the command line (`toc NOTE`, `check NOTE...`, `fix NOTE...`): the
 * vault they belong to, and their paths inside it. A symbolic link never carries a
 * note outside its vault: paths are compared after resolving links.
 */
import { realpathSync, statSync } from "node:fs";
import * as path from "node:path";
import type { CliMessages } from "./i18n";
import { errorText } from "./open-vault";
import { DEFAULT_CONFIG_DIR } from "./stored-settings";

/**
 * The vault a note belongs to: the nearest folder above it holding the config folder (`.obsidian`), else the note's own folder.
 *
 * @example
 * findVaultRoot("/home/me/notes/docker/a.md"); // "/home/me/notes" when /home/me/notes/.obsidian exists
 */
export function findVaultRoot(notePath: string, configDir = DEFAULT_CONFIG_DIR): string {
	const start = path.dirname(notePath);
	let dir = start;
	for (;;) {
		try {
			if (statSync(path.join(dir, configDir)).isDirectory()) return dir;
		} catch {
			// not here; keep walking up
		}
		const parent = path.dirname(dir);
		if (parent === dir) return start;
		dir = parent;
	}
}

/** Named notes located in their vault, or why not (a message for stderr, exit 2). */
export type LocatedNotes = { ok: true; root: string; notes: { arg: string; rel: string }[] } | { ok: false; message: string };

/**
 * Locates notes given as arguments: each must be a Markdown file inside the vault,
 * which is `vaultArg` when given, else the one the first note belongs to ({@link findVaultRoot}).
 * `rel` is `/`-separated and relative to the vault's real path, as written on disk.
 *
 * @example
 * locateNotes("/w", ["notes/docker/a.md"], null, ".obsidian", messages("en"));
 * // { ok: true, root: "/w/notes", notes: [{ arg: "notes/docker/a.md", rel: "docker/a.md" }] }
 */
export function locateNotes(cwd: string, args: readonly string[], vaultArg: string | null, configDir: string, msgs: Pick<CliMessages, "noteUnreadable" | "noteNotMarkdown" | "noteOutsideVault">): LocatedNotes {
	const first = path.resolve(cwd, args[0] ?? "");
	const root = vaultArg !== null ? path.resolve(cwd, vaultArg) : findVaultRoot(first, configDir);
	let realRoot: string;
	try {
		realRoot = realpathSync(root);
	} catch (e) {
		return { ok: false, message: msgs.noteOutsideVault(args[0] ?? "", vaultArg ?? root) + ` (${errorText(e)})` };
	}
	const notes: { arg: string; rel: string }[] = [];
	for (const arg of args) {
		const abs = path.resolve(cwd, arg);
		let real: string;
		try {
			real = realpathSync(abs);
			if (!statSync(real).isFile()) return { ok: false, message: msgs.noteUnreadable(arg, "not a file") };
		} catch {
			return { ok: false, message: msgs.noteUnreadable(arg, "no such file") };
		}
		if (!abs.toLowerCase().endsWith(".md")) return { ok: false, message: msgs.noteUnreadable(arg, msgs.noteNotMarkdown) };
		const rel = path.relative(realRoot, real);
		if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return { ok: false, message: msgs.noteOutsideVault(arg, vaultArg ?? root) };
		notes.push({ arg, rel: rel.split(path.sep).join("/") });
	}
	return { ok: true, root, notes };
}

/**
 * A note's path as the vault lists it (names on disk may be NFD), or `undefined` when
 * the vault does not list it (inside a dot folder, say).
 *
 * @example
 * listedPath(["Docker 기초.md"], "Docker 기초.md"); // "Docker 기초.md"
 */
export function listedPath(files: readonly string[], rel: string): string | undefined {
	return files.find((p) => p === rel) ?? files.find((p) => p.normalize("NFC") === rel.normalize("NFC"));
}
