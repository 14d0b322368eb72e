/**
 * The scanner's Markdown links, images and headings against commonmark.js, the CommonMark reference
 * implementation, on every note of ../shared/corpora: real notes, with the constructs
 * random ones lack. Run from .ci/run only (vitest.corpora.config.ts).
 *
 * Left out where CommonMark is no guide to Obsidian: web addresses (Obsidian opens them, we
 * do not check them; CommonMark also reads `<https://…>` as a link), notes with footnotes
 * (CommonMark reads `[^1]: text` as a link definition), links inside `%%` comments (CommonMark
 * does not know the comments) and the front matter (CommonMark reads it as text). What is left
 * must agree, except for the named notes where a wikilink is followed by a parenthesis
 * (`[[설정 폴더]](…)`): to Obsidian that is a wikilink and text, to CommonMark a link.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Parser } from "commonmark";
import { describe, expect, it } from "vitest";
import { CORPORA_ROOT, markdownFiles } from "./corpus-files";
import { scanNote } from "../../src/core/scan/scan-note";

const root = CORPORA_ROOT;
const WEB = /^[a-z][a-z0-9+.-]*:/i;

/** Notes where a wikilink is followed by `(…)`, which CommonMark reads as a Markdown link. */
const WIKILINK_THEN_PARENTHESIS = ["obsidian-help/ko/Obsidian Sync/동기화 설정 및 선택적 동기화.md", "obsidian-help/ko/팀/팀을 위한 보안 고려 사항.md"];

/** A destination with its percent-escapes decoded, as both sides can be compared (commonmark.js encodes it). */
function decoded(destination: string): string {
	try {
		return decodeURI(destination);
	} catch {
		return destination;
	}
}

/** Sorted: CommonMark resolves reference links where they are used, we list them after the inline ones of a line. */
function ours(text: string): string[] {
	return scanNote(text)
		.links.filter((l) => (l.syntax === "markdown" || l.syntax === "reference") && l.parsed && !l.external && !l.inComment && l.destination !== "")
		.map((l) => `${l.embed ? "image" : "link"} ${decoded(l.destination.replace(/\\([!-/:-@[-`{-~])/g, "$1"))}`)
		.sort();
}

/** The note as CommonMark should see it: the front matter as blank lines (else a paragraph or a heading). */
function withoutFrontMatter(text: string): string {
	const fm = scanNote(text).frontMatter;
	return fm ? text.slice(0, fm.span.end.offset).replace(/[^\n]/g, "") + text.slice(fm.span.end.offset) : text;
}

function commonmark(text: string): string[] {
	const walker = new Parser().parse(withoutFrontMatter(text)).walker();
	const found: string[] = [];
	for (let event = walker.next(); event; event = walker.next()) {
		const { node } = event;
		if (!event.entering || (node.type !== "link" && node.type !== "image") || !node.destination || WEB.test(node.destination)) continue;
		found.push(`${node.type} ${decoded(node.destination)}`);
	}
	return found.sort();
}

/** Headings as `line:level`: Obsidian indexes those at the top level only (not in a quote, a callout or a list). */
function headings(text: string): { ours: string[]; commonmark: string[] } {
	const walker = new Parser().parse(withoutFrontMatter(text)).walker();
	const found: string[] = [];
	for (let event = walker.next(); event; event = walker.next()) {
		const { node } = event;
		if (event.entering && node.type === "heading" && node.parent?.type === "document") found.push(`${node.sourcepos[0][0]}:${node.level}`);
	}
	return { ours: scanNote(text).headings.map((h) => `${h.line}:${h.level}`), commonmark: found };
}

/**
 * Where the headings differ: a test fixture of the hub's scripts with `---` under a paragraph of
 * two lines (a setext heading of several lines, a gap the scanner documents: it reads a break),
 * and a note whose `%%` comment holds headings (Obsidian hides them; CommonMark does not know comments).
 */
const HEADINGS_DIFFER = [
	"obsidian-hub/.github/scripts/tests/approved_files/test_add_footer.test_end_of_line_added_if_missing.approved.md",
	"obsidian-hub/01 - Community/People/Zektor.md",
];

describe.skipIf(!existsSync(root))("Markdown links of the corpora, against commonmark.js", () => {
	it("finds what CommonMark finds in every note, but where Obsidian reads a wikilink", () => {
		const differ: string[] = [];
		let compared = 0;
		for (const file of markdownFiles(root)) {
			const text = readFileSync(file, "utf8");
			if (text.includes("[^")) continue;
			compared++;
			if (JSON.stringify(ours(text)) !== JSON.stringify(commonmark(text))) differ.push(path.relative(root, file).split(path.sep).join("/"));
		}
		console.log(`commonmark.js: ${compared} notes compared, ${differ.length} differ`);
		expect(compared).toBeGreaterThan(10_000);
		expect(differ).toEqual(WIKILINK_THEN_PARENTHESIS);
	});

	it("finds the top-level headings CommonMark finds, on the same lines, in all notes but two", () => {
		const differ: string[] = [];
		let count = 0;
		for (const file of markdownFiles(root)) {
			const found = headings(readFileSync(file, "utf8"));
			count += found.ours.length;
			if (JSON.stringify(found.ours) !== JSON.stringify(found.commonmark)) differ.push(path.relative(root, file).split(path.sep).join("/"));
		}
		console.log(`commonmark.js: ${count} headings, ${differ.length} notes differ`);
		expect(count).toBeGreaterThan(50_000);
		expect(differ).toEqual(HEADINGS_DIFFER);
	});
});
