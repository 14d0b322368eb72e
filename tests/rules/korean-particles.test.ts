/**
 * A Korean particle depends on the word before it: "실습과" but "노트와", "경로는" but
 * "실습은". A message cannot know how a heading, path or tag it quotes ends (and a Latin
 * word has no fixed reading), so no particle of one form may follow an inserted value:
 * the sentence puts a noun of its own after the value ("경로는"), takes a particle that
 * never changes ("에", "의"), or writes both forms ("을(를)").
 */
import { describe, expect, it } from "vitest";
import { ko } from "../../src/core/i18n/ko";
import type { MessageCatalog } from "../../src/core/i18n/catalog";

/** Ends in a consonant, ends in a vowel, ends in a Latin letter. */
const WORDS = ["실습", "쿠버네티스", "app"];

/** A particle whose form depends on the word before it, written in one form only. */
const ONE_FORM = /^"?(?:은|는|이|가|을|를|와|과|로|으로|이나|나)(?![(가-힣])/;

/** Every message that takes an argument, called with `w` in each place a quoted value goes. */
function messages(w: string): Record<string, string[]> {
	const heading = { level: 2 as const, text: w, line: 3 };
	return {
		linkUnparsed: [ko.linkUnparsed(w, "whitespace", false), ko.linkUnparsed(w, "unquoted", false), ko.linkUnparsed(w, "unbalanced-angle", true)],
		linkUnparsedSuggestion: (["percent", "angle", "quotes"] as const).map((e) => ko.linkUnparsedSuggestion(e)),
		linkUnparsedFix: (["percent", "angle", "quotes"] as const).map((e) => ko.linkUnparsedFix(e)),
		headingMissing: [ko.headingMissing(w, w, w), ko.headingMissing(w, null, null)],
		headingMissingSuggestion: [ko.headingMissingSuggestion(w)],
		headingMissingFix: [ko.headingMissingFix(w)],
		headingFragile: [ko.headingFragile(w, heading, heading)],
		headingFragileSuggestion: [ko.headingFragileSuggestion(w)],
		headingFragileFix: [ko.headingFragileFix(w)],
		headingAmbiguous: [ko.headingAmbiguous(w, 2, 3)],
		headingAmbiguousSuggestion: [ko.headingAmbiguousSuggestion(w)],
		headingAmbiguousFix: [ko.headingAmbiguousFix(w)],
		headingTwin: [ko.headingTwin(4, 2)],
		blockMissing: [ko.blockMissing(w, w), ko.blockMissing(w, null)],
		noteMissing: [ko.noteMissing(w, w)],
		outsideVault: [ko.outsideVault(w)],
		imageMissing: [ko.imageMissing(w)],
		imageMissingSuggestion: [ko.imageMissingSuggestion([w]), ko.imageMissingSuggestion([w, w, w, w])],
		imageMissingFix: [ko.imageMissingFix(w)],
		imageSiteRoot: [ko.imageSiteRoot(w, w)],
		imageOutsideFolder: [ko.imageOutsideFolder(w, w)],
		pathCaseMismatch: [ko.pathCaseMismatch(w, w)],
		pathCaseMismatchFix: [ko.pathCaseMismatchFix(w)],
		unicodeNormalization: [ko.unicodeNormalization(w, "file"), ko.unicodeNormalization(w, "heading")],
		tocStale: [ko.tocStale({ missing: [w], extra: [w, w, w, w], reordered: true, nesting: true })],
		frontmatterInvalid: [ko.frontmatterInvalid(w, ""), ko.frontmatterInvalid(w, w)],
		blockUnclosed: [ko.blockUnclosed(true), ko.blockUnclosed(false)],
		tagsCommaString: [ko.tagsCommaString(w)],
		tagsCommaStringFix: [ko.tagsCommaStringFix(w)],
		skipped: [ko.skipped({ kind: "unreadable", error: w })],
	};
}

/** What follows each place `w` stands in `text`, where a particle of one form is attached. */
function oneFormAfter(text: string, w: string): string[] {
	const found: string[] = [];
	for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
		const rest = text.slice(i + w.length);
		if (ONE_FORM.test(rest)) found.push(w + rest.slice(0, 4));
	}
	return found;
}

describe("Korean messages and particles", () => {
	it("covers every message that takes an argument", () => {
		const withValues = (Object.keys(ko) as (keyof MessageCatalog)[]).filter((k) => ko[k].length > 0);
		expect(Object.keys(messages("x")).sort()).toEqual(withValues.sort());
	});

	it.each(WORDS)("no particle of one form follows an inserted %s", (w) => {
		const bad: string[] = [];
		for (const [key, texts] of Object.entries(messages(w))) for (const text of texts) for (const at of oneFormAfter(text, w)) bad.push(`${key}: …${at}`);
		expect(bad).toEqual([]);
	});

	it("puts the quoted value where no particle follows it", () => {
		expect(ko.headingAmbiguous("실습", 2, 63)).toBe('"실습"에 맞는 제목이 2개입니다. Obsidian은 첫 번째(63행)를 엽니다');
		expect(ko.noteMissing("Docker 기초", "#설치")).toBe('"#설치" 링크의 노트가 없습니다: "Docker 기초"');
		expect(ko.imageOutsideFolder("img/a.png", "/img/이미지 창고")).toBe('이미지가 이미지 폴더 "/img/이미지 창고" 밖에 있습니다: "img/a.png"');
	});
});
