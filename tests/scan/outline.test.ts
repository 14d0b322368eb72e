import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanNoteUnguarded, scanOutline } from "../../src/core/scan/scan-note";

/** Every construct that could hide, open or end a heading or a block id, alone and in pieces. */
const TOKENS = [
	"\n", "\n", "\n\n", "\r\n", "\r", " ", "\t", "    ", "# ", "## 개요", "Title\n===\n", "Para\n---\n", "- ", "1. ", "> ", "```\n", "~~~\n", "<pre>\n", "</pre>\n",
	"<!--", "-->", "<b>", "<https://x.example/^a>", "%%", "%%\n", "$$", "$$\n", "$", "`", "``", "^", "^id-1", " ^blk", " ^blk\n", "x^y", "[[a#b|c]]", "[[", "]]",
	"[x](#y ^z)", "[t](a b)", "[l]: /x\n", "[l]", "\\^", "\\%", "%", "%20", "50% ", "#tag", "text", "개요", "https://x.example/a^b",
];
const text = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((p) => p.join(""));

function fullOutline(t: string) {
	const scan = scanNoteUnguarded(t);
	return { headings: scan.headings, blockIds: scan.blockIds };
}

describe("scanOutline", () => {
	it("finds exactly the headings and block ids of the full scan", () => {
		fc.assert(
			fc.property(fc.constantFrom("", "---\ntags: x\n---\n", "---\nopen\n", "\uFEFF"), text, (head, body) => {
				expect(scanOutline(head + body)).toEqual(fullOutline(head + body));
			}),
			{ numRuns: 4000 },
		);
	});

	it("agrees with the full scan on the seed and the example vault", () => {
		const dir = join(__dirname, "../../examples/vault");
		const notes = readdirSync(dir).filter((f) => f.endsWith(".md") && statSync(join(dir, f)).isFile());
		expect(notes.length).toBeGreaterThan(2);
		for (const note of notes) {
			const t = readFileSync(join(dir, note), "utf8");
			const outline = scanOutline(t);
			expect(outline).toEqual(fullOutline(t));
			expect(outline.headings.length).toBeGreaterThan(0);
		}
	});
});
