/**
 * Runs the checker over a vault without ever crashing: if the vault-wide pass
 * throws, each note is checked on its own and a failing note becomes a skipped
 * note with the reason stated.
 */
import type { Checker } from "../core/check/checker";
import type { NoteReport, VaultReport } from "../core/model/diagnostic";
import type { VaultReader } from "../core/model/vault";
import { errorText } from "./open-vault";

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
