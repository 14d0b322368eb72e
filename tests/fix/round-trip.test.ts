/**
 * A round trip per fix: apply one diagnostic's fix, re-check, and the problem is
 * gone while the text outside the edit is untouched. Then "fix all" reaches a
 * fixpoint: no diagnostic with a safe fix is left and a second run changes nothing.
 */
import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../../src/core/model/diagnostic";
import { Checker } from "../../src/core/check/checker";
import { applyEdits } from "../../src/core/fix/apply";
import { fixtureVault, FIXTURE_SETTINGS } from "../rules/fixture-vault";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { grayMatterParser } from "../../src/cli/frontmatter";

const NOTE = /\.md$/;

describe("fix round trips on the rule fixtures", () => {
	for (const rule of RULE_IDS) {
		it(`${rule}: each fix removes its diagnostic and nothing else changes`, async () => {
			const vault = fixtureVault(rule);
			let fixes = 0;
			for (const path of vault.listFiles().filter((p) => NOTE.test(p))) {
				const text = vault.get(path) ?? "";
				const checker = new Checker(vault, FIXTURE_SETTINGS);
				const before = await checker.checkNote(path, text);
				for (const d of before.diagnostics) {
					if (!d.fix || d.fix.edits.length === 0) continue;
					fixes++;
					const result = applyEdits(text, d.fix.edits);
					expect(result.ok, `${path}: ${d.fix.title}`).toBe(true);
					if (!result.ok) continue;
					const edits = [...d.fix.edits].sort((a, b) => a.span.start.offset - b.span.start.offset);
					const first = edits[0]?.span.start.offset ?? 0;
					const last = edits[edits.length - 1];
					const tail = text.length - (last?.span.end.offset ?? text.length);
					expect(result.text.slice(0, first)).toBe(text.slice(0, first));
					expect(result.text.slice(result.text.length - tail)).toBe(text.slice(text.length - tail));
					const after = await new Checker(vault, FIXTURE_SETTINGS).checkNote(path, result.text);
					const count = (ds: typeof before.diagnostics): number => ds.filter((x) => x.rule === d.rule).length;
					expect(count(after.diagnostics), `${path}: ${d.rule} after "${d.fix.title}"`).toBeLessThan(count(before.diagnostics));
				}
			}
			// Rules without fixes by design.
			const fixless = ["block-missing", "note-missing", "image-outside-folder", "frontmatter-invalid", "block-unclosed"];
			if (!fixless.includes(rule)) expect(fixes).toBeGreaterThan(0);
		});
	}

	for (const rule of RULE_IDS) {
		it(`${rule}: fixing all safe fixes converges and is idempotent`, async () => {
			const vault = fixtureVault(rule);
			for (const path of vault.listFiles().filter((p) => NOTE.test(p))) {
				const checker = new Checker(vault, FIXTURE_SETTINGS);
				const first = await checker.fixNote(path);
				expect(first.report.diagnostics.filter((d) => d.fix?.safe), path).toEqual([]);
				const second = await checker.fixNote(path, first.text);
				expect(second.text).toBe(first.text);
				expect(second.applied).toBe(0);
			}
		});
	}
});

