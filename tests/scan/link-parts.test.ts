import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeDestination, isExternal, isTagChar, splitLinktext, splitSize } from "../../src/core/scan";

describe("link parts", () => {
	it("splits an embed size off alias or alt text", () => {
		expect(splitSize("100x145")).toEqual({ text: "", size: "100x145" });
		expect(splitSize("diagram|300")).toEqual({ text: "diagram", size: "300" });
		expect(splitSize("a|b|640x480")).toEqual({ text: "a|b", size: "640x480" });
		expect(splitSize("x|100xx2")).toEqual({ text: "x|100xx2", size: null });
		expect(splitSize("caption")).toEqual({ text: "caption", size: null });
		expect(splitSize("version 2")).toEqual({ text: "version 2", size: null });
		expect(splitSize("a|")).toEqual({ text: "a|", size: null });
	});

	it("recognises URL schemes", () => {
		for (const d of ["https://x", "mailto:a@b", "obsidian://open", "file:///c", "x-y+z.w:1"]) expect(isExternal(d)).toBe(true);
		for (const d of ["#a", "a.md", "/img/a.png", "./a:b", "", "1http://x"]) expect(isExternal(d)).toBe(false);
	});

	it("percent-decodes, keeping malformed escapes", () => {
		expect(decodeDestination("a%20b%2Fc")).toBe("a b/c");
		expect(decodeDestination("%E0%A4%A")).toBe("%E0%A4%A");
		expect(decodeDestination("plain")).toBe("plain");
	});

	it("decodes exactly like decodeURIComponent, or keeps the text where that throws", () => {
		const reference = (d: string): string => {
			try {
				return decodeURIComponent(d);
			} catch {
				return d;
			}
		};
		const piece = fc.oneof(
			fc.constantFrom("%", "%2", "%20", "%23", "%25", "%2f", "%2F", "%zz", "%E1%84%80", "%EC%9D%B4", "%C0%80", "%ED%A0%80", "%80", "%FF", "%e2%82", "가", "a", " ", "#"),
			fc.string({ maxLength: 3 }),
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
				const d = parts.join("");
				expect(decodeDestination(d), JSON.stringify(d)).toBe(reference(d));
			}),
			{ numRuns: 3000 },
		);
	});

	it("splits link text at the first #", () => {
		expect(splitLinktext("#A#B")).toEqual({ path: "", subpath: "#A#B" });
		expect(splitLinktext("pa#th/x.md")).toEqual({ path: "pa", subpath: "#th/x.md" });
		expect(splitLinktext("note")).toEqual({ path: "note", subpath: "" });
	});

	it("classifies tag characters like Obsidian's tag regex", () => {
		const re = /[^\u2000-\u206F\u2E00-\u2E7F'!"#$%&()*+,.:;<=>?@^`{|}~[\]\\\s]/;
		for (let c = 0; c < 0x3100; c++) {
			if (c < 33 || c === 127) continue; // control characters: never tag bodies here
			expect(isTagChar(c), `U+${c.toString(16)}`).toBe(re.test(String.fromCharCode(c)));
		}
		expect(isTagChar(0xfeff)).toBe(false);
	});
});
