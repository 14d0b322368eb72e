/**
 * The checker: scans notes (once per content), resolves their links against the
 * whole vault, runs the rules, and keeps a reverse index so that an edit re-checks
 * only the notes it can affect. Shared by the plugin and the CLI.
 */
import { RULE_IDS } from "../model/diagnostic";
import type { NoteReport, RuleId, Severity, VaultReport } from "../model/diagnostic";
import { LineIndex } from "../model/position";
import type { BlockId, Heading, LinkRef, NoteScan, OutlineBlockId, OutlineHeading } from "../model/scan";
import { carryHeadingKeys, type HeadingPathResult } from "../resolve/heading-path";
import type { CheckSettings } from "../model/settings";
import type { VaultReader } from "../model/vault";
import { scanNote } from "../scan/scan-note";
import { FileIndex } from "../resolve/file-index";
import { matchWatchedTags, normalizeTag } from "../tags/container";
import { messagesFor } from "../i18n/index";
import type { SkipReason } from "../i18n/catalog";
import { applySafeFixes } from "../fix/apply";
import { findToc } from "../toc/find-toc";
import { compareToc } from "../toc/compare-toc";
import type { FileVariant } from "../resolve/file-index";
import { resolveFiles, resolveLinks } from "../rules/link-facts";
import type { LinkFacts, ResolveEnv, TargetOutline } from "../rules/link-facts";
import { runRules, severityOf } from "../rules/index";
import type { RuleContext } from "../rules/rule";
import { overLimit, skipReason } from "./skip";
import { DependencyIndex, nameKey, type Dependents } from "./dependencies";
import { ResolutionCache } from "./resolution-cache";
import { detach } from "../resolve/detach";
import { imageFolderPath } from "../rules/rule-helpers";
import { tagsOfString, tagsValue } from "../scan/front-matter";
import { isCheckedNote } from "../report/json-report";
import { hintBudget } from "../suggest/hint-budget";
import type { ReadAhead } from "./read-ahead";

interface CachedNote {
	/**
	 * The note's text, to tell whether a later text is the same. `null` once the
	 * scan was reduced to an outline or the note is skipped: holding every text of
	 * a 10,000-note vault costs more than the rare re-scan of an unchanged note.
	 */
	text: string | null;
	scan: NoteScan | null;
	/**
	 * Headings and block ids, kept when a bulk `checkVault` drops the full scan to
	 * save memory (a 10,000-note vault would otherwise hold every link record).
	 */
	outline?: TargetOutline;
	skip: SkipReason | null;
	/** `checkVault` run that read it (targets read during a run are not read again by that run). */
	run: number;
	/** Length of the text of a link target read ahead of its turn, kept for that turn (held from `readAhead`). */
	held?: number;
}

/**
 * Options of a {@link Checker}.
 *
 * @example
 * new Checker(vault, settings, { dependents: (notes) => new EveryNoteDependents(notes) }); // the CLI: one pass, no edits
 */
export interface CheckerOptions {
	/**
	 * Makes the index `noteChanged` and the file events answer from (default: a
	 * {@link DependencyIndex}). A one-shot run passes `(notes) => new EveryNoteDependents(notes)`
	 * to save memory; those calls then answer with every note.
	 */
	dependents?: (notes: () => readonly string[]) => Dependents;
	/**
	 * How `checkVault` treats a link target read ahead of its own turn. Default: the
	 * full scan, reduced to an outline. The CLI passes a `HeldTextReadAhead` (read-ahead.ts)
	 * (outline only, text kept for the turn within a budget); the plugin's host supplies outlines itself.
	 */
	readAhead?: ReadAhead;
	/** Comparisons one note check may spend on "Did you mean" hints (default: `HINT_BUDGET` of suggest/hint-budget.ts, 500,000). */
	hintBudget?: number;
}

/** Result of {@link Checker.fixNote}. */
export interface FixNoteResult {
	/** Text before fixing. */
	original: string;
	/** Text after every safe fix (equal to `original` when nothing applied). */
	text: string;
	/** Number of fixes applied over all rounds. */
	applied: number;
	/** Safe fixes that could not be applied in the final round, with reasons. */
	refused: string[];
	/** Report of the fixed text. */
	report: NoteReport;
}

