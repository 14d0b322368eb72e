/**
 * `container-notes toc NOTE [--write]`: prints the note's regenerated table of
 * contents in the note's own style (or the link kind the plugin's "TOC style" setting
 * forces), or rewrites it in place (atomically, only if the file did not change
 * meanwhile). A note without a TOC gets a new one only with `--write`.
 */
import { existsSync, realpathSync, statSync } from "node:fs";
import * as path from "node:path";
import { applyEdits } from "../core/fix/apply";
import type { Language } from "../core/model/settings";
import { scanNote } from "../core/scan/scan-note";
import { defaultTocStyle, findToc, generateToc, writableStyle } from "../core/toc/index";
import { forced, insertFix } from "../obsidian/toc";
import type { CliArgs } from "./args";
import type { CliMessages } from "./i18n";
import type { CliIO } from "./io";
import { errorText, openVault } from "./open-vault";
import { DEFAULT_CONFIG_DIR } from "./stored-settings";
import { escapeControls, oneLine } from "./text-report";

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

/**
 * Runs `toc`.
 *
 * @example
 * await runToc(args, io, "en", messages("en")); // prints "- [개요](#개요)\n\t- ..."
 */
export async function runToc(args: CliArgs, io: CliIO, language: Language, msgs: CliMessages): Promise<number> {
	const noteArg = args.positionals[0] ?? "";
	const abs = path.resolve(io.cwd, noteArg);
	const fail = (message: string, code = 2) => {
		io.stderr.write(`${oneLine(message)}\n`);
		return code;
	};
	if (!existsSync(abs) || !statSync(abs).isFile()) return fail(msgs.noteUnreadable(noteArg, "no such file"));
	if (!abs.toLowerCase().endsWith(".md")) return fail(msgs.noteUnreadable(noteArg, msgs.noteNotMarkdown));
	const root = args.vault !== null ? path.resolve(io.cwd, args.vault) : findVaultRoot(abs, args.configDir ?? DEFAULT_CONFIG_DIR);
	// Compare real paths: a symbolic link must not carry the note outside the vault.
	let rel: string;
	try {
		rel = path.relative(realpathSync(root), realpathSync(abs));
	} catch (e) {
		return fail(msgs.noteUnreadable(noteArg, errorText(e)));
	}
	if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return fail(msgs.noteOutsideVault(noteArg, args.vault ?? root));
	const opened = openVault(io.cwd, root, args, language, msgs);
	if (!opened.ok) return fail(opened.message);
	const { vault, settings, tocStyle } = opened;
	for (const notice of opened.notices) io.stderr.write(`${oneLine(notice)}\n`);
	// The vault lists paths as stored on disk (possibly NFD): find ours among them.
	const wanted = rel.split(path.sep).join("/");
	const notePath = vault.listFiles().find((p) => p === wanted) ?? vault.listFiles().find((p) => p.normalize("NFC") === wanted.normalize("NFC"));
	if (notePath === undefined) return fail(msgs.noteOutsideVault(noteArg, args.vault ?? root));
	let text: string;
	try {
		text = await vault.readNote(notePath);
	} catch (e) {
		return fail(msgs.noteUnreadable(noteArg, errorText(e)));
	}
	const scan = scanNote(text, { parseFrontMatter: vault.parseFrontMatter });
	const toc = findToc(scan);
	// On a terminal, heading text must not drive it; piped, the TOC stays exact.
	const printable = (s: string) => (io.isTTY ? escapeControls(s) : s);
	if (!args.write) {
		if (toc) {
			io.stdout.write(`${printable(generateToc(scan, forced(writableStyle(toc, settings), tocStyle), toc.hostHeading))}\n`);
		} else {
			io.stderr.write(`${msgs.noToc(noteArg)}\n`);
			io.stdout.write(`${printable(generateToc(scan, forced(defaultTocStyle(scan, settings), tocStyle), null))}\n`);
		}
		return 0;
	}
	// The plugin's "Update/Insert table of contents" commands, with its "TOC style" setting.
	const fix = insertFix(scan, settings, tocStyle);
	if (fix === null || fix.edits.length === 0) {
		io.stdout.write(`${msgs.tocUpToDate(noteArg)}\n`);
		return 0;
	}
	const applied = applyEdits(text, fix.edits);
	if (!applied.ok) return fail(msgs.refused(noteArg, applied.reason), 1);
	let written: boolean;
	try {
		written = await vault.replaceIfUnchanged(notePath, text, applied.text);
	} catch (e) {
		return fail(msgs.writeFailed(noteArg, errorText(e)), 1);
	}
	if (!written) return fail(msgs.changedMeanwhile(noteArg), 1);
	io.stdout.write(`${toc ? msgs.tocWritten(noteArg) : msgs.tocInserted(noteArg)}\n`);
	return 0;
}
