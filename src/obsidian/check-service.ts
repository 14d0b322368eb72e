/**
 * Keeps the reports of the vault up to date: the first index in time slices, then
 * incremental re-checks driven by Obsidian's events (only the notes a change can affect).
 * Views and editor marks subscribe to it; it holds no reference to any view.
 */
import type { NoteReport, VaultReport } from "../core/model/diagnostic";
import type { NoteScan } from "../core/model/scan";
import type { CheckSettings } from "../core/model/settings";
import type { ObsidianVault } from "./obsidian-vault";

/** How long a note must stay unchanged before it is re-checked. */
export const CHANGE_DEBOUNCE_MS = 300;
const SUPERSEDED = "superseded by a newer check";
/** Work at most this long before giving the interface a frame. */
const SLICE_MS = 12;

/** The parts of the core's `Checker` (src/core/check/checker.ts) the plugin uses. */
export interface CheckerPort {
	updateSettings(settings: CheckSettings): void;
	refreshFiles(): void;
	scan(path: string, text?: string): Promise<NoteScan>;
	checkNote(path: string, text?: string): Promise<NoteReport>;
	checkVault(opts?: { onProgress?(done: number, total: number): void; yieldControl?(): Promise<void> }): Promise<VaultReport>;
	noteChanged(path: string, text: string): string[];
	fileCreated(path: string): string[];
	fileDeleted(path: string): string[];
	fileRenamed(oldPath: string, newPath: string): string[];
}

export type CheckerFactory = (vault: ObsidianVault, settings: CheckSettings) => CheckerPort;

/**
 * @example
 * const service = new CheckService(vault, () => checkSettings, (v, s) => new Checker(v, s));
 * this.app.workspace.onLayoutReady(() => void service.indexVault());
 */
export class CheckService {
	private checker: CheckerPort | null = null;
	private readonly noteReports = new Map<string, NoteReport>();
	private readonly changeListeners = new Set<() => void>();
	private readonly timers = new Map<string, number>();
	private indexRun = 0;
	/** Progress of the running full check, or `null`. */
	progress: { done: number; total: number } | null = null;
	/** The first full check has finished. */
	indexed = false;
	/** Notes read by the last full check (not skipped), for the exported report. */
	notesScanned = 0;

	constructor(
		readonly vault: ObsidianVault,
		private readonly getSettings: () => CheckSettings,
		private readonly createChecker: CheckerFactory,
	) {}

	/** Calls `listener` after every change of reports or progress; returns the unsubscribe function. */
	subscribe(listener: () => void): () => void {
		this.changeListeners.add(listener);
		return () => this.changeListeners.delete(listener);
	}

	private emit(): void {
		for (const l of [...this.changeListeners]) {
			try {
				l();
			} catch (e) {
				console.error("Container Notes: a listener failed", e);
			}
		}
	}

	/** The checker, created on first use (never in `onload`). */
	getChecker(): CheckerPort {
		if (!this.checker) this.checker = this.createChecker(this.vault, this.getSettings());
		return this.checker;
	}

	/** The latest report of a note, if it was checked. */
	report(path: string): NoteReport | undefined {
		return this.noteReports.get(path);
	}

	/** Every report (for the vault section and the export). */
	allReports(): IterableIterator<NoteReport> {
		return this.noteReports.values();
	}

	/** The text a note had when its report was made (fixes compare against it). */
	checkedText(path: string): string | undefined {
		return this.vault.lastRead.get(path);
	}

