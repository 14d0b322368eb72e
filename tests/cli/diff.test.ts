import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { diffLines, splitLines, unifiedDiff } from "../../src/cli/diff";

describe("splitLines", () => {
	it("keeps each line ending, including CRLF and a lone CR", () => {
		expect(splitLines("a\r\nb\rc\nd")).toEqual(["a\r\n", "b\r", "c\n", "d"]);
		expect(splitLines("")).toEqual([]);
	});
});

describe("diffLines", () => {
	it("finds the shortest script", () => {
		const ops = diffLines(["a\n", "b\n", "c\n"], ["a\n", "x\n", "c\n"]);
		expect(ops.map((o) => `${o.kind[0]}${o.line.trim()}`)).toEqual(["ea", "db", "ix", "ec"]);
	});

	it("rebuilds both sides from the script (property)", () => {
		const line = fc.constantFrom("a\n", "b\n", "c\n", "d\r\n", "e");
		fc.assert(
			fc.property(fc.array(line, { maxLength: 30 }), fc.array(line, { maxLength: 30 }), (a, b) => {
				const ops = diffLines(a, b);
				expect(ops.filter((o) => o.kind !== "insert").map((o) => o.line)).toEqual(a);
				expect(ops.filter((o) => o.kind !== "delete").map((o) => o.line)).toEqual(b);
			}),
		);
	});
});

describe("unifiedDiff", () => {
	it("matches diff -u for a one-line change", () => {
		expect(unifiedDiff("a.md", "x\ny\n", "x\nz\n")).toBe("--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n x\n-y\n+z\n");
	});

	it("splits distant changes into hunks and marks a missing final newline", () => {
		const before = Array.from({ length: 16 }, (_, i) => `${i + 1}\n`).join("");
		const after = before.replace("3\n", "three\n").replace("15\n16\n", "fifteen\n16");
		expect(unifiedDiff("n.md", before, after)).toBe(
			[
				"--- a/n.md",
				"+++ b/n.md",
				"@@ -1,6 +1,6 @@",
				" 1",
				" 2",
				"-3",
				"+three",
				" 4",
				" 5",
				" 6",
				"@@ -12,5 +12,5 @@",
				" 12",
				" 13",
				" 14",
				"-15",
				"-16",
				"+fifteen",
				"+16",
				"\\ No newline at end of file",
				"",
			].join("\n"),
		);
	});

	it("is empty when nothing changed and handles an empty side", () => {
		expect(unifiedDiff("a.md", "same\n", "same\n")).toBe("");
		expect(unifiedDiff("a.md", "", "new\n")).toBe("--- a/a.md\n+++ b/a.md\n@@ -0,0 +1 @@\n+new\n");
	});
});
