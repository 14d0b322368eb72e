/**
 * Notes written for GitHub link headings by GitHub's anchors (`#day-1---docker-기초`), which
 * Obsidian does not resolve: heading-missing says which heading the anchor stands for, and
 * suggests the link Obsidian reads. 255 such links are in the Korean DevOps corpus.
 */
import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { DEFAULT_CHECK_SETTINGS, type Language } from "../../src/core/model/settings";
import { githubAnchor } from "../../src/core/resolve/heading-normalize";
import { MemoryVault } from "../../src/core/vault/memory-vault";

// Links in prose: the same lines as list items would be a table of contents, whose stale entries toc-stale reports instead.
const NOTE = [
	"See [Day 2](#day-2---이미지--mysql).",
	"See [배포](#-배포).",
	"See [아키텍처](#️-아키텍처).",
	"See [두 번째 설정](#1-hostname-설정-1).",
	"See [삭제](#-삭제).",
	"See [Upper](#Day-2---이미지--mysql).",
	"",
	"## Day 2 - 이미지 & MySQL",
	"## 🚀 배포",
	"## 🏗️ 아키텍처",
	"### 1. hostname 설정",
	"### 1. hostname 설정",
	"## 🧹 리소스 삭제",
].join("\n");

async function diagnostics(language: Language = "en") {
	const checker = new Checker(new MemoryVault({ "a.md": NOTE }), { ...DEFAULT_CHECK_SETTINGS, scope: "all", language });
	return (await checker.checkNote("a.md")).diagnostics.filter((d) => d.rule === "heading-missing");
}

describe("GitHub anchors", () => {
	it("are GitHub's: lower case, spaces as hyphens, punctuation, symbols and emoji dropped", () => {
		expect(githubAnchor("Day 2 - 이미지 & MySQL")).toBe("day-2---이미지--mysql");
		expect(githubAnchor("Hello, World!")).toBe("hello-world");
		expect(githubAnchor("snake_case and C++")).toBe("snake_case-and-c");
		expect(githubAnchor("⚠️ 트러블슈팅")).toBe("-트러블슈팅");
		expect(githubAnchor("Ünïcödé")).toBe("ünïcödé");
		// An anchor that kept the emoji (some TOC tools) maps to the heading's GitHub anchor too.
		expect(githubAnchor("🗄️-개요")).toBe(githubAnchor("🗄️ 개요"));
	});

	it("are named in the message, with the heading they stand for as the suggestion (the second of two same headings for `-1`)", async () => {
		const got = await diagnostics();
		expect(got.map((d) => [d.span.start.line, d.message, d.suggestion])).toEqual([
			[1, 'No heading "#day-2---이미지--mysql" in this note: it is a GitHub-style anchor for the heading "Day 2 - 이미지 & MySQL", but Obsidian links a heading by its text', 'Did you mean "#Day 2 - 이미지 & MySQL"?'],
			[2, 'No heading "#-배포" in this note: it is a GitHub-style anchor for the heading "🚀 배포", but Obsidian links a heading by its text', 'Did you mean "#🚀 배포"?'],
			[3, 'No heading "#️-아키텍처" in this note: it is a GitHub-style anchor for the heading "🏗️ 아키텍처", but Obsidian links a heading by its text', 'Did you mean "#🏗️ 아키텍처"?'],
			// The second of two same headings under one parent: no link in Obsidian reaches it.
			[4, 'No heading "#1-hostname-설정-1" in this note: it is a GitHub-style anchor for the heading "1. hostname 설정", but Obsidian links a heading by its text', "No link can tell them apart; rename one of the headings"],
			// No heading has that anchor, and an anchor is never upper case: plain messages.
			[5, 'No heading "#-삭제" in this note', 'Did you mean "#🧹 리소스 삭제"?'],
			[6, 'No heading "#Day-2---이미지--mysql" in this note', 'Did you mean "#Day 2 - 이미지 & MySQL"?'],
		]);
		expect(got[0]?.fix?.safe).toBe(false);
		expect(got[0]?.fix?.edits[0]?.text).toBe("#Day%202%20-%20이미지%20&%20MySQL");
	});

	it("are named in Korean", async () => {
		const got = await diagnostics("ko");
		expect(got[0]?.message).toBe('이 노트에 "#day-2---이미지--mysql" 제목이 없습니다: "Day 2 - 이미지 & MySQL" 제목의 GitHub식 앵커이지만, Obsidian은 제목을 텍스트 그대로 연결합니다');
	});
});
