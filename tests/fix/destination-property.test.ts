/**
 * The link-unparsed fix on arbitrary heading texts (fast-check): a Markdown link
 * written with raw spaces, `[x](#Heading text)`, becomes a link Obsidian parses that
 * opens the same heading, in both encodings (`%20` and `<...>`).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { headingKey } from "../../src/core/resolve/heading-normalize";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { markdownDestination } from "../../src/core/fix/destination";
import { decodeDestination } from "../../src/core/scan/link-parts";

const PIECES = ["개요", "Docker", "a", "Step 1:", "100%", "%20", "(x)", "x)", "(y", "<b>", "[draft]", "*강조*", "`c`", "&amp;", "'", "\"", "$", "~", "!", "?", "👍", "a.b", "a/b", "a\\b", "%zz", "+", "="];
const TEXT = fc.array(fc.constantFrom(...PIECES), { minLength: 2, maxLength: 4 }).map((p) => p.join(" "));

describe("markdownDestination", () => {
	it("keeps what a destination decodes to: a malformed escape (kept as written) gets its `%` encoded too", () => {
		expect(markdownDestination("#개요 %zz", "percent")).toBe("#개요%20%25zz");
		expect(markdownDestination("#100% 완료", "percent")).toBe("#100%25%20완료");
		expect(markdownDestination("#a%20b c", "percent")).toBe("#a%20b%20c");
		for (const d of ["#개요 %zz", "#100% 완료", "#a%20b c", "#a%20b %zz"]) expect(decodeDestination(markdownDestination(d, "percent"))).toBe(decodeDestination(d));
	});
});

describe("link-unparsed fixes on arbitrary headings", () => {
	it("make the link parse and open the heading it was written for", async () => {
		await fc.assert(
			fc.asyncProperty(TEXT, fc.constantFrom("percent" as const, "angle" as const), async (heading, linkEncoding) => {
				// Only headings a link can name, written as a link would be: no `#`, `|`, `^`, brackets or backslash.
				fc.pre(headingKey(heading) !== "" && !/[#|^[\]\\]/.test(heading));
				const text = `#Docker\n# 첫 제목\n[x](#${heading})\n# ${heading}\n`;
				const checker = new Checker(new MemoryVault({ "n.md": text }), { ...DEFAULT_CHECK_SETTINGS, linkEncoding });
				const before = await checker.checkNote("n.md", text);
				// Written as it is, the link is meant for the heading (`%20` in a heading is another matter: it decodes).
				fc.pre(before.diagnostics.map((d) => d.rule).join() === "link-unparsed");
				const r = await checker.fixNote("n.md", text);
				const left = r.report.diagnostics.filter((d) => d.rule !== "heading-ambiguous").map((d) => `${d.rule}: ${d.message}`);
				expect(left, r.text).toEqual([]);
			}),
			{ numRuns: 500 },
		);
	}, 60_000);
});
