// @vitest-environment happy-dom
/**
 * The plugin end to end over a fake app and the real core: onload registers and does
 * no work; onLayoutReady indexes; the panel shows the active note; events re-check only
 * what changed; a fix from the panel edits the open note.
 */
import { describe, expect, it } from "vitest";
import type { App, Plugin as ObsidianPlugin, WorkspaceLeaf } from "obsidian";
import ContainerNotesPlugin from "../../src/obsidian/main";
import { ProblemsView, VIEW_TYPE_PROBLEMS } from "../../src/obsidian/panel/panel-view";
import { MarkdownView, TFile, shim } from "../shims/obsidian";
import { fakeApp, manifest, viewStates } from "./fakes";

const DOCKER = ["---", "tags: [Docker]", "---", "# 개요", "", "- [기초](#개요#기초 개념)", "- [[Other#Missing part]]", "", "## 기초 개념", ""].join("\n");
const OTHER = ["# Other", "", "## Real part", ""].join("\n");
const PLAIN = "# Plain\n\n[x](#a b)\n";

async function until(cond: () => boolean, what: string, ms = 3000): Promise<void> {
	const start = Date.now();
	while (!cond()) {
		if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => window.setTimeout(r, 10));
	}
}

function simpleYaml(yaml: string): unknown {
	const out: Record<string, unknown> = {};
	for (const line of yaml.split("\n")) {
		const m = /^(\w+):\s*\[(.*)\]\s*$/.exec(line);
		if (m) out[m[1]!] = m[2]!.split(",").map((s) => s.trim());
		else {
			const scalar = /^(\w+):\s*(\S.*?)\s*$/.exec(line);
			if (scalar) out[scalar[1]!] = scalar[2]!;
		}
	}
	return out;
}

async function start(extra: Record<string, string> = {}) {
	shim.reset();
	shim.parseYaml = simpleYaml;
	const fake = fakeApp({ "Docker.md": DOCKER, "Other.md": OTHER, "Plain.md": PLAIN, "img/a.png": "", ...extra });
	const plugin = new ContainerNotesPlugin(fake.app, manifest);
	await plugin.onload();
	const shimPlugin = plugin as unknown as { views: Map<string, (leaf: unknown) => unknown>; commands: Array<{ id: string }> };
	return { fake, plugin, shimPlugin };
}

