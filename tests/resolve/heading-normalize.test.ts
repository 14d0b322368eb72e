import { describe, expect, it } from "vitest";
import { headingKey, stripHeading, stripHeadingForLink } from "../../src/core/resolve/heading-normalize";

describe("stripHeading", () => {
	it("turns every special character into a space, collapses and trims (typings example)", () => {
		expect(stripHeading('foo!"#$%&()*+,.:;<=>?@^`{|}~/[]\\\r\nbar')).toBe("foo bar");
	});
	it("keeps - and _ and letters of any script", () => {
		expect(stripHeading("Headers-With_Special Characters")).toBe("Headers-With_Special Characters");
		expect(stripHeading("컨테이너 기술의 발전")).toBe("컨테이너 기술의 발전");
	});
	it("handles ? : & = ( ) in headings", () => {
		expect(stripHeading("Q&A: what = (why)?")).toBe("Q A what why");
		expect(stripHeading("Topology Key(토폴로지 키)")).toBe("Topology Key 토폴로지 키");
	});
	it("collapses tabs and runs of spaces, trims", () => {
		expect(stripHeading("  a \t  b  ")).toBe("a b");
	});
	it("does not normalise Unicode: NFD and NFC stay different", () => {
		const nfc = "문제점";
		const nfd = nfc.normalize("NFD");
		expect(stripHeading(nfd)).not.toBe(stripHeading(nfc));
	});
});

describe("headingKey", () => {
	it("is case-insensitive", () => {
		expect(headingKey("Virtualized Deployment")).toBe(headingKey("virtualized DEPLOYMENT"));
	});
	it("equates a link segment written without the punctuation", () => {
		expect(headingKey("Step 1: Install")).toBe(headingKey("Step 1 Install"));
	});
});

describe("stripHeadingForLink", () => {
	it("removes only link-breaking characters", () => {
		expect(stripHeadingForLink("Step 1: Install (x)?")).toBe("Step 1 Install (x)?");
		expect(stripHeadingForLink("a #b | c ^d [[e]] %%f")).toBe("a b c d e f");
	});
	it("round-trips through stripHeading", () => {
		for (const h of ["Q&A: what = (why)?", "C# | F#", "[[x]] %% y", "^caret\\back"]) {
			expect(stripHeading(stripHeadingForLink(h))).toBe(stripHeading(h));
		}
	});
});
