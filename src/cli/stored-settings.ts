/**
 * The plugin's own settings, read from the vault, so that `container-notes check`
 * in CI agrees with the panel in Obsidian: the same watched tags, image folder,
 * site root, scope, link encoding and rule levels. The file is the one Obsidian
 * writes for the plugin, `<vault>/<config folder>/plugins/container-notes/data.json`,
 * and it is validated exactly as the plugin validates it (`validateSettings`), so a
 * hand-edited or old file gives the same settings in both.
 *
 * Never throws: a file that cannot be used is ignored with a stated reason.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import * as path from "node:path";
import { validateSettings, type ContainerNotesSettings, type SettingsField } from "../obsidian/settings";

/** The plugin's id (manifest.json): Obsidian keeps its settings under `plugins/<id>/`. */
export const PLUGIN_ID = "container-notes";

/** Obsidian's default config folder; a vault may use another (Settings → Files and links → Override config folder). */
export const DEFAULT_CONFIG_DIR = ".obsidian";

/** Larger settings files are refused: the plugin writes a few hundred bytes. */
const MAX_BYTES = 1024 * 1024;

/** Why a settings file was not used (the CLI words each in the user's language). */
export type UnusableReason = "notFile" | "tooLarge" | "notJson" | "notObject";

/** Thrown by {@link readSmallText} for a refused file. */
class Refused extends Error {
	constructor(readonly reason: UnusableReason) {
		super(reason);
	}
}

/** What was found at the settings path. */
export type StoredSettings =
	/** No settings file: the plugin was never configured in this vault (or not installed). */
	| { kind: "none"; file: string }
	/**
	 * A file that cannot be used at all: every setting keeps its default. `why` is a
	 * {@link UnusableReason}, or the system's error text when the file could not be read.
	 */
	| { kind: "unusable"; file: string; why: UnusableReason | { error: string } }
	/** Settings as the plugin reads them; `invalid` lists fields replaced by their defaults. */
	| { kind: "found"; file: string; settings: ContainerNotesSettings; invalid: SettingsField[] };

/**
 * Whether `name` is a config folder name: one folder directly in the vault.
 *
 * @example
 * isConfigDirName(".obsidian"); // true
 * isConfigDirName("../x"); // false
 */
export function isConfigDirName(name: string): boolean {
	return name !== "" && name !== "." && name !== ".." && !/[\\/\0]/.test(name);
}

/**
 * Reads the plugin's settings of the vault at `root` (an absolute path).
 *
 * @example
 * const stored = readStoredSettings("/home/me/notes", ".obsidian");
 * if (stored.kind === "found") stored.settings.watchedTags; // ["Container", "Docker", "Kubernetes"]
 */
export function readStoredSettings(root: string, configDir: string): StoredSettings {
	const file = [configDir, "plugins", PLUGIN_ID, "data.json"].join("/");
	let real: string;
	try {
		real = realpathSync(path.join(root, configDir, "plugins", PLUGIN_ID, "data.json"));
	} catch (e) {
		const code = (e as { code?: unknown }).code;
		if (code === "ENOENT" || code === "ENOTDIR") return { kind: "none", file };
		return { kind: "unusable", file, why: { error: (e as Error).message } };
	}
	// A symbolic link is followed, even out of the vault, as Obsidian follows it: a config folder
	// shared between vaults through a link is common. Reading it is safe: only a regular file of
	// at most 1 MB is read, nothing of it is printed, and only known settings are taken from it.
	let text: string;
	try {
		text = readSmallText(real);
	} catch (e) {
		return { kind: "unusable", file, why: e instanceof Refused ? e.reason : { error: (e as Error).message } };
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text) as unknown;
	} catch {
		return { kind: "unusable", file, why: "notJson" };
	}
	if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return { kind: "unusable", file, why: "notObject" };
	const { settings, problems } = validateSettings(raw);
	return { kind: "found", file, settings, invalid: [...new Set(problems.map((p) => p.field))] };
}

/** A regular file's text, refused when it is not a file or larger than {@link MAX_BYTES}. */
function readSmallText(real: string): string {
	// Checked before opening too: opening a named pipe for reading would wait for a writer forever.
	if (!statSync(real).isFile()) throw new Refused("notFile");
	const fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	try {
		const st = fstatSync(fd);
		if (!st.isFile()) throw new Refused("notFile");
		if (st.size > MAX_BYTES) throw new Refused("tooLarge");
		const buf = Buffer.alloc(st.size);
		let length = 0;
		while (length < buf.length) {
			const n = readSync(fd, buf, length, buf.length - length, null);
			if (n === 0) break;
			length += n;
		}
		// A byte order mark (an editor may add one) is not part of the JSON.
		return buf.subarray(0, length).toString("utf8").replace(/^\uFEFF/, "");
	} finally {
		closeSync(fd);
	}
}
