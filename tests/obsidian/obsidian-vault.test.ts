import { describe, expect, it } from "vitest";
import type { HeadingCache } from "obsidian";
import { ObsidianVault, parseFrontMatterYaml, toOutlineHeading } from "../../src/obsidian/obsidian-vault";
import { shim } from "../shims/obsidian";
import { fakeApp } from "./fakes";

const pos = (line: number, col: number, offset: number) => ({ line, col, offset });

describe("Obsidian vault adapter", () => {
	it("should turn a HeadingCache into an outline heading with a 1-based line", () => {
		// "# A\n## 개요 상세\n": the second heading starts at offset 4.
		const h: HeadingCache = { heading: "개요 상세", level: 2, position: { start: pos(1, 0, 4), end: pos(1, 8, 12) } };
		expect(toOutlineHeading(h)).toEqual({ level: 2, text: "개요 상세", line: 2 });
		expect(toOutlineHeading({ ...h, level: 9 }).level).toBe(6);
	});

	it("should read headings and block ids from the metadata cache, and null without a cache", () => {
		const fake = fakeApp({ "a.md": "# A\n\ntext ^blk\n", "b.md": "" });
		const cache = {
			headings: [{ heading: "A", level: 1, position: { start: pos(0, 0, 0), end: pos(0, 3, 3) } }],
			blocks: { blk: { id: "blk", position: { start: pos(2, 0, 5), end: pos(2, 9, 14) } } },
		};
		(fake.app.metadataCache as unknown as { getFileCache: (f: { path: string }) => unknown }).getFileCache = (f) => (f.path === "a.md" ? cache : null);
		const vault = new ObsidianVault(fake.app);
		const outline = vault.outline("a.md");
		expect(outline?.headings).toEqual([{ level: 1, text: "A", line: 1 }]);
		expect(outline?.blockIds).toEqual([{ id: "blk", line: 3 }]);
		expect(vault.outline("b.md")).toBeNull();
		expect(vault.outline("missing.md")).toBeNull();
		expect(vault.listFiles()).toEqual(["a.md", "b.md"]);
	});

	it("should parse front matter through parseYaml without ever throwing", () => {
		shim.reset();
		shim.parseYaml = (y) => {
			if (y.includes(":::")) throw new Error("bad indentation");
			if (y.trim() === "") return null;
			if (y.trim() === "- a") return ["a"];
			return { tags: ["docker"] };
		};
		expect(parseFrontMatterYaml("tags: [docker]")).toEqual({ data: { tags: ["docker"] } });
		expect(parseFrontMatterYaml("")).toEqual({ data: {} });
		expect(parseFrontMatterYaml("- a")).toEqual({ error: "Front matter is not a YAML mapping" });
		expect(parseFrontMatterYaml(":::")).toEqual({ error: "bad indentation" });
		shim.reset();
	});

	it("should read notes through cachedRead, remember the text read, and reject a missing note", async () => {
		const fake = fakeApp({ "a.md": "old" });
		const vault = new ObsidianVault(fake.app);
		expect(await vault.readNote("a.md")).toBe("old");
		expect(vault.lastRead.get("a.md")).toBe("old");
		fake.texts.set("a.md", "new");
		expect(await vault.readNote("a.md")).toBe("new");
		expect(vault.lastRead.get("a.md")).toBe("new");
		await expect(vault.readNote("nope.md")).rejects.toThrow(/No such note/);
		expect(vault.lastRead.has("nope.md")).toBe(false);
	});
});
