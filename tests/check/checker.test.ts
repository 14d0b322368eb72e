import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { DEFAULT_CHECK_SETTINGS, type CheckSettings } from "../../src/core/model/settings";
import type { NoteOutline } from "../../src/core/model/vault";

const S: CheckSettings = DEFAULT_CHECK_SETTINGS;

function rules(report: { diagnostics: { rule: string }[] }): string[] {
	return report.diagnostics.map((d) => d.rule);
}

describe("Checker: scope, severity, languages", () => {
	const files = {
		"도커.md": "#Docker\n[[네트워크#브리지]]\n[[네트워크#없음]]\n",
		"네트워크.md": "# 브리지\n",
		"메모.md": "[[#없는 제목]]\n",
	};

	it("checks container notes only, unless scope is all", async () => {
		const tagged = await new Checker(new MemoryVault(files), S).checkVault();
		expect(tagged.notesScanned).toBe(3);
		expect(tagged.notesChecked).toBe(1);
		expect(tagged.notes.find((n) => n.path === "도커.md")?.diagnostics.map((d) => d.rule)).toEqual(["heading-missing"]);
		expect(tagged.notes.find((n) => n.path === "메모.md")?.diagnostics).toEqual([]);
		const all = await new Checker(new MemoryVault(files), { ...S, scope: "all" }).checkVault();
		expect(all.notesChecked).toBe(3);
		expect(rules(all.notes.find((n) => n.path === "메모.md") ?? { diagnostics: [] })).toEqual(["heading-missing"]);
	});

	it("honours per-rule severity and off", async () => {
		const warn = await new Checker(new MemoryVault(files), { ...S, rules: { "heading-missing": "warning" } }).checkNote("도커.md");
		expect(warn.diagnostics[0]?.severity).toBe("warning");
		const off = await new Checker(new MemoryVault(files), { ...S, rules: { "heading-missing": "off" } }).checkNote("도커.md");
		expect(off.diagnostics).toEqual([]);
	});

	it("speaks Korean when asked", async () => {
		const ko = await new Checker(new MemoryVault(files), { ...S, language: "ko" }).checkNote("도커.md");
		expect(ko.diagnostics[0]?.message).toBe('네트워크에 "#없음" 제목이 없습니다');
		expect(ko.diagnostics[0]?.suggestion).toBe("비슷한 제목을 찾지 못했습니다");
	});

	it("uses the host's outline when it has one", async () => {
		const vault = new MemoryVault(files);
		const outline = (path: string): NoteOutline | null => (path === "네트워크.md" ? { headings: [], blockIds: [] } : null);
		const host = Object.assign(vault, { outline });
		const report = await new Checker(host, S).checkNote("도커.md");
		expect(rules(report)).toEqual(["heading-missing", "heading-missing"]);
	});
});

describe("Checker: hostile files", () => {
	it("skips binary notes and notes over the size limit with a reason", async () => {
		const vault = new MemoryVault({ "bin.md": "PNG\u0000\u0001\u0002#Docker", "big.md": "#Docker\n" + "가".repeat(400), "ok.md": "#Docker\n" });
		const report = await new Checker(vault, { ...S, maxNoteBytes: 1000 }).checkVault();
		const byPath = new Map(report.notes.map((n) => [n.path, n]));
		expect(byPath.get("bin.md")?.skipped).toBe("Skipped: binary content");
		expect(byPath.get("big.md")?.skipped).toMatch(/^Skipped: 1208 bytes, over the 1000-byte limit$/);
		expect(byPath.get("ok.md")?.skipped).toBeNull();
		expect(report.notesScanned).toBe(1);
	});

	it("reports an unreadable note as skipped, never throws", async () => {
		const vault = new MemoryVault({ "a.md": "#Docker\n" });
		const report = await new Checker(vault, S).checkNote("gone.md");
		expect(report.skipped).toMatch(/^Skipped: unreadable/);
	});

	it("reports progress and yields every 50 notes", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 120; i++) files[`n${i}.md`] = `#Docker\n# 제목 ${i}\n[[n${(i + 1) % 120}#제목 ${(i + 1) % 120}]]\n`;
		const progress: number[] = [];
		let yields = 0;
		const report = await new Checker(new MemoryVault(files), S).checkVault({
			onProgress: (done, total) => {
				expect(total).toBe(120);
				progress.push(done);
			},
			yieldControl: () => {
				yields++;
				return Promise.resolve();
			},
		});
		expect(progress).toEqual([50, 100, 120]);
		expect(yields).toBe(2);
		expect(report.notes.every((n) => n.diagnostics.length === 0)).toBe(true);
	});

	it("refuses to fix a note that changed after it was checked", async () => {
		const vault = new MemoryVault({ "a.md": "#Docker\n- [a](#가 나)\n\n# 가 나\n" });
		const checker = new Checker(vault, S);
		const fixed = await checker.fixNote("a.md");
		expect(fixed.text).toBe("#Docker\n- [a](#가%20나)\n\n# 가 나\n");
		vault.set("a.md", "#Docker\n사용자가 고쳤다\n");
		expect(await vault.replaceIfUnchanged("a.md", fixed.original, fixed.text)).toBe(false);
		expect(vault.get("a.md")).toBe("#Docker\n사용자가 고쳤다\n");
	});
});

