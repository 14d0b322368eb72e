import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { MemoryVault } from "../../src/core/vault/memory-vault";

async function unclosed(text: string, language: "en" | "ko" = "en") {
	const checker = new Checker(new MemoryVault({ "a.md": text }), { ...DEFAULT_CHECK_SETTINGS, language });
	return (await checker.checkNote("a.md")).diagnostics.filter((d) => d.rule === "block-unclosed");
}

describe("block-unclosed", () => {
	it("marks the opening delimiter to the end of its line, in plain words", async () => {
		const [d] = await unclosed("#Docker\n# 로그\n본문 %% 숨긴 메모\n[[#없음]]\n");
		expect(d?.severity).toBe("warning");
		expect([d?.span.start.line, d?.span.start.column, d?.span.end.line, d?.span.end.column]).toEqual([3, 4, 3, 12]);
		expect(d?.message).toBe("This comment is never closed: Obsidian reads the rest of the note as a comment, ignoring its links and headings");
		expect(d?.fix).toBeNull();
	});

	it("speaks Korean too, and names a code block as such", async () => {
		const [d] = await unclosed("#Docker\n```bash\ndocker ps\n", "ko");
		expect(d?.message).toBe("코드 블록이 닫히지 않아 Obsidian이 노트의 나머지를 코드로 읽고 그 안의 링크와 제목을 무시합니다");
		expect([d?.span.start.line, d?.span.end.line, d?.span.end.column]).toEqual([2, 2, 8]);
		expect((await unclosed("#Docker\n```bash\ndocker ps\n"))[0]?.message).toMatch(/^This code block is never closed: .* as code,/);
	});

	it("reports nothing for closed blocks, a `$$` left open (Obsidian shows it as text) or an open fence in a closed one", async () => {
		expect(await unclosed("#Docker\n````\n```\n````\n%% a %%\n<!-- b -->\n$$ x\n")).toEqual([]);
	});

	it("can be turned off", async () => {
		const checker = new Checker(new MemoryVault({ "a.md": "#Docker\n```\n" }), { ...DEFAULT_CHECK_SETTINGS, rules: { "block-unclosed": "off" } });
		expect((await checker.checkNote("a.md")).diagnostics).toEqual([]);
	});
});
