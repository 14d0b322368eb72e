import { describe, expect, it } from "vitest";
import { comparable, decomposeHangul, editDistance, similarity } from "../../src/core/suggest/hangul";
import { closestLabel, suggestHeading } from "../../src/core/suggest/heading-suggest";
import { scanNote } from "../../src/core/scan/scan-note";

describe("Hangul-aware similarity", () => {
	it("decomposes syllables into jamo (NFD of a syllable equals its decomposition)", () => {
		expect(decomposeHangul("각")).toBe("\u1100\u1161\u11a8");
		expect(decomposeHangul("컨테이너 abc")).toBe("컨테이너 abc".normalize("NFD"));
	});

	it("counts a one-letter typo in a syllable as a small edit", () => {
		expect(editDistance(comparable("발전"), comparable("발젼"))).toBe(1);
		expect(editDistance("발전", "발젼")).toBe(1);
		expect(similarity("컨테이너 기술 발전", "컨테이너 기술 발젼")).toBeGreaterThan(0.9);
		expect(similarity("컨테이너", "쿠버네티스")).toBeLessThan(0.5);
	});

	it("ignores case, punctuation and NFC/NFD", () => {
		expect(similarity("Step 1: Install", "step 1 install")).toBe(1);
		expect(similarity("개요".normalize("NFD"), "개요")).toBe(1);
	});
});

describe("suggestHeading", () => {
	const scan = scanNote(["# 개요", "## Traditional Deployment", "### 문제점", "## Virtualized Deployment", "### 하이퍼바이저", "### 문제점", ""].join("\n"));

	it("uses the parent segment to choose between duplicates", () => {
		expect(suggestHeading(scan.headings, ["Virtualized Deployment", "문제"])?.index).toBe(5);
		expect(suggestHeading(scan.headings, ["Traditional Deployment", "문재점"])?.index).toBe(2);
	});

	it("finds a Korean heading with a typo and returns nothing for unrelated text", () => {
		expect(suggestHeading(scan.headings, ["하이퍼바이져"])?.index).toBe(4);
		expect(suggestHeading(scan.headings, ["네트워크 드라이버"])).toBeNull();
	});

	it("picks the closest label, the first of equals, none below the bound", () => {
		expect(closestLabel("setup-2", ["intro", "setup-1", "setup"])).toBe("setup-1");
		expect(closestLabel("setup-2", ["intro", "setup", "setup-3", "setup-1"])).toBe("setup-3");
		expect(closestLabel("setup-2", ["intro", "network"])).toBeNull();
		// Exactly at the bound (0.6: two edits in five) still counts.
		expect(closestLabel("abcde", ["abxyz", "abcxy"])).toBe("abcxy");
	});
});
