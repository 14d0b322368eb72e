/**
 * Applies fixes without losing text. In a note open in an editor, edits go through the
 * Editor API in one transaction (cursor, folds and undo history survive); in a background
 * note through `vault.process`, refused when the file is no longer the text that was checked.
 * Every edit is re-checked against the text it replaces (`applyEdits`).
 */
import { type App, type Editor, MarkdownView, TFile } from "obsidian";
import type { Diagnostic, Fix, TextEdit } from "../core/model/diagnostic";
import { applyEdits } from "../core/fix/apply";
import type { CheckService } from "./check-service";

export type FixOutcome = { ok: true; applied: number } | { ok: false; reason: "changed" | "missing" | "failed"; detail?: string };

/** Rules whose fixes rewrite whole blocks: taken before the link edits inside them (same order as the core). */
const BLOCK_RULES = new Set<string>(["toc-stale", "tags-comma-string"]);
/** "Fix all" repeats until nothing is left, at most this many passes. */
const MAX_PASSES = 3;

function sameEdit(a: TextEdit, b: TextEdit): boolean {
	return a.span.start.offset === b.span.start.offset && a.span.end.offset === b.span.end.offset && a.text === b.text;
}

/** A key that identifies "the same fix" across two checks of slightly different texts. */
export function fixKey(d: Diagnostic): string {
	const edits = d.fix ? d.fix.edits.map((e) => `${e.expected}\u0001${e.text}`).join("\u0002") : "";
	return `${d.rule}\u0000${d.fix?.title ?? ""}\u0000${edits}`;
}

/** Whether two edits collide (same rule as the core's `applyEdits`: an insertion at another edit's start collides too). */
function collide(a: TextEdit, b: TextEdit): boolean {
	const [first, second] = a.span.start.offset <= b.span.start.offset ? [a, b] : [b, a];
	if (second.span.start.offset < first.span.end.offset) return true;
	return second.span.start.offset === first.span.start.offset && (first.span.start.offset === first.span.end.offset || second.span.start.offset === second.span.end.offset);
}

