import { describe, expect, it, vi } from "vitest";
import type { Editor, MarkdownView, Plugin as ObsidianPlugin, TFile as ObsidianTFile } from "obsidian";
import { Plugin, TFile } from "../shims/obsidian";
import { COMMAND_IDS, type CommandHost, registerCommands } from "../../src/obsidian/commands";
import type { CheckService } from "../../src/obsidian/check-service";
import type { NoteReport } from "../../src/core/model/diagnostic";
import { en } from "../../src/obsidian/i18n/en";
import { diagAt, emptyApp, manifest, noteReport } from "./fakes";

interface ShimCommand {
	id: string;
	name: string;
	hotkeys?: unknown;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCheckCallback?: (checking: boolean, editor: Editor, ctx: MarkdownView) => boolean | void;
}

const TEXT = "- [a](#A b)\n- [[Nowhere#x]]\n";

function setup() {
	const reports = new Map<string, NoteReport>();
	const service = { progress: null as { done: number; total: number } | null, indexed: false, report: (p: string) => reports.get(p) };
	let active: ObsidianTFile | null = null;
	const host = {
		service: service as unknown as CheckService,
		strings: () => en,
		activeMarkdownFile: () => active,
		checkCurrent: vi.fn(async () => {}),
		checkAll: vi.fn(async () => {}),
		fixAll: vi.fn(async () => {}),
		updateToc: vi.fn(async () => {}),
		openPanel: vi.fn(async () => {}),
		exportReport: vi.fn(async () => {}),
	} satisfies CommandHost;
	const plugin = new Plugin(emptyApp, manifest);
	let scopeAll = false;
	registerCommands(plugin as unknown as ObsidianPlugin, host, () => scopeAll);
	const commands = plugin.commands as ShimCommand[];
	const cmd = (id: string) => commands.find((c) => c.id === id)!;
	const ctx = (path: string) => ({ file: new TFile(path) }) as unknown as MarkdownView;
	const editor = {} as Editor;
	return {
		reports,
		service,
		host,
		commands,
		cmd,
		ctx,
		editor,
		setActive: (p: string | null) => (active = p ? (new TFile(p) as unknown as ObsidianTFile) : null),
		setScopeAll: (v: boolean) => (scopeAll = v),
	};
}

describe("commands", () => {
	it("should register seven commands in sentence case, without hotkeys, plugin id or the word command", () => {
		const { commands } = setup();
		expect(commands.map((c) => c.name)).toEqual([
			"Check current note",
			"Check all container notes",
			"Fix all problems in current note",
			"Update table of contents",
			"Insert table of contents",
			"Open problems panel",
			"Export vault report",
		]);
		for (const c of commands) {
			expect(c.hotkeys).toBeUndefined();
			expect(c.id).not.toMatch(/container-notes|command/);
			expect(c.callback ?? c.checkCallback ?? c.editorCheckCallback).toBeTypeOf("function");
		}
	});

	it("should offer Check current note only with a Markdown note open", () => {
		const s = setup();
		const check = s.cmd(COMMAND_IDS.checkCurrent);
		expect(check.checkCallback!(true)).toBe(false);
		s.setActive("Docker.md");
		expect(check.checkCallback!(true)).toBe(true);
		expect(s.host.checkCurrent).not.toHaveBeenCalled();
		check.checkCallback!(false);
		expect(s.host.checkCurrent).toHaveBeenCalledTimes(1);
	});

	it("should offer Fix all only when the note has a safe fix", () => {
		const s = setup();
		const fixAll = s.cmd(COMMAND_IDS.fixAll);
		expect(fixAll.editorCheckCallback!(true, s.editor, s.ctx("Docker.md"))).toBe(false);
		s.reports.set("Docker.md", noteReport("Docker.md", [diagAt(TEXT, "Nowhere#x", { replace: "Somewhere#x", safe: false })]));
		expect(fixAll.editorCheckCallback!(true, s.editor, s.ctx("Docker.md"))).toBe(false);
		s.reports.set("Docker.md", noteReport("Docker.md", [diagAt(TEXT, "#A b", { replace: "#A%20b" })]));
		expect(fixAll.editorCheckCallback!(true, s.editor, s.ctx("Docker.md"))).toBe(true);
		// Not a container note, but reported all the same (its `tags: Docker, k8s`, which Obsidian
		// does not read): offered, as the panel offers it.
		s.reports.set("Docker.md", noteReport("Docker.md", [diagAt(TEXT, "#A b", { rule: "tags-comma-string", severity: "warning", replace: "#A%20b" })], { isContainerNote: false }));
		expect(fixAll.editorCheckCallback!(true, s.editor, s.ctx("Docker.md"))).toBe(true);
		expect(s.host.fixAll).not.toHaveBeenCalled();
		fixAll.editorCheckCallback!(false, s.editor, s.ctx("Docker.md"));
		expect(s.host.fixAll).toHaveBeenCalledWith("Docker.md");
	});

	it("should offer Update table of contents for a stale TOC and Insert only without one", () => {
		const s = setup();
		const update = s.cmd(COMMAND_IDS.updateToc);
		const insert = s.cmd(COMMAND_IDS.insertToc);
		s.reports.set("A.md", noteReport("A.md", []));
		expect(update.editorCheckCallback!(true, s.editor, s.ctx("A.md"))).toBe(false);
		expect(insert.editorCheckCallback!(true, s.editor, s.ctx("A.md"))).toBe(true);
		// Not a container note (scope: tagged) => not offered; with scope "all" it is.
		s.reports.set("A.md", noteReport("A.md", [], { isContainerNote: false }));
		expect(insert.editorCheckCallback!(true, s.editor, s.ctx("A.md"))).toBe(false);
		s.setScopeAll(true);
		expect(insert.editorCheckCallback!(true, s.editor, s.ctx("A.md"))).toBe(true);
		s.setScopeAll(false);
		s.reports.set("A.md", noteReport("A.md", []));
		s.reports.set("A.md", noteReport("A.md", [diagAt(TEXT, "- [a](#A b)", { rule: "toc-stale", severity: "warning", replace: "- [a](#A%20b)" })]));
		expect(update.editorCheckCallback!(true, s.editor, s.ctx("A.md"))).toBe(true);
		expect(insert.editorCheckCallback!(true, s.editor, s.ctx("A.md"))).toBe(false);
		update.editorCheckCallback!(false, s.editor, s.ctx("A.md"));
		expect(s.host.updateToc).toHaveBeenLastCalledWith("A.md");
		s.reports.set("A.md", noteReport("A.md", []));
		insert.editorCheckCallback!(false, s.editor, s.ctx("A.md"));
		expect(s.host.updateToc).toHaveBeenLastCalledWith("A.md", true);
	});

	it("should offer Check all and Export only when indexing is not running", () => {
		const s = setup();
		const all = s.cmd(COMMAND_IDS.checkAll);
		const exp = s.cmd(COMMAND_IDS.exportReport);
		expect(all.checkCallback!(true)).toBe(true);
		expect(exp.checkCallback!(true)).toBe(false);
		s.service.progress = { done: 1, total: 5 };
		s.service.indexed = true;
		expect(all.checkCallback!(true)).toBe(false);
		expect(exp.checkCallback!(true)).toBe(false);
		s.service.progress = null;
		expect(exp.checkCallback!(true)).toBe(true);
		exp.checkCallback!(false);
		expect(s.host.exportReport).toHaveBeenCalledTimes(1);
		s.cmd(COMMAND_IDS.openPanel).callback!();
		expect(s.host.openPanel).toHaveBeenCalledTimes(1);
	});
});
