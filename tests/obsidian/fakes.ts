/**
 * Test doubles for the parts of the app the adapter uses: an editor over a string,
 * a vault over a map, a workspace with leaves. Anything else on the fake app is absent,
 * so reaching for it fails the test.
 */
import type { App, Editor, EditorPosition, EditorTransaction, PluginManifest, ViewState } from "obsidian";
import { MarkdownView, TFile } from "../shims/obsidian";
import { LineIndex, type Span } from "../../src/core/model/position";
import type { Diagnostic, NoteReport, RuleId, Severity } from "../../src/core/model/diagnostic";
import type { CheckerPort } from "../../src/obsidian/check-service";
import type { NoteScan } from "../../src/core/model/scan";
import type { VaultReport } from "../../src/core/model/diagnostic";

/** An app with nothing in it (for code that must not reach the app at all). */
export const emptyApp = {} as unknown as App;
export const manifest = { id: "container-notes", name: "Container Notes", version: "0.0.0", minAppVersion: "1.7.2", description: "", author: "" } satisfies PluginManifest;

/** An editor over a plain string; records transactions. */
export class FakeEditor {
	transactions: EditorTransaction[] = [];
	selection: { from: EditorPosition; to: EditorPosition } | null = null;
	constructor(public text: string) {}
	getValue(): string {
		return this.text;
	}
	setValue(text: string): void {
		this.text = text;
	}
	offsetToPos(offset: number): EditorPosition {
		const p = new LineIndex(this.text).pos(offset);
		return { line: p.line - 1, ch: p.column - 1 };
	}
	posToOffset(pos: EditorPosition): number {
		const o = new LineIndex(this.text).offsetOf(pos.line + 1, pos.ch + 1);
		if (o === null) throw new Error(`position outside the text: ${JSON.stringify(pos)}`);
		return o;
	}
	getRange(from: EditorPosition, to: EditorPosition): string {
		return this.text.slice(this.posToOffset(from), this.posToOffset(to));
	}
	transaction(tx: EditorTransaction): void {
		this.transactions.push(tx);
		// Changes are in the coordinates of the text before the transaction, as in CodeMirror.
		const changes = (tx.changes ?? []).map((c) => ({ from: this.posToOffset(c.from), to: this.posToOffset(c.to ?? c.from), text: c.text }));
		changes.sort((a, b) => b.from - a.from);
		for (const c of changes) this.text = this.text.slice(0, c.from) + c.text + this.text.slice(c.to);
	}
	setSelection(from: EditorPosition, to: EditorPosition): void {
		this.selection = { from, to };
	}
	scrollIntoView(): void {}
	focus(): void {}
	asEditor(): Editor {
		return this as unknown as Editor;
	}
}

export interface FakeLeaf {
	view: unknown;
	app: App;
	getViewState(): ViewState;
	setViewState(state: ViewState): Promise<void>;
}

/** View states set on fake leaves, in order (a mode switch shows up here). */
export const viewStates: ViewState[] = [];

/** A leaf showing `view`; `setViewState` switches a Markdown view's mode as Obsidian does. */
function fakeLeaf(app: App, view: unknown): FakeLeaf {
	return {
		view,
		app,
		getViewState() {
			return { type: "markdown", state: { mode: this.view instanceof MarkdownView ? this.view.mode : undefined, source: false } };
		},
		setViewState(state: ViewState) {
			viewStates.push(state);
			const mode = state.state?.mode;
			if (this.view instanceof MarkdownView && (mode === "source" || mode === "preview")) this.view.mode = mode;
			return Promise.resolve();
		},
	};
}

