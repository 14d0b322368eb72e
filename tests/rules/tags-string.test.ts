/**
 * `tags: Docker, k8s` (or `tags: Docker k8s`) is one string of several tags: Obsidian split it
 * before 1.9 and reads no tag from it since. A note that meant to be a container note that
 * way is not one to Obsidian, and so not to us; but it is the note a user most needs told,
 * so tags-comma-string reports it (and only that) even where only container notes are checked.
 */
import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { DEFAULT_CHECK_SETTINGS, type CheckSettings } from "../../src/core/model/settings";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { scanNote } from "../../src/core/scan/scan-note";

const BROKEN = "[x](#nowhere)\n";
const parseFrontMatter = new MemoryVault({}).parseFrontMatter;

async function report(text: string, settings: Partial<CheckSettings> = {}) {
	const checker = new Checker(new MemoryVault({ "a.md": text }), { ...DEFAULT_CHECK_SETTINGS, ...settings });
	const r = await checker.checkNote("a.md");
	return { container: r.isContainerNote, rules: r.diagnostics.map((d) => `${d.span.start.line}:${d.rule}`), messages: r.diagnostics.map((d) => d.message), fixes: r.diagnostics.map((d) => d.fix?.edits[0]?.text ?? null) };
}

describe("tags written as one string", () => {
	it("reads no tag from a string of several, split by commas or spaces", () => {
		for (const value of ["Docker, k8s", "Docker k8s", "'Docker, k8s'", "Docker,k8s"]) {
			const scan = scanNote(`---\ntags: ${value}\n---\n`, { parseFrontMatter });
			expect(scan.tags, value).toEqual([]);
			expect(scan.frontMatterTags.commaString, value).toBe(true);
		}
		expect(scanNote("---\ntags: Docker\n---\n", { parseFrontMatter }).tags.map((t) => t.tag)).toEqual(["#Docker"]);
		expect(scanNote("---\ntags: Docker\n---\n", { parseFrontMatter }).frontMatterTags.commaString).toBe(false);
	});

	it("makes a note that names a watched tag that way get the warning alone, with its fix", async () => {
		expect(await report(`---\ntags: Docker, k8s\n---\n${BROKEN}`)).toEqual({
			container: false,
			rules: ["2:tags-comma-string"],
			messages: ['"tags: Docker, k8s" is one string of several tags, which Obsidian ignores since 1.9'],
			fixes: ["[Docker, k8s]"],
		});
		expect((await report(`---\ntags: container/runtime k8s\n---\n${BROKEN}`)).rules).toEqual(["2:tags-comma-string"]);
		expect((await report(`---\ntags: Docker k8s\n---\n`, { language: "ko" })).messages).toEqual(['"tags: Docker k8s" 값은 여러 태그를 쓴 한 문자열이라 Obsidian 1.9부터 무시됩니다']);
	});

	it("leaves alone such a string without a watched tag, and checks everything where every note is checked", async () => {
		expect((await report(`---\ntags: Daily, bujo\n---\n${BROKEN}`)).rules).toEqual([]);
		expect((await report(`---\ntags: Docker, k8s\n---\n${BROKEN}`, { scope: "all" })).rules).toEqual(["2:tags-comma-string", "4:heading-missing"]);
		// A container note by its body tag: every check, the tags string included.
		expect((await report(`---\ntags: Docker, k8s\n---\n#Docker\n${BROKEN}`)).rules).toEqual(["2:tags-comma-string", "5:heading-missing"]);
	});
});
