// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import "./dom-helpers";
import { Events, MarkdownView, Plugin, TFile } from "../shims/obsidian";
import type { CompareHost } from "../../src/obsidian/compare/host";
import { INSERT_TABLE_COMMAND, OPEN_COMPARISON_COMMAND, registerCompare, tableInsertion } from "../../src/obsidian/compare/register";
import { COMPARE_VIEW_TYPE, ComparisonView } from "../../src/obsidian/compare/view";
import { DEPLOYMENT_NOTE, IMAGE_NOTE } from "./fixtures";

interface FakeLeaf {
	app: unknown;
	view: unknown;
	openFile: ReturnType<typeof vi.fn>;
	updateHeader?: ReturnType<typeof vi.fn>;
}

function fakeEditor(text: string) {
	let value = text;
	let cursor = { line: 0, ch: 0 };
	return {
		getValue: () => value,
		setValue: (v: string) => (value = v),
		lineCount: () => value.split("\n").length,
		lastLine: () => value.split("\n").length - 1,
		getLine: (n: number) => value.split("\n")[n] ?? "",
		getCursor: () => cursor,
		setCursor: vi.fn((pos: { line: number; ch: number }) => (cursor = pos)),
		scrollIntoView: vi.fn(),
		getRange: (from: { line: number; ch: number }, to: { line: number; ch: number }) => {
			const lines = value.split("\n");
			const offset = (p: { line: number; ch: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.ch;
			return value.slice(offset(from), offset(to));
		},
		replaceSelection: vi.fn(),
	};
}

function setup(notes: Record<string, string>, activePath: string, language: () => "en" | "ko" = () => "en") {
	const files = new Map(Object.keys(notes).map((p) => [p, new TFile(p, notes[p]?.length ?? 0)]));
	const editor = fakeEditor(notes[activePath] ?? "");
	const mdLeaf: FakeLeaf = { app: null, view: new MarkdownView(editor, files.get(activePath) ?? null), openFile: vi.fn(async () => {}) };
	const leaves: FakeLeaf[] = [mdLeaf];
	const workspace = Object.assign(new Events(), {
		getActiveFile: () => files.get(activePath) ?? null,
		getLeavesOfType: (type: string) => leaves.filter((l) => (l.view as { getViewType?: () => string } | null)?.getViewType?.() === type),
		getLeaf: () => mdLeaf,
		setActiveLeaf: vi.fn(),
		revealLeaf: vi.fn(async () => {}),
		ensureSideLeaf: vi.fn(async (type: string) => {
			const leaf: FakeLeaf = { app, view: null, openFile: vi.fn(), updateHeader: vi.fn() };
			leaf.view = plugin.views.get(type)?.(leaf);
			leaves.push(leaf);
			await (leaf.view as ComparisonView).onOpen();
			return leaf;
		}),
	});
	const vault = Object.assign(new Events(), { getAbstractFileByPath: (p: string) => files.get(p) ?? null });
	const app = { workspace, vault };
	mdLeaf.app = app;
	const plugin = new Plugin(app, {});
	const host: CompareHost = {
		language,
		containerNotePaths: () => Object.keys(notes),
		readNote: async (p) => notes[p] ?? null,
	};
	const reg = registerCompare(plugin as never, host);
	return { plugin, reg, workspace, vault, editor, leaves, files };
}

const sleep = (ms: number) => new Promise((r) => window.setTimeout(r, ms));

describe("registerCompare", () => {
	it("registers the view and the two commands", () => {
		const { plugin } = setup({ "a.md": DEPLOYMENT_NOTE }, "a.md");
		expect([...plugin.views.keys()]).toEqual([COMPARE_VIEW_TYPE]);
		expect(plugin.commands.map((c) => [c.id, c.name])).toEqual([
			[OPEN_COMPARISON_COMMAND, "Open deployment comparison"],
			[INSERT_TABLE_COMMAND, "Insert deployment comparison table"],
		]);
		expect(OPEN_COMPARISON_COMMAND).toBe("open-deployment-comparison");
	});

	it("names the commands in the plugin's language", () => {
		const { plugin } = setup({ "a.md": DEPLOYMENT_NOTE }, "a.md", () => "ko");
		expect(plugin.commands.map((c) => c.name)).toEqual(["배포 방식 비교 열기", "배포 방식 비교 표 삽입"]);
	});

	it("re-titles its tab when the language changes", async () => {
		let lang: "en" | "ko" = "en";
		const { plugin, reg, leaves } = setup({ "a.md": DEPLOYMENT_NOTE }, "a.md", () => lang);
		plugin.commands[0]?.callback?.();
		await sleep(20);
		const leaf = leaves[1] as FakeLeaf;
		const view = leaf.view as ComparisonView;
		expect(view.getDisplayText()).toBe("Deployment comparison");
		await view.refresh();
		expect(leaf.updateHeader).not.toHaveBeenCalled();
		lang = "ko";
		reg.refresh();
		await sleep(20);
		expect(view.getDisplayText()).toBe("배포 방식 비교");
		expect(leaf.updateHeader).toHaveBeenCalledTimes(1);
		expect(view.contentEl.querySelector(".container-notes-compare-corner")?.textContent).toBe("항목");
	});

	it("opens the view on the active note, follows edits, and jumps to lines", async () => {
		const { plugin, workspace, editor, leaves } = setup({ "Docker/deploy.md": DEPLOYMENT_NOTE }, "Docker/deploy.md");
		plugin.commands[0]?.callback?.();
		await sleep(20);
		expect(workspace.ensureSideLeaf).toHaveBeenCalledWith(COMPARE_VIEW_TYPE, "right", { active: true, reveal: true });
		const view = leaves[1]?.view as ComparisonView;
		expect(view).toBeInstanceOf(ComparisonView);
		expect(view.getDisplayText()).toBe("Deployment comparison");
		const el = view.contentEl;
		expect(el.querySelector(".container-notes-compare-title")?.textContent).toBe("deploy");
		expect(el.querySelectorAll("thead .container-notes-compare-model-heading")).toHaveLength(4);

		// Typing: the Kubernetes section goes away; the view follows after its pause.
		const edited = DEPLOYMENT_NOTE.replace(/### Kubernetes Deployment[\s\S]*?(?=## 정리)/, "");
		editor.setValue(edited);
		workspace.trigger("editor-change", editor, { file: { path: "Docker/deploy.md" } });
		await sleep(600);
		const k8s = el.querySelectorAll("thead th.container-notes-compare-model")[3];
		expect(k8s?.classList.contains("is-not-covered")).toBe(true);

		// Clicking a line reveals the open editor and puts the cursor there (0-based).
		const item = [...el.querySelectorAll<HTMLElement>("li.container-notes-compare-link")].find((li) => li.textContent?.includes("chroot"));
		item?.click();
		await sleep(10);
		const line = edited.split("\n").indexOf("\t- chroot로 파일 시스템 루트를 바꾼다");
		expect(workspace.setActiveLeaf).toHaveBeenCalled();
		expect(editor.setCursor).toHaveBeenLastCalledWith({ line, ch: 0 });
		expect(editor.scrollIntoView).toHaveBeenCalled();
		await view.onClose();
		expect(el.childElementCount).toBe(0);
	});

	it("gathers from the container notes when the active note covers no model", async () => {
		const { plugin, leaves } = setup({ "img.md": IMAGE_NOTE, "Docker/deploy.md": DEPLOYMENT_NOTE }, "img.md");
		plugin.commands[0]?.callback?.();
		await sleep(20);
		const el = (leaves[1]?.view as ComparisonView).contentEl;
		expect(el.querySelector(".container-notes-compare-title")?.textContent).toBe("Gathered from 1 container notes");
		expect(el.querySelector(".container-notes-compare-notice")?.textContent).toBe("Docker/deploy.md");
		expect(el.querySelectorAll("thead .is-not-covered")).toHaveLength(0);
	});

	it("inserts the table at the cursor, in its own block", () => {
		const { plugin, editor, files } = setup({ "a.md": DEPLOYMENT_NOTE }, "a.md");
		const cmd = plugin.commands.find((c) => c.id === INSERT_TABLE_COMMAND);
		expect(cmd?.editorCheckCallback?.(true, editor, { file: null })).toBe(false);
		expect(cmd?.editorCheckCallback?.(true, editor, { file: files.get("a.md") })).toBe(true);
		editor.setCursor({ line: 5, ch: 3 });
		cmd?.editorCheckCallback?.(false, editor, { file: files.get("a.md") });
		const inserted = editor.replaceSelection.mock.calls[0]?.[0] as string;
		expect(inserted.startsWith("\n\n| Dimension | Traditional deployment |")).toBe(true);
		expect(inserted).toContain("| **From your note: Problems** |");
		expect(inserted.endsWith("\n\n")).toBe(true);
	});
});

describe("tableInsertion", () => {
	it.each([
		["", "", "T\n"],
		["text", "", "\n\nT\n"],
		["text\n", "", "\nT\n"],
		["\n", "", "T\n"],
		["a\n\n", "more", "T\n\n"],
		["a\n\n", "\nmore", "T\n"],
	])("before %j, after %j", (before, after, out) => {
		expect(tableInsertion("T\n", before, after)).toBe(out);
	});
});