/** Index of the first edit in `sorted` starting at or after `offset`. */
function lowerBound(sorted: readonly TextEdit[], offset: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((sorted[mid] as TextEdit).span.start.offset < offset) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * The largest set of safe fixes that apply together to `text` (block rewrites first,
 * then document order), as one list of edits sorted by position. A fix is taken whole
 * or not at all; each edit must still hold its expected text. O(n log n) in the number
 * of edits, so a note with thousands of fixes does not block the interface.
 *
 * @example
 * const { edits, count } = selectSafeEdits(text, report.diagnostics);
 */
export function selectSafeEdits(text: string, diagnostics: readonly Diagnostic[]): { edits: TextEdit[]; count: number } {
	const fixes = diagnostics.filter((d) => d.fix !== null && d.fix.safe && d.fix.edits.length > 0);
	fixes.sort((a, b) => Number(BLOCK_RULES.has(b.rule)) - Number(BLOCK_RULES.has(a.rule)));
	const taken: TextEdit[] = [];
	let count = 0;
	for (const d of fixes) {
		const fresh: TextEdit[] = [];
		let ok = true;
		for (const e of (d.fix as Fix).edits) {
			const { start, end } = e.span;
			if (start.offset < 0 || end.offset < start.offset || end.offset > text.length || text.slice(start.offset, end.offset) !== e.expected) {
				ok = false;
				break;
			}
			const at = lowerBound(taken, start.offset);
			let duplicate = false;
			for (let i = at; i < taken.length && (taken[i] as TextEdit).span.start.offset === start.offset; i++) if (sameEdit(taken[i] as TextEdit, e)) duplicate = true;
			if (duplicate) continue;
			const before = taken[at - 1];
			const after = taken[at];
			if ((before && collide(before, e)) || (after && collide(after, e)) || fresh.some((f) => collide(f, e))) {
				ok = false;
				break;
			}
			fresh.push(e);
		}
		if (!ok) continue;
		for (const e of fresh) taken.splice(lowerBound(taken, e.span.start.offset), 0, e);
		count++;
	}
	return { edits: taken, count };
}

/**
 * Applies edits (offsets into `editor.getValue()`) as one editor transaction, after
 * checking every edit against the editor's current text. Writes nothing on failure.
 *
 * @example
 * applyEditsInEditor(view.editor, fix.edits); // { ok: true } or { ok: false, reason }
 */
export function applyEditsInEditor(editor: Editor, edits: readonly TextEdit[]): { ok: true } | { ok: false; reason: string } {
	const text = editor.getValue();
	const check = applyEdits(text, edits);
	if (!check.ok) return check;
	const unique: TextEdit[] = [];
	for (const e of edits) if (!unique.some((u) => sameEdit(u, e))) unique.push(e);
	unique.sort((a, b) => a.span.start.offset - b.span.start.offset);
	editor.transaction({
		changes: unique.map((e) => ({ from: editor.offsetToPos(e.span.start.offset), to: editor.offsetToPos(e.span.end.offset), text: e.text })),
	});
	return { ok: true };
}

/**
 * Runs fixes for the panel and the commands.
 *
 * @example
 * await new FixRunner(app, service).applyFix("Docker.md", diagnostic);
 */
export class FixRunner {
	constructor(
		private readonly app: App,
		private readonly service: CheckService,
	) {}

	/** The editor showing `path`, preferring the active one; `null` when the note is not open. */
	editorFor(path: string): Editor | null {
		const active = this.app.workspace.activeEditor;
		if (active?.file?.path === path && active.editor) return active.editor;
		for (const leaf of this.app.workspace.getLeavesOfType("markdown")) {
			const view = leaf.view;
			if (view instanceof MarkdownView && view.file?.path === path) return view.editor;
		}
		return null;
	}

	/** Applies one diagnostic's fix (safe or suggested). */
	async applyFix(path: string, diagnostic: Diagnostic): Promise<FixOutcome> {
		if (!diagnostic.fix) return { ok: false, reason: "failed", detail: "no fix" };
		const editor = this.editorFor(path);
		if (!editor) return this.inBackground(path, diagnostic.fix.edits, this.service.checkedText(path));
		const live = editor.getValue();
		let fix = diagnostic.fix;
		if (live !== this.service.checkedText(path)) {
			// The editor is ahead of the checked text (unsaved typing): find the same fix in a fresh check.
			const report = await this.service.checkNote(path, live);
			const key = fixKey(diagnostic);
			const again = report?.diagnostics.find((d) => fixKey(d) === key);
			if (!again?.fix || editor.getValue() !== live) return { ok: false, reason: "changed" };
			fix = again.fix;
		}
		return this.inEditor(path, editor, fix.edits, 1);
	}

	/**
	 * Applies edits computed from `baseText` (the note's text a moment ago): in the open
	 * editor when its text is still `baseText`, else in the background when the file still is.
	 */
	async applyToNote(path: string, edits: readonly TextEdit[], baseText: string): Promise<FixOutcome> {
		const editor = this.editorFor(path);
		if (!editor) return this.inBackground(path, edits, baseText);
		if (editor.getValue() !== baseText) return { ok: false, reason: "changed" };
		return this.inEditor(path, editor, edits, 1);
	}

	/** The note's current text: the editor's when it is open, else the file's. */
	async currentText(path: string): Promise<string | null> {
		const editor = this.editorFor(path);
		if (editor) return editor.getValue();
		const file = this.app.vault.getFileByPath(path);
		return file instanceof TFile ? this.app.vault.cachedRead(file) : null;
	}

	/** Applies every safe fix in a note, re-checking between passes. Resolves the number applied. */
	async fixAll(path: string): Promise<FixOutcome> {
		let total = 0;
		for (let pass = 0; pass < MAX_PASSES; pass++) {
			const text = await this.currentText(path);
			if (text === null) return { ok: false, reason: "missing" };
			const report = await this.service.checkNote(path, text);
			if (!report) return { ok: false, reason: "failed" };
			const { edits, count } = selectSafeEdits(text, report.diagnostics);
			if (count === 0) break;
			const step = await this.applyToNote(path, edits, text);
			if (!step.ok) return total > 0 ? { ok: true, applied: total } : step;
			total += count;
		}
		return { ok: true, applied: total };
	}

	private async inEditor(path: string, editor: Editor, edits: readonly TextEdit[], count: number): Promise<FixOutcome> {
		const result = applyEditsInEditor(editor, edits);
		await this.service.checkNote(path, editor.getValue());
		return result.ok ? { ok: true, applied: count } : { ok: false, reason: "changed", detail: result.reason };
	}

	/**
	 * Writes edits to a note that is not open, through `vault.process`: refused when the
	 * file is not exactly `expected` (the text that was checked), or when an edit no longer fits.
	 */
	private async inBackground(path: string, edits: readonly TextEdit[], expected: string | undefined): Promise<FixOutcome> {
		const file = this.app.vault.getFileByPath(path);
		if (!(file instanceof TFile)) return { ok: false, reason: "missing" };
		let outcome: FixOutcome = { ok: false, reason: "changed" };
		await this.app.vault.process(file, (current) => {
			if (expected !== undefined && current !== expected) return current;
			const result = applyEdits(current, edits);
			if (!result.ok) return current;
			outcome = { ok: true, applied: 1 };
			return result.text;
		});
		await this.service.checkNote(path);
		return outcome;
	}
}
