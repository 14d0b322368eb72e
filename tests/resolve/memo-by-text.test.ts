import { describe, expect, it } from "vitest";
import { memoByText } from "../../src/core/resolve/detach";

describe("memoByText", () => {
	it("computes once per text, on a copy, and starts over at the limit", () => {
		const seen: string[] = [];
		const upper = memoByText((s) => {
			seen.push(s);
			return s.toUpperCase();
		}, 2);
		const note = "# 개요\nabc";
		expect(upper(note.slice(2, 4))).toBe("개요");
		expect(upper("개요")).toBe("개요");
		expect(upper("a")).toBe("A");
		expect(seen).toEqual(["개요", "a"]);
		// Full (2 entries): the third text clears the cache, so "개요" is computed again afterwards.
		expect(upper("b")).toBe("B");
		expect(upper("개요")).toBe("개요");
		expect(seen).toEqual(["개요", "a", "b", "개요"]);
	});
});