const NOTE = /\.md$/i;
const MAX_FIX_ROUNDS = 5;

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Checks notes of a vault.
 *
 * Caching contract: scans are cached per path and keyed by content. Outside a
 * `checkVault` run, `checkNote(path)` re-reads the note itself, but link targets
 * come from the cache: the host reports edits with `noteChanged` and file events
 * with `fileCreated`/`fileDeleted`/`fileRenamed` (each returns the paths to
 * re-check). `checkVault` re-lists and re-reads everything. Nothing here throws:
 * an unreadable or failing note becomes a report with `skipped` set.
 *
 * @example
 * const checker = new Checker(new MemoryVault({ "Docker.md": "#Docker\n[x](#없음)\n" }), DEFAULT_CHECK_SETTINGS);
 * const report = await checker.checkNote("Docker.md");
 * report.diagnostics[0]?.rule; // "heading-missing"
 */
export class Checker {
	private settingsNow: CheckSettings;
	private vaultIndex: FileIndex;
	/** Files are listed on first need (`checkVault` lists them anyway). */
	private filesListed = false;
	/** Link resolutions cached per (source folder, link path); cleared whenever files change. */
	private resolutions: ResolutionCache;
	private noteList: string[] = [];
	private readonly noteCache = new Map<string, CachedNote>();
	private readonly deps: Dependents;
	private run = 0;
	/** Inside `checkVault`. */
	private runActive = false;
	private tagFilter: RegExp | null = null;
	private enabledRules = new Set<RuleId>();
	private severities = new Map<RuleId, Severity | "off">();

	constructor(
		private readonly vaultReader: VaultReader,
		settings: CheckSettings,
		private readonly checkerOptions: CheckerOptions = {},
	) {
		this.settingsNow = settings;
		this.deps = checkerOptions.dependents ? checkerOptions.dependents(() => this.noteList) : new DependencyIndex();
		this.vaultIndex = new FileIndex([]);
		this.resolutions = new ResolutionCache(this.vaultIndex);
		this.updateSettings(settings);
	}

	/** Replaces the settings (cached scans stay valid; reports must be recomputed). */
	updateSettings(settings: CheckSettings): void {
		this.settingsNow = settings;
		this.severities = new Map(RULE_IDS.map((id) => [id, severityOf(settings, id)]));
		this.enabledRules = new Set(RULE_IDS.filter((id) => this.severities.get(id) !== "off"));
		this.resolutions?.clear();
		const names = settings.watchedTags.map((t) => normalizeTag(t).slice(1)).filter((t) => t !== "");
		// A note can only carry a watched tag if its text contains the tag's name.
		this.tagFilter = names.length > 0 ? new RegExp(names.map(escapeRegExp).join("|"), "i") : null;
	}

	/** Re-lists the vault's files and rebuilds the file index (cheap: no file is read). */
	refreshFiles(): void {
		this.filesListed = true;
		const files = this.vaultReader.listFiles();
		this.vaultIndex = new FileIndex(files);
		this.resolutions = new ResolutionCache(this.vaultIndex);
		this.noteList = files.filter((p) => NOTE.test(p));
		// image-outside-folder needs an image folder: the default is the seed author's
		// (`/img/이미지 창고`), and in a vault without it every image would be "outside" a folder
		// that does not exist. Off until a listing finds a file there (a vault check, a settings change).
		const folder = imageFolderPath(this.settingsNow.imageFolder, this.settingsNow.siteRoot).toLowerCase() + "/";
		if (!files.some((p) => p.normalize().toLowerCase().startsWith(folder))) this.severities.set("image-outside-folder", "off");
	}

	/** Scan of a note, cached per path and keyed by content. */
	async scan(path: string, text?: string): Promise<NoteScan> {
		const t = text ?? (await this.vaultReader.readNote(path));
		return this.scanText(path, t);
	}

	private scanText(path: string, text: string): NoteScan {
		const cached = this.noteCache.get(path);
		if (cached && cached.text === text && cached.scan) return cached.scan;
		const scan = scanNote(text, { parseFrontMatter: this.vaultReader.parseFrontMatter });
		this.noteCache.set(path, { text, scan, skip: null, run: 0 });
		return scan;
	}

