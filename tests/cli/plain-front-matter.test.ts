import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsYaml } from "./js-yaml-reference";
import { parsePlainFrontMatter } from "../../src/cli/plain-front-matter";


// Pieces that are plain strings to YAML and pieces that only look like them.
const word = fc.constantFrom(
	"docker", "Container", "컨테이너", "Docker-파트-기초", "C#", "v1.0", "a:b", "https://example.com/x?y=1", "it's", 'say "hi"', "a  b", "NaN", "Infinity", "Yes", "yes", "No", "on", "OFF", "y", "n", "true", "True", "FALSE", "null", "Null", "~", "<<", "=",
	"1", "1.0", "0x1F", "1:20", "2024-01-01", ".inf", "-.inf", "+1", "-a", "a-", "-", "?x", ":x", "x:", "a: b", "x #y", "x#y", "#x", "@kepano", "`x`", "%x", "&a", "*a", "!x", "|", ">", "[x]", "{x}", "a,b", "a, b", "\\x", "x\u00a0", "\u3000x", "x\u2028y", "x\u0085", "\u00e9", "e\u0301", "😀", "__proto__", "constructor", "",
);
const quoted = fc.tuple(fc.constantFrom('"', "'"), word).map(([q, w]) => q + w + q);
const value = fc.oneof(word, quoted, fc.array(fc.oneof(word, quoted), { maxLength: 3 }).map((ws) => `[${ws.join(", ")}]`));
const key = fc.constantFrom("tags", "slug", "title", "aliases", "제목", "my key", "y", "true", "1", "-x", "a:b", "__proto__", "constructor", "tags ", " tags");
const line = fc.oneof(
	fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
	fc.tuple(key, fc.constantFrom("", "  ", "    ", " ")).map(([k]) => `${k}:`),
	fc.tuple(fc.constantFrom("", "  ", " ", "    "), fc.oneof(word, quoted)).map(([i, w]) => `${i}- ${w}`),
	fc.constantFrom("", "  ", "# comment", "-", "- ", "  -", "   - ", "k: TRUE", "k: [true, ~]", "k: tRUE", "k: NULL", "key:value", "  nested: x", "...", "tags: [a, b,]", "tags: []", "tags: [ ]", "k: v\r", "k: 'a''b'", 'k: "a\\"b"', "k: v # c"),
);
const yamlText = fc.tuple(fc.array(line, { maxLength: 8 }), fc.constantFrom("\n", "\r\n")).map(([ls, eol]) => ls.join(eol));

describe("parsePlainFrontMatter", () => {
	it("reads the seed's and the bench's front matter", () => {
		expect(parsePlainFrontMatter('slug: "Docker-파트-기초"')).toEqual({ slug: "Docker-파트-기초" });
		expect(parsePlainFrontMatter("tags:\n  - container\n  - docker\n")).toEqual({ tags: ["container", "docker"] });
		expect(parsePlainFrontMatter("tags: [Container, Docker]\naliases:\n")).toEqual({ tags: ["Container", "Docker"], aliases: null });
		expect(parsePlainFrontMatter("tags: Docker, Container")).toEqual({ tags: "Docker, Container" });
	});

	it("leaves to js-yaml what it is not sure of", () => {
		expect(parsePlainFrontMatter("publish: true\ntags:\n- \n-\n- seedling\nx: ~\nz: [false, Null]")).toEqual({ publish: true, tags: [null, null, "seedling"], x: null, z: [false, null] });
		for (const yaml of ["date: 2024-01-01", "draft: yes", "n: 1", "a: &x b", "k: v # c", "k:\n  a: b", "k: 'it''s'", "k: |\n  x", "k: v\nk: w", "- a", "tags: [a, [b]]", "k: x\u3000"]) {
			expect(parsePlainFrontMatter(yaml), yaml).toBeUndefined();
		}
	});

	it("agrees with js-yaml on everything it reads", () => {
		let read = 0;
		fc.assert(
			fc.property(yamlText, (yaml) => {
				const data = parsePlainFrontMatter(yaml);
				if (data === undefined) return;
				read++;
				expect(data).toStrictEqual(jsYaml(yaml));
			}),
			{ numRuns: 3000 },
		);
		// The generator must reach the accepting paths often enough to mean something.
		expect(read).toBeGreaterThan(300);
	});
});
