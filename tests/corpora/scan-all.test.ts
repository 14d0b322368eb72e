/**
 * Every note of every vault in ../shared/corpora is scanned without an exception,
 * and every record's range slices to its source. Run from .ci/run only.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CORPORA_ROOT, markdownFiles } from "./corpus-files";
import type { NoteScan } from "../../src/core/model/scan";
import { scanNoteUnguarded } from "../../src/core/scan/scan-note";

const root = CORPORA_ROOT;

/** Cheap structural checks (no `expect` per record, to stay fast over 10,000+ notes). */
function problems(scan: NoteScan): string[] {
	const t = scan.text;
	const out: string[] = [];
	const inside = (a: number, b: number) => a >= 0 && a <= b && b <= t.length;
	for (const h of scan.headings) if (t.slice(h.textSpan.start.offset, h.textSpan.end.offset) !== h.text) out.push(`heading ${h.span.start.line}`);
	for (const l of scan.links) {
		if (!inside(l.span.start.offset, l.span.end.offset)) out.push(`link span ${l.span.start.line}`);
		const src = t.slice(l.span.start.offset, l.span.end.offset);
		if (!(src.startsWith("[") || src.startsWith("!["))) out.push(`link source ${l.span.start.line}`);
		const dest = t.slice(l.destSpan.start.offset, l.destSpan.end.offset);
		if (dest !== (l.angle ? `<${l.destination}>` : l.destination)) out.push(`link destination ${l.span.start.line}`);
	}
	for (const g of scan.tags) if (g.source === "body" && g.span && t.slice(g.span.start.offset, g.span.end.offset) !== g.tag) out.push(`tag ${g.span.start.line}`);
	for (const b of scan.blockIds) if (t.slice(b.span.start.offset, b.span.end.offset) !== "^" + b.id) out.push(`block ${b.span.start.line}`);
	for (const r of scan.regions) if (!inside(r.span.start.offset, r.span.end.offset)) out.push(`region ${r.kind}`);
	return out;
}

describe.skipIf(!existsSync(root))("scanner over ../shared/corpora", () => {
	it("scans every note without an exception, with consistent ranges", () => {
		const failures: string[] = [];
		const counts = { notes: 0, bytes: 0, headings: 0, links: 0, unparsed: 0, tags: 0, blockIds: 0 };
		const started = performance.now();
		for (const file of markdownFiles(root)) {
			const rel = path.relative(root, file);
			let text: string;
			try {
				text = readFileSync(file, "utf8");
			} catch {
				continue;
			}
			counts.notes++;
			counts.bytes += text.length;
			try {
				const scan = scanNoteUnguarded(text, { parseFrontMatter: () => ({ data: {} }) });
				counts.headings += scan.headings.length;
				counts.links += scan.links.length;
				counts.unparsed += scan.links.filter((l) => !l.parsed).length;
				counts.tags += scan.tags.length;
				counts.blockIds += scan.blockIds.length;
				const bad = problems(scan);
				if (bad.length > 0) failures.push(`${rel}: ${bad.slice(0, 3).join(", ")}`);
			} catch (e) {
				failures.push(`${rel}: threw ${e instanceof Error ? e.message : String(e)}`);
			}
		}
		console.log(`scanned ${counts.notes} notes (${(counts.bytes / 1e6).toFixed(1)} M chars) in ${(performance.now() - started).toFixed(0)} ms`, counts);
		expect(counts.notes).toBeGreaterThan(0);
		expect(failures.slice(0, 20)).toEqual([]);
	});
});
