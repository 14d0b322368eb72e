/**
 * Differential test of the block and inline passes against commonmark.js, the CommonMark
 * reference implementation: on random notes built from lists, quotes, fences, indented
 * code, headings, reference definitions and paragraphs with Markdown links, images and
 * code spans, our scanner must find exactly the links CommonMark finds, in order.
 *
 * Obsidian reads standard Markdown as CommonMark does, so a difference here is a link we
 * would report that Obsidian does not see, or one we would miss. The notes avoid Obsidian's
 * own syntax (wikilinks, comments, math, tags, block ids, HTML), where CommonMark is no
 * guide, and the gaps the scanner documents: a code span or link text that runs over
 * a line break, a setext heading of several lines, and lists and reference definitions
 * inside quotes.
 */
import fc from "fast-check";
import { Parser } from "commonmark";
import { describe, expect, it } from "vitest";
import { scanNote } from "../../src/core/scan";

// Code spans stand apart (spaces around them): two of them side by side would merge their
// backticks into other runs, which may then pair up over a line break.
// No lone "(": after a link's text it would open a destination that may run over a line break.
// No ":": after "[r]" at the start of a line it would make a definition, which a list item may hold.
const word = fc.constantFrom("ab", "가나", "x", "-", "*", "+", "#", ">", "!", "]", ")", "\\[", "\\]", "\\(", "*em*", '"', " `c` ", " ``a`b`` ");
const destination = fc.constantFrom("a", "b/c", "#x", "#a#b", "c.png", "d%20e", "g?h", "/img/f.png");
const linkText = fc.constantFrom("t", "가", "a b", "`c`", "*e*", "x]y");
const link = fc.oneof(
	fc.tuple(linkText, destination).map(([t, d]) => `[${t}](${d})`),
	fc.tuple(linkText, destination).map(([t, d]) => `![${t}](${d})`),
	fc.tuple(linkText, destination).map(([t, d]) => `[${t}](<${d} z>)`),
	fc.tuple(linkText, destination).map(([t, d]) => `[${t}](${d} "title")`),
	// Raw space: no link, in CommonMark as in Obsidian.
	fc.tuple(linkText, destination).map(([t, d]) => `[${t}](${d} z)`),
	fc.tuple(linkText, fc.constantFrom("r", "s", "u")).map(([t, l]) => `[${t}][${l}]`),
	fc.constantFrom("[r]", "[s][]", " `[a](b)` ", " ``[a](b)`` ", "\\[a](b)", "[a]\\(b)"),
);
/**
 * A line's text. It starts with a word or a link, never with a space or a marker: so it
 * opens no list item of its own (one inside a quote would be a gap) and no indented code.
 */
const inline = fc
	.tuple(
		fc.constantFrom("ab", "가나", "[t](a)", "![t](c.png)", "[r]"),
		fc.array(fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: link }, { weight: 2, arbitrary: fc.constant(" ") }), { maxLength: 6 }),
	)
	.map(([first, rest]) => first + rest.join(""));
const block = fc.oneof(
	inline,
	inline.map((s) => `# ${s}`),
	inline.map((s) => `## ${s} ##`),
	inline.map((s) => `- ${s}`),
	inline.map((s) => `1. ${s}`),
	// One to three spaces: inside a list item, or left of its text, which ends it (or a paragraph
	// at the top level); six: indented code inside a "- " item, text inside a "1. " item.
	inline.map((s) => ` ${s}`),
	inline.map((s) => `  ${s}`),
	inline.map((s) => `   ${s}`),
	inline.map((s) => `      ${s}`),
	inline.map((s) => `  - ${s}`),
	inline.map((s) => `  # ${s}`),
	inline.map((s) => `   1. ${s}`),
	inline.map((s) => `> ${s}`),
	inline.map((s) => `> > ${s}`),
	fc.constantFrom(">", "> >"),
	inline.map((s) => `>     ${s}`),
	inline.map((s) => `    ${s}`),
	inline.map((s) => `\t${s}`),
	// "===" and "---" under one line only: a setext heading of several lines is not read (a gap).
	fc.constantFrom("```", "~~~", "````", "***", "\n---", "", ""),
	inline.map((s) => `\n${s}\n===`),
	inline.map((s) => `\n${s}\n---`),
	fc.constantFrom("[r]: /r", "[s]: <s z>", '[r]: /r2 "t"', "  [u]: /u"),
	// Empty items (after a blank line: under a line, "-" would underline a heading of several
	// lines, a gap), an empty "1." that may not interrupt a paragraph, items opening with code.
	fc.constantFrom("\n-", "\n1.", "1.", "-      [ic](x)", "1.      [ic](x)"),
);
// The first line is text: a note opening with `---` has front matter in Obsidian, not in CommonMark.
const note = fc.array(block, { minLength: 1, maxLength: 10 }).map((blocks) => ["ab", ...blocks].join("\n") + "\n");

