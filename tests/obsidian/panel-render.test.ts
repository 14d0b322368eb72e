// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { en } from "../../src/obsidian/i18n/en";
import { ko } from "../../src/obsidian/i18n/ko";
import { renderPanel } from "../../src/obsidian/panel/render-panel";
import { MAX_VAULT_ROWS } from "../../src/obsidian/panel/render-vault";
import { type PanelActions, type PanelState, vaultRows } from "../../src/obsidian/panel/panel-model";
import { diagAt, noteReport } from "./fakes";

const TEXT = ["# Docker", "", "- [Intro](#Docker Intro)", "- [[Nowhere#x]]", "", "![img](/img/이미지 창고/a b.png)", ""].join("\n");

function fixture() {
	const d1 = diagAt(TEXT, "#Docker Intro", { replace: "#Docker%20Intro", message: "Not a link in Obsidian: #Docker Intro", suggestion: "Encode the spaces as %20" });
	const d2 = diagAt(TEXT, "Nowhere#x", { rule: "note-missing", message: "No note named Nowhere", suggestion: "Did you mean Somewhere?", replace: "Somewhere#x", safe: false });
	const d3 = diagAt(TEXT, "/img/이미지 창고/a b.png", { rule: "image-outside-folder", severity: "warning", message: "Image outside the image folder" });
	return { d1, d2, d3, report: noteReport("Notes/Docker.md", [d3, d2, d1]) };
}

function actions() {
	return {
		applyFix: vi.fn<PanelActions["applyFix"]>(),
		reveal: vi.fn<PanelActions["reveal"]>(),
		fixAll: vi.fn<PanelActions["fixAll"]>(),
		updateToc: vi.fn<PanelActions["updateToc"]>(),
		openComparison: vi.fn<PanelActions["openComparison"]>(),
		openNote: vi.fn<PanelActions["openNote"]>(),
	};
}

function render(state: Partial<PanelState>, t = en) {
	const root = createDiv();
	document.body.appendChild(root);
	const a = actions();
	renderPanel(root, { active: { kind: "none" }, vault: { progress: null, rows: [] }, canCompare: false, ...state }, t, a);
	return { root, a };
}

const texts = (root: HTMLElement, sel: string) => Array.from(root.querySelectorAll(sel)).map((e) => e.textContent);

