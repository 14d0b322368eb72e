/**
 * Runs the checker over a vault without ever crashing: if the vault-wide pass
 * throws, each note is checked on its own and a failing note becomes a skipped
 * note with the reason stated.
 */
import { statSync } from "node:fs";
import * as path from "node:path";
import type { Checker } from "../core/check/checker";
import type { NoteReport, VaultReport } from "../core/model/diagnostic";
import type { Language } from "../core/model/settings";
import type { VaultReader } from "../core/model/vault";
import type { CliArgs } from "./args";
import { messages, type CliMessages } from "./i18n";
import type { CliIO } from "./io";
import { guessNotice, listedPaths, locateNotes, type LocatedNotes } from "./note-target";
import { errorText, openVault, type OpenedVault } from "./open-vault";
import { DEFAULT_CONFIG_DIR } from "./stored-settings";
import { makeProgress } from "./progress";

/** An opened vault with its report; `named`: the report covers the notes named on the command line only. */
export type CheckedVault = Extract<OpenedVault, { ok: true }> & { report: VaultReport; named: boolean };

/**
 * Opens the vault named on the command line (`.` by default) and checks it, with a
 * progress bar on stderr; `null` (after saying why on stderr) when the vault cannot be opened.
 * Given notes instead of a folder (`check a.md b.md`), checks those notes only, against
 * the whole vault they belong to (`--vault`, else the nearest folder above the first
 * one holding the config folder), and reports them alone: `notesScanned` counts them.
 *
 * @example
 * const checked = await checkVaultFromArgs(args, io, "en", messages("en"));
 * if (checked === null) return 2;
 */
export async function checkVaultFromArgs(args: CliArgs, io: CliIO, language: Language, msgs: CliMessages): Promise<CheckedVault | null> {
	const fail = (message: string) => {
		io.stderr.write(`${message}\n`);
		return null;
	};
	const first = args.positionals[0] ?? ".";
	// A `.md` argument that is no folder is a note even when missing: "cannot read the note", not "the vault".
	const kind = kindOf(path.resolve(io.cwd, first));
	const namesNotes = args.vault !== null || args.positionals.length > 1 || kind === "file" || (kind !== "folder" && first.toLowerCase().endsWith(".md"));
	let located: Extract<LocatedNotes, { ok: true }> | null = null;
	if (namesNotes) {
		const configDir = args.configDir ?? DEFAULT_CONFIG_DIR;
		// A repository at the home folder is not a vault (see locateNotes).
		const l = locateNotes(io.cwd, args.positionals, args.vault, configDir, msgs, true, io.env.HOME || io.env.USERPROFILE || null);
		if (!l.ok) return fail(l.message);
		located = l;
		const guessed = guessNotice(l, io.cwd, configDir, msgs);
		if (guessed !== null) io.stderr.write(`${guessed}\n`);
	}
	const opened = openVault(io.cwd, located ? located.root : first, args, language, msgs);
	if (!opened.ok) return fail(opened.message);
	for (const notice of opened.notices) io.stderr.write(`${notice}\n`);
	if (located) {
		const listedPath = listedPaths(opened.vault.listFiles());
		const paths: string[] = [];
		const seen = new Set<string>();
		for (const { arg, rel } of located.notes) {
			const listed = listedPath(rel);
			if (listed === undefined) return fail(messages(opened.language).noteOutsideVault(arg, args.vault ?? located.root));
			if (!seen.has(listed)) paths.push(listed);
			seen.add(listed);
		}
		const notes: NoteReport[] = [];
		for (const p of paths) notes.push(await checkNoteSafely(opened.checker, p));
		const report: VaultReport = { notesScanned: notes.length, notesChecked: notes.filter((n) => n.skipped === null).length, notes };
		return { ...opened, report, named: true };
	}
	const total = opened.vault.listFiles().filter((p) => p.toLowerCase().endsWith(".md")).length;
	const progress = makeProgress(io, total);
	const report = await collectReport(opened.checker, opened.vault, (done, all) => progress.update(done, all));
	progress.done();
	return { ...opened, report, named: false };
}

function kindOf(abs: string): "file" | "folder" | "other" {
	try {
		const st = statSync(abs);
		return st.isFile() ? "file" : st.isDirectory() ? "folder" : "other";
	} catch {
		return "other";
	}
}

/**
 * Checks the whole vault, reporting progress.
 *
 * @example
 * const report = await collectReport(checker, vault, (done, total) => bar.update(done, total));
 */
export async function collectReport(checker: Checker, vault: VaultReader, onProgress: (done: number, total: number) => void): Promise<VaultReport> {
	try {
		return await checker.checkVault({ onProgress });
	} catch {
		// Fall back to one note at a time so one bad note cannot hide the others' results.
		const notes = vault.listFiles().filter((p) => p.toLowerCase().endsWith(".md"));
		const reports: NoteReport[] = [];
		for (let i = 0; i < notes.length; i++) {
			const path = notes[i] ?? "";
			reports.push(await checkNoteSafely(checker, path));
			onProgress(i + 1, notes.length);
		}
		return { notesScanned: notes.length, notesChecked: reports.filter((r) => r.skipped === null).length, notes: reports };
	}
}

/**
 * Checks one note; a thrown error becomes a skipped report with the reason.
 *
 * @example
 * (await checkNoteSafely(checker, "broken.md")).skipped; // "Skipped: internal error: ..." or null
 */
export async function checkNoteSafely(checker: Pick<Checker, "checkNote">, path: string, text?: string): Promise<NoteReport> {
	try {
		return await checker.checkNote(path, text);
	} catch (e) {
		return { path, tags: [], matchedTags: [], isContainerNote: false, diagnostics: [], skipped: `Skipped: internal error: ${errorText(e)}` };
	}
}
