/**
 * Registers the comparison with the plugin: the view type and two commands,
 * "Open deployment comparison" and "Insert deployment comparison table" (named in
 * the plugin's language: English or Korean).
 */
import type { Editor, Plugin } from "obsidian";
import { compareLabels } from "../../core/compare/labels";
import { compareNote } from "../../core/compare/view-model";
import { comparisonToMarkdown } from "../../core/compare/markdown-table";
import { scanNote } from "../../core/scan/scan-note";
import type { CompareHost } from "./host";
import { catalogFor } from "./load";
import { COMPARE_VIEW_TYPE, ComparisonView } from "./view";

export const OPEN_COMPARISON_COMMAND = "open-deployment-comparison";
export const INSERT_TABLE_COMMAND = "insert-deployment-comparison-table";

/** What `registerCompare` gives back to the plugin. */
export interface CompareRegistration {
	/** Opens (or reveals) the comparison in the right sidebar. */
	open(): Promise<void>;
	/** Redraws open comparison views (after a language or settings change). */
	refresh(): void;
}

/**
 * The Markdown to insert at the cursor: the table, separated from surrounding text by blank lines
 * (a table must not continue a paragraph).
 *
 * @example
 * tableInsertion("| a |\n", "some text", ""); // "\n\n| a |\n"
 */
export function tableInsertion(table: string, before: string, after: string): string {
	const lead = before === "" || before === "\n" || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
	const body = table.endsWith("\n") ? table : `${table}\n`;
	const trail = after === "" || after.startsWith("\n") ? "" : "\n";
	return `${lead}${body}${trail}`;
}

function insertTable(editor: Editor, path: string, host: CompareHost): void {
	const vm = compareNote({ path, scan: scanNote(editor.getValue()) }, { lang: host.language(), catalog: catalogFor(host) });
	const from = editor.getCursor("from");
	const to = editor.getCursor("to");
	const before = editor.getRange({ line: Math.max(0, from.line - 1), ch: 0 }, from);
	const lastLine = editor.lastLine();
	const after = editor.getRange(to, { line: Math.min(lastLine, to.line + 1), ch: editor.getLine(Math.min(lastLine, to.line + 1)).length });
	editor.replaceSelection(tableInsertion(comparisonToMarkdown(vm), before, after));
}

/**
 * Registers the view and commands. Call once from `onload`.
 *
 * @example
 * const compare = registerCompare(this, { language: () => this.language(), containerNotePaths: () => paths, readNote: readNoteFromApp(this.app) });
 * // later, after a language change:
 * compare.refresh();
 */
export function registerCompare(plugin: Plugin, host: CompareHost): CompareRegistration {
	const { workspace } = plugin.app;
	plugin.registerView(COMPARE_VIEW_TYPE, (leaf) => new ComparisonView(leaf, host));

	const open = async (): Promise<void> => {
		const existing = workspace.getLeavesOfType(COMPARE_VIEW_TYPE)[0];
		const leaf = existing ?? (await workspace.ensureSideLeaf(COMPARE_VIEW_TYPE, "right", { active: true, reveal: true }));
		await workspace.revealLeaf(leaf);
	};

	// Command names are fixed at registration: in the plugin's language at that time.
	const labels = compareLabels(host.language());
	plugin.addCommand({
		id: OPEN_COMPARISON_COMMAND,
		name: labels.commandOpen,
		callback: () => void open(),
	});
	plugin.addCommand({
		id: INSERT_TABLE_COMMAND,
		name: labels.commandInsert,
		editorCheckCallback: (checking, editor, ctx) => {
			const file = ctx.file;
			if (!file) return false;
			if (!checking) insertTable(editor, file.path, host);
			return true;
		},
	});

	return {
		open,
		refresh() {
			for (const leaf of workspace.getLeavesOfType(COMPARE_VIEW_TYPE)) {
				if (leaf.view instanceof ComparisonView) void leaf.view.refresh();
			}
		},
	};
}
