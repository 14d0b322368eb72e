import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detach } from "../../src/core/resolve/detach";

describe("detach", () => {
	it("returns an equal string, for any string (empty, astral, long slices)", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.nat(5), (s, cut) => {
				expect(detach(s.slice(cut))).toBe(s.slice(cut));
			}),
		);
		const note = "# 개요\n" + "x".repeat(10000);
		expect(detach(note.slice(2, 5000))).toBe(note.slice(2, 5000));
		expect(detach("")).toBe("");
	});
});
