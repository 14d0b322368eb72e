/**
 * Notes named on the command line (`toc NOTE`, `check NOTE...`, `fix NOTE...`): the
 * vault they belong to, and their paths inside it. A symbolic link never carries a
 * note outside its vault: paths are compared after resolving links.
 */
import { realpathSync, statSync } from "node:fs";
import * as path from "node:path";
import type { CliMessages } from "./i18n";
import { errorText } from "./open-vault";

/**
 * The nearest folder above `notePath` that holds `name` (a folder, or for `.git` also
 * a file, as in a worktree); `null` when there is none.
 *
 * @example
 * findAbove("/home/me/notes/docker/a.md", ".obsidian"); // "/home/me/notes" when /home/me/notes/.obsidian exists
 */
export function findAbove(notePath: string, name: string): string | null {
	let dir = path.dirname(notePath);
	for (;;) {
		try {
			const st = statSync(path.join(dir, name));
			if (st.isDirectory() || (name === ".git" && st.isFile())) return dir;
		} catch {
			// not here; keep walking up
		}
		const parent = path.dirname(dir);
		if (parent === dir) return null;
		dir = parent;
	}
}

/**
 * Named notes located in their vault, or why not (a message for stderr, exit 2).
 * `guessed`: no `--vault` and no config folder above the note, so the vault is the
 * repository it is in (or its own folder): worth saying.
 */
export type LocatedNotes = { ok: true; root: string; guessed: boolean; notes: { arg: string; rel: string }[] } | { ok: false; message: string };

/**
 * Locates notes given as arguments: each must be a Markdown file inside the vault,
 * which is `vaultArg` when given, else the nearest folder above the first note holding the
 * config folder, else (with `repository`) the Git repository it is in (a clone without
 * `.obsidian`, in CI), else the note's own folder. `toc` passes `repository: false`: a table
 * of contents needs no other note. A repository that is the `home` folder (dotfiles kept in
 * Git) or the file system's root is not taken: checking one note would walk all of it.
 * `rel` is `/`-separated and relative to the vault's real path, as written on disk.
 *
 * @example
 * locateNotes("/w", ["notes/docker/a.md"], null, ".obsidian", messages("en"));
 * // { ok: true, root: "/w/notes", guessed: false, notes: [{ arg: "notes/docker/a.md", rel: "docker/a.md" }] } when /w/notes/.obsidian exists
 */
export function locateNotes(
	cwd: string,
	args: readonly string[],
	vaultArg: string | null,
	configDir: string,
	msgs: Pick<CliMessages, "noteUnreadable" | "noteNotMarkdown" | "noteOutsideVault">,
	repository = true,
	home: string | null = null,
): LocatedNotes {
	const first = path.resolve(cwd, args[0] ?? "");
	const found = vaultArg !== null ? path.resolve(cwd, vaultArg) : findAbove(first, configDir);
	const repo = found === null && repository ? findAbove(first, ".git") : null;
	const wide = repo !== null && (path.dirname(repo) === repo || (home !== null && home !== "" && repo === path.resolve(home)));
	const root = found ?? (wide ? null : repo) ?? path.dirname(first);
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
	return { ok: true, root, guessed: found === null, notes };
}

/**
 * Finds notes' paths as the vault lists them (names on disk may be NFD): `undefined`
 * when the vault does not list one (inside a dot folder, say). Built once for many notes:
 * a set of the listing, and its NFC forms only when a name is not found as written.
 *
 * @example
 * listedPaths(["Docker 기초.md"])("Docker 기초.md"); // "Docker 기초.md"
 */
export function listedPaths(files: readonly string[]): (rel: string) => string | undefined {
	const exact = new Set(files);
	let byNfc: Map<string, string> | null = null;
	return (rel) => {
		if (exact.has(rel)) return rel;
		if (byNfc === null) {
			byNfc = new Map();
			for (const p of files) {
				const n = p.normalize("NFC");
				if (!byNfc.has(n)) byNfc.set(n, p);
			}
		}
		return byNfc.get(rel.normalize("NFC"));
	};
}

/**
 * The line that says which folder was taken as the vault, when no config folder named it
 * (`null` otherwise): links to other notes resolve against that folder only.
 *
 * @example
 * guessNotice(located, "/w", ".obsidian", messages("en")); // "No .obsidian folder above a.md: the vault is taken to be . (--vault names another)"
 */
export function guessNotice(located: Extract<LocatedNotes, { ok: true }>, cwd: string, configDir: string, msgs: Pick<CliMessages, "vaultGuessed">): string | null {
	if (!located.guessed) return null;
	const shown = path.relative(cwd, located.root).split(path.sep).join("/") || ".";
	return msgs.vaultGuessed(located.notes[0]?.arg ?? "", configDir, shown);
}
