/**
 * The problems panel: an `ItemView` (right sidebar by default, can be dragged to a tab).
 * It gathers plain data from the host and hands it to `renderPanel`; it re-renders when
 * reports change or the user switches notes.
 */
import type { WorkspaceLeaf } from "obsidian";
import { ItemView } from "../obsidian-api";
import type { CheckService } from "../check-service";
import type { Strings } from "../i18n";
import { type ActiveNoteState, type PanelActions, type PanelState, canUpdateToc, vaultRows } from "./panel-model";
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
		if (file?.extension !== "md") return { kind: "none" };
		const { path } = file;
		const report = this.host.service.report(path);
		// Not checked yet (the first index is still running, or a new note), or skipped by the index as
		// untagged-looking without reading its tags: check the open note fully, once.
		if ((!report || (!report.isContainerNote && report.tags.length === 0)) && this.app.workspace.layoutReady && !this.requested.has(path)) {
			this.requested.add(path);
			void this.host.service.checkNote(path);
		}
		if (!report) return { kind: "pending", path };
		return { kind: "report", path, report, scopeAll: this.host.scopeAll(), canUpdateToc: canUpdateToc(report) };
	}

	/** Renders now, keeping keyboard focus on the same control when it still exists. */
	render(): void {
		const root = this.contentEl;
		const focused = root.ownerDocument.activeElement;
		const cls = focused instanceof HTMLElement && root.contains(focused) ? focused.classList[0] : undefined;
		const index = cls ? Array.from(root.getElementsByClassName(cls)).indexOf(focused as HTMLElement) : -1;
		renderPanel(root, this.state(), this.host.strings(), this.host.actions());
		const again = cls ? root.getElementsByClassName(cls)[index] : undefined;
		if (again instanceof HTMLElement) again.focus();
	}
}
