import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extensionOf, isImagePath, isNotePath } from "../../src/core/rules/link-facts";

const IMAGES = new Set(["png", "jpg", "jpeg", "gif", "bmp", "svg", "webp", "avif", "heic", "tif", "tiff", "ico"]);
const piece = fc.constantFrom("a", "노트", ".", "/", "md", "MD", "Md", "png", "PNG", "jpeg", "tiff", "x", ".md", "..", " ", "i", "co");
const path = fc.array(piece, { maxLength: 8 }).map((p) => p.join(""));

describe("path kinds", () => {
	it("isNotePath and isImagePath agree with extensionOf on any path", () => {
		fc.assert(
			fc.property(path, (p) => {
				expect(isNotePath(p)).toBe(extensionOf(p) === "md");
				expect(isImagePath(p)).toBe(IMAGES.has(extensionOf(p)));
			}),
			{ numRuns: 5000 },
		);
	});

	it("knows the usual cases", () => {
		expect(isNotePath("Docker/기초.MD")).toBe(true);
		expect(isNotePath("Docker/.md")).toBe(false);
		expect(isNotePath(".md")).toBe(false);
		expect(isNotePath("a.md/b")).toBe(false);
		expect(isImagePath("img/이미지 창고/Pasted image 1.PNG")).toBe(true);
		expect(isImagePath("img/a.tiff")).toBe(true);
		expect(isImagePath("img/.png")).toBe(false);
		expect(isImagePath("note.md")).toBe(false);
	});
});
