import { describe, expect, it } from "vitest";
import { scanNote } from "../../src/core/scan";
import { expectSpansConsistent } from "./invariants";

function scan(text: string) {
	const s = scanNote(text);
	expectSpansConsistent(s);
	return s;
}

describe("link records in detail", () => {
	it("matches the LinkRef example of the model (an unparsed TOC entry)", () => {
		const text = "- [개요](#개요)\n\t- [Hypervisor](#Virtualized Deployment#Hypervisor)";
		const link = scan(text).links[1];
		expect(link).toMatchObject({
			syntax: "markdown",
			embed: false,
			text: "Hypervisor",
			destination: "#Virtualized Deployment#Hypervisor",
			linktext: "#Virtualized Deployment#Hypervisor",
			path: "",
			subpath: "#Virtualized Deployment#Hypervisor",
			angle: false,
			size: null,
			external: false,
			parsed: false,
			unparsedReason: "whitespace",
			inComment: false,
		});
		expect(link?.span.start).toEqual({ line: 2, column: 4, offset: 15 });
		expect(link?.destSpan.start.column).toBe(17);
		expect(link?.span.end.offset).toBe(text.length);
	});

	it("keeps the destination as written but decodes linktext, and splits at the first #", () => {
		const [link] = scan("[x](Test%20Data/My%20Note.md#A%20B#C)").links;
		expect(link).toMatchObject({ destination: "Test%20Data/My%20Note.md#A%20B#C", linktext: "Test Data/My Note.md#A B#C", path: "Test Data/My Note.md", subpath: "#A B#C", parsed: true });
	});

	it("decodes non-ASCII escapes and leaves a broken escape as written", () => {
		expect(scan("[x](#%EC%9D%B4%EB%AF%B8%EC%A7%80)").links[0]?.linktext).toBe("#이미지");
		expect(scan("[x](#50%-off)").links[0]?.linktext).toBe("#50%-off");
	});

	it("angle destinations: destination without <>, destSpan with them, spaces allowed", () => {
		const text = '![a](</img/이미지 창고/a b.png> "title")';
		const [img] = scan(text).links;
		expect(img).toMatchObject({ embed: true, angle: true, destination: "/img/이미지 창고/a b.png", path: "/img/이미지 창고/a b.png", parsed: true });
		expect(text.slice(img?.destSpan.start.offset, img?.destSpan.end.offset)).toBe("</img/이미지 창고/a b.png>");
	});

	it("a title after the destination is not part of it", () => {
		expect(scan("[x](a.md 'single')").links[0]).toMatchObject({ destination: "a.md", parsed: true });
		expect(scan('[x](a b.md "title")').links[0]).toMatchObject({ destination: "a b.md", parsed: false, unparsedReason: "whitespace" });
	});

	it("an unclosed < is reported as unbalanced-angle with the destination as written", () => {
		const [link] = scan("[x](<#My Heading)").links;
		expect(link).toMatchObject({ destination: "<#My Heading", angle: false, parsed: false, unparsedReason: "unbalanced-angle" });
	});

	it("wikilinks: alias, embed size, and no percent-decoding", () => {
		const s = scan("[[Docker%20Notes#설치|설치 안내]] ![[arch.png|640x480]] ![[diagram.svg|Caption|300]]");
		expect(s.links.map((l) => [l.text, l.destination, l.linktext, l.size, l.embed])).toEqual([
			["설치 안내", "Docker%20Notes#설치", "Docker%20Notes#설치", null, false],
			["arch.png", "arch.png", "arch.png", "640x480", true],
			["Caption", "diagram.svg", "diagram.svg", "300", true],
		]);
	});

	it("reference links take the destination and destSpan of their definition", () => {
		const text = "Read [the guide][g] and [G].\n\n[g]: <guide one.md#Part> \"T\"\n";
		const s = scan(text);
		const refs = s.links.filter((l) => l.syntax === "reference");
		const def = s.links.find((l) => l.syntax === "definition");
		expect(refs.map((r) => [r.text, r.label])).toEqual([
			["the guide", "g"],
			["G", "G"],
		]);
		expect(refs[0]?.destSpan).toEqual(def?.destSpan);
		expect(refs[0]).toMatchObject({ destination: "guide one.md#Part", angle: true, path: "guide one.md", subpath: "#Part" });
		expect(def).toMatchObject({ label: "g", text: "g" });
	});

	it("marks links inside inline %% comments", () => {
		const s = scan("a %% [[x]] [y](#z) %% [[w]]");
		expect(s.links.map((l) => [l.linktext, l.inComment])).toEqual([
			["x", true],
			["#z", true],
			["w", false],
		]);
	});

	it("counts columns in UTF-16 code units (emoji are two)", () => {
		const s = scan("🐳 [[a]]\n한글 #태그");
		expect(s.links[0]?.span.start).toEqual({ line: 1, column: 4, offset: 3 });
		expect(s.tags[0]?.span?.start).toEqual({ line: 2, column: 4, offset: 12 });
	});
});

