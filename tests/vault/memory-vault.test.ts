import { describe, expect, it } from "vitest";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { parseSimpleYaml } from "../../src/core/vault/simple-yaml";

describe("MemoryVault", () => {
	it("lists, reads, sizes", async () => {
		const v = new MemoryVault({ "Docker.md": "# 개요\n", "img/a.png": "" });
		expect(v.listFiles()).toEqual(["Docker.md", "img/a.png"]);
		expect(await v.readNote("Docker.md")).toBe("# 개요\n");
		expect(v.fileSize("Docker.md")).toBe(new TextEncoder().encode("# 개요\n").length);
		expect(v.fileSize("none")).toBeNull();
		await expect(v.readNote("none.md")).rejects.toThrow(/No such file/);
	});
	it("writes only when the text is unchanged since it was read", async () => {
		const v = new MemoryVault({ "a.md": "one" });
		const seen = await v.readNote("a.md");
		v.set("a.md", "edited elsewhere");
		expect(await v.replaceIfUnchanged("a.md", seen, "fixed")).toBe(false);
		expect(v.get("a.md")).toBe("edited elsewhere");
		expect(v.writes).toBe(0);
		expect(await v.replaceIfUnchanged("a.md", "edited elsewhere", "fixed")).toBe(true);
		expect(v.get("a.md")).toBe("fixed");
		expect(await v.replaceIfUnchanged("gone.md", "", "x")).toBe(false);
	});
	it("keeps BOM, CRLF and NFD text byte for byte", async () => {
		const text = "\uFEFF# 문제점".normalize("NFD") + "\r\nline\r";
		const v = new MemoryVault({ "n.md": text });
		expect(await v.readNote("n.md")).toBe(text);
	});
	it("set, delete, rename", () => {
		const v = new MemoryVault();
		v.set("a.md", "x");
		expect(v.rename("a.md", "b/a.md")).toBe(true);
		expect(v.rename("a.md", "c.md")).toBe(false);
		v.set("c.md", "y");
		expect(v.rename("b/a.md", "c.md")).toBe(false);
		expect(v.delete("b/a.md")).toBe(true);
		expect(v.listFiles()).toEqual(["c.md"]);
	});
	it("uses the injected front-matter parser", () => {
		const v = new MemoryVault({}, () => ({ data: { injected: true } }));
		expect(v.parseFrontMatter("x")).toEqual({ data: { injected: true } });
		expect(new MemoryVault().parseFrontMatter("tags: [a]")).toEqual({ data: { tags: ["a"] } });
	});
});

describe("parseSimpleYaml (test-only subset)", () => {
	it("parses the shapes our fixtures use", () => {
		expect(parseSimpleYaml("slug: /docs/x\ntags: [Container, \"Docker\", 'a, b']\ncount: 3\ndraft: false\nnone:")).toEqual({
			data: { slug: "/docs/x", tags: ["Container", "Docker", "a, b"], count: 3, draft: false, none: null },
		});
		expect(parseSimpleYaml("tags:\n  - Container\n  - docker # comment\ntitle: 'It''s'")).toEqual({
			data: { tags: ["Container", "docker"], title: "It's" },
		});
		expect(parseSimpleYaml("tags: a, b")).toEqual({ data: { tags: "a, b" } });
		expect(parseSimpleYaml("tags: #x")).toEqual({ data: { tags: null } });
		expect(parseSimpleYaml("")).toEqual({ data: {} });
		expect(parseSimpleYaml("title: a: b")).toEqual({ data: { title: "a: b" } });
	});
	it("returns an error on malformed input", () => {
		for (const bad of ["tags: [a, b", "title: \"open", "  indented: x", "- orphan", "just text", "a:\n\t- tab", "tags: [a, [b]]"]) {
			const r = parseSimpleYaml(bad);
			expect("error" in r, bad).toBe(true);
		}
	});
});
