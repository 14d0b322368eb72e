/**
 * The deployment comparison as an Obsidian view (sidebar or tab). Follows the
 * active Markdown note and its live editor text; all drawing is done by
 * `renderComparison`.
 */
import type { WorkspaceLeaf } from "obsidian";
import { debounce, ItemView, MarkdownView, TFile } from "../obsidian-api";
import { compareLabels } from "../../core/compare/labels";
import type { Language } from "../../core/model/settings";
import type { CompareHost } from "./host";
import { loadComparison, type GatherCache } from "./load";
import { renderComparison, type CardMode, type CompareLayout, type ComparisonHandle } from "./render";

export const COMPARE_VIEW_TYPE = "container-notes-comparison";

/** Pause after typing before the comparison follows the editor. */
const EDIT_DELAY_MS = 400;

export class ComparisonView extends ItemView {
	private handle: ComparisonHandle | null = null;
	private path: string | null = null;
	private layout: CompareLayout = "auto";
	private cardMode: CardMode = "model";
	private readonly gatherCache: GatherCache = { key: null, extraction: null };
	/** Language of the last drawing: a change re-titles the tab. */
	private lang: Language | null = null;
	/** Increments per refresh so a slow, older refresh never overwrites a newer one. */
	private generation = 0;
	private readonly scheduleRefresh = debounce((text?: string) => void this.refresh(text), EDIT_DELAY_MS, true);

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: CompareHost,
	) {
		super(leaf);
		const saved = host.savedLayout?.();
		if (saved) {
			this.layout = saved.layout;
			this.cardMode = saved.cardMode;
		}
	}

	getViewType(): string {
		return COMPARE_VIEW_TYPE;
	}

	getDisplayText(): string {
		return compareLabels(this.host.language()).title;
	}

	override getIcon(): string {
		return "columns-3";
	}

	override async onOpen(): Promise<void> {
		this.contentEl.addClass("container-notes-compare-view");
		const { workspace, vault } = this.app;
		this.path = workspace.getActiveFile()?.path ?? null;
		this.registerEvent(
			workspace.on("file-open", (file) => {
				if (file instanceof TFile && file.extension === "md" && file.path !== this.path) {
					this.path = file.path;
					void this.refresh();
				}
			}),
		);
		this.registerEvent(
			workspace.on("active-leaf-change", (leaf) => {
				const view = leaf?.view;
				if (view instanceof MarkdownView && view.file && view.file.path !== this.path) {
					this.path = view.file.path;
					void this.refresh();
				}
			}),
		);
		this.registerEvent(
			workspace.on("editor-change", (editor, info) => {
				if (info.file && info.file.path === this.path) this.scheduleRefresh(editor.getValue());
			}),
		);
		const vaultChanged = (path: string): void => {
			this.gatherCache.key = null;
			if (path === this.path) this.scheduleRefresh();
		};
		for (const name of ["modify", "create", "delete"] as const) this.registerEvent(vault.on(name as "modify", (f) => vaultChanged(f.path)));
		this.registerEvent(
			vault.on("rename", (f, oldPath) => {
				if (oldPath === this.path) this.path = f.path;
				vaultChanged(f.path);
			}),
		);
		await this.refresh();
	}

	override async onClose(): Promise<void> {
		this.scheduleRefresh.cancel();
		this.handle?.destroy();
		this.handle = null;
	}

	/** Re-reads the note and redraws (also called by the plugin when the language changes). */
	async refresh(text?: string): Promise<void> {
		const generation = ++this.generation;
		const vm = await loadComparison(this.host, this.path, text, this.gatherCache);
		if (generation !== this.generation) return;
		if (this.lang !== null && this.lang !== vm.lang) {
			// Obsidian reads getDisplayText() only when it draws the tab header; `updateHeader`
			// (present in every Obsidian release, not in the typed API) redraws it.
			(this.leaf as { updateHeader?(): void }).updateHeader?.();
		}
		this.lang = vm.lang;
		if (this.handle) {
			this.handle.update(vm);
			return;
		}
		this.handle = renderComparison(this.contentEl, vm, {
			layout: this.layout,
			cardMode: this.cardMode,
			initialWidth: this.contentEl.clientWidth,
			onOpenLine: (path, line) => void this.openAt(path, line),
			onLayoutChange: (layout, cardMode) => {
				this.layout = layout;
				this.cardMode = cardMode;
				this.host.saveLayout?.(layout, cardMode);
			},
		});
	}

	/** Opens a note with the cursor on a 1-based line, reusing a leaf that already shows it. */
	private async openAt(path: string, line: number): Promise<void> {
		const { workspace, vault } = this.app;
		const file = vault.getAbstractFileByPath(path);
		if (!(file instanceof TFile)) return;
		let leaf = workspace.getLeavesOfType("markdown").find((l) => l.view instanceof MarkdownView && l.view.file?.path === path) ?? null;
		if (!leaf) {
			// This view may itself be a tab in the main area: never navigate it away.
			const candidate = workspace.getLeaf(false);
			leaf = candidate === this.leaf ? workspace.getLeaf("tab") : candidate;
			await leaf.openFile(file, { eState: { line: line - 1 }, active: true });
		} else workspace.setActiveLeaf(leaf, { focus: true });
		const view = leaf.view;
		if (view instanceof MarkdownView) {
			const pos = { line: Math.max(0, Math.min(line - 1, view.editor.lineCount() - 1)), ch: 0 };
			view.editor.setCursor(pos);
			view.editor.scrollIntoView({ from: pos, to: pos }, true);
		}
	}
}
