/**
 * How heading-missing and block-missing name the target note: its name, or its
 * vault path when several files share the name (Obsidian then picks one of them,
 * which is not always the one the user has in mind).
 */
import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { MemoryVault } from "../../src/core/vault/memory-vault";

async function messages(files: Record<string, string>, path: string): Promise<string[]> {
	const checker = new Checker(new MemoryVault(files), { ...DEFAULT_CHECK_SETTINGS, scope: "all" });
	const report = await checker.checkNote(path);
	return report.diagnostics.map((d) => d.message);
}

describe("target label in messages", () => {
	it("names a note whose name is unique by its name alone", async () => {
		const got = await messages({ "docs/Tags.md": "## Nested tags\n", "src/Source.md": "[[Tags#Missing]] [[Tags#^gone]]\n" }, "src/Source.md");
		expect(got).toEqual(['No heading "#Missing" in Tags', 'No block "^gone" in Tags']);
	});

	it("names the note Obsidian picked by its path when several share the name", async () => {
		// The shortest path wins (no candidate is in the source's folder): km/Plugins/Tags.md, which lacks the heading en/ has.
		const files = {
			"en/Editing and formatting/Tags.md": "## Nested tags\n",
			"km/Plugins/Tags.md": "## ស្លាក\n",
			"en/Bases/Functions.md": "[[Tags#Nested tags|nested tags]] [[Tags#^x]]\n",
		};
		const got = await messages(files, "en/Bases/Functions.md");
		expect(got).toEqual(['No heading "#Nested tags" in km/Plugins/Tags', 'No block "^x" in km/Plugins/Tags']);
	});

	it("says the same in Korean", async () => {
		const checker = new Checker(new MemoryVault({ "a/노트.md": "# 개요\n", "b/c/노트.md": "# 개요\n", "d/원본.md": "[[노트#설치]]\n" }), { ...DEFAULT_CHECK_SETTINGS, scope: "all", language: "ko" });
		const report = await checker.checkNote("d/원본.md");
		expect(report.diagnostics.map((d) => d.message)).toEqual(['a/노트에 "#설치" 제목이 없습니다']);
	});
});
