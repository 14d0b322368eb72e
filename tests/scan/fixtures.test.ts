import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scanNote } from "../../src/core/scan";
import { project, readExpectations } from "./fixture-format";
import { expectSpansConsistent } from "./invariants";

const dir = path.resolve(__dirname, "../fixtures/scan/cases");
const files = readdirSync(dir).filter((f) => f.endsWith(".md")).sort();

const endings: Array<[string, (s: string) => string]> = [
	["LF", (s) => s],
	["CRLF", (s) => s.replace(/\n/g, "\r\n")],
	["CR", (s) => s.replace(/\n/g, "\r")],
];

describe("scanner fixtures with inline expectations", () => {
	it("there are fixtures to run", () => {
		expect(files.length).toBeGreaterThanOrEqual(6);
	});
	for (const file of files) {
		for (const [name, convert] of endings) {
			it(`${file} (${name})`, () => {
				const text = convert(readFileSync(path.join(dir, file), "utf8"));
				const expected = readExpectations(text);
				expect(expected, "fixture has an <!-- expect --> block").not.toBeNull();
				if (!expected) return;
				const scan = scanNote(text);
				const { at: _at, ...want } = expected;
				expect(project(scan, expected.at)).toEqual(want);
				expectSpansConsistent(scan);
			});
		}
	}
});
