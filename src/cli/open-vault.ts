/**
 * Turns the command line into a checked-against vault: validates the folder (exit 2
 * when it is unreadable), builds the check settings from the flags, and wires the
 * Node vault, the front-matter parser and the checker together.
 */
import { readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import { Checker } from "../core/check/checker";
import { EveryNoteDependents } from "../core/check/dependencies";
import { HeldTextReadAhead } from "../core/check/read-ahead";
import { DEFAULT_CHECK_SETTINGS, type CheckSettings, type Language } from "../core/model/settings";
import type { CliArgs } from "./args";
import { NodeVault } from "./node-vault";

/** An opened vault, or why it could not be opened. */
export type OpenedVault =
	| { ok: true; root: string; vault: NodeVault; checker: Checker; settings: CheckSettings }
	| { ok: false; message: string };

/**
 * Settings for the checker from the flags (defaults elsewhere).
 *
 * @example
 * settingsFromArgs({ all: true, siteRoot: "static", ... } as CliArgs, "ko").scope; // "all"
 */
export function settingsFromArgs(args: CliArgs, language: Language, siteRoot: string): CheckSettings {
	return {
		...DEFAULT_CHECK_SETTINGS,
		watchedTags: args.tags ?? DEFAULT_CHECK_SETTINGS.watchedTags,
		imageFolder: args.imageFolder ?? DEFAULT_CHECK_SETTINGS.imageFolder,
		siteRoot,
		scope: args.all ? "all" : "tagged",
		language,
	};
}

/**
 * Checks that `dir` is a readable folder; returns why not (in English, to be wrapped in a message), or `null`.
 *
 * @example
 * folderProblem("/no/such/dir"); // "ENOENT: no such file or directory, stat '/no/such/dir'"
 */
export function folderProblem(dir: string, notADirectory: string): string | null {
	try {
		if (!statSync(dir).isDirectory()) return notADirectory;
		readdirSync(dir);
		return null;
	} catch (e) {
		return errorText(e);
	}
}

/**
 * The site root as a vault-relative folder (`""` for none); `null` when it leaves the vault.
 *
 * @example
 * normalizeSiteRoot("./static/", "/v"); // "static"
 */
export function normalizeSiteRoot(siteRoot: string | null, root: string): string | null {
	if (siteRoot === null || siteRoot.trim() === "") return "";
	const abs = path.resolve(root, siteRoot);
	const rel = path.relative(root, abs);
	if (rel === "") return "";
	if (rel.startsWith("..") || path.isAbsolute(rel)) return null;
	return rel.split(path.sep).join("/").normalize("NFC");
}

/**
 * Opens the vault at `dir` for checking.
 *
 * @example
 * const opened = openVault(process.cwd(), "examples/vault", args, "en", messages("en"));
 * if (opened.ok) await opened.checker.checkVault();
 */
export function openVault(
	cwd: string,
	dir: string,
	args: CliArgs,
	language: Language,
	text: { notADirectory: string; vaultUnreadable(p: string, why: string): string; siteRootOutside(p: string): string },
): OpenedVault {
	const root = path.resolve(cwd, dir);
	const problem = folderProblem(root, text.notADirectory);
	if (problem !== null) return { ok: false, message: text.vaultUnreadable(dir, problem) };
	const siteRoot = normalizeSiteRoot(args.siteRoot, root);
	// A mistyped site root would turn every `/img/...` into a missing image: refuse it instead.
	if (siteRoot === null || (siteRoot !== "" && folderProblem(path.join(root, siteRoot), text.notADirectory) !== null)) {
		return { ok: false, message: text.siteRootOutside(args.siteRoot ?? "") };
	}
	try {
		const vault = new NodeVault(root);
		const settings = settingsFromArgs(args, language, siteRoot);
		// One pass and no edits to follow: no reverse index of who links to whom, and link
		// targets read ahead of their turn need only their outline.
		const checker = new Checker(vault, settings, { dependents: (notes) => new EveryNoteDependents(notes), readAhead: new HeldTextReadAhead() });
		return { ok: true, root, vault, checker, settings };
	} catch (e) {
		return { ok: false, message: text.vaultUnreadable(dir, errorText(e)) };
	}
}

/** A thrown value as one line of text. */
export function errorText(e: unknown): string {
	if (e instanceof Error) return e.message.split("\n")[0] ?? e.name;
	return String(e);
}

/**
 * How a note's path is shown in text output: relative to the working directory, `/`-separated.
 *
 * @example
 * displayPath("/w", "/w/examples/vault", "Docker 기초.md"); // "examples/vault/Docker 기초.md"
 */
export function displayPath(cwd: string, root: string, rel: string): string {
	const shown = path.relative(cwd, path.join(root, rel));
	return (shown === "" ? rel : shown).split(path.sep).join("/").normalize("NFC");
}