	/**
	 * Checks the whole vault without freezing the interface: the checker yields every
	 * ~12 ms through `window.setTimeout`. A newer run makes an older one stop publishing.
	 */
	async indexVault(): Promise<void> {
		const run = ++this.indexRun;
		this.progress = { done: 0, total: 0 };
		this.emit();
		const nextFrame = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));
		const stale = () => run !== this.indexRun;
		// Creating the checker is cheap (it lists the vault's files on first need, in checkVault).
		const checker = this.getChecker();
		let sliceStart = performance.now();
		let lastEmit = 0;
		try {
			const report = await checker.checkVault({
				onProgress: (done, total) => {
					if (stale()) return;
					this.progress = { done, total };
					const now = performance.now();
					if (now - lastEmit > 100) {
						lastEmit = now;
						this.emit();
					}
				},
				yieldControl: () => {
					// A newer run (settings changed) supersedes this one: stop it at the next slice.
					if (stale()) return Promise.reject(new Error(SUPERSEDED));
					if (performance.now() - sliceStart < SLICE_MS) return Promise.resolve();
					return nextFrame().then(() => {
						sliceStart = performance.now();
					});
				},
			});
			if (stale()) return;
			this.noteReports.clear();
			for (const note of report.notes) this.noteReports.set(note.path, note);
			this.notesScanned = report.notesScanned;
			this.pruneTexts();
			this.indexed = true;
		} catch (e) {
			if (stale()) return;
			// The progress ends either way: a failed index must not leave the panel spinning.
			console.error("Container Notes: checking the vault failed", e);
		}
		this.progress = null;
		this.emit();
	}

	/** Keeps the checked text only for notes that have a fix (memory stays small on big vaults). */
	private pruneTexts(): void {
		for (const path of [...this.vault.lastRead.keys()]) {
			const r = this.noteReports.get(path);
			if (!r || !r.diagnostics.some((d) => d.fix !== null)) this.vault.lastRead.delete(path);
		}
	}

	/**
	 * Checks one note now (with `text`, the live editor text, when given) and publishes its report.
	 * Resolves `null` when the note cannot be read.
	 */
	async checkNote(path: string, text?: string): Promise<NoteReport | null> {
		try {
			const report = await this.getChecker().checkNote(path, text);
			if (text !== undefined) this.vault.lastRead.set(path, text);
			this.noteReports.set(path, report);
			this.emit();
			return report;
		} catch {
			return null;
		}
	}

	/** A note's text changed (metadata cache `changed`): re-check it and its dependents after a pause. */
	noteChanged(path: string, text: string): void {
		window.clearTimeout(this.timers.get(path));
		this.timers.set(
			path,
			window.setTimeout(() => {
				this.timers.delete(path);
				if (!this.checker) return;
				this.vault.lastRead.set(path, text);
				void this.recheck(this.checker.noteChanged(path, text), undefined, { path, text });
			}, CHANGE_DEBOUNCE_MS),
		);
	}

	/** A file appeared. */
	fileCreated(path: string): void {
		void this.recheck(this.checker?.fileCreated(path));
	}

	/** A file was deleted. */
	fileDeleted(path: string): void {
		this.noteReports.delete(path);
		this.vault.lastRead.delete(path);
		void this.recheck(this.checker?.fileDeleted(path), path);
	}

	/** A file was renamed or moved: its report and checked text move with it. */
	fileRenamed(oldPath: string, newPath: string): void {
		const reports = this.noteReports;
		const texts = this.vault.lastRead;
		const report = reports.get(oldPath);
		const text = texts.get(oldPath);
		reports.delete(oldPath);
		texts.delete(oldPath);
		if (report) reports.set(newPath, { ...report, path: newPath });
		if (text !== undefined) texts.set(newPath, text);
		void this.recheck(this.checker?.fileRenamed(oldPath, newPath), oldPath);
	}

	/** Settings changed: the checker gets them and the vault is checked again. */
	settingsChanged(): void {
		if (!this.checker) return;
		this.checker.updateSettings(this.getSettings());
		void this.indexVault();
	}

	/** Re-checks the given notes (Markdown only, not `except`; `known` with its text), one report update at the end. */
	private async recheck(paths: readonly string[] = [], except?: string, known?: { path: string; text: string }): Promise<void> {
		const checker = this.checker;
		const notes = new Set(paths.filter((p) => p !== except && p.toLowerCase().endsWith(".md")));
		if (!checker || notes.size === 0) return;
		for (const path of notes) {
			try {
				this.noteReports.set(path, await checker.checkNote(path, path === known?.path ? known.text : undefined));
			} catch {
				this.noteReports.delete(path);
			}
		}
		this.emit();
	}

	/** Stops pending timers (plugin unload). */
	dispose(): void {
		for (const t of this.timers.values()) window.clearTimeout(t);
		this.timers.clear();
		this.changeListeners.clear();
		this.indexRun++;
	}
}
