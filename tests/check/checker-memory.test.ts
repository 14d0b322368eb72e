import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { EveryNoteDependents } from "../../src/core/check/dependencies";
import { HeldTextReadAhead } from "../../src/core/check/read-ahead";
import { scanOutline } from "../../src/core/scan/scan-note";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";

// checkVault drops note texts and reduces link targets read ahead of their turn to outlines;
// these pin down that nothing observable changes because of it.
describe("Checker keeps outlines, not texts", () => {
	const notes = {
		"a.md": "#Docker\n# 하나\n[[z#둘]] [[z#없음]] [[z#^blk]]\n",
		"m.md": "#Docker\n## 셋\n[[a#하나]]\n",
		"z.md": "#Docker\n# 둘 with a long heading text\n## 둘\nline ^blk\n[[#셋]]\n",
	};

	it("reports a target read before its own turn like any other note", async () => {
		const checker = new Checker(new MemoryVault(notes), DEFAULT_CHECK_SETTINGS);
		const report = await checker.checkVault();
		const byPath = new Map(report.notes.map((n) => [n.path, n.diagnostics.map((d) => d.rule)]));
		expect(byPath.get("a.md")).toEqual(["heading-missing"]);
		expect(byPath.get("m.md")).toEqual([]);
		// z.md was scanned as a target of a.md first; its own check still sees its text.
		expect(byPath.get("z.md")).toEqual(["heading-missing"]);
		expect(report.notesScanned).toBe(3);
	});

	it("checks the same text again after a vault run, and sees an edit", async () => {
		const vault = new MemoryVault(notes);
		const checker = new Checker(vault, DEFAULT_CHECK_SETTINGS);
		await checker.checkVault();
		expect((await checker.checkNote("z.md")).diagnostics.map((d) => d.rule)).toEqual(["heading-missing"]);
		const edited = "#Docker\n# 하나\n[[z#둘]]\n";
		expect(checker.noteChanged("a.md", edited)).toContain("a.md");
		expect((await checker.checkNote("a.md", edited)).diagnostics).toEqual([]);
		// A second run gives the first run's answers.
		const again = await checker.checkVault();
		expect(again.notes.map((n) => n.diagnostics.length)).toEqual([1, 0, 1]);
	});

	it("a target's headings changed by noteChanged reach the notes linking to it", async () => {
		const checker = new Checker(new MemoryVault(notes), DEFAULT_CHECK_SETTINGS);
		await checker.checkVault();
		const affected = checker.noteChanged("a.md", "#Docker\n# 바뀜\n");
		expect(affected).toContain("m.md");
		expect((await checker.checkNote("m.md")).diagnostics.map((d) => d.rule)).toEqual(["heading-missing"]);
	});

	it("outlines link targets read ahead with the given outliner, with the same reports", async () => {
		const plain = await new Checker(new MemoryVault(notes), DEFAULT_CHECK_SETTINGS).checkVault();
		const outlined: string[] = [];
		const checker = new Checker(new MemoryVault(notes), DEFAULT_CHECK_SETTINGS, {
			readAhead: new HeldTextReadAhead((text) => {
				outlined.push(text);
				return scanOutline(text);
			}),
		});
		expect(await checker.checkVault()).toEqual(plain);
		// Checked in path order a, m, z: z.md is read ahead as a target of a.md; a.md (target of m.md) had its turn.
		expect(outlined).toEqual([notes["z.md"]]);
	});

	it("keeps the text of a target read ahead for its turn, within the budget", async () => {
		const plain = await new Checker(new MemoryVault(notes), DEFAULT_CHECK_SETTINGS).checkVault();
		for (const [budget, reads] of [[undefined, ["a.md", "z.md", "m.md"]], [10, ["a.md", "z.md", "m.md", "z.md"]]] as const) {
			const vault = new MemoryVault(notes);
			const read: string[] = [];
			const readNote = vault.readNote.bind(vault);
			vault.readNote = (path) => {
				read.push(path);
				return readNote(path);
			};
			const checker = new Checker(vault, DEFAULT_CHECK_SETTINGS, { readAhead: new HeldTextReadAhead(scanOutline, budget) });
			expect(await checker.checkVault()).toEqual(plain);
			// z.md, read ahead for a.md, is read again at its turn only when its text was over the budget.
			expect(read).toEqual(reads);
			// The next run reads every note once more, z.md again ahead of its turn (it may have changed since the last run).
			read.length = 0;
			expect(await checker.checkVault()).toEqual(plain);
			expect(read).toEqual(reads);
		}
	});

	it("a target read ahead, then checked in its turn, answers later links from the text of that run", async () => {
		const vault = new MemoryVault({ ...notes, "zz.md": "#Docker\n[[z#둘]] [[z#바뀐]]\n" });
		const checker = new Checker(vault, DEFAULT_CHECK_SETTINGS, { readAhead: new HeldTextReadAhead() });
		// Broken links of each note, as "line:column".
		const broken = async () => (await checker.checkVault()).notes.map((n) => n.diagnostics.map((d) => `${d.span.start.line}:${d.span.start.column}`));
		// zz.md (after z.md's turn) sees z.md's outline: 둘 exists, 바뀐 does not.
		expect(await broken()).toEqual([["3:9"], [], ["5:1"], ["2:9"]]);
		// z.md changes on disk between runs: the next run must not answer from the first run's outline.
		vault.set("z.md", "#Docker\n# 바뀐\nline ^blk\n");
		expect(await broken()).toEqual([["3:1", "3:9"], [], [], ["2:1"]]);
	});

	it("without a dependents index gives the same reports, and events answer with every note", async () => {
		const tracked = await new Checker(new MemoryVault(notes), DEFAULT_CHECK_SETTINGS).checkVault();
		const checker = new Checker(new MemoryVault(notes), DEFAULT_CHECK_SETTINGS, { dependents: (notes) => new EveryNoteDependents(notes) });
		const report = await checker.checkVault();
		expect(report).toEqual(tracked);
		// Broad but never wrong: a one-shot checker cannot know who depends on what.
		expect(checker.noteChanged("a.md", "#Docker\n# 바뀜\n").sort()).toEqual(["a.md", "m.md", "z.md"]);
		expect(checker.fileDeleted("z.md").sort()).toEqual(["a.md", "m.md"]);
		// m.md links to a.md's old heading: re-checked, it sees the edit.
		expect((await checker.checkNote("m.md")).diagnostics.map((d) => d.rule)).toEqual(["heading-missing"]);
	});
});