	/**
	 * Reads a note, deciding whether it is skipped. During a `checkVault` run a note
	 * is read once. `trust` (link targets): a cached note is used as is, since the
	 * host reports changes through `noteChanged` and the file events; but a run reads
	 * again what an earlier run read, as it promises (files may change between runs unreported).
	 */
	private async load(path: string, text?: string, trust = false): Promise<CachedNote> {
		const cached = this.noteCache.get(path);
		const usable = cached && (cached.scan !== null || cached.outline !== undefined || cached.skip !== null);
		if (text === undefined && cached && ((this.runActive && cached.run === this.run && (cached.text !== null || cached.skip !== null)) || (trust && usable && (!this.runActive || cached.run === this.run)))) return cached;
		let t = text;
		if (t === undefined) {
			// Size is checked on the text: `VaultReader.fileSize` may cost a stat per file.
			try {
				t = await this.vaultReader.readNote(path);
			} catch (e) {
				const entry: CachedNote = { text: "", scan: null, skip: { kind: "unreadable", error: e instanceof Error ? e.message : String(e) }, run: this.run };
				this.noteCache.delete(path);
				return entry;
			}
		}
		// Same text: whatever was found of it still holds (a text not yet scanned is scanned on use).
		if (cached && cached.text === t) {
			cached.run = this.run;
			return cached;
		}
		const skip = skipReason(t, this.settingsNow.maxNoteBytes);
		const entry: CachedNote = { text: skip ? null : t, scan: null, skip, run: this.run };
		this.noteCache.set(path, entry);
		return entry;
	}

	/** The entry's kept read-ahead text no longer counts against the budget (its turn came). */
	private release(entry: CachedNote): void {
		if (entry.held === undefined) return;
		this.checkerOptions.readAhead?.release(entry.held);
		entry.held = undefined;
	}

	private scanOf(path: string, entry: CachedNote): NoteScan | null {
		if (entry.skip) return null;
		if (!entry.scan) {
			if (entry.text === null) return null;
			entry.scan = scanNote(entry.text, { parseFrontMatter: this.vaultReader.parseFrontMatter });
			// Read ahead as a link target: the outline is of this very text, its keys hold.
			if (entry.outline) carryHeadingKeys(entry.outline.headings, entry.scan.headings);
		}
		return entry.scan;
	}

	/** Outline of a link target: the host's index when it has one, else our (cached) scan. */
	private async outline(path: string): Promise<TargetOutline | null> {
		const host = this.vaultReader.outline?.(path) ?? null;
		if (host) return host;
		const entry = await this.load(path, undefined, true);
		if (entry.outline && !entry.scan) return entry.outline;
		const ahead = this.checkerOptions.readAhead;
		if (this.runActive && !entry.scan && ahead) {
			// A target read ahead of its own turn in `checkVault`: only its headings and block ids
			// are needed now, and its turn scans it whole (from the text kept, if the policy keeps it).
			if (entry.skip || entry.text === null) return null;
			const found = ahead.outline(entry.text);
			entry.outline = compactOutline(found.headings, found.blockIds);
			if (ahead.hold(entry.text.length)) entry.held = entry.text.length;
			else entry.text = null;
			return entry.outline;
		}
		const scan = this.scanOf(path, entry);
		// Holding a read-ahead target's scan until its turn would keep thousands of scans alive.
		if (this.runActive) reduceToOutline(entry);
		// A scan is an outline (it has the headings and block ids); the caller keeps it for one note.
		return scan;
	}

	private skippedReport(path: string, reason: SkipReason): NoteReport {
		return { path, tags: [], matchedTags: [], isContainerNote: false, diagnostics: [], skipped: messagesFor(this.settingsNow.language).skipped(reason) };
	}

