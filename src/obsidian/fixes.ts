/**
 * Applies fixes without losing text. In a note open in an editor, edits go through the
 * Editor API in one transaction (cursor, folds and undo history survive); in a background
 * note through `vault.process`, refused when the file is no longer the text that was checked.
 * Every edit is re-checked against the text it replaces (`applyEdits`).
 */
import type { App, Editor, WorkspaceLeaf } from "obsidian";
import { MarkdownView, TFile } from "./obsidian-api";
import type { Diagnostic, TextEdit } from "../core/model/diagnostic";
import { applyEdits, orderEdits, selectSafeFixes } from "../core/fix/apply";
import type { CheckService } from "./check-service";

export type FixOutcome = { ok: true; applied: number } | { ok: false; reason: "changed" | "missing" | "failed"; detail?: string };

/** "Fix all" repeats until nothing is left, at most this many passes. */
const MAX_PASSES = 3;

/** A key that identifies "the same fix" across two checks of slightly different texts. */
export function fixKey(d: Diagnostic): string {
	const edits = d.fix ? d.fix.edits.map((e) => `${e.expected}\u0001${e.text}`).join("\u0002") : "";
	return `${d.rule}\u0000${d.fix?.title ?? ""}\u0000${edits}`;
}

/**
 * The largest set of safe fixes that apply together to `text`, as one list of edits
 * sorted by position: the core's choice (`selectSafeFixes`, the same as the CLI's
 * `fix`), O(n log n) in the number of edits.
 *
 * @example
 * const { edits, count } = selectSafeEdits(text, report.diagnostics);
 */
export function selectSafeEdits(text: string, diagnostics: readonly Diagnostic[]): { edits: TextEdit[]; count: number } {
	const { edits, applied } = selectSafeFixes(text, diagnostics);
	return { edits, count: applied };
}

/**
 * Applies edits (offsets into `editor.getValue()`) as one editor transaction, after
 * checking every edit against the editor's current text. Writes nothing on failure.
 *
 * @example
 * applyEditsInEditor(view.editor, fix.edits); // { ok: true } or { ok: false, reason }
 */
export function applyEditsInEditor(editor: Editor, edits: readonly TextEdit[]): { ok: true } | { ok: false; reason: string } {
	const check = applyEdits(editor.getValue(), edits);
	const ordered = orderEdits(edits);
	if (!check.ok || !ordered.ok) return check.ok ? ordered : check;
	const pos = (offset: number) => editor.offsetToPos(offset);
	editor.transaction({ changes: ordered.edits.map((e) => ({ from: pos(e.span.start.offset), to: pos(e.span.end.offset), text: e.text })) });
	return { ok: true };
}

/**
 * The Markdown leaf showing `path`, if any.
 *
 * @example
 * leafFor(app, "Docker.md")?.view; // a MarkdownView
 */
export function leafFor(app: App, path: string): WorkspaceLeaf | undefined {
	return app.workspace.getLeavesOfType("markdown").find((l) => l.view instanceof MarkdownView && l.view.file?.path === path);
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
		private readonly checkService: CheckService,
	) {}

	/** The editor showing `path`, preferring the active one; `null` when the note is not open. */
	editorFor(path: string): Editor | null {
		const active = this.app.workspace.activeEditor;
		if (active?.file?.path === path && active.editor) return active.editor;
		const view = leafFor(this.app, path)?.view;
		return view instanceof MarkdownView ? view.editor : null;
	}

	/** Applies one diagnostic's fix (safe or suggested). */
	async applyFix(path: string, diagnostic: Diagnostic): Promise<FixOutcome> {
		if (!diagnostic.fix) return { ok: false, reason: "failed", detail: "no fix" };
		const editor = this.editorFor(path);
		if (!editor) return this.inBackground(path, diagnostic.fix.edits, this.checkService.checkedText(path));
		const live = editor.getValue();
		let fix = diagnostic.fix;
		if (live !== this.checkService.checkedText(path)) {
			// The editor is ahead of the checked text (unsaved typing): find the same fix in a fresh check.
			const report = await this.checkService.checkNote(path, live);
			const key = fixKey(diagnostic);
			const again = report?.diagnostics.find((d) => fixKey(d) === key);
			if (!again?.fix || editor.getValue() !== live) return { ok: false, reason: "changed" };
			fix = again.fix;
		}
		return this.inEditor(path, editor, fix.edits);
	}

	/**
	 * Applies edits computed from `baseText` (the note's text a moment ago): in the open
	 * editor when its text is still `baseText`, else in the background when the file still is.
	 */
	async applyToNote(path: string, edits: readonly TextEdit[], baseText: string): Promise<FixOutcome> {
		const editor = this.editorFor(path);
		if (!editor) return this.inBackground(path, edits, baseText);
		if (editor.getValue() !== baseText) return { ok: false, reason: "changed" };
		return this.inEditor(path, editor, edits);
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
			const report = await this.checkService.checkNote(path, text);
			if (!report) return { ok: false, reason: "failed" };
			const { edits, count } = selectSafeEdits(text, report.diagnostics);
			if (count === 0) break;
			const step = await this.applyToNote(path, edits, text);
			if (!step.ok) return total > 0 ? { ok: true, applied: total } : step;
			total += count;
		}
		return { ok: true, applied: total };
	}

	private async inEditor(path: string, editor: Editor, edits: readonly TextEdit[]): Promise<FixOutcome> {
		const result = applyEditsInEditor(editor, edits);
		await this.checkService.checkNote(path, editor.getValue());
		return result.ok ? { ok: true, applied: 1 } : { ok: false, reason: "changed", detail: result.reason };
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
		await this.checkService.checkNote(path);
		return outcome;
	}
}
