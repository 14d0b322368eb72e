/**
 * Links in properties (Obsidian's `frontmatterLinks`). The shapes follow what real Obsidian
 * cached for obsidian-tasks' sample notes (tests/Obsidian/__test_data__ there: link_in_yaml,
 * links_everywhere, yaml_all_property_types_populated): a quoted text property or list item
 * whose whole value is `[[...]]` is a link, keyed `prop` or `prop.N`, with the same link
 * text as in the body.
 */
import { describe, expect, it } from "vitest";
import { grayMatterParser } from "../../src/cli/frontmatter";
import { scanNote } from "../../src/core/scan";
import { Checker } from "../../src/core/check/checker";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { applyEdits } from "../../src/core/fix/apply";
import { expectSpansConsistent } from "./invariants";

function scan(text: string) {
	const s = scanNote(text, { parseFrontMatter: grayMatterParser });
	expectSpansConsistent(s);
	return s;
}

/** `line:column linktext` of each link, and the source text it covers. */
function links(text: string): string[] {
	return scan(text).links.map((l) => `${l.span.start.line}:${l.span.start.column} ${l.linktext} = ${text.slice(l.span.start.offset, l.span.end.offset)}`);
}

describe("links in properties", () => {
	it("finds a text property and list items whose whole value is one wikilink, where they are written", () => {
		const text = [
			"---",
			'link-in-frontmatter: "[[link_in_yaml]]"',
			'link-in-frontmatter-to-heading: "[[#A link in a link_in_heading]]"',
			"sample_link_list_property:",
			'  - "[[yaml_all_property_types_populated]]"',
			"  - '[[Docker#개요|개요 보기]]'",
			"---",
			"# links_everywhere",
			"A link in the file body: [[link_in_file_body]]",
		].join("\n");
		expect(links(text)).toEqual([
			"2:23 link_in_yaml = [[link_in_yaml]]",
			"3:34 #A link in a link_in_heading = [[#A link in a link_in_heading]]",
			"5:6 yaml_all_property_types_populated = [[yaml_all_property_types_populated]]",
			"6:6 Docker#개요 = [[Docker#개요|개요 보기]]",
			"9:26 link_in_file_body = [[link_in_file_body]]",
		]);
		const alias = scan(text).links[3];
		expect(alias).toMatchObject({ syntax: "wiki", embed: false, text: "개요 보기", path: "Docker", subpath: "#개요", parsed: true });
	});

	it("reads CRLF front matter the same way, and values followed by a comment", () => {
		expect(links('---\r\nup: "[[A#x]]"\r\nnext: [[B]]\r\n---\r\n')).toEqual(["2:6 A#x = [[A#x]]", "3:7 B = [[B]]"]);
		expect(links('---\nup: "[[A#x]]"  # the parent\nnext: [[B]] # later\nnot: "[[C]]"#no space, so not a comment\n---\n')).toEqual(["2:6 A#x = [[A#x]]", "3:7 B = [[B]]"]);
	});

	it("places the same link in two properties at each of them, never in a YAML comment", () => {
		expect(links('---\nup: "[[A#x]]"\nnext: "[[A#x]]"\n---\n')).toEqual(["2:6 A#x = [[A#x]]", "3:8 A#x = [[A#x]]"]);
		expect(links('---\n  # up: "[[A#x]]" (old)\nup: "[[A#x]]"\n---\n')).toEqual(["3:6 A#x = [[A#x]]"]);
		// The text opens with an unquoted `[[`: the search goes on past it.
		const text = '---\n[[k]] x\nup: "[[A#x]]"\n---\n';
		expect(scanNote(text, { parseFrontMatter: () => ({ data: { up: "[[A#x]]" } }) }).links.map((l) => l.span.start.line)).toEqual([3]);
	});

	it("finds quoted links in a flow list on one line, where they are written", () => {
		const text = ["---", `related: ["[[A#x]]", plain, '[[B]]', "see [[C]]"]  # two links`, "aliases: [a, b]", "---", ""].join("\n");
		expect(links(text)).toEqual(["2:12 A#x = [[A#x]]", "2:30 B = [[B]]"]);
		// An item YAML reads otherwise (an escape) is not the link as written: left out.
		expect(links('---\nrelated: ["[[A\\"B]]", "[[D]]"]\n---\n')).toEqual(["2:24 D = [[D]]"]);
		// Nested under another property: not a property of the note's own.
		expect(links('---\nnested:\n  key: ["[[A]]"]\n---\n')).toEqual([]);
	});

	it("checks a flow list's links like any other, with a fix that keeps the item's quotes", async () => {
		const note = '---\nrelated: ["[[Target#Setupx]]", "[[Target#Setup]]"]\n---\n';
		const vault = new MemoryVault({ "Note.md": note, "Target.md": "# Setup\n" }, grayMatterParser);
		const report = await new Checker(vault, { ...DEFAULT_CHECK_SETTINGS, scope: "all" }).checkNote("Note.md");
		expect(report.diagnostics.map((d) => [d.rule, d.span.start.line, d.span.start.column])).toEqual([["heading-missing", 2, 12]]);
		const fixed = applyEdits(note, report.diagnostics[0]?.fix?.edits ?? []);
		expect(fixed).toEqual({ ok: true, text: '---\nrelated: ["[[Target#Setup]]", "[[Target#Setup]]"]\n---\n' });
	});

	it("leaves out values that are not exactly one link, and values it cannot place", () => {
		const text = [
			"---",
			'prose: "see [[A]] and [[B]]"',
			'two: "[[A]] [[B]]"',
			'tail: "[[A]] later"',
			'embed: "![[a.png]]"',
			'escaped: "[[A\\"B]]"',
			"number: 12",
			"nested:",
			'  key: "[[A]]"',
			"---",
			"body",
		].join("\n");
		expect(links(text)).toEqual([]);
	});

	it("records a link written without quotes, which YAML reads as a list in a list, as a link Obsidian does not parse", () => {
		const text = ["---", "up: [[Docker#개요]]", "related:", "  - [[Kubernetes]]", "about: |", "  - [[Not a property]]", "---", ""].join("\n");
		expect(links(text)).toEqual(["2:5 Docker#개요 = [[Docker#개요]]", "4:5 Kubernetes = [[Kubernetes]]"]);
		expect(scan(text).links.map((l) => [l.parsed, l.unparsedReason])).toEqual([
			[false, "unquoted"],
			[false, "unquoted"],
		]);
	});

	it("does nothing without parsed properties: invalid YAML, no parser", () => {
		expect(links('---\nup: "[[A#x]]"\n  bad: [\n---\n')).toEqual([]);
		expect(scanNote('---\nup: "[[A#x]]"\n---\n').links).toEqual([]);
	});

	it("reads an unclosed front matter as body text, as Obsidian does: its link is a body link", () => {
		expect(links('---\nup: "[[A#x]]"\n')).toEqual(["2:6 A#x = [[A#x]]"]);
	});

	it("are checked like body links, without a fix that would break the quoted YAML string", async () => {
		const vault = new MemoryVault(
			{
				"Note.md": '---\nup: "[[Target#Say hi nowx]]"\nnext: "[[Target#Setupx]]"\n---\n[[Target#Say hi nowx]]\n',
				"Target.md": '# Say "hi" now\n# Setup\n',
			},
			grayMatterParser,
		);
		const report = await new Checker(vault, { ...DEFAULT_CHECK_SETTINGS, scope: "all" }).checkNote("Note.md");
		const found = report.diagnostics.map((d) => [d.rule, d.span.start.line, d.span.start.column, d.fix?.edits.map((e) => e.text) ?? null]);
		expect(found).toEqual([
			["heading-missing", 2, 6, null],
			["heading-missing", 3, 8, ["Target#Setup"]],
			["heading-missing", 5, 1, ['Target#Say "hi" now']],
		]);
	});

	it("puts an unquoted property link in quotes with a safe fix, after which Obsidian (and the scanner) reads a link", async () => {
		const note = '---\nup: [[Target#Setup]]\nodd: [[Target#a"b]]\n---\n';
		const vault = new MemoryVault({ "Note.md": note, "Target.md": "# Setup\n" }, grayMatterParser);
		const report = await new Checker(vault, { ...DEFAULT_CHECK_SETTINGS, scope: "all" }).checkNote("Note.md");
		const unparsed = report.diagnostics.filter((d) => d.rule === "link-unparsed");
		expect(unparsed.map((d) => [d.span.start.line, d.message, d.suggestion, d.fix?.safe ?? null])).toEqual([
			[2, 'Not a link in Obsidian: the destination "Target#Setup" is an unquoted property value', "Quote the link", true],
			// A quote inside would end the quoted string: no fix.
			[3, 'Not a link in Obsidian: the destination "Target#a"b" is an unquoted property value', "Quote the link", null],
		]);
		const fixed = applyEdits(note, unparsed[0]?.fix?.edits ?? []);
		expect(fixed).toEqual({ ok: true, text: '---\nup: "[[Target#Setup]]"\nodd: [[Target#a"b]]\n---\n' });
		const after = scan(fixed.ok ? fixed.text : "").links[0];
		expect(after).toMatchObject({ parsed: true, linktext: "Target#Setup" });
	});
});