	/**
	 * Checks one note. `text` is the live editor text when given (else the note is read).
	 * Notes outside the scope (not container notes, scope `tagged`) get a report without diagnostics.
	 */
	async checkNote(path: string, text?: string): Promise<NoteReport> {
		try {
			const entry = await this.load(path, text);
			if (entry.skip) {
				this.deps.forget(path);
				return this.skippedReport(path, entry.skip);
			}
			return await this.checkLoaded(path, entry, false);
		} catch (e) {
			return this.skippedReport(path, { kind: "unreadable", error: e instanceof Error ? e.message : String(e) });
		}
	}

	private async checkLoaded(path: string, entry: CachedNote, prefilter: boolean): Promise<NoteReport> {
		const settings = this.settingsNow;
		if (prefilter && settings.scope === "tagged" && this.tagFilter && entry.text !== null && !this.tagFilter.test(entry.text)) {
			this.deps.forget(path);
			// Not a container note: nothing of it is needed unless it is a link target (read again then).
			if (!entry.scan) entry.text = null;
			return { path, tags: [], matchedTags: [], isContainerNote: false, diagnostics: [], skipped: null };
		}
		const scan = this.scanOf(path, entry);
		if (!scan) return this.skippedReport(path, entry.skip ?? { kind: "binary" });
		const tags = scan.tags.map((t) => normalizeTag(t.tag)).filter((t) => t !== "");
		const matchedTags = matchWatchedTags(scan.tags, settings.watchedTags);
		const isContainerNote = matchedTags.length > 0;
		const report: NoteReport = { path, tags, matchedTags, isContainerNote, diagnostics: [], skipped: null };
		// `tags: Docker, k8s` meant a container note, but Obsidian reads no tag there since 1.9:
		// such a note is checked for that alone (tags-comma-string says so), not as a container note.
		const meant = !isContainerNote && scan.frontMatterTags.commaString && matchWatchedTags(tagsOfString(String(tagsValue(scan.frontMatter?.data ?? {}))).map((tag) => ({ tag })), settings.watchedTags).length > 0;
		if (settings.scope === "tagged" && !isContainerNote && !meant) {
			this.deps.forget(path);
			return report;
		}
		if (!this.filesListed) this.refreshFiles();
		const outlines = new Map<string, TargetOutline | null>();
		// One literal with every field, not `{ ...env, outline }`: V8 gave each note's
		// spread copy a map of its own, so every property load of the env in the
		// resolver went megamorphic and missed its cache once per note.
		const env: ResolveEnv = { path, fileIndex: this.resolutions, siteRoot: settings.siteRoot, outline: (p) => outlines.get(p) ?? null };
		const { files, targets } = resolveFiles(scan, env);
		for (const target of targets) {
			// Notes already read in this run (outside a run: cached) need no await.
			const cached = this.noteCache.get(target);
			const ready = !this.vaultReader.outline && cached && !cached.skip && (!this.runActive || cached.run === this.run) ? (cached.outline ?? cached.scan) : null;
			outlines.set(target, ready ?? (await this.outline(target)));
		}
		const links = resolveLinks(scan, env, scan, files);
		const headingOf = new Map<LinkRef, HeadingPathResult | null>();
		for (const f of links) if (f.sameNote) headingOf.set(f.link, f.heading);
		// The TOC serves toc-stale, and heading-ambiguous (its entries for twin headings).
		const toc = links.length === 0 || (!this.enabledRules.has("toc-stale") && !this.enabledRules.has("heading-ambiguous")) ? null : findToc(scan, (link) => {
			const h = headingOf.get(link);
			return h ? (h.strict ?? h.ordered) : undefined;
		});
		const variantCache = new Map<LinkFacts, FileVariant[]>();
		const ctx: RuleContext = {
			path,
			scan,
			settings,
			// Shares the scan's line starts: O(1), and a plain property (an accessor makes every context literal slow to build).
			lines: new LineIndex(scan.text, scan.lineStarts),
			t: messagesFor(settings.language),
			isContainerNote,
			links,
			toc,
			tocComparison: toc ? compareToc(scan, toc) : null,
			enabled: (rule) => this.enabledRules.has(rule),
			hints: hintBudget(this.checkerOptions.hintBudget),
			resolvePath: (linkpath) => this.resolutions.resolve(linkpath, path, { siteRoot: settings.siteRoot }),
			variants: (facts) => {
				let v = variantCache.get(facts);
				if (!v) {
					v = this.vaultIndex.findVariants(facts.link.path, path, { siteRoot: settings.siteRoot });
					variantCache.set(facts, v);
				}
				return v;
			},
		};
		report.diagnostics = runRules(ctx, this.severities);
		if (meant && settings.scope === "tagged") report.diagnostics = report.diagnostics.filter((d) => d.rule === "tags-comma-string");
		this.deps.record(path, links);
		return report;
	}

