import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyEdits, applySafeFixes } from "../../src/core/fix/apply";
import { LineIndex } from "../../src/core/model/position";
import type { Diagnostic, TextEdit } from "../../src/core/model/diagnostic";

function edit(text: string, from: number, to: number, replacement: string): TextEdit {
	const index = new LineIndex(text);
	return { span: index.span(from, to), expected: text.slice(from, to), text: replacement };
}

function diag(rule: Diagnostic["rule"], edits: TextEdit[], safe = true): Diagnostic {
	const span = edits[0]?.span ?? new LineIndex("").span(0, 0);
	return { rule, severity: "error", path: "n.md", span, message: "m", suggestion: null, fix: { title: rule, safe, edits } };
}

describe("applyEdits", () => {
	it("replaces spans and keeps everything else byte for byte (BOM, CRLF, NFD)", () => {
		const nfd = "컨테이너".normalize("NFD");
		const text = `\uFEFF- [a](#a b)\r\n${nfd}\r\n[c](#c d)\n`;
		const i1 = text.indexOf("#a b");
		const i2 = text.indexOf("#c d");
		const r = applyEdits(text, [edit(text, i2, i2 + 4, "#c%20d"), edit(text, i1, i1 + 4, "#a%20b")]);
		expect(r).toEqual({ ok: true, text: `\uFEFF- [a](#a%20b)\r\n${nfd}\r\n[c](#c%20d)\n` });
	});

	it("refuses when the text changed since the check", () => {
		const text = "[a](#a b)";
		const e = edit(text, 4, 8, "#a%20b");
		expect(applyEdits("[a](#x y)", [e]).ok).toBe(false);
		expect(applyEdits("[a]", [e]).ok).toBe(false);
	});

	it("refuses overlapping edits and two insertions at one point, de-duplicates identical ones", () => {
		const text = "abcdef";
		expect(applyEdits(text, [edit(text, 0, 3, "x"), edit(text, 2, 4, "y")]).ok).toBe(false);
		expect(applyEdits(text, [edit(text, 2, 2, "x"), edit(text, 2, 2, "y")]).ok).toBe(false);
		expect(applyEdits(text, [edit(text, 1, 2, "X"), edit(text, 1, 2, "X")])).toEqual({ ok: true, text: "aXcdef" });
		expect(applyEdits(text, [edit(text, 1, 2, "X"), edit(text, 2, 3, "Y")])).toEqual({ ok: true, text: "aXYdef" });
	});

	it("never loses text: outside the edits the result equals the input (property)", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 5 })), { maxLength: 6 }), (text, raw) => {
				const edits = raw.map(([a, b, t]) => {
					const from = text.length === 0 ? 0 : a % (text.length + 1);
					const to = from + (text.length - from === 0 ? 0 : b % (text.length - from + 1));
					return edit(text, from, to, t);
				});
				const r = applyEdits(text, edits);
				if (!r.ok) return;
				const sorted = [...edits].sort((x, y) => x.span.start.offset - y.span.start.offset);
				let cursor = 0;
				let out = 0;
				for (const e of sorted) {
					const keep = text.slice(cursor, e.span.start.offset);
					if (e.span.start.offset < cursor) continue; // a de-duplicated twin
					expect(r.text.slice(out, out + keep.length)).toBe(keep);
					out += keep.length + e.text.length;
					cursor = e.span.end.offset;
				}
				expect(r.text.slice(out)).toBe(text.slice(cursor));
			}),
		);
	});
});

describe("applySafeFixes", () => {
	it("applies safe fixes only, whole fixes, de-duplicating identical edits across rules", () => {
		const text = "[a](#x y) [b](#p q)";
		const e1 = edit(text, 4, 8, "#x%20y");
		const e2 = edit(text, 14, 18, "#p%20q");
		const r = applySafeFixes(text, [diag("link-unparsed", [e1]), diag("heading-ambiguous", [e1]), diag("heading-missing", [e2], false)]);
		expect(r.text).toBe("[a](#x%20y) [b](#p q)");
		expect(r.applied).toBe(2);
		expect(r.refused).toEqual([]);
	});

	it("lets a TOC rewrite subsume the link fixes inside it, and refuses stale edits", () => {
		const text = "- [a](#a b)\n- [c](#c)\n\n# a b\n";
		const toc = edit(text, 0, 21, "- [a b](#a%20b)");
		const link = edit(text, 6, 10, "#a%20b");
		const r = applySafeFixes(text, [diag("link-unparsed", [link]), diag("toc-stale", [toc])]);
		expect(r.text).toBe("- [a b](#a%20b)\n\n# a b\n");
		expect(r.refused).toEqual([]);
		const stale = applySafeFixes("changed", [diag("link-unparsed", [link])]);
		expect(stale.text).toBe("changed");
		expect(stale.refused.length).toBe(1);
	});
});