describe("links in properties on hostile front matter", () => {
	/** Time of the fastest of two scans, in milliseconds. */
	function time(text: string, data: Record<string, unknown>): number {
		let min = Infinity;
		for (let i = 0; i < 2; i++) {
			const t0 = performance.now();
			scanNote(text, { parseFrontMatter: () => ({ data }) });
			min = Math.min(min, performance.now() - t0);
		}
		return min;
	}

	/** `n` list items: distinct links, the same link, or one link that many aliases repeat (so the values outnumber the text's). */
	const shapes: Array<[string, (n: number) => [string, Record<string, unknown>]]> = [
		["distinct links", (n) => {
			const items = Array.from({ length: n }, (_, i) => `[[Note ${i}#개요]]`);
			return [`---\nrelated:\n${items.map((v) => `  - "${v}"`).join("\n")}\n---\n`, { related: items }];
		}],
		["the same link", (n) => {
			const items = Array.from({ length: n }, () => "[[Note#개요]]");
			return [`---\nrelated:\n${items.map((v) => `  - "${v}"`).join("\n")}\n---\n`, { related: items }];
		}],
		["aliases of one link", (n) => {
			const items = Array.from({ length: n }, () => "[[Note#개요]]");
			return [`---\nup: "[[Note#개요]]"\nrelated: &x\n${"  - *x\n".repeat(n)}---\n${"text ".repeat(n * 4)}`, { up: items[0], related: items }];
		}],
	];

	for (const [name, make] of shapes) {
		it(`${name}: 50,000 items cost about ten times 5,000`, () => {
			const [smallText, smallData] = make(5_000);
			const [largeText, largeData] = make(50_000);
			time(smallText, smallData); // warm up the JIT
			const ratio = time(largeText, largeData) / time(smallText, smallData);
			// Linear => about 10; quadratic => about 100. The bound leaves room for a busy shared machine.
			expect(ratio).toBeLessThan(40);
		});
	}

	it("an alias bomb next to a property link: the values are visited at most once per character of the front matter", () => {
		// 40 aliases a level, 6 levels: 40^6 (4 billion) values if walked in full; js-yaml (the CLI's parser) builds it in no time.
		const levels = ['a0: &a0 ["x", "y"]', ...Array.from({ length: 6 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(40).fill(`*a${i}`).join(", ")}]`)];
		// (Values after the bomb may go unvisited: that costs a hostile note its later property links, nothing more.)
		const text = `---\nup: "[[Note#개요]]"\ndown: [[Note#개요]]\n${levels.join("\n")}\n---\n`;
		const started = performance.now();
		const found = scan(text).links.map((l) => [l.span.start.line, l.parsed]);
		expect(performance.now() - started).toBeLessThan(2000);
		expect(found).toEqual([
			[2, true],
			[3, false],
		]);
	});

	it("places each of the repeated links once: the aliases have no text of their own", () => {
		const [text, data] = shapes[2]![1](3);
		expect(scanNote(text, { parseFrontMatter: () => ({ data }) }).links.map((l) => l.span.start.line)).toEqual([2]);
	});
});