describe("plugin lifecycle", () => {
	it("should register everything in onload and index only when the layout is ready", async () => {
		const { fake, plugin, shimPlugin } = await start();
		expect(shimPlugin.views.has(VIEW_TYPE_PROBLEMS)).toBe(true);
		expect(shimPlugin.commands.map((c) => c.id)).toContain("open-deployment-comparison");
		expect(plugin.canCompare()).toBe(true);
		expect(fake.handlers.filter((h) => h.name.startsWith("vault:") || h.name.startsWith("metadataCache:"))).toHaveLength(0);
		expect(plugin.service.indexed).toBe(false);

		fake.state.layoutReady = true;
		for (const cb of fake.layoutCallbacks) cb();
		expect(fake.handlers.map((h) => h.name).sort()).toEqual(["metadataCache:changed", "vault:create", "vault:delete", "vault:rename"]);
		await until(() => plugin.service.indexed, "the first index");
		const docker = plugin.service.report("Docker.md");
		expect(docker?.isContainerNote).toBe(true);
		expect(docker?.matchedTags).toEqual(["#docker"]);
		expect(docker?.diagnostics.map((d) => d.rule).sort()).toEqual(["heading-missing", "link-unparsed"]);
		expect(plugin.service.report("Plain.md")?.isContainerNote).toBe(false);
		expect(plugin.service.report("Plain.md")?.diagnostics).toEqual([]);
	});

	it("should show the active note in the panel, apply a fix from it, and re-check on events", async () => {
		const { fake, plugin, shimPlugin } = await start();
		fake.state.layoutReady = true;
		for (const cb of fake.layoutCallbacks) cb();
		await until(() => plugin.service.indexed, "the first index");

		const editor = fake.open("Docker.md");
		const leaf = { app: fake.app } as unknown as WorkspaceLeaf;
		const view = shimPlugin.views.get(VIEW_TYPE_PROBLEMS)!(leaf);
		expect(view).toBeInstanceOf(ProblemsView);
		const panel = view as ProblemsView;
		await panel.onOpen();
		const root = panel.contentEl;
		expect(root.querySelector(".container-notes-note-title")?.textContent).toBe("Docker");
		expect(root.querySelector(".container-notes-status")?.textContent).toBe("Container note, tagged #docker");
		expect(Array.from(root.querySelectorAll(".container-notes-vault-name")).map((e) => e.textContent)).toEqual(["Docker"]);

		const item = Array.from(root.querySelectorAll(".container-notes-diagnostic")).find((e) => e.getAttribute("data-rule") === "link-unparsed")!;
		item.querySelector<HTMLButtonElement>(".container-notes-apply-fix")!.click();
		await until(() => editor.text !== DOCKER, "the fix");
		expect(editor.text).toBe(DOCKER.replace("(#개요#기초 개념)", "(#개요#기초%20개념)"));
		expect(editor.transactions).toHaveLength(1);
		await until(() => !(plugin.service.report("Docker.md")?.diagnostics ?? []).some((d) => d.rule === "link-unparsed"), "the re-check");
		panel.render();
		expect(root.querySelector('[data-rule="link-unparsed"]')).toBeNull();
		expect(root.querySelector('[data-rule="heading-missing"]')).not.toBeNull();

		// Renaming the heading the link wants makes the other note's link resolve: only affected notes are re-checked.
		const changed = OTHER.replace("Real part", "Missing part");
		fake.texts.set("Other.md", changed);
		const onChanged = fake.handlers.find((h) => h.name === "metadataCache:changed")!;
		onChanged.cb(new TFile("Other.md"), changed, {});
		await until(() => !(plugin.service.report("Docker.md")?.diagnostics ?? []).some((d) => d.rule === "heading-missing"), "the dependent re-check", 4000);

		// Rename: the report moves with the file; delete: it goes away.
		fake.texts.set("Docker 2.md", fake.texts.get("Docker.md")!);
		fake.texts.delete("Docker.md");
		fake.handlers.find((h) => h.name === "vault:rename")!.cb(new TFile("Docker 2.md"), "Docker.md");
		expect(plugin.service.report("Docker.md")).toBeUndefined();
		expect(plugin.service.report("Docker 2.md")?.isContainerNote).toBe(true);
		fake.texts.delete("Docker 2.md");
		fake.handlers.find((h) => h.name === "vault:delete")!.cb(new TFile("Docker 2.md"));
		expect(plugin.service.report("Docker 2.md")).toBeUndefined();
		await panel.onClose();
		(plugin as unknown as ObsidianPlugin).onunload();
	});

	it("should open a note with the problem selected, reusing its tab when open", async () => {
		const { fake, plugin } = await start();
		fake.state.layoutReady = true;
		for (const cb of fake.layoutCallbacks) cb();
		await until(() => plugin.service.indexed, "the first index");
		const d = plugin.service.report("Docker.md")!.diagnostics.find((x) => x.rule === "heading-missing")!;
		void plugin.actions().reveal("Docker.md", d);
		await until(() => fake.leaves.length === 1, "the note to open");
		const editor = fake.state.activeEditor!;
		await until(() => editor.selection !== null, "the selection");
		expect(editor.getRange(editor.selection!.from, editor.selection!.to)).toBe(DOCKER.slice(d.span.start.offset, d.span.end.offset));
		// Open again: the same tab is reused.
		void plugin.actions().openNote("Docker.md");
		await new Promise((r) => window.setTimeout(r, 20));
		expect(fake.leaves).toHaveLength(1);
		expect(viewStates).toEqual([]);
	});

	it("should switch a note in reading view to editing before selecting the problem", async () => {
		const { fake, plugin } = await start();
		fake.state.layoutReady = true;
		for (const cb of fake.layoutCallbacks) cb();
		await until(() => plugin.service.indexed, "the first index");
		const editor = fake.open("Docker.md", "preview");
		viewStates.length = 0;
		const d = plugin.service.report("Docker.md")!.diagnostics.find((x) => x.rule === "heading-missing")!;
		await plugin.actions().reveal("Docker.md", d);
		// The mode changes, the rest of the state (live preview or source) is kept.
		expect(viewStates).toEqual([{ type: "markdown", state: { mode: "source", source: false } }]);
		expect((fake.leaves[0]!.view as MarkdownView).getMode()).toBe("source");
		expect(editor.getRange(editor.selection!.from, editor.selection!.to)).toBe(DOCKER.slice(d.span.start.offset, d.span.end.offset));
	});

	it("should tell which stored settings were invalid and reset, in the chosen language, once", async () => {
		shim.reset();
		const fake = fakeApp({});
		const plugin = new ContainerNotesPlugin(fake.app, manifest);
		const stored = plugin as unknown as { data: unknown };
		stored.data = { language: "ko", scope: "everything", imageFolder: "../x", rules: { "heading-missing": "loud", "toc-stale": "bad" } };
		await plugin.onload();
		expect(shim.notices).toEqual(["컨테이너 노트: 잘못 저장된 설정을 기본값으로 되돌렸습니다: 이미지 폴더, 범위, 규칙."]);
		expect(plugin.settings.scope).toBe("tagged");
		// The repaired settings were saved: the next start is quiet.
		expect(stored.data).toMatchObject({ language: "ko", scope: "tagged", imageFolder: "/img/이미지 창고", rules: {} });
		shim.notices.length = 0;
		const again = new ContainerNotesPlugin(fake.app, manifest);
		(again as unknown as { data: unknown }).data = stored.data;
		await again.onload();
		expect(shim.notices).toEqual([]);
	});

	it("should switch editor marks by mutating the registered array", async () => {
		const { fake, plugin } = await start();
		const registered = (plugin as unknown as { editorExtensions: unknown[][] }).editorExtensions[0]!;
		expect(registered).toHaveLength(1);
		await plugin.updateSettings({ editorMarks: false });
		expect(registered).toHaveLength(0);
		expect(fake.state.updateOptionsCalls).toBe(1);
		await plugin.updateSettings({ editorMarks: true });
		expect(registered).toHaveLength(1);
		expect(JSON.parse(JSON.stringify((plugin as unknown as { data: unknown }).data))).toMatchObject({ editorMarks: true });
	});

	it("should count, in Check all notes, the container notes and a note whose tags string names one", async () => {
		const { fake, plugin } = await start({ "Comma.md": "---\ntags: Docker, k8s\n---\n[x](#nowhere)\n" });
		fake.state.layoutReady = true;
		for (const cb of fake.layoutCallbacks) cb();
		await until(() => plugin.service.indexed, "the first index");
		expect(plugin.service.report("Comma.md")?.diagnostics.map((d) => d.rule)).toEqual(["tags-comma-string"]);
		await plugin.actions().checkAll();
		expect(shim.notices.at(-1)).toMatch(/^Checked 2 notes: \d+ errors?, 1 warning\.$/);
	});

	it("should export the vault report as Markdown and JSON in the CLI schema", async () => {
		const { fake, plugin } = await start();
		fake.state.layoutReady = true;
		(fake.app.workspace as unknown as { getLeaf: () => unknown }).getLeaf = () => ({ openFile: () => Promise.resolve() });
		for (const cb of fake.layoutCallbacks) cb();
		await until(() => plugin.service.indexed, "the first index");
		await plugin.actions().exportReport();
		const json = JSON.parse(fake.texts.get("container-notes-report.json") ?? "null") as { version: number; summary: { errors: number; notesScanned: number; notesChecked: number }; notes: Array<{ path: string }> };
		expect(json.version).toBe(1);
		expect(json.summary).toMatchObject({ notesScanned: 3, notesChecked: 1 });
		expect(json.notes.map((n) => n.path)).toEqual(["Docker.md"]);
		expect(json.summary.errors).toBeGreaterThan(0);
		expect(fake.texts.get("Container notes report.md")).toContain("Docker.md");
		expect(shim.notices.at(-1)).toMatch(/Report written/);
	});
});

export type { App };