/** commonmark.js percent-encodes a destination; ours keep it as written. */
function encoded(destination: string): string {
	return destination.replace(/ /g, "%20").replace(/"/g, "%22");
}

function ours(text: string): string[] {
	return scanNote(text)
		.links.filter((l) => (l.syntax === "markdown" || l.syntax === "reference") && l.parsed && l.destination !== "")
		.map((l) => `${l.embed ? "image" : "link"} ${encoded(l.destination)}`);
}

/**
 * Headings as `line:level`. Obsidian indexes only those at the top level: not inside a quote or
 * callout, nor as a list item (its outline and metadata cache leave them out, as plugin authors
 * relying on them report: Vinzent03/obsidian-advanced-uri#124, darlal/obsidian-switcher-plus#195).
 */
function ourHeadings(text: string): string[] {
	return scanNote(text).headings.map((h) => `${h.line}:${h.level}`);
}

function commonmarkHeadings(text: string): string[] {
	const walker = new Parser().parse(text).walker();
	const found: string[] = [];
	for (let event = walker.next(); event; event = walker.next()) {
		const { node } = event;
		if (event.entering && node.type === "heading" && node.parent?.type === "document") found.push(`${node.sourcepos[0][0]}:${node.level}`);
	}
	return found;
}

function commonmark(text: string): string[] {
	const walker = new Parser().parse(text).walker();
	const found: string[] = [];
	for (let event = walker.next(); event; event = walker.next()) {
		const { node } = event;
		if (event.entering && (node.type === "link" || node.type === "image") && node.destination) found.push(`${node.type} ${node.destination}`);
	}
	return found;
}

describe("links found, against commonmark.js", () => {
	it("agrees on examples of each container rule", () => {
		const cases: [string, string[]][] = [
			["> quote\n>\n>     [code](a)\n", []],
			["para\n> quote\n>     [continued](a)\n", ["link a"]],
			["- item\n> quote\n>\n    [code](a)\n", []],
			["[r]: /r\n    [continued][r]\n", ["link /r"]],
			[">     > [code](a)\n", []],
			["> [a](b)\n\n    [code](c)\n", ["link b"]],
			// Lists: a line left of an item's text ends the item; four columns past it is indented code.
			["1. ab\n\n  x\n\n\t![t](c.png)\n", []],
			["ab\n1. ab\n\n  [u]: /u\n\n\t![t](c.png)\n", []],
			["- a\n\n      [code](c)\n", []],
			["- a\n    - b\n\n  c\n\n      [code](x)\n", []],
			["- a\n    - b\n\n      [in b](x)\n", ["link x"]],
			["-     a\n\n   [in item](x)\n", ["link x"]],
			["-      [code](c)\n  [in item](x)\n", ["link x"]],
			["-\n  [in item](x)\n", ["link x"]],
			["-\n\n      [code](c)\n", []],
			["ab\n1.\n[r]: /r\n[r]\n", []],
			["> ab\n1.\n>     [code](c)\n", []],
		];
		for (const [text, expected] of cases) {
			expect(commonmark(text), text).toEqual(expected);
			expect(ours(text), text).toEqual(expected);
		}
		// Top-level headings: one inside a list item is the item's (Obsidian leaves it out too).
		const headingCases: [string, string[]][] = [
			["- a\n  # h\n", []],
			["- a\n # h\n", ["2:1"]],
			["- a\n\n # h\n", ["3:1"]],
			["1. a\n\n  # h\n", ["3:1"]],
			["- a\n    - b\n  ## h\n# top\n", ["4:1"]],
		];
		for (const [text, expected] of headingCases) {
			expect(commonmarkHeadings(text), text).toEqual(expected);
			expect(ourHeadings(text), text).toEqual(expected);
		}
	});

	it("finds the same links and top-level headings as CommonMark on random notes", () => {
		fc.assert(
			fc.property(note, (text) => {
				expect(ours(text), JSON.stringify(text)).toEqual(commonmark(text));
				expect(ourHeadings(text), JSON.stringify(text)).toEqual(commonmarkHeadings(text));
			}),
			{ numRuns: 3000 },
		);
	});
});
