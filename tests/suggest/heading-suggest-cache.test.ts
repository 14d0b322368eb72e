import { describe, expect, it, vi } from "vitest";
import { scanNote } from "../../src/core/scan/scan-note";
import { suggestHeading } from "../../src/core/suggest/heading-suggest";

const headingsOf = (text: string) => scanNote(text).headings;

describe("suggestHeading cache", () => {
	it("never returns a stale suggestion: renaming a heading changes the answer", () => {
		const before = headingsOf("# 개요\n## 설치 방법\n## 실행\n");
		const after = headingsOf("# 개요\n## 배포 절차\n## 실행\n");
		expect(suggestHeading(before, ["설치 방볍"])?.index).toBe(1);
		expect(suggestHeading(after, ["설치 방볍"])).toBeNull();
		// Same texts at another level: the parent context differs, so it is a different key.
		const nested = headingsOf("# 개요\n## 실행\n### 설치 방법\n");
		expect(suggestHeading(nested, ["설치 방볍"])?.index).toBe(2);
		expect(suggestHeading(before, ["설치 방볍"])?.index).toBe(1);
	});

	it("agrees with an uncached computation for every note and path, asked twice", async () => {
		const notes = [
			"# 개요\n## 컨테이너 기술 발전\n### Traditional\n#### 문제점\n### Virtualized\n#### 문제점\n",
			"# 개요\n## 컨테이너 기술 발전\n### Traditional\n#### 문제\n### Virtualized\n#### 문제점\n",
			"# 개요\n# 컨테이너 기술 발전\n### Traditional\n#### 문제점\n### Virtualized\n#### 문제점\n",
		];
		const paths = [["Virtualized", "문제"], ["Traditional", "문제"], ["문제"], ["컨테이너 기술"], ["전혀 다른 것"]];
		for (let round = 0; round < 2; round++) {
			for (const text of notes) {
				for (const segments of paths) {
					vi.resetModules();
					const fresh = (await import("../../src/core/suggest/heading-suggest")).suggestHeading(headingsOf(text), segments);
					expect(suggestHeading(headingsOf(text), segments)).toEqual(fresh);
				}
			}
		}
	});

	it("stays right past its bounds: more outlines than it keeps, and thousands of broken paths in one", () => {
		// 40 outlines (it keeps 32): each asked before and after the others pushed it out.
		const outlines = Array.from({ length: 40 }, (_, i) => headingsOf(`# 개요 ${i}\n## 설치 방법 ${i}\n## 실행\n`));
		for (let round = 0; round < 2; round++) outlines.forEach((hs, i) => expect(suggestHeading(hs, [`설치 방볍 ${i}`])?.index).toBe(1));
		// 9,000 distinct broken paths in one outline (it keeps 8,192 answers in all).
		const big = headingsOf("# 개요\n## 설치 방법\n## 실행\n");
		for (let i = 0; i < 9000; i++) suggestHeading(big, [`없는 제목 ${i}`]);
		expect(suggestHeading(big, ["설치 방볍"])?.index).toBe(1);
		expect(suggestHeading(big, ["실행"])?.index).toBe(2);
	});

	it("hands out copies: changing a returned suggestion does not change the next one", () => {
		const headings = headingsOf("# 개요\n## 설치 방법\n");
		const first = suggestHeading(headings, ["설치 방볍"]);
		expect(first).not.toBeNull();
		if (first) first.index = 99;
		expect(suggestHeading(headings, ["설치 방볍"])?.index).toBe(1);
	});
});
