/**
 * The problems panel: an `ItemView` (right sidebar by default, can be dragged to a tab).
 * It gathers plain data from the host and hands it to `renderPanel`; it re-renders when
 * reports change or the user switches notes.
 */
import { ItemView, type WorkspaceLeaf } from "obsidian";
import type { Diagnostic } from "../../core/model/diagnostic";
import type { CheckService } from "../check-service";
import type { Strings } from "../i18n";
import { type ActiveNoteState, type PanelActions, type PanelState, vaultRows } from "./panel-model";
import { renderPanel } from "./render-panel";

export const VIEW_TYPE_PROBLEMS = "container-notes-problems";

/** What the panel needs from the plugin (an interface, so the view never imports `main.ts`). */
export interface PanelHost {
	readonly service: CheckService;
	strings(): Strings;
	scopeAll(): boolean;
	canCompare(): boolean;
	actions(): PanelActions;
}

/** Re-renders are coalesced: at most one per this many milliseconds. */
const RENDER_DELAY_MS = 50;

/**
 * @example
 * this.registerView(VIEW_TYPE_PROBLEMS, (leaf) => new ProblemsView(leaf, this));
 */
export class ProblemsView extends ItemView {
	private renderTimer: number | null = null;
	private requested = new Set<string>();

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: PanelHost,
	) {
		super(leaf);
	}

	getViewType(): string {
		return VIEW_TYPE_PROBLEMS;
	}

	getDisplayText(): string {
		return this.host.strings().viewTitle;
	}

	override getIcon(): string {
		return "list-checks";
	}

	override async onOpen(): Promise<void> {
		this.register(this.host.service.subscribe(() => this.scheduleRender()));
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.scheduleRender()));
		this.registerEvent(this.app.workspace.on("file-open", () => this.scheduleRender()));
		this.render();
	}

	override async onClose(): Promise<void> {
		if (this.renderTimer !== null) window.clearTimeout(this.renderTimer);
		this.renderTimer = null;
		this.contentEl.empty();
	}

	/** Asks for a render soon (several changes in a row give one render). */
	scheduleRender(): void {
		if (this.renderTimer !== null) return;
		this.renderTimer = window.setTimeout(() => {
			this.renderTimer = null;
			this.render();
		}, RENDER_DELAY_MS);
	}

	/** The data the panel shows right now. */
	state(): PanelState {
		const service = this.host.service;
		return {
			active: this.activeState(),
			vault: { progress: service.progress, rows: vaultRows(service.allReports(), this.host.scopeAll()) },
			canCompare: this.host.canCompare(),
		};
	}

	private activeState(): ActiveNoteState {
		const file = this.app.workspace.getActiveFile();
		if (!file || file.extension !== "md") return { kind: "none" };
		const report = this.host.service.report(file.path);
		// The first index skips untagged-looking notes without reading their tags: check the open one fully, once.
		if (report && !report.isContainerNote && report.tags.length === 0) this.requestCheck(file.path);
		if (report) {
			const canUpdateToc = report.diagnostics.some((d: Diagnostic) => d.rule === "toc-stale" && d.fix !== null);
			return { kind: "report", path: file.path, report, scopeAll: this.host.scopeAll(), canUpdateToc };
		}
		// Not checked yet (the first index is still running, or a new note): check it once.
		this.requestCheck(file.path);
		return { kind: "pending", path: file.path };
	}

	private requestCheck(path: string): void {
		if (!this.app.workspace.layoutReady || this.requested.has(path)) return;
		this.requested.add(path);
		void this.host.service.checkNote(path);
	}

	/** Renders now, keeping keyboard focus on the same control when it still exists. */
	render(): void {
		const root = this.contentEl;
		const focused = root.ownerDocument.activeElement;
		let focusKey: { cls: string; index: number } | null = null;
		if (focused instanceof HTMLElement && root.contains(focused)) {
			const cls = focused.classList[0] ?? "";
			focusKey = { cls, index: Array.from(root.getElementsByClassName(cls)).indexOf(focused) };
		}
		renderPanel(root, this.state(), this.host.strings(), this.host.actions());
		if (focusKey && focusKey.cls) {
			const again = root.getElementsByClassName(focusKey.cls)[focusKey.index];
			if (again instanceof HTMLElement) again.focus();
		}
	}
}
