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
import { toCheckSettings, type ContainerNotesSettings, type TocStyleSetting } from "../obsidian/settings";
import type { CliArgs } from "./args";
import { messages, type CliMessages } from "./i18n";
import { NodeVault } from "./node-vault";
import { DEFAULT_CONFIG_DIR, readStoredSettings } from "./stored-settings";

/**
 * An opened vault, or why it could not be opened. `notices`: lines for stderr about the
 * plugin settings read from the vault, already in the user's language; `language`: the
 * messages' language (`--lang`, else the plugin's own language setting when it names one,
 * else the one the CLI started with); `tocStyle`: the stored "TOC style" setting (`auto` without one).
 */
export type OpenedVault =
	| { ok: true; root: string; vault: NodeVault; checker: Checker; settings: CheckSettings; language: Language; tocStyle: TocStyleSetting; notices: string[] }
	| { ok: false; message: string };

/**
 * Settings for the checker: the flags, over the plugin's settings stored in the
 * vault (when any), over the defaults. `siteRoot` is already resolved and checked.
 *
 * @example
 * settingsFromArgs({ all: true, ... } as CliArgs, "ko", "static", null).scope; // "all"
 * settingsFromArgs({ all: false, tags: null, ... } as CliArgs, "en", "", { ...DEFAULT_SETTINGS, watchedTags: ["K8s"] }).watchedTags; // ["K8s"]
 */
export function settingsFromArgs(args: CliArgs, language: Language, siteRoot: string, stored: ContainerNotesSettings | null = null): CheckSettings {
	const base = stored ? toCheckSettings(stored, language) : { ...DEFAULT_CHECK_SETTINGS, language };
	return {
		...base,
		watchedTags: args.tags ?? base.watchedTags,
		imageFolder: args.imageFolder ?? base.imageFolder,
		siteRoot,
		scope: args.all ? "all" : base.scope,
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
	text: Pick<CliMessages, "notADirectory" | "vaultUnreadable" | "siteRootOutside" | "settingsUsed" | "settingsFieldsIgnored" | "settingsIgnored" | "settingsWhy">,
): OpenedVault {
	const root = path.resolve(cwd, dir);
	const problem = folderProblem(root, text.notADirectory);
	if (problem !== null) return { ok: false, message: text.vaultUnreadable(dir, problem) };
	const found = args.noSettings ? null : readStoredSettings(root, args.configDir ?? DEFAULT_CONFIG_DIR);
	const stored = found?.kind === "found" ? found.settings : null;
	// The plugin's language, when set to one (its "auto" follows Obsidian's, which the CLI cannot know), unless --lang says otherwise.
	const lang = args.lang ?? (stored && stored.language !== "auto" ? stored.language : language);
	const t = lang === language ? text : messages(lang);
	const notices: string[] = [];
	if (found) {
		found.file = displayPath(cwd, root, found.file);
		if (found.kind === "found") {
			notices.push(t.settingsUsed(found.file));
			if (found.invalid.length > 0) notices.push(t.settingsFieldsIgnored(found.file, found.invalid.join(", ")));
		} else if (found.kind === "unusable") notices.push(t.settingsIgnored(found.file, typeof found.why === "string" ? t.settingsWhy[found.why] : found.why.error));
	}
	// The stored site root is written the way notes write paths (`/static`); the flag, as a folder.
	const siteRootText = args.siteRoot ?? (stored ? stored.siteRoot.replace(/^\/+/, "") : null);
	const siteRoot = normalizeSiteRoot(siteRootText, root);
	// A mistyped site root would turn every `/img/...` into a missing image: refuse it instead.
	if (siteRoot === null || (siteRoot !== "" && folderProblem(path.join(root, siteRoot), t.notADirectory) !== null)) {
		const named = args.siteRoot === null && stored ? `${siteRootText ?? ""} (${found?.file ?? ""})` : (siteRootText ?? "");
		return { ok: false, message: t.siteRootOutside(named) };
	}
	try {
		const vault = new NodeVault(root);
		const settings = settingsFromArgs(args, lang, siteRoot, stored);
		// One pass and no edits to follow: no reverse index of who links to whom, and link
		// targets read ahead of their turn need only their outline.
		const checker = new Checker(vault, settings, { dependents: (notes) => new EveryNoteDependents(notes), readAhead: new HeldTextReadAhead() });
		return { ok: true, root, vault, checker, settings, language: lang, tocStyle: stored?.tocStyle ?? "auto", notices };
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
