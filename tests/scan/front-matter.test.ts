import matter from "gray-matter";
import { describe, expect, it, vi } from "vitest";
import type { FrontMatterParser } from "../../src/core/model/scan";
import { scanNote } from "../../src/core/scan";
import { expectSpansConsistent } from "./invariants";

/** A test parser over gray-matter's YAML engine. */
const parse: FrontMatterParser = (yaml) => ({ data: matter(`---\n${yaml}\n---\n`, { language: "yaml" }).data });

function scan(text: string, parser: FrontMatterParser | null = parse) {
	const s = scanNote(text, parser ? { parseFrontMatter: parser } : {});
	expectSpansConsistent(s);
	return s;
}

describe("front matter", () => {
	it("records range, raw text and parsed data", () => {
		const s = scan("---\ntitle: 도커\ncount: 2\n---\n# Body\n");
		expect(s.frontMatter).toMatchObject({ raw: "title: 도커\ncount: 2\n", language: "", data: { title: "도커", count: 2 }, error: null, closed: true });
		expect(s.frontMatter?.span.start.offset).toBe(0);
		expect(s.frontMatter?.span.end).toMatchObject({ line: 4, column: 4 });
		expect(s.regions[0]?.kind).toBe("frontmatter");
		expect(s.headings.map((h) => h.text)).toEqual(["Body"]);
	});

	it("hides headings, tags and links that are not a whole property value written inside it", () => {
		const s = scan("---\n# comment: x\nlink: \"see [[Note]]\"\nnote: \"#tag\"\n---\ntext\n");
		expect(s.headings).toEqual([]);
		expect(s.links).toEqual([]);
		expect(s.tags).toEqual([]);
	});

	it("allows a BOM, CRLF endings and a `...` closing line", () => {
		const s = scan("\uFEFF---\r\ntags: [a]\r\n...\r\n#b\r\n");
		expect(s.frontMatter?.closed).toBe(true);
		expect(s.frontMatter?.span.start.offset).toBe(1);
		expect(s.tags.map((t) => [t.tag, t.source])).toEqual([
			["#a", "frontmatter"],
			["#b", "body"],
		]);
	});

	it("never runs a non-YAML language such as ---js", () => {
		const spy = vi.fn(parse);
		const s = scan("---js\n{ title: (function(){ throw new Error('ran') })() }\n---\n# After\n", spy);
		expect(spy).not.toHaveBeenCalled();
		expect(s.frontMatter).toMatchObject({ language: "js", data: null, error: "front matter in 'js' is not YAML; not run", closed: true });
		expect(s.headings.map((h) => h.text)).toEqual(["After"]);
	});

	it("turns a throwing parser into an error record", () => {
		const s = scan("---\ntags: [unclosed\n---\n#body\n");
		expect(s.frontMatter?.data).toBeNull();
		expect(s.frontMatter?.error).toBeTruthy();
		expect(s.tags.map((t) => t.tag)).toEqual(["#body"]);
		const s2 = scan("---\na: 1\n---\n", () => {
			throw new Error("boom");
		});
		expect(s2.frontMatter?.error).toBe("boom");
		const s3 = scan("---\na: 1\n---\n", () => ({ error: "bad yaml" }));
		expect(s3.frontMatter?.error).toBe("bad yaml");
	});

	it("reports missing parser without throwing", () => {
		const s = scan("---\ntags: [a]\n---\n", null);
		expect(s.frontMatter?.data).toBeNull();
		expect(s.frontMatter?.error).toMatch(/parser/);
		expect(s.frontMatterTags.values).toEqual([]);
	});

	it("treats unclosed front matter as text (recorded with closed=false, never parsed)", () => {
		const spy = vi.fn(parse);
		const s = scan("---\ntags: [a]\n# Heading\n#body\n", spy);
		expect(spy).not.toHaveBeenCalled();
		expect(s.frontMatter).toMatchObject({ closed: false, data: null });
		expect(s.regions.filter((r) => r.kind === "frontmatter")).toEqual([]);
		expect(s.headings.map((h) => h.text)).toEqual(["Heading"]);
		expect(s.tags.map((t) => t.tag)).toEqual(["#body"]);
	});

	it("is only recognised at the very start", () => {
		const s = scan("\n---\ntags: [a]\n---\n");
		expect(s.frontMatter).toBeNull();
	});
});

describe("front-matter tags (Obsidian 1.9+)", () => {
	it("reads a block list, with each tag's line", () => {
		const text = "---\ntitle: x\ntags:\n  - docker\n  - \"#k8s\"\n  - two words\n---\n#body\n";
		const s = scan(text);
		expect(s.frontMatterTags.values).toEqual(["docker", "k8s"]);
		expect(s.frontMatterTags.commaString).toBe(false);
		expect(s.frontMatterTags.keySpan?.start.line).toBe(3);
		expect(s.tags.map((t) => [t.tag, t.source, t.span?.start.line])).toEqual([
			["#docker", "frontmatter", 4],
			["#k8s", "frontmatter", 5],
			["#body", "body", 8],
		]);
	});

	it("reads a flow list and a single string", () => {
		expect(scan("---\ntags: [a, b/c]\n---\n").frontMatterTags.values).toEqual(["a", "b/c"]);
		expect(scan("---\ntags: single-value\n---\n").frontMatterTags.values).toEqual(["single-value"]);
		expect(scan("---\nTAGS: Upper\n---\n").frontMatterTags.values).toEqual(["Upper"]);
	});

	it("ignores and flags a comma string", () => {
		const s = scan("---\ntags: docker, container\n---\n");
		expect(s.frontMatterTags).toMatchObject({ values: [], commaString: true });
		expect(s.frontMatterTags.keySpan?.start.line).toBe(2);
		expect(s.tags).toEqual([]);
	});

	it("does not read the singular tag: key, nor a string with a space", () => {
		expect(scan("---\ntag: docker\n---\n").frontMatterTags.values).toEqual([]);
		expect(scan("---\ntags: two words\n---\n").frontMatterTags.values).toEqual([]);
	});

	it("puts front-matter tags first and keeps duplicates", () => {
		const s = scan("---\ntags: [Docker]\n---\n#Docker #docker\n");
		expect(s.tags.map((t) => t.tag)).toEqual(["#Docker", "#Docker", "#docker"]);
	});
});
