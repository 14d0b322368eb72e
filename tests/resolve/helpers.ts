/**
 * Builds `Heading` records for resolver tests without the scanner: each outline
 * line is `#`s + space + text, one heading per line (no code fences etc.).
 */
import type { Heading } from "../../src/core/model/scan";
import { LineIndex } from "../../src/core/model/position";

/** @example outline("# A\n## B") → two headings, levels 1 and 2 */
export function outline(text: string): Heading[] {
	const index = new LineIndex(text);
	const out: Heading[] = [];
	let offset = 0;
	for (const line of text.split("\n")) {
		const m = /^(#{1,6}) (.*)$/.exec(line);
		if (m) {
			const level = (m[1] ?? "#").length as Heading["level"];
			const textStart = offset + level + 1;
			out.push({
				level,
				text: (m[2] ?? "").trim(),
				line: index.pos(offset).line,
				span: index.span(offset, offset + line.length),
				textSpan: index.span(textStart, offset + line.length),
			});
		}
		offset += line.length + 1;
	}
	return out;
}

/** Text of the heading at `i`, or null (for readable assertions). */
export function textAt(headings: Heading[], i: number | null): string | null {
	return i === null ? null : (headings[i]?.text ?? null);
}
