/** Assertions shared by the security tests: spans inside the text, edits that name the text they replace, text kept outside edits. */
import { expect } from "vitest";
import type { Diagnostic, NoteReport, TextEdit } from "../../src/core/model/diagnostic";
import { LineIndex, type Span } from "../../src/core/model/position";

/** A span lies inside `text`, is ordered, and its line/column agree with its offsets. */
export function expectSpanInside(span: Span, text: string, index: LineIndex, what: string): void {
	const { start, end } = span;
	expect(start.offset, `${what}: start >= 0`).toBeGreaterThanOrEqual(0);
	expect(start.offset, `${what}: start <= end`).toBeLessThanOrEqual(end.offset);
	expect(end.offset, `${what}: end inside the text`).toBeLessThanOrEqual(text.length);
	expect(start, `${what}: start line/column`).toEqual(index.pos(start.offset));
	expect(end, `${what}: end line/column`).toEqual(index.pos(end.offset));
}

/** Every diagnostic's span and every fix edit is inside `text`; each edit's `expected` is what its span holds. */
export function expectReportConsistent(report: NoteReport, text: string): void {
	const index = new LineIndex(text);
	for (const d of report.diagnostics) {
		expectSpanInside(d.span, text, index, `${d.rule} span`);
		expect(typeof d.message).toBe("string");
		expect(d.message.length).toBeGreaterThan(0);
		for (const e of d.fix?.edits ?? []) {
			expectSpanInside(e.span, text, index, `${d.rule} edit`);
			expect(text.slice(e.span.start.offset, e.span.end.offset), `${d.rule} edit expected text`).toBe(e.expected);
		}
	}
}

/** Safe-fix edits of a set of diagnostics. */
export function safeEdits(diagnostics: readonly Diagnostic[]): TextEdit[] {
	return diagnostics.flatMap((d) => (d.fix?.safe ? d.fix.edits : []));
}

/** Merged, sorted `[start, end)` ranges covered by edits. */
export function coveredRanges(edits: readonly TextEdit[]): Array<[number, number]> {
	const ranges = edits.map((e) => [e.span.start.offset, e.span.end.offset] as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const out: Array<[number, number]> = [];
	for (const r of ranges) {
		const last = out[out.length - 1];
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else out.push([r[0], r[1]]);
	}
	return out;
}

/**
 * `after` keeps every part of `before` outside `edits` (byte for byte, in order): the
 * text before the first edit is a prefix, after the last a suffix, and the gaps between
 * edits appear in order in between.
 */
export function expectOutsideKept(before: string, after: string, edits: readonly TextEdit[]): void {
	const ranges = coveredRanges(edits);
	if (ranges.length === 0) {
		expect(after).toBe(before);
		return;
	}
	const gaps: string[] = [];
	let cursor = 0;
	for (const [s, e] of ranges) {
		gaps.push(before.slice(cursor, s));
		cursor = e;
	}
	gaps.push(before.slice(cursor));
	const first = gaps[0] ?? "";
	const last = gaps[gaps.length - 1] ?? "";
	expect(after.startsWith(first), "text before the first edit kept").toBe(true);
	expect(after.endsWith(last), "text after the last edit kept").toBe(true);
	let at = first.length;
	const limit = after.length - last.length;
	for (const gap of gaps.slice(1, -1)) {
		const found = after.indexOf(gap, at);
		expect(found >= 0 && found + gap.length <= limit, `text between edits kept: ${JSON.stringify(gap.slice(0, 40))}`).toBe(true);
		at = found + gap.length;
	}
}