describe("Checker: incremental", () => {
	function vault(): MemoryVault {
		return new MemoryVault({
			"A.md": "#Docker\n[[B#설치]]\n![[그림.png]]\n",
			"B.md": "#Docker\n# 설치\n[[C]]\n",
			"C.md": "#Docker\n# 소개\n",
			"D.md": "#Docker\n본문\n",
		});
	}

	it("editing a note's body returns only itself; editing its headings adds its dependents", async () => {
		const checker = new Checker(vault(), S);
		await checker.checkVault();
		expect(checker.noteChanged("B.md", "#Docker\n# 설치\n[[C]]\n더 쓴 본문\n")).toEqual(["B.md"]);
		expect(checker.noteChanged("B.md", "#Docker\n# 설치하기\n[[C]]\n").sort()).toEqual(["A.md", "B.md"]);
		expect(checker.noteChanged("C.md", "#Docker\n# 개요\n")).toEqual(["C.md"]);
		expect(checker.noteChanged("D.md", "#Docker\n# 새 제목\n")).toEqual(["D.md"]);
	});

	it("any change other notes' links can see adds the dependents: a level, a heading more, a block id, a heading's line (their messages name it); a block id's line does not", async () => {
		const checker = new Checker(vault(), S);
		await checker.checkVault();
		const edits: [string, string[]][] = [
			["#Docker\n\n\n# 설치\n[[C]]\n", ["A.md", "B.md"]],
			["#Docker\n## 설치\n[[C]]\n", ["A.md", "B.md"]],
			["#Docker\n## 설치\n[[C]]\n", ["B.md"]],
			["#Docker\n## 설치\n## 설치\n[[C]]\n", ["A.md", "B.md"]],
			["#Docker\n## 설치\n## 설치\n[[C]] ^a\n", ["A.md", "B.md"]],
			["#Docker\n## 설치\n## 설치\n[[C]] ^b\n", ["A.md", "B.md"]],
			["#Docker\n## 설치\n## 설치\n\n[[C]] ^b\n", ["B.md"]],
		];
		for (const [text, affected] of edits) expect(checker.noteChanged("B.md", text).sort()).toEqual(affected);
	});

	it("checkNote without text re-reads the note itself", async () => {
		const v = vault();
		const checker = new Checker(v, S);
		await checker.checkVault();
		v.set("D.md", "#Docker\n[[#없는 제목]]\n");
		expect(rules(await checker.checkNote("D.md"))).toEqual(["heading-missing"]);
	});

	it("re-checked dependents see the change", async () => {
		const v = vault();
		const checker = new Checker(v, S);
		await checker.checkVault();
		v.set("B.md", "#Docker\n# 설치하기\n");
		const affected = checker.noteChanged("B.md", "#Docker\n# 설치하기\n");
		expect(affected).toContain("A.md");
		expect(rules(await checker.checkNote("A.md"))).toEqual(["heading-missing", "image-missing"]);
	});

	it("file events return the notes whose links may now resolve differently", async () => {
		const v = vault();
		const checker = new Checker(v, S);
		await checker.checkVault();
		v.set("img/이미지 창고/그림.png", "");
		expect(checker.fileCreated("img/이미지 창고/그림.png")).toEqual(["A.md"]);
		expect(rules(await checker.checkNote("A.md"))).toEqual([]);
		expect(checker.fileRenamed("C.md", "docs/C2.md").sort()).toEqual(["B.md", "docs/C2.md"]);
		expect(checker.fileDeleted("B.md")).toEqual(["A.md"]);
		expect(checker.fileCreated("Pasted image 1.png")).toEqual([]);
	});
});