	/**
	 * Checks every note (container notes only unless `scope` is `all`), reading each once.
	 * Yields to the host every 50 notes when `yieldControl` is given.
	 */
	async checkVault(opts: { onProgress?(done: number, total: number): void; yieldControl?(): Promise<void> } = {}): Promise<VaultReport> {
		this.refreshFiles();
		this.run++;
		this.runActive = true;
		const paths = this.noteList;
		const notes: NoteReport[] = [];
		let scanned = 0;
		let checked = 0;
		try {
			for (let i = 0; i < paths.length; i++) {
				const path = paths[i] as string;
				let report: NoteReport;
				try {
					const entry = await this.load(path);
					this.release(entry);
					if (entry.skip) {
						this.deps.forget(path);
						report = this.skippedReport(path, entry.skip);
					} else {
						scanned++;
						report = await this.checkLoaded(path, entry, true);
						// Keep what other notes' links need, drop the rest of the scan.
						reduceToOutline(entry);
						if (isCheckedNote(report, this.settingsNow.scope)) checked++;
					}
				} catch (e) {
					// One bad note never hides the others' results.
					report = this.skippedReport(path, { kind: "unreadable", error: e instanceof Error ? e.message : String(e) });
				}
				notes.push(report);
				if ((i + 1) % 50 === 0) {
					opts.onProgress?.(i + 1, paths.length);
					if (opts.yieldControl) await opts.yieldControl();
				}
			}
		} finally {
			this.runActive = false;
		}
		opts.onProgress?.(paths.length, paths.length);
		for (const entry of this.noteCache.values()) {
			if (entry.held !== undefined) {
				this.release(entry);
				entry.text = null;
			}
			reduceToOutline(entry);
		}
		return { notesScanned: scanned, notesChecked: checked, notes };
	}

