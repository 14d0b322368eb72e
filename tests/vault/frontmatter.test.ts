import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { grayMatterParser } from "../../src/cli/frontmatter";


describe("grayMatterParser", () => {
	it("parses YAML front matter", () => {
		expect(grayMatterParser("slug: /docs/x\ntags:\n  - Container\n  - Docker")).toEqual({
			data: { slug: "/docs/x", tags: ["Container", "Docker"] },
		});
		expect(grayMatterParser("tags: a, b")).toEqual({ data: { tags: "a, b" } });
		expect(grayMatterParser("")).toEqual({ data: {} });
		expect(grayMatterParser("# only a comment")).toEqual({ data: {} });
	});
	it("returns an error, never throws, on malformed YAML", () => {
		for (const bad of ["tags: [a, b", "a: 'open", "a: 1\na: 2", "key: value\n  bad: indent", "\t- tab"]) {
			const r = grayMatterParser(bad);
			expect("error" in r, bad).toBe(true);
			if ("error" in r) expect(r.error).not.toContain("\n");
		}
	});
	it("non-map YAML (a string, a list) is an error", () => {
		expect(grayMatterParser("just some text")).toHaveProperty("error");
		expect(grayMatterParser("- a\n- b")).toHaveProperty("error");
		expect(grayMatterParser("42")).toHaveProperty("error");
	});
	it("never runs JavaScript: js-looking payloads, js tags, language lines", () => {
		delete process.env.CN_PWNED;
		const payloads = [
			"process.env.CN_PWNED = '1'",
			"js\n{ x: (process.env.CN_PWNED = '2') }",
			"f: !!js/function \"function () { process.env.CN_PWNED = '3' }\"",
			"---js\n({ a: process.env.CN_PWNED = '4' })\n---",
			"x: 1\n---javascript\n(process.env.CN_PWNED = '5')",
		];
		for (const p of payloads) grayMatterParser(p);
		expect(process.env.CN_PWNED).toBeUndefined();
		// gray-matter itself WOULD run it with its default engines: proof the payload is live
		matter("---js\n({ a: process.env.CN_PWNED = '6' })\n---\n", {});
		expect(process.env.CN_PWNED).toBe("6");
		delete process.env.CN_PWNED;
	});
	it("a --- line inside the YAML does not cut it short", () => {
		expect(grayMatterParser("a: 1\n---y: 2\nb: 3")).toEqual({ data: { a: 1, "---y": 2, b: 3 } });
	});
	it("leaves gray-matter's cache empty", () => {
		const before = Object.keys((matter as unknown as { cache: Record<string, unknown> }).cache).length;
		for (let i = 0; i < 50; i++) grayMatterParser(`n: ${i}`);
		const after = Object.keys((matter as unknown as { cache: Record<string, unknown> }).cache).length;
		expect(after).toBe(before);
	});
});

describe("grayMatterParser's error messages", () => {
	it("end at the place of the error, without js-yaml's dangling colon", () => {
		expect(grayMatterParser("tags: [a, b")).toEqual({ error: expect.stringMatching(/at line \d+, column \d+$/) as unknown });
	});
	it("say why a value starting with @ or a backtick fails, on the note's own line numbers", () => {
		// The obsidian-hub corpus: 13 of its 15 invalid front matters are `- @name` aliases.
		expect(grayMatterParser("aliases:\n- @kepano\ntags:\n- x")).toEqual({
			error: 'bad indentation of a sequence entry at line 3, column 3: a plain value cannot start with "@"; put it in quotes: "@kepano"',
		});
		expect(grayMatterParser("title: `code` here")).toEqual({
			error: 'end of the stream or a document separator is expected at line 2, column 8: a plain value cannot start with "`"; put it in quotes: "`code` here"',
		});
		expect(grayMatterParser("tags: [a, @b]")).toEqual({ error: expect.stringMatching(/cannot start with "@"; put it in quotes: "@b"$/) as unknown });
		// A comment after the value is not part of it.
		expect(grayMatterParser("author: @kepano # the CEO")).toEqual({ error: expect.stringMatching(/put it in quotes: "@kepano"$/) as unknown });
		// The hint quotes the value so that it reads back as the value meant.
		const quoted = grayMatterParser('aliases:\n- "@kepano"');
		expect(quoted).toEqual({ data: { aliases: ["@kepano"] } });
	});
	it("give no hint for other errors", () => {
		const r = grayMatterParser("a: 'open");
		expect("error" in r && r.error).not.toMatch(/quotes/);
	});
});
