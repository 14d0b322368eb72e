/**
 * Editor marks: a CodeMirror 6 view plugin that underlines each diagnostic's range
 * (source and live preview), coloured by severity through CSS classes, with the
 * message as the hover title. It asks a `MarkSource` for the diagnostics of its note
 * and redraws when the source says reports changed.
 */
import { type Extension, RangeSetBuilder, StateEffect, type Text } from "@codemirror/state";
import { Decoration, type DecorationSet, type EditorView, ViewPlugin, type ViewUpdate } from "@codemirror/view";
import { editorInfoField } from "../obsidian-api";
import type { Diagnostic, Severity } from "../../core/model/diagnostic";

/** Where the marks come from. */
export interface MarkSource {
	diagnosticsFor(path: string): readonly Diagnostic[];
	/** Calls `listener` when reports change; returns the unsubscribe function. */
	subscribe(listener: () => void): () => void;
}

/** One underline: document offsets, class and hover text. */
export interface MarkRange {
	from: number;
	to: number;
	severity: Severity;
	message: string;
}

/** Offset in `doc` of a 1-based line and column, clamped into the line; `null` past the end. */
function offsetIn(doc: Text, line: number, column: number): number | null {
	if (line < 1 || line > doc.lines) return null;
	const l = doc.line(line);
	return Math.min(l.to, l.from + Math.max(0, column - 1));
}

/**
 * The underlines for a document, sorted, from line/column positions (so a checked text
 * with CRLF line endings still maps onto the editor's text). Empty ranges are skipped.
 *
 * @example
 * markRanges(Text.of(["a [x](#b c)"]), [diagnostic]); // [{ from: 2, to: 11, severity: "error", message: "..." }]
 */
export function markRanges(doc: Text, diagnostics: readonly Diagnostic[]): MarkRange[] {
	const out: MarkRange[] = [];
	for (const d of diagnostics) {
		const from = offsetIn(doc, d.span.start.line, d.span.start.column);
		const to = offsetIn(doc, d.span.end.line, d.span.end.column);
		if (from === null || to === null || to <= from) continue;
		out.push({ from, to, severity: d.severity, message: d.message });
	}
	return out.sort((a, b) => a.from - b.from || a.to - b.to);
}

/** The note path of an Obsidian editor, read from `editorInfoField`. */
function obsidianPath(view: EditorView): string | null {
	return view.state.field(editorInfoField, false)?.file?.path ?? null;
}

/**
 * Builds the extension. `pathOf` defaults to Obsidian's `editorInfoField`.
 *
 * @example
 * this.registerEditorExtension(this.editorExtensions); // the array holds createMarksExtension(source) when marks are on
 */
export function createMarksExtension(source: MarkSource, pathOf: (view: EditorView) => string | null = obsidianPath): Extension {
	const refresh = StateEffect.define<null>();
	const build = (view: EditorView): DecorationSet => {
		const path = pathOf(view);
		const builder = new RangeSetBuilder<Decoration>();
		if (path === null) return builder.finish();
		for (const m of markRanges(view.state.doc, source.diagnosticsFor(path))) {
			builder.add(m.from, m.to, Decoration.mark({ class: `container-notes-mark container-notes-mark-${m.severity}`, attributes: { title: m.message } }));
		}
		return builder.finish();
	};
	return ViewPlugin.fromClass(
		class {
			decorations: DecorationSet;
			private readonly unsubscribe: () => void;
			constructor(readonly view: EditorView) {
				this.decorations = build(view);
				this.unsubscribe = source.subscribe(() => {
					// Reports change asynchronously, outside any editor update, so dispatching here is allowed.
					view.dispatch({ effects: refresh.of(null) });
				});
			}
			update(update: ViewUpdate): void {
				if (update.transactions.some((tr) => tr.effects.some((e) => e.is(refresh)))) this.decorations = build(update.view);
				else if (update.docChanged) this.decorations = this.decorations.map(update.changes);
			}
			destroy(): void {
				this.unsubscribe();
			}
		},
		{ decorations: (v) => v.decorations },
	);
}
