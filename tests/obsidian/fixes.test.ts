// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { CheckService } from "../../src/obsidian/check-service";
import { FixRunner, selectSafeEdits } from "../../src/obsidian/fixes";
import { ObsidianVault } from "../../src/obsidian/obsidian-vault";
import { en } from "../../src/obsidian/i18n/en";
import { renderPanel } from "../../src/obsidian/panel/render-panel";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { fakeApp, spaceChecker } from "./fakes";

const NOTE = "# 개요\n\n- [개요](#개요 상세)\n- [[Nowhere#x]]\n- [b](#Part B)\n";

function setup(files: Record<string, string> = { "Docker.md": NOTE }) {
	const fake = fakeApp(files);
	const vault = new ObsidianVault(fake.app);
	const checker = spaceChecker((p) => vault.readNote(p));
	const service = new CheckService(vault, () => DEFAULT_CHECK_SETTINGS, () => checker);
	const runner = new FixRunner(fake.app, service);
	return { fake, vault, checker, service, runner };
}

describe("applying fixes", () => {
	it("should apply a clicked fix in the open note through one editor transaction", async () => {
		const { fake, service, runner } = setup();
		const editor = fake.open("Docker.md");
		const report = await service.checkNote("Docker.md");
		expect(report?.diagnostics).toHaveLength(3);

		const root = createDiv();
		const done: Array<Promise<unknown>> = [];
		renderPanel(
			root,
			{ active: { kind: "report", path: "Docker.md", report: report!, scopeAll: false, canUpdateToc: false }, vault: { progress: null, rows: [] }, canCompare: false },
			en,
			{ applyFix: (p, d) => done.push(runner.applyFix(p, d)), reveal() {}, fixAll() {}, updateToc() {}, openComparison() {}, openNote() {} },
		);
		root.querySelector<HTMLButtonElement>(".container-notes-apply-fix")?.click();
		await Promise.all(done);

		expect(editor.text).toBe("# 개요\n\n- [개요](#개요%20상세)\n- [[Nowhere#x]]\n- [b](#Part B)\n");
		expect(editor.transactions).toHaveLength(1);
		expect(fake.state.processCalls).toBe(0);
		// The report was refreshed from the editor's text.
		expect(service.report("Docker.md")?.diagnostics).toHaveLength(2);
	});

	it("should find the same fix again when the editor text moved on since the check", async () => {
		const { fake, service, runner } = setup();
		const editor = fake.open("Docker.md");
		const report = await service.checkNote("Docker.md");
		editor.text = "Typed first.\n" + editor.text;
		const outcome = await runner.applyFix("Docker.md", report!.diagnostics[0]!);
		expect(outcome).toEqual({ ok: true, applied: 1 });
		expect(editor.text).toBe("Typed first.\n# 개요\n\n- [개요](#개요%20상세)\n- [[Nowhere#x]]\n- [b](#Part B)\n");
	});

	it("should refuse when the fixed text itself was edited away, and write nothing", async () => {
		const { fake, service, runner } = setup();
		const editor = fake.open("Docker.md");
		const report = await service.checkNote("Docker.md");
		editor.text = editor.text.replace("#개요 상세", "#개요");
		const before = editor.text;
		const outcome = await runner.applyFix("Docker.md", report!.diagnostics[0]!);
		expect(outcome.ok).toBe(false);
		expect(editor.text).toBe(before);
		expect(editor.transactions).toHaveLength(0);
	});

	it("should apply a fix to a background note through vault.process", async () => {
		const { fake, service, runner } = setup();
		const report = await service.checkNote("Docker.md");
		const outcome = await runner.applyFix("Docker.md", report!.diagnostics.find((d) => d.rule === "heading-missing")!);
		expect(outcome).toEqual({ ok: true, applied: 1 });
		expect(fake.texts.get("Docker.md")).toBe(NOTE.replace("Nowhere#x", "Somewhere#x"));
		expect(fake.state.processCalls).toBe(1);
	});

	it("should refuse a background fix when the file changed after it was checked, even if the span still matches", async () => {
		const { fake, service, runner } = setup();
		const report = await service.checkNote("Docker.md");
		const changed = NOTE + "\nA line added elsewhere.\n";
		fake.texts.set("Docker.md", changed);
		const outcome = await runner.applyFix("Docker.md", report!.diagnostics[0]!);
		expect(outcome).toEqual({ ok: false, reason: "changed" });
		expect(fake.texts.get("Docker.md")).toBe(changed);
	});

	it("should apply every safe fix and leave suggestions alone with Fix all (editor and background)", async () => {
		const expected = "# 개요\n\n- [개요](#개요%20상세)\n- [[Nowhere#x]]\n- [b](#Part%20B)\n";
		const a = setup();
		const editor = a.fake.open("Docker.md");
		await a.service.checkNote("Docker.md");
		expect(await a.runner.fixAll("Docker.md")).toEqual({ ok: true, applied: 2 });
		expect(editor.text).toBe(expected);
		expect(editor.transactions).toHaveLength(1);

		const b = setup();
		expect(await b.runner.fixAll("Docker.md")).toEqual({ ok: true, applied: 2 });
		expect(b.fake.texts.get("Docker.md")).toBe(expected);
		expect(await b.runner.fixAll("Docker.md")).toEqual({ ok: true, applied: 0 });
		expect(b.fake.texts.get("Docker.md")).toBe(expected);
	});

	it("should never select overlapping safe edits", () => {
		const text = "abcdef";
		const span = (s: number, e: number) => ({ start: { line: 1, column: s + 1, offset: s }, end: { line: 1, column: e + 1, offset: e } });
		const mk = (s: number, e: number, t: string) => ({
			rule: "link-unparsed" as const,
			severity: "error" as const,
			path: "a.md",
			span: span(s, e),
			message: "m",
			suggestion: null,
			fix: { title: t, safe: true, edits: [{ span: span(s, e), expected: text.slice(s, e), text: t }] },
		});
		const { edits, count } = selectSafeEdits(text, [mk(5, 6, "Z"), mk(0, 3, "X"), mk(2, 5, "Y")]);
		expect(count).toBe(2);
		expect(edits.map((e) => e.text)).toEqual(["X", "Z"]);
		// The same edit twice counts once; two insertions at one offset collide; a stale expected text is refused.
		const again = selectSafeEdits(text, [mk(0, 3, "X"), mk(0, 3, "X"), mk(4, 4, "a"), mk(4, 4, "b"), { ...mk(3, 4, "Q"), fix: { title: "Q", safe: true, edits: [{ span: span(3, 4), expected: "z", text: "Q" }] } }]);
		expect(again.count).toBe(3);
		expect(again.edits.map((e) => e.text)).toEqual(["X", "a"]);
		// A fix is taken whole or not at all.
		const multi = { ...mk(1, 2, "1"), fix: { title: "two", safe: true, edits: [{ span: span(1, 2), expected: "b", text: "1" }, { span: span(4, 6), expected: "ef", text: "2" }] } };
		const whole = selectSafeEdits(text, [mk(5, 6, "Z"), multi]);
		expect(whole.edits.map((e) => e.text)).toEqual(["Z"]);
		expect(whole.count).toBe(1);
	});
});