describe("problems panel rendering", () => {
	it("should group a fixture's diagnostics by severity with line, message, suggestion and fix buttons", () => {
		const { report } = fixture();
		const { root } = render({ active: { kind: "report", path: report.path, report, scopeAll: false, canUpdateToc: true } });
		expect(texts(root, ".container-notes-group-title")).toEqual(["Errors (2)", "Warnings (1)"]);
		expect(texts(root, ".container-notes-line")).toEqual(["Line 3", "Line 4", "Line 6"]);
		expect(texts(root, ".container-notes-message")).toEqual(["Not a link in Obsidian: #Docker Intro", "No note named Nowhere", "Image outside the image folder"]);
		expect(texts(root, ".container-notes-suggestion")).toEqual(["Encode the spaces as %20", "Did you mean Somewhere?"]);
		expect(texts(root, ".container-notes-apply-fix")).toEqual(["Apply fix", "Apply suggestion"]);
		expect(root.querySelector(".container-notes-note-title")?.textContent).toBe("Docker");
		expect(root.querySelector(".container-notes-status")?.textContent).toBe("Container note, tagged #docker");
		const fixAll = root.querySelector<HTMLButtonElement>(".container-notes-fix-all");
		expect(fixAll?.disabled).toBe(false);
		expect(root.querySelector(".container-notes-update-toc")).not.toBeNull();
		expect(root.querySelector(".container-notes-open-comparison")).toBeNull();
		expect(root.querySelectorAll(".container-notes-severity-error")).toHaveLength(2);
	});

	it("should call the actions with the clicked diagnostic, by mouse and by keyboard", () => {
		const { report, d1, d2 } = fixture();
		const { root, a } = render({ active: { kind: "report", path: report.path, report, scopeAll: false, canUpdateToc: false }, canCompare: true });
		const buttons = root.querySelectorAll<HTMLButtonElement>(".container-notes-apply-fix");
		buttons[1]?.click();
		expect(a.applyFix).toHaveBeenCalledWith("Notes/Docker.md", d2);
		const mains = root.querySelectorAll<HTMLElement>(".container-notes-diagnostic-main");
		expect(mains[0]?.getAttribute("tabindex")).toBe("0");
		expect(mains[0]?.getAttribute("role")).toBe("button");
		mains[0]?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		expect(a.reveal).toHaveBeenCalledWith("Notes/Docker.md", d1);
		mains[1]?.click();
		expect(a.reveal).toHaveBeenLastCalledWith("Notes/Docker.md", d2);
		root.querySelector<HTMLButtonElement>(".container-notes-fix-all")?.click();
		expect(a.fixAll).toHaveBeenCalledWith("Notes/Docker.md");
		root.querySelector<HTMLButtonElement>(".container-notes-open-comparison")?.click();
		expect(a.openComparison).toHaveBeenCalledTimes(1);
		expect(root.querySelector(".container-notes-update-toc")).toBeNull();
	});

	it("should disable Fix all when no fix is safe", () => {
		const { d2 } = fixture();
		const report = noteReport("A.md", [d2]);
		const { root, a } = render({ active: { kind: "report", path: "A.md", report, scopeAll: false, canUpdateToc: false } });
		const fixAll = root.querySelector<HTMLButtonElement>(".container-notes-fix-all");
		expect(fixAll?.disabled).toBe(true);
		fixAll?.click();
		expect(a.fixAll).not.toHaveBeenCalled();
	});

	it("should show clear empty states", () => {
		expect(texts(render({}).root, ".container-notes-current .container-notes-empty")).toEqual(["Open a note to see its problems."]);
		const clean = render({ active: { kind: "report", path: "A.md", report: noteReport("A.md", []), scopeAll: false, canUpdateToc: false } }).root;
		expect(texts(clean, ".container-notes-clean")).toEqual(["No problems"]);
		const other = noteReport("B.md", [], { tags: ["#python", "#web"], matchedTags: [], isContainerNote: false });
		const notContainer = render({ active: { kind: "report", path: "B.md", report: other, scopeAll: false, canUpdateToc: false } }).root;
		expect(notContainer.querySelector(".container-notes-status")?.textContent).toBe("Not a container note: tagged #python, #web");
		expect(notContainer.querySelector(".container-notes-fix-all")).toBeNull();
		const untagged = noteReport("C.md", [], { tags: [], matchedTags: [], isContainerNote: false });
		expect(render({ active: { kind: "report", path: "C.md", report: untagged, scopeAll: false, canUpdateToc: false } }).root.querySelector(".container-notes-status")?.textContent).toBe(
			"Not a container note: it has no tags",
		);
		const skipped = noteReport("D.md", [], { skipped: "binary content" });
		expect(texts(render({ active: { kind: "report", path: "D.md", report: skipped, scopeAll: false, canUpdateToc: false } }).root, ".container-notes-skipped")).toEqual([
			"Not checked: binary content",
		]);
		expect(texts(render({}).root, ".container-notes-vault .container-notes-empty")).toEqual(["No container notes found."]);
	});

	it("should show the warning of a note that is no container note only by its tags string, with Fix all", () => {
		const text = "---\ntags: Docker, k8s\n---\n";
		const d = diagAt(text, "tags: Docker, k8s", { rule: "tags-comma-string", severity: "warning", message: '"tags: Docker, k8s" is one string of several tags', replace: "tags: [Docker, k8s]" });
		const report = noteReport("E.md", [d], { tags: [], matchedTags: [], isContainerNote: false });
		const { root, a } = render({ active: { kind: "report", path: "E.md", report, scopeAll: false, canUpdateToc: false } });
		expect(root.querySelector(".container-notes-status")?.textContent).toBe("Not a container note: it has no tags");
		expect(texts(root, ".container-notes-group-title")).toEqual(["Warnings (1)"]);
		root.querySelector<HTMLButtonElement>(".container-notes-fix-all")?.click();
		expect(a.fixAll).toHaveBeenCalledWith("E.md");
	});

	it("should render in Korean", () => {
		const { report } = fixture();
		const { root } = render({ active: { kind: "report", path: report.path, report, scopeAll: false, canUpdateToc: true } }, ko);
		expect(texts(root, ".container-notes-group-title")).toEqual(["오류 (2)", "경고 (1)"]);
		expect(texts(root, ".container-notes-line")[0]).toBe("3행");
		expect(root.querySelector(".container-notes-fix-all")?.textContent).toBe("모두 고치기");
	});
});

