/**
 * Properties every scan must satisfy, whatever the input: used by the fixture
 * tests and the property-based tests.
 */
import { expect } from "vitest";
import { LineIndex, type Span } from "../../src/core/model/position";
import type { NoteScan } from "../../src/core/model/scan";

function checkSpan(index: LineIndex, span: Span, what: string): void {
	const len = index.text.length;
	expect(span.start.offset, `${what} start`).toBeGreaterThanOrEqual(0);
	expect(span.end.offset, `${what} end`).toBeLessThanOrEqual(len);
	expect(span.start.offset, `${what} start<=end`).toBeLessThanOrEqual(span.end.offset);
	expect(span.start, `${what} start pos`).toEqual(index.pos(span.start.offset));
	expect(span.end, `${what} end pos`).toEqual(index.pos(span.end.offset));
}

function slice(text: string, span: Span): string {
	return text.slice(span.start.offset, span.end.offset);
}

/** Asserts that every record's range lies in the text and slices to its source. */
export function expectSpansConsistent(scan: NoteScan): void {
	const text = scan.text;
	const index = new LineIndex(text);
	expect(scan.lineStarts).toEqual(index.lineStarts);
	let last = -1;
	for (const h of scan.headings) {
		checkSpan(index, h.span, "heading");
		checkSpan(index, h.textSpan, "heading text");
		expect(slice(text, h.textSpan)).toBe(h.text);
		// The whole line, except a byte order mark before the first line.
		const bom = h.span.start.line === 1 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
		expect(slice(text, h.span)).toBe(index.lineText(h.span.start.line).slice(bom));
		expect(h.span.start.column).toBe(1 + bom);
		expect(h.span.start.offset).toBeGreaterThan(last);
		last = h.span.start.offset;
	}
	last = -1;
	for (const l of scan.links) {
		checkSpan(index, l.span, "link");
		checkSpan(index, l.destSpan, "link destination");
		const src = slice(text, l.span);
		expect(src.startsWith("[") || src.startsWith("!["), `link source ${JSON.stringify(src)}`).toBe(true);
		if (l.syntax === "wiki") expect(src.endsWith("]]")).toBe(true);
		if (l.syntax === "markdown") expect(src.endsWith(")")).toBe(true);
		if (l.syntax === "reference") expect(src.endsWith("]")).toBe(true);
		expect(slice(text, l.destSpan)).toBe(l.angle ? `<${l.destination}>` : l.destination);
		if (l.syntax !== "reference") {
			expect(l.destSpan.start.offset).toBeGreaterThanOrEqual(l.span.start.offset);
			expect(l.destSpan.end.offset).toBeLessThanOrEqual(l.span.end.offset);
		}
		expect(l.path + l.subpath).toBe(l.linktext);
		expect(l.parsed).toBe(l.unparsedReason === null);
		expect(l.span.start.offset).toBeGreaterThanOrEqual(last);
		last = l.span.start.offset;
	}
	for (const t of scan.tags) {
		expect(t.tag.startsWith("#")).toBe(true);
		if (t.span) checkSpan(index, t.span, "tag");
		if (t.source === "body" && t.span) expect(slice(text, t.span)).toBe(t.tag);
	}
	for (const b of scan.blockIds) {
		checkSpan(index, b.span, "block id");
		expect(slice(text, b.span)).toBe("^" + b.id);
	}
	for (const r of scan.regions) checkSpan(index, r.span, `region ${r.kind}`);
	if (scan.frontMatter) {
		checkSpan(index, scan.frontMatter.span, "front matter");
		checkSpan(index, scan.frontMatter.rawSpan, "front matter raw");
		expect(slice(text, scan.frontMatter.rawSpan)).toBe(scan.frontMatter.raw);
	}
	if (scan.frontMatterTags.keySpan) checkSpan(index, scan.frontMatterTags.keySpan, "tags key");
}
