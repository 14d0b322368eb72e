/**
 * heading-path-fragile names the heading reached and the parent it really has, with
 * lines: in the seed author's notes the parent usually bears the name of the path's
 * first segment (`#실습#pod-affinity` under the second "실습"), and only the line tells them apart.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { OutlineHeading } from "../../src/core/model/scan";
import { ancestors, resolveHeadingPath } from "../../src/core/resolve/heading-path";
import { Checker } from "../../src/core/check/checker";
import { DEFAULT_CHECK_SETTINGS, type Language } from "../../src/core/model/settings";
import { MemoryVault } from "../../src/core/vault/memory-vault";

const NOTE = ["[파드](#실습#pod-affinity)", "", "# Affinity", "## nodeAffinity", "### 실습", "#### node-affinity", "## podAffinity", "### 실습", "#### pod-affinity", ""].join("\n");

async function fragile(text: string, language: Language): Promise<string[]> {
	const checker = new Checker(new MemoryVault({ "a.md": text }), { ...DEFAULT_CHECK_SETTINGS, scope: "all", language });
	const report = await checker.checkNote("a.md");
	return report.diagnostics.filter((d) => d.rule === "heading-path-fragile").map((d) => d.message);
}

describe("heading-path-fragile message", () => {
	it("gives the line of the namesake parent", async () => {
		expect(await fragile(NOTE, "en")).toEqual(['"#실습#pod-affinity" reaches "pod-affinity" (line 9) only when segments are matched in document order: its parent is "실습" (line 8)']);
		expect(await fragile(NOTE, "ko")).toEqual(['"#실습#pod-affinity" 경로는 문서 순서로 맞출 때만 "pod-affinity"(9행)에 닿습니다: 실제 상위 제목은 "실습"(8행)입니다']);
	});



	it("always has a parent to name: the document-order reading matches at strictly increasing levels", () => {
		// Any outline of headings A, B, C at levels 1-4 and any 1- to 3-segment path: a fragile result has an ancestor.
		let fragileSeen = 0;
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom("A", "B", "C")), { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom("A", "B", "C"), { minLength: 1, maxLength: 3 }), (hs, path) => {
				const headings: OutlineHeading[] = hs.map(([level, text], i) => ({ level: level as OutlineHeading["level"], text, line: i + 1 }));
				const r = resolveHeadingPath(headings, `#${path.join("#")}`);
				if (r.strict !== null || r.ordered === null) return;
				fragileSeen++;
				expect(ancestors(headings, r.ordered)[0]).toBeDefined();
			}),
			{ numRuns: 20000 },
		);
		expect(fragileSeen).toBeGreaterThan(500);
	});
});