/** A fake app over `files`. `throwOnVault` makes every vault method throw (the onload test). */
export function fakeApp(files: Record<string, string> = {}) {
	const texts = new Map(Object.entries(files));
	const handlers: Array<{ name: string; cb: (...a: unknown[]) => unknown }> = [];
	const leaves: FakeLeaf[] = [];
	const layoutCallbacks: Array<() => unknown> = [];
	const fileFor = (path: string): TFile | null => (texts.has(path) ? new TFile(path, texts.get(path)?.length ?? 0) : null);
	const filesOf = (paths: string[]): TFile[] => paths.map((p) => new TFile(p, texts.get(p)?.length ?? 0));
	const state = {
		activePath: null as string | null,
		activeEditor: null as FakeEditor | null,
		processCalls: 0,
		layoutReady: false,
		updateOptionsCalls: 0,
	};
	const vault = {
		getFiles: () => filesOf([...texts.keys()]),
		getMarkdownFiles: () => filesOf([...texts.keys()].filter((p) => p.endsWith(".md"))),
		getFileByPath: (path: string) => fileFor(path),
		cachedRead: (file: TFile) => {
			const t = texts.get(file.path);
			return t === undefined ? Promise.reject(new Error("missing")) : Promise.resolve(t);
		},
		process: (file: TFile, fn: (data: string) => string) => {
			state.processCalls++;
			const next = fn(texts.get(file.path) ?? "");
			texts.set(file.path, next);
			return Promise.resolve(next);
		},
		create: (path: string, text: string) => {
			texts.set(path, text);
			return Promise.resolve(fileFor(path));
		},
		on: (name: string, cb: (...a: unknown[]) => unknown) => {
			handlers.push({ name: `vault:${name}`, cb });
			return { off() {} };
		},
	};
	const workspace = {
		get layoutReady() {
			return state.layoutReady;
		},
		get activeEditor() {
			if (!state.activePath || !state.activeEditor) return null;
			return { file: fileFor(state.activePath), editor: state.activeEditor };
		},
		getActiveFile: () => (state.activePath ? fileFor(state.activePath) : null),
		getLeavesOfType: (type: string) => leaves.filter((l) => (l.view instanceof MarkdownView ? type === "markdown" : (l.view as { getViewType?(): string })?.getViewType?.() === type)),
		getActiveViewOfType: () => leaves.find((l) => l.view instanceof MarkdownView && l.view.file?.path === state.activePath)?.view ?? null,
		onLayoutReady: (cb: () => unknown) => layoutCallbacks.push(cb),
		on: (name: string, cb: (...a: unknown[]) => unknown) => {
			handlers.push({ name: `workspace:${name}`, cb });
			return { off() {} };
		},
		updateOptions: () => {
			state.updateOptionsCalls++;
		},
		setActiveLeaf: (leaf: FakeLeaf) => {
			if (leaf.view instanceof MarkdownView) {
				state.activePath = leaf.view.file?.path ?? null;
				state.activeEditor = leaf.view.editor as FakeEditor;
			}
		},
		/** A new leaf whose `openFile` shows the file in a fake Markdown editor. */
		getLeaf: () => {
			const leaf: FakeLeaf & { openFile(file: TFile): Promise<void> } = {
				...fakeLeaf(app, null),
				openFile: (file: TFile) => {
					const editor = new FakeEditor(texts.get(file.path) ?? "");
					leaf.view = new MarkdownView(editor, fileFor(file.path));
					leaves.push(leaf);
					state.activePath = file.path;
					state.activeEditor = editor;
					return Promise.resolve();
				},
			};
			return leaf;
		},
	};
	const metadataCache = {
		getFileCache: () => null,
		on: (name: string, cb: (...a: unknown[]) => unknown) => {
			handlers.push({ name: `metadataCache:${name}`, cb });
			return { off() {} };
		},
	};
	const app = { vault, workspace, metadataCache } as unknown as App;

	/** Opens `path` in a Markdown leaf with a fake editor (in `mode`) and makes it active. */
	const open = (path: string, mode: "source" | "preview" = "source"): FakeEditor => {
		const editor = new FakeEditor(texts.get(path) ?? "");
		const view = new MarkdownView(editor, fileFor(path));
		view.mode = mode;
		leaves.push(fakeLeaf(app, view));
		state.activePath = path;
		state.activeEditor = editor;
		return editor;
	};
	return { app, texts, state, leaves, handlers, layoutCallbacks, open };
}

/** Builds a diagnostic for `needle`'s first occurrence at or after `from` in `text`. */
export function diagAt(
	text: string,
	needle: string,
	options: { rule?: RuleId; severity?: Severity; path?: string; message?: string; suggestion?: string | null; replace?: string; safe?: boolean; from?: number },
): Diagnostic {
	const start = text.indexOf(needle, options.from ?? 0);
	if (start < 0) throw new Error(`fixture: ${needle} not in text`);
	const index = new LineIndex(text);
	const span: Span = index.span(start, start + needle.length);
	return {
		rule: options.rule ?? "link-unparsed",
		severity: options.severity ?? "error",
		path: options.path ?? "Note.md",
		span,
		message: options.message ?? `Problem at ${needle}`,
		suggestion: options.suggestion ?? null,
		fix: options.replace === undefined ? null : { title: `Replace with ${options.replace}`, safe: options.safe ?? true, edits: [{ span, expected: needle, text: options.replace }] },
	};
}

export function noteReport(path: string, diagnostics: Diagnostic[], extra: Partial<NoteReport> = {}): NoteReport {
	return { path, tags: ["#docker"], matchedTags: ["#docker"], isContainerNote: true, diagnostics, skipped: null, ...extra };
}

/**
 * A checker for adapter tests: it reports every `](#a b)`-style destination with a raw
 * space (`#x y`) as `link-unparsed` with a safe `%20` fix, and `[[Nowhere#x]]` as an unsafe
 * suggestion. Real offsets, so the fixes it proposes can be applied and re-checked.
 */
export function spaceChecker(read: (path: string) => Promise<string>): CheckerPort & { checks: string[] } {
	const check = (path: string, text: string): NoteReport => {
		const diagnostics: Diagnostic[] = [];
		const re = /\]\((#[^)\s]+ [^)]*)\)/g;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			const dest = m[1] ?? "";
			const from = m.index + 2;
			diagnostics.push(diagAt(text, dest, { path, from, replace: dest.replace(/ /g, "%20"), message: `Not a link in Obsidian: ${dest}` }));
		}
		const missing = text.indexOf("[[Nowhere#x]]");
		if (missing >= 0) diagnostics.push(diagAt(text, "Nowhere#x", { path, rule: "heading-missing", from: missing, replace: "Somewhere#x", safe: false, message: "No such note" }));
		return noteReport(path, diagnostics);
	};
	const checks: string[] = [];
	return {
		checks,
		updateSettings() {},
		refreshFiles() {},
		scan: (): Promise<NoteScan> => Promise.reject(new Error("not used")),
		async checkNote(path, text) {
			checks.push(path);
			return check(path, text ?? (await read(path)));
		},
		checkVault: () => Promise.resolve({ notesScanned: 0, notesChecked: 0, notes: [] } as VaultReport),
		noteChanged: (path) => [path],
		fileCreated: (path) => [path],
		fileDeleted: (path) => [path],
		fileRenamed: (_old, path) => [path],
	};
}