	/**
	 * Applies every safe fix to a note's text, re-checking between rounds until
	 * nothing more applies (at most 5 rounds). Writes nothing: the caller writes
	 * `text` (e.g. with `VaultWriter.replaceIfUnchanged(path, original, text)`).
	 *
	 * @example
	 * const r = await checker.fixNote("Docker.md");
	 * if (r.text !== r.original) await vault.replaceIfUnchanged("Docker.md", r.original, r.text);
	 */
	async fixNote(path: string, text?: string): Promise<FixNoteResult> {
		const original = text ?? (await this.vaultReader.readNote(path));
		let current = original;
		let applied = 0;
		let report = await this.checkNote(path, current);
		let refused: string[] = [];
		for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
			const result = applySafeFixes(current, report.diagnostics);
			refused = result.refused;
			if (result.text === current) break;
			applied += result.applied;
			current = result.text;
			report = await this.checkNote(path, current);
		}
		return { original, text: current, applied, refused, report };
	}

	/**
	 * A note's text changed (typed in the editor, or written outside). Returns the
	 * note itself plus, when its headings or block ids changed, the notes whose
	 * links depend on them.
	 */
	noteChanged(path: string, text: string): string[] {
		const before = this.noteCache.get(path);
		const old = before?.scan ?? before?.outline ?? null;
		let now: TargetOutline | null = null;
		// Editor text is text: only the size limit applies (the binary check runs when a note is read).
		if (overLimit(text, this.settingsNow.maxNoteBytes) === null) now = this.scanText(path, text);
		else this.noteCache.delete(path);
		const affected = new Set<string>([path]);
		if (!sameOutline(old, now)) for (const p of this.deps.contentDependents(path)) affected.add(p);
		return [...affected];
	}

	/** A file appeared: notes whose broken or name-matched links may now resolve to it. */
	fileCreated(path: string): string[] {
		if (!this.filesListed) this.refreshFiles();
		this.vaultIndex.add(path);
		this.resolutions.clear();
		if (NOTE.test(path) && !this.noteList.includes(path)) this.noteList.push(path);
		const affected = new Set<string>(this.deps.byName(nameKey(path)));
		for (const p of this.deps.dependentsOf(path)) affected.add(p);
		if (NOTE.test(path)) affected.add(path);
		return [...affected];
	}

	/** A file disappeared: notes that linked to it or might now resolve elsewhere. */
	fileDeleted(path: string): string[] {
		if (!this.filesListed) this.refreshFiles();
		this.vaultIndex.remove(path);
		this.resolutions.clear();
		this.noteList = this.noteList.filter((p) => p !== path);
		this.noteCache.delete(path);
		const affected = new Set<string>(this.deps.dependentsOf(path));
		for (const p of this.deps.byName(nameKey(path))) affected.add(p);
		this.deps.forget(path);
		affected.delete(path);
		return [...affected];
	}

	/** A file moved: dependents of both names, and the moved note itself. */
	fileRenamed(oldPath: string, newPath: string): string[] {
		if (!this.filesListed) this.refreshFiles();
		this.vaultIndex.rename(oldPath, newPath);
		this.resolutions.clear();
		if (NOTE.test(oldPath)) this.noteList = this.noteList.filter((p) => p !== oldPath);
		if (NOTE.test(newPath) && !this.noteList.includes(newPath)) this.noteList.push(newPath);
		const cached = this.noteCache.get(oldPath);
		this.noteCache.delete(oldPath);
		if (cached) this.noteCache.set(newPath, cached);
		const affected = new Set<string>(this.deps.dependentsOf(oldPath));
		for (const p of this.deps.byName(nameKey(oldPath))) affected.add(p);
		for (const p of this.deps.byName(nameKey(newPath))) affected.add(p);
		for (const p of this.deps.dependentsOf(newPath)) affected.add(p);
		this.deps.forget(oldPath);
		affected.delete(oldPath);
		if (NOTE.test(newPath)) affected.add(newPath);
		return [...affected];
	}
}

/**
 * Keeps what other notes' links need (heading levels and texts, block ids) and
 * drops the rest of the scan and the text. Texts and ids are
 * copied: a slice of the note would keep the whole note's text alive.
 */
function reduceToOutline(entry: CachedNote): void {
	const scan = entry.scan;
	if (!scan) return;
	// An outline read ahead of the note's turn is of the same text: keep it (and its heading keys).
	entry.outline ??= compactOutline(scan.headings, scan.blockIds);
	entry.scan = null;
	entry.text = null;
}

/** Headings and block ids as other notes' links see them; texts and ids copied off the note's text. */
function compactOutline(headings: readonly Heading[], blockIds: readonly BlockId[]): TargetOutline {
	const copy = headings.map((h) => ({ level: h.level, text: detach(h.text), line: h.line }));
	carryHeadingKeys(headings, copy);
	return { headings: copy, blockIds: blockIds.map((b) => ({ id: detach(b.id), line: b.line })) };
}

/**
 * Whether two outlines look the same to other notes' links and messages: heading
 * levels, texts and lines, block ids. Compared in place: this runs on every keystroke
 * (typing within a line keeps it the same; a new line above a heading does not).
 */
function sameOutline(a: TargetOutline | null, b: TargetOutline | null): boolean {
	if (a === null || b === null) return a === b;
	if (a.headings.length !== b.headings.length || a.blockIds.length !== b.blockIds.length) return false;
	for (let i = 0; i < a.headings.length; i++) {
		const x = a.headings[i] as OutlineHeading;
		const y = b.headings[i] as OutlineHeading;
		// Lines count: other notes' messages name them ("Obsidian opens the first (line 4)").
		if (x.level !== y.level || x.text !== y.text || x.line !== y.line) return false;
	}
	for (let i = 0; i < a.blockIds.length; i++) if ((a.blockIds[i] as OutlineBlockId).id !== (b.blockIds[i] as OutlineBlockId).id) return false;
	return true;
}