describe("heading and region records in detail", () => {
	it("reads a tab-indented line at the very start as indented code, as CommonMark does", () => {
		const s = scan("\t\t- [a](#a)\n- [b](#b)\n\t- [c](#c)\n");
		expect(s.regions.map((r) => r.kind)).toEqual(["indented-code"]);
		expect(s.links.map((l) => l.linktext)).toEqual(["#b", "#c"]);
	});

	it("gives the heading line span and the text span", () => {
		const text = "intro\n  ## Step 1: Install (Docker) ##  \r\nnext";
		const [h] = scan(text).headings;
		expect(h).toMatchObject({ level: 2, text: "Step 1: Install (Docker)" });
		expect(h?.span.start).toEqual({ line: 2, column: 1, offset: 6 });
		expect(text.slice(h?.span.start.offset, h?.span.end.offset)).toBe("  ## Step 1: Install (Docker) ##  ");
		expect(h?.textSpan.start.column).toBe(6);
	});

	it("marks an unterminated fence and runs it to the end", () => {
		const text = "a\n```js\n# x\n[[y]]";
		const s = scan(text);
		expect(s.regions).toEqual([{ kind: "fence", span: expect.anything() as unknown, unterminated: true }]);
		expect(s.regions[0]?.span.end.offset).toBe(text.length);
		expect(s.headings).toEqual([]);
		expect(s.links).toEqual([]);
	});

	it("closes a fence only with the same character, at least as long", () => {
		const s = scan("````\n```\n~~~~\n# in\n````\n# out\n");
		expect(s.headings.map((h) => h.text)).toEqual(["out"]);
	});
});

describe("LineIndex on mixed line endings", () => {
	it("agrees with a fresh index at every offset, however it was asked before", async () => {
		const { LineIndex, lineStartsOf } = await import("../../src/core/model/position");
		for (const text of ["", "a", "a\nb\r\nc\rd\n", "\r\r\n\n", "x\n\n", "🐳\n한"]) {
			const shared = new LineIndex(text);
			expect(shared.lineStarts).toEqual(lineStartsOf(text));
			// Ask forwards, then backwards: the last-line hint must never change an answer.
			for (let o = -1; o <= text.length + 1; o++) expect(shared.pos(o)).toEqual(new LineIndex(text).pos(o));
			for (let o = text.length + 1; o >= -1; o--) expect(shared.pos(o)).toEqual(new LineIndex(text).pos(o));
			for (let l = 0; l <= shared.lineCount + 1; l++) expect(shared.lineText(l)).toBe(new LineIndex(text).lineText(l));
		}
	});
});

describe("wikilink edge cases", () => {
	it("takes the innermost [[ as the opening", () => {
		expect(scanNote("[[[a]] and [[x [[y]] and ![[![[z.png]]").links.map((l) => [l.linktext, l.embed])).toEqual([
			["a", false],
			["y", false],
			["z.png", true],
		]);
	});

	it("is not a link across lines, when empty, or when escaped", () => {
		expect(scanNote("[[a\nb]] [[]] [[ ]] \\[\\[c]]").links).toEqual([]);
	});

	it("keeps the bar of an empty target: [[|x]] links to a note named `|x` (Obsidian's own metadata for [[|alias]])", () => {
		const s = scanNote("[[|x]] [[|#y]]");
		expect(s.links.map((l) => [l.linktext, l.path, l.subpath, l.text])).toEqual([
			["|x", "|x", "", "|x"],
			["|#y", "|", "#y", "|#y"],
		]);
		expect(s.tags).toEqual([]);
	});
});

describe("byte order mark", () => {
	it("does not hide a heading or tag on the first line", () => {
		const s = scanNote("\uFEFF# Title #tag\n");
		expect(s.headings.map((h) => h.text)).toEqual(["Title #tag"]);
		expect(s.headings[0]?.span.start.offset).toBe(1);
		expect(s.tags.map((t) => t.tag)).toEqual(["#tag"]);
	});
});
