// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { EditorState, Text } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { createMarksExtension, markRanges } from "../../src/obsidian/editor/marks";
import type { Diagnostic } from "../../src/core/model/diagnostic";
import { diagAt } from "./fakes";

const TEXT = "# Docker\n\n- [Intro](#Docker Intro)\n- ![](<img/a b.png)\n";

describe("editor marks", () => {
	it("should map diagnostics to sorted document ranges by line and column", () => {
		const d1 = diagAt(TEXT, "#Docker Intro", { message: "Not a link" });
		const d2 = diagAt(TEXT, "<img/a b.png", { severity: "warning", message: "Unbalanced <" });
		expect(markRanges(Text.of(TEXT.split("\n")), [d2, d1])).toEqual([
			{ from: TEXT.indexOf("#Docker Intro"), to: TEXT.indexOf("#Docker Intro") + 13, severity: "error", message: "Not a link" },
			{ from: TEXT.indexOf("<img"), to: TEXT.indexOf("<img") + 12, severity: "warning", message: "Unbalanced <" },
		]);
		// Checked text with CRLF line endings maps onto the editor's LF text by line and column.
		const crlf = TEXT.replace(/\n/g, "\r\n");
		const d3 = diagAt(crlf, "#Docker Intro", {});
		expect(markRanges(Text.of(TEXT.split("\n")), [d3])[0]?.from).toBe(TEXT.indexOf("#Docker Intro"));
		// Ranges past the end of a shorter document are dropped, never thrown on.
		expect(markRanges(Text.of(["# Docker"]), [d1, d2])).toEqual([]);
	});

	it("should underline ranges in a real editor with the message as title, and redraw when reports change", () => {
		let diagnostics: Diagnostic[] = [diagAt(TEXT, "#Docker Intro", { message: "<b>Not a link</b>" })];
		const listeners = new Set<() => void>();
		const ext = createMarksExtension(
			{ diagnosticsFor: (path) => (path === "Docker.md" ? diagnostics : []), subscribe: (l) => (listeners.add(l), () => listeners.delete(l)) },
			() => "Docker.md",
		);
		const parent = document.body.appendChild(createDiv());
		const view = new EditorView({ state: EditorState.create({ doc: TEXT, extensions: [ext] }), parent });
		const marks = () => Array.from(view.contentDOM.querySelectorAll(".container-notes-mark"));
		expect(marks()).toHaveLength(1);
		expect(marks()[0]?.classList.contains("container-notes-mark-error")).toBe(true);
		expect(marks()[0]?.getAttribute("title")).toBe("<b>Not a link</b>");
		expect(marks()[0]?.textContent).toBe("#Docker Intro");
		expect(view.contentDOM.querySelector("b")).toBeNull();

		diagnostics = [diagAt(TEXT, "<img/a b.png", { severity: "warning", message: "Unbalanced" })];
		for (const l of listeners) l();
		expect(marks().map((m) => m.textContent)).toEqual(["<img/a b.png"]);
		expect(marks()[0]?.classList.contains("container-notes-mark-warning")).toBe(true);

		// Typing before the mark keeps it on the same text.
		view.dispatch({ changes: { from: 0, insert: "New line\n" } });
		expect(marks().map((m) => m.textContent)).toEqual(["<img/a b.png"]);
		view.destroy();
		expect(listeners.size).toBe(0);
	});
});
