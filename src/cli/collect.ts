/**
 * Runs the checker over a vault without ever crashing: if the vault-wide pass
 * throws, each note is checked on its own and a failing note becomes a skipped
 * note with the reason stated.
 */
import type { Checker } from "../core/check/checker";
import type { NoteReport, VaultReport } from "../core/model/diagnostic";
import type { Language } from "../core/model/settings";
import type { VaultReader } from "../core/model/vault";
import type { CliArgs } from "./args";
import type { CliMessages } from "./i18n";
import type { CliIO } from "./io";
import { errorText, openVault, type OpenedVault } from "./open-vault";
import { makeProgress } from "./progress";

/** An opened vault with its report. */
export type CheckedVault = Extract<OpenedVault, { ok: true }> & { report: VaultReport };

/**
 * Opens the vault named on the command line (`.` by default) and checks it, with a
 * progress bar on stderr; `null` (after saying why on stderr) when the vault cannot be opened.
 *
 * @example
 * const checked = await checkVaultFromArgs(args, io, "en", messages("en"));
 * if (checked === null) return 2;
 */
export async function checkVaultFromArgs(args: CliArgs, io: CliIO, language: Language, msgs: CliMessages): Promise<CheckedVault | null> {
	const opened = openVault(io.cwd, args.positionals[0] ?? ".", args, language, msgs);
	if (!opened.ok) {
		io.stderr.write(`${opened.message}\n`);
		return null;
	}
	for (const notice of opened.notices) io.stderr.write(`${notice}\n`);
	const total = opened.vault.listFiles().filter((p) => p.toLowerCase().endsWith(".md")).length;
	const progress = makeProgress(io, total);
	const report = await collectReport(opened.checker, opened.vault, (done, all) => progress.update(done, all));
	progress.done();
	return { ...opened, report };
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