describe("vault section", () => {
	const { d1, d2, d3 } = fixture();
	const reports = [
		noteReport("b/Clean.md", []),
		noteReport("Warn.md", [d3]),
		noteReport("Worst.md", [d1, d2, d3]),
		noteReport("Two.md", [d1, d1]),
		noteReport("Other.md", [d1], { isContainerNote: false, matchedTags: [] }),
		noteReport("Also warn.md", [d3, d3]),
	];

	it("should count errors and warnings per container note and sort worst first", () => {
		const rows = vaultRows(reports, false);
		expect(rows).toEqual([
			{ path: "Worst.md", errors: 2, warnings: 1, infos: 0 },
			{ path: "Two.md", errors: 2, warnings: 0, infos: 0 },
			{ path: "Also warn.md", errors: 0, warnings: 2, infos: 0 },
			{ path: "Warn.md", errors: 0, warnings: 1, infos: 0 },
			{ path: "b/Clean.md", errors: 0, warnings: 0, infos: 0 },
		]);
		expect(vaultRows(reports, true).map((r) => r.path)).toContain("Other.md");
	});

	it("should render the rows with their counts and open a note on click or Space", () => {
		const { root, a } = render({ vault: { progress: null, rows: vaultRows(reports, false) } });
		expect(texts(root, ".container-notes-vault-name")).toEqual(["Worst", "Two", "Also warn", "Warn", "Clean"]);
		expect(texts(root, ".container-notes-vault-counts")).toEqual(["2 errors, 1 warning", "2 errors, 0 warnings", "0 errors, 2 warnings", "0 errors, 1 warning", "No problems"]);
		const rows = root.querySelectorAll<HTMLElement>(".container-notes-vault-row");
		expect(rows[0]?.classList.contains("has-errors")).toBe(true);
		expect(rows[2]?.classList.contains("has-warnings")).toBe(true);
		rows[1]?.click();
		expect(a.openNote).toHaveBeenCalledWith("Two.md");
		rows[4]?.dispatchEvent(new KeyboardEvent("keydown", { key: " ", bubbles: true }));
		expect(a.openNote).toHaveBeenLastCalledWith("b/Clean.md");
	});

	it("should show progress while indexing and cap long lists", () => {
		const many = Array.from({ length: MAX_VAULT_ROWS + 5 }, (_, i) => ({ path: `N${i}.md`, errors: 1, warnings: 0, infos: 0 }));
		const { root } = render({ vault: { progress: { done: 40, total: 120 }, rows: many } });
		const bar = root.querySelector<HTMLProgressElement>("progress");
		expect(bar?.value).toBe(40);
		expect(bar?.max).toBe(120);
		expect(root.querySelector(".container-notes-progress-text")?.textContent).toBe("Indexing notes: 40 of 120");
		expect(root.querySelectorAll(".container-notes-vault-row")).toHaveLength(MAX_VAULT_ROWS);
		expect(root.querySelector(".container-notes-more")?.textContent).toBe("And 5 more");
	});
});
