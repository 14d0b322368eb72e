import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanNote } from "../../src/core/scan";
import { scanNoteUnguarded } from "../../src/core/scan/scan-note";
import { expectSpansConsistent } from "./invariants";

/** Pieces of every construct the scanner knows, plus its delimiters alone. */
const TOKENS = [
	"[[", "]]", "[", "]", "(", ")", "![", "![[", "|", "|100x145", "<", ">", "<!--", "-->", "%%", "$$", "$", "`", "``", "```", "~~~",
	"#", "# ", "## ", "###### ", "#tag", "#1984", "(#개요#컨테이너 기술", "^id-1", "^", "\\", "\\[", "\\#", "\n", "\n", "\r\n", "\r", "\t", " ", "    ",
	"---", "...", "===", "- ", "1. ", "> ", "---\n", "tags: [a]", ": ", "\"", "'", "%20", "%zz", "%", "\uFEFF", "👍", "\uD800", "\uDC00",
	"x.png", "/img/이미지 창고/a.png", "#My Heading", "<#a b>", "https://x.example/?q=#f", "mailto:a@b", "a", "개요", "ㄱ", "\u3000", "*", "_",
	"[x](#y)", "[t](a b)", "](", "](<", "[a](<#a b>)", "![i](<x y.png> \"t\")", "[a](b \"t\")", "[a](b(c)d)", "[[a#b|c]]", "[l]: /x \"t\"", "[l]", "[^1]",
	"up: ", "  - ", '"[[a#b|c]]"', "'[[a#b|c]]'", " # c",
];

const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((parts) => parts.join(""));
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "grapheme-ascii", maxLength: 200 }), tokenText);

describe("scanner properties", () => {
	it("never throws, and every record lies inside the text and slices to its source", () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const scan = scanNoteUnguarded(text);
				expectSpansConsistent(scan);
			}),
			{ numRuns: 1500 },
		);
	});

	it("never throws with front matter in front, whatever the parser does", () => {
		const parsers = [
			() => ({ data: { tags: ["a", 1, null, "b c", "#d"] } }),
			() => ({ error: "bad" }),
			() => {
				throw new Error("boom");
			},
			() => ({ data: null as unknown as Record<string, unknown> }),
			() => ({ data: { tags: "x, y" } }),
			// Property links: the values the tokens can spell, quoted and as YAML reads them unquoted.
			() => ({ data: { up: "[[a#b|c]]", list: ["[[a#b|c]]", [["a#b|c"]], [[["a#b|c"]]], "[[Note]]"] } }),
		];
		fc.assert(
			fc.property(tokenText, fc.constantFrom(...parsers), fc.constantFrom("---\n", "---js\n", "\uFEFF---\r\n", "---\r"), (body, parser, head) => {
				const text = head + body + "\n---\n" + body;
				const scan = scanNoteUnguarded(text, { parseFrontMatter: parser });
				expectSpansConsistent(scan);
			}),
			{ numRuns: 500 },
		);
	});

	it("gives the same records for LF, CRLF and CR line endings", () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...TOKENS.filter((t) => !/[\r\n]/.test(t))), { maxLength: 40 }), fc.array(fc.nat(40), { maxLength: 8 }), (parts, breaks) => {
				const lines = [...parts];
				for (const b of breaks) lines.splice(Math.min(b, lines.length), 0, "\n");
				const lf = lines.join("");
				const summary = (t: string) => {
					const s = scanNoteUnguarded(t);
					return {
						headings: s.headings.map((h) => [h.level, h.text, h.span.start.line]),
						links: s.links.map((l) => [l.syntax, l.linktext, l.parsed, l.span.start.line, l.span.start.column]),
						tags: s.tags.map((g) => [g.tag, g.span?.start.line]),
						blocks: s.blockIds.map((b) => b.id),
					};
				};
				const want = summary(lf);
				expect(summary(lf.replace(/\n/g, "\r\n"))).toEqual(want);
				expect(summary(lf.replace(/\n/g, "\r"))).toEqual(want);
			}),
			{ numRuns: 500 },
		);
	});

	it("scanNote returns a scan for non-string input instead of throwing", () => {
		expect(scanNote(undefined as unknown as string).headings).toEqual([]);
		expect(scanNote(null as unknown as string, null as unknown as undefined).links).toEqual([]);
	});
});
