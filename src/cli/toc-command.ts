/**
 * `container-notes toc NOTE [--write]`: prints the note's regenerated table of
 * contents in the note's own style (or the link kind the plugin's "TOC style" setting
 * forces), or rewrites it in place (atomically, only if the file did not change
 * meanwhile). A note without a TOC gets a new one only with `--write`.
 */
import { applyEdits } from "../core/fix/apply";
import type { Language } from "../core/model/settings";
import { scanNote } from "../core/scan/scan-note";
import { defaultTocStyle, findToc, generateToc, writableStyle } from "../core/toc/index";
import { forced, insertFix } from "../obsidian/toc";
import type { CliArgs } from "./args";
import { messages, type CliMessages } from "./i18n";
import type { CliIO } from "./io";
import { guessNotice, listedPaths, locateNotes } from "./note-target";
import { errorText, openVault } from "./open-vault";
import { DEFAULT_CONFIG_DIR } from "./stored-settings";
import { escapeControls, oneLine } from "./text-report";

/**
 * Runs `toc`.
 *
 * @example
 * await runToc(args, io, "en", messages("en")); // prints "- [개요](#개요)\n\t- ..."
 */
export async function runToc(args: CliArgs, io: CliIO, language: Language, startMsgs: CliMessages): Promise<number> {
	let msgs = startMsgs;
	const noteArg = args.positionals[0] ?? "";
	const fail = (message: string, code = 2) => {
		io.stderr.write(`${oneLine(message)}\n`);
		return code;
	};
	const configDir = args.configDir ?? DEFAULT_CONFIG_DIR;
	const located = locateNotes(io.cwd, [noteArg], args.vault, configDir, msgs, false);
	if (!located.ok) return fail(located.message);
	const guessed = guessNotice(located, io.cwd, configDir, msgs);
	if (guessed !== null) io.stderr.write(`${oneLine(guessed)}\n`);
	const { root } = located;
	const opened = openVault(io.cwd, root, args, language, msgs);
	if (!opened.ok) return fail(opened.message);
	const { vault, settings, tocStyle } = opened;
	// The plugin's language setting may have named another (see open-vault.ts).
	msgs = messages(opened.language);
	for (const notice of opened.notices) io.stderr.write(`${oneLine(notice)}\n`);
	const notePath = listedPaths(vault.listFiles())(located.notes[0]?.rel ?? "");
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
