import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { hintBudget } from "../../src/core/suggest/hint-budget";
import { en } from "../../src/core/i18n/en";
import { ko } from "../../src/core/i18n/ko";

describe("hintBudget", () => {
	it("gives units while they last, then refuses every later request", () => {
		const take = hintBudget(100);
		expect(take(60)).toBe(true);
		expect(take(40)).toBe(true);
		expect(take(1)).toBe(false);
		const other = hintBudget(100);
		expect(other(60)).toBe(true);
		expect(other(60)).toBe(false);
		// 40 were left, but after a refusal nothing is given: no hints here and there.
		expect(other(10)).toBe(false);
	});
});

describe("the hint budget of a note check", () => {
	// 20 headings in the target; each broken heading link costs 20 comparisons, each broken block link 5 per id.
	const target = Array.from({ length: 20 }, (_, i) => `## 설치 단계 ${i}\n\nstep ^blk-${i}\n`).join("\n");
	const source = "#Docker\n" + Array.from({ length: 10 }, (_, i) => `[[Target#설치 단게 ${i}]] [[Target#^blk-${i}x]]`).join("\n") + "\n";
	const notes = { "Target.md": target, "Source.md": source };

	async function suggestions(options: { hintBudget?: number }, language: "en" | "ko" = "en"): Promise<string[]> {
		const checker = new Checker(new MemoryVault(notes), { ...DEFAULT_CHECK_SETTINGS, language }, options);
		const report = await checker.checkNote("Source.md");
		return report.diagnostics.map((d) => `${d.rule}: ${d.suggestion ?? "-"}`);
	}

	it("suggests for every broken link while the budget lasts (the default is far above this note)", async () => {
		const all = await suggestions({});
		expect(all).toHaveLength(20);
		expect(all[0]).toBe('heading-missing: Did you mean "#설치 단계 0"?');
		expect(all[1]).toBe('block-missing: Did you mean "#^blk-0"?');
		expect(all.filter((s) => s?.includes("Did you mean"))).toHaveLength(20);
	});

	it("still reports every link past the budget, and says why it has no suggestion", async () => {
		// Rules run one after another: the heading links spend first (20 each), then the block links (100 each).
		const bounded = await suggestions({ hintBudget: 150 });
		expect(bounded).toHaveLength(20);
		const headings = bounded.filter((s) => s.startsWith("heading-missing"));
		expect(headings.slice(0, 7).every((s) => s.includes("Did you mean"))).toBe(true);
		expect(headings.slice(7)).toEqual(Array(3).fill(`heading-missing: ${en.hintsNotCompared()}`));
		expect(bounded.filter((s) => s.startsWith("block-missing"))).toEqual(Array(10).fill(`block-missing: ${en.hintsNotCompared()}`));
		// With enough for the heading links, the block links spend the rest: two of them (200 + 2 x 100).
		const more = (await suggestions({ hintBudget: 499 })).filter((s) => s.startsWith("block-missing"));
		expect(more.slice(0, 2).every((s) => s.includes("Did you mean"))).toBe(true);
		expect(more.slice(2)).toEqual(Array(8).fill(`block-missing: ${en.hintsNotCompared()}`));
		// The same report again: the bound counts comparisons (cached answers too), not time.
		expect(await suggestions({ hintBudget: 150 })).toEqual(bounded);
		expect((await suggestions({ hintBudget: 0 }, "ko"))[0]).toBe(`heading-missing: ${ko.hintsNotCompared()}`);
	});
});