describe("what the fixes write", () => {
	async function fixesOf(rule: string, path: string): Promise<string[]> {
		const vault = fixtureVault(rule);
		const report = await new Checker(vault, FIXTURE_SETTINGS).checkNote(path);
		return report.diagnostics.filter((d) => d.rule === rule && d.fix).map((d) => `${d.fix?.safe ? "safe" : "suggested"}:${d.fix?.edits.map((e) => e.text).join("|")}`);
	}

	it("link-unparsed percent-encodes, or wraps in <> per setting; only a suggestion for a plain link to a missing note", async () => {
		expect(await fixesOf("link-unparsed", "배포 노트.md")).toEqual([
			"safe:#설치%20방법",
			"safe:/img/이미지%20창고/a.png",
			"safe:/img/이미지%20창고/없음.png",
			"safe:#설치%20방벚",
			"safe:#설치%20방법",
			"safe:#설치%20방법",
			// A plain link to a note that does not exist: encoding would make an unreported link to nothing.
			"suggested:나중에%20쓸%20노트",
			"safe:다른%20노트",
		]);
		const vault = fixtureVault("link-unparsed");
		const report = await new Checker(vault, { ...FIXTURE_SETTINGS, linkEncoding: "angle" }).checkNote("배포 노트.md");
		expect(report.diagnostics.find((d) => d.rule === "link-unparsed")?.fix?.edits[0]?.text).toBe("<#설치 방법>");
	});

	it("heading-missing suggests the closest heading, using the parent to pick a 문제점", async () => {
		expect(await fixesOf("heading-missing", "컨테이너 기초.md")).toEqual([
			"suggested:#개요#컨테이너 기술 발전",
			"suggested:#가상화#문제점",
			"suggested:다른 노트#실행하기",
		]);
	});

	it("heading-path-fragile qualifies the path so both readings agree, keeping two segments", async () => {
		expect(await fixesOf("heading-path-fragile", "affinity.md")).toEqual(["safe:#배치#pod-affinity", "safe:#배치#pod-affinity"]);
	});

	it("heading-ambiguous qualifies with the parent of the heading Obsidian opens", async () => {
		expect(await fixesOf("heading-ambiguous", "배포 방식.md")).toEqual([
			"safe:#Traditional Deployment#문제점",
			"safe:#Traditional%20Deployment#문제점",
		]);
	});

	it("image-missing rewrites to the only name variant (safe) or offers the first of several", async () => {
		expect(await fixesOf("image-missing", "이미지.md")).toEqual([
			"safe:Pasted image 1.png",
			"safe:/img/이미지%20창고/Pasted-image-2.png",
			"suggested:/img/이미지%20창고/twin%20a.png",
		]);
	});

	it("path-case-mismatch writes the exact case", async () => {
		expect(await fixesOf("path-case-mismatch", "대소문자.md")).toEqual([
			"safe:/img/이미지%20창고/docker.png",
			"safe:Other%20Note.md#개요",
			"safe:docker.png",
		]);
	});

	it("unicode-normalization writes NFC", async () => {
		const fixes = await fixesOf("unicode-normalization", "정규화.md");
		expect(fixes).toEqual(["safe:컨테이너#소개", "safe:#개요"]);
		for (const f of fixes) expect(f.normalize("NFC")).toBe(f);
	});

	it("tags-comma-string writes a YAML list", async () => {
		expect(await fixesOf("tags-comma-string", "쉼표.md")).toEqual(["safe:[container, docker]"]);
	});

	it("tags-comma-string restates what YAML read: a comment stays a comment, quotes are no part of a tag, spaces split as Obsidian did before 1.9", async () => {
		const fixed = async (line: string) => {
			const text = `---\n${line}\nother: 1\n---\n# x\n`;
			const report = await new Checker(new MemoryVault({ "n.md": text }, grayMatterParser), FIXTURE_SETTINGS).checkNote("n.md");
			const fix = report.diagnostics.find((d) => d.rule === "tags-comma-string")?.fix;
			const out = fix ? applyEdits(text, fix.edits) : null;
			return out?.ok ? out.text.split("\n")[1] : null;
		};
		expect(await fixed("tags: a, b # to sort")).toBe("tags: [a, b] # to sort");
		expect(await fixed('tags: "a, b" # quoted')).toBe("tags: [a, b] # quoted");
		expect(await fixed("tags: 'a, #b'")).toBe("tags: [a, b]");
		expect(await fixed("tags: docker compose, k8s")).toBe("tags: [docker, compose, k8s]");
		expect(await fixed("Tags: 한글, 태그/하위")).toBe("Tags: [한글, 태그/하위]");
		// What YAML reads differs from the line (an escape, a value folded over lines): no fix rather than a wrong one.
		expect(await fixed('tags: "a,\\tb"')).toBeNull();
		expect(await fixed("tags: a,\n  b")).toBeNull();
	});

	it("toc-stale regenerates in the note's style", async () => {
		expect(await fixesOf("toc-stale", "목차.md")).toEqual(["safe:- [개요](#개요)\n\t- [설치](#개요#설치)\n\t- [실행](#개요#실행)"]);
	});
});
