import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { plainInline, stripMarks } from "../../src/core/compare/inline-text";

describe("stripMarks: only paired, flanking marks are dropped", () => {
	it.each([
		["**굵게** 쓴 말", "굵게 쓴 말"],
		["__strong__ words", "strong words"],
		["==형광펜== 표시", "형광펜 표시"],
		["~~옛 방식~~ 새 방식", "옛 방식 새 방식"],
		["`docker run` 명령", "docker run 명령"],
		["``a ` b`` tick", "a ` b tick"],
		["` spaced `", "spaced"],
		["(__괄호__)", "(괄호)"],
		["끝에 __강조__.", "끝에 강조."],
		["***both***", "*both*"],
		["**컨테이너**는 가볍다", "컨테이너는 가볍다"],
		["a**b**c", "abc"],
	])("%s -> %s", (input, expected) => {
		expect(stripMarks(input)).toBe(expected);
	});

	it.each([
		"__init__.py",
		"window.__pwned",
		"my__snake__case",
		"call __main__.run()",
		"a ** b",
		"2**10",
		"x == y",
		"a ~~ b ~~ c",
		"**not closed",
		"closed only**",
		"one ` tick",
		"``two ticks` one",
		"한국어__밑줄__이다",
	])("keeps %s", (input) => {
		expect(stripMarks(input)).toBe(input);
	});

	it("keeps code span content verbatim", () => {
		expect(stripMarks("`__init__.py` and `**x**`")).toBe("__init__.py and **x**");
		expect(plainInline("- run `python -m __main__`")).toBe("- run python -m __main__");
	});

	it("strips the one space CommonMark strips on each side of a code span", () => {
		expect(stripMarks("`` * ``")).toBe("*");
		expect(stripMarks("` a `")).toBe("a");
		expect(stripMarks("`  `")).toBe("  ");
	});

	it("only ever removes mark characters, never other text", () => {
		const marks = /[*_=~`]/g;
		const text = fc.array(fc.constantFrom("*", "**", "_", "__", "==", "~~", "`", "``", " ", "a", "가", ".", "(", ")", "x_y"), { maxLength: 30 }).map((a) => a.join(""));
		fc.assert(
			fc.property(text, (s) => {
				const out = stripMarks(s);
				// Besides marks, only the space CommonMark strips on each side of a code span (`` ` a ` `` is "a")
				// may go, and only where a space touches a tick (found at random: "`` * ``").
				if (/` | `/.test(s)) expect(out.replace(marks, "").replace(/ /g, "")).toBe(s.replace(marks, "").replace(/ /g, ""));
				else expect(out.replace(marks, "")).toBe(s.replace(marks, ""));
				expect(out.length).toBeLessThanOrEqual(s.length);
			}),
			{ numRuns: 2000 },
		);
	});

	it("stays linear on long hostile runs", () => {
		const s = "`".repeat(1) + " ``x".repeat(20_000) + "__a ".repeat(20_000) + "**".repeat(20_000);
		const t = performance.now();
		stripMarks(s);
		expect(performance.now() - t).toBeLessThan(1000);
	});
});
