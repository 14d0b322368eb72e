/**
 * image-outside-folder is off in a vault that has no file under the image folder: the
 * default folder is the seed author's, and elsewhere every image would be reported.
 */
import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { DEFAULT_CHECK_SETTINGS, type CheckSettings } from "../../src/core/model/settings";
import { MemoryVault } from "../../src/core/vault/memory-vault";

async function outside(files: Record<string, string>, settings: Partial<CheckSettings> = {}): Promise<number> {
	const checker = new Checker(new MemoryVault(files), { ...DEFAULT_CHECK_SETTINGS, scope: "all", ...settings });
	const report = await checker.checkVault();
	return report.notes.flatMap((n) => n.diagnostics).filter((d) => d.rule === "image-outside-folder").length;
}

const NOTE = { "n.md": "#docker\n![[a.png]]\n", "attachments/a.png": "" };

describe("image-outside-folder and the image folder's presence", () => {
	it("is quiet when the vault has no image folder, and reports once it has one", async () => {
		expect(await outside(NOTE)).toBe(0);
		expect(await outside({ ...NOTE, "img/이미지 창고/b.png": "" })).toBe(1);
	});

	it("finds the folder through the site root, and under an NFD name", async () => {
		expect(await outside({ ...NOTE, "static/img/이미지 창고/b.png": "" })).toBe(0);
		expect(await outside({ ...NOTE, "static/img/이미지 창고/b.png": "" }, { siteRoot: "static" })).toBe(1);
		expect(await outside({ ...NOTE, ["img/이미지 창고/b.png".normalize("NFD")]: "" })).toBe(1);
	});

	it("follows a settings change at the next vault check", async () => {
		const checker = new Checker(new MemoryVault({ ...NOTE, "pictures/b.png": "" }), { ...DEFAULT_CHECK_SETTINGS, scope: "all" });
		const count = async () => (await checker.checkVault()).notes.flatMap((n) => n.diagnostics).filter((d) => d.rule === "image-outside-folder").length;
		expect(await count()).toBe(0);
		checker.updateSettings({ ...DEFAULT_CHECK_SETTINGS, scope: "all", imageFolder: "/pictures" });
		expect(await count()).toBe(1);
		checker.updateSettings({ ...DEFAULT_CHECK_SETTINGS, scope: "all", imageFolder: "/attachments" });
		expect(await count()).toBe(0);
	});
});
