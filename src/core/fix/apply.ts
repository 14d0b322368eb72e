/**
 * Applying fixes without ever losing text. Every edit names the text it expects
 * to replace; applying refuses when the span no longer holds it, or when edits
 * overlap. Text outside the edits is copied byte for byte (line endings, BOM,
 * NFD text elsewhere included).
 */
import type { Diagnostic, Fix, TextEdit } from "../model/diagnostic";

export type ApplyResult = { ok: true; text: string } | { ok: false; reason: string };

/** Two edits are the same change: same range, same replacement. */
function sameEdit(a: TextEdit, b: TextEdit): boolean {
	return a.span.start.offset === b.span.start.offset && a.span.end.offset === b.span.end.offset && a.text === b.text;
}

/**
 * Sorts edits by position, drops exact duplicates and reports the first overlap.
 * Two insertions at the same offset, or an insertion at the start of a replaced
 * range, count as overlapping: their order would be a guess.
 *
 * @example
 * orderEdits([b, a, a]); // { ok: true, edits: [a, b] } when a starts before b and they do not overlap
 */
export function orderEdits(edits: readonly TextEdit[]): { ok: true; edits: TextEdit[] } | { ok: false; reason: string } {
	const sorted = [...edits].sort((a, b) => a.span.start.offset - b.span.start.offset || a.span.end.offset - b.span.end.offset);
	const out: TextEdit[] = [];
	for (const edit of sorted) {
		const prev = out[out.length - 1];
		if (prev && sameEdit(prev, edit)) continue;
		if (prev) {
			const overlaps =
				edit.span.start.offset < prev.span.end.offset ||
				(edit.span.start.offset === prev.span.start.offset && (edit.span.start.offset === edit.span.end.offset || prev.span.start.offset === prev.span.end.offset));
			if (overlaps) return { ok: false, reason: `edits overlap at offset ${edit.span.start.offset}` };
		}
		out.push(edit);
	}
	return { ok: true, edits: out };
}

/** Whether `edit` still fits `text`: inside it, and the span holds `expected`. */
function holdsExpected(text: string, edit: TextEdit): boolean {
	const { start, end } = edit.span;
	if (start.offset < 0 || end.offset < start.offset || end.offset > text.length) return false;
	return text.slice(start.offset, end.offset) === edit.expected;
}

/**
 * Applies edits to a text, all or nothing.
 *
 * @example
 * const index = new LineIndex("see [x](#a b)");
 * applyEdits("see [x](#a b)", [{ span: index.span(8, 12), expected: "#a b", text: "#a%20b" }]);
 * // { ok: true, text: "see [x](#a%20b)" }
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): ApplyResult {
	const ordered = orderEdits(edits);
	if (!ordered.ok) return ordered;
	for (const edit of ordered.edits) {
		if (!holdsExpected(text, edit)) {
			return { ok: false, reason: `the text at offset ${edit.span.start.offset} changed since it was checked` };
		}
	}
	const parts: string[] = [];
	let cursor = 0;
	for (const edit of ordered.edits) {
		parts.push(text.slice(cursor, edit.span.start.offset), edit.text);
		cursor = edit.span.end.offset;
	}
	parts.push(text.slice(cursor));
	return { ok: true, text: parts.join("") };
}

/** Result of applying every safe fix of a set of diagnostics once. */
export interface SafeFixResult {
	text: string;
	/** Number of fixes applied (a fix whose edits were all already covered by identical edits counts too). */
	applied: number;
	/** One line per refused fix: its title and why. */
	refused: string[];
}

function editKey(e: TextEdit): string {
	return `${e.span.start.offset}:${e.span.end.offset}:${e.text}`;
}

/**
 * Edits taken so far, kept sorted by start so that a collision check is a binary
 * search (a note may carry thousands of fixes).
 */
class TakenEdits {
	private readonly sortedEdits: TextEdit[] = [];
	private readonly keys = new Set<string>();

	has(e: TextEdit): boolean {
		return this.keys.has(editKey(e));
	}

	/** Index of the first edit whose start is >= `offset`. */
	private lowerBound(offset: number): number {
		let lo = 0;
		let hi = this.sortedEdits.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((this.sortedEdits[mid]?.span.start.offset ?? 0) < offset) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** Whether `e` overlaps a taken edit (same rules as {@link orderEdits}). */
	collides(e: TextEdit): boolean {
		const start = e.span.start.offset;
		const end = e.span.end.offset;
		const i = this.lowerBound(start);
		const prev = this.sortedEdits[i - 1];
		if (prev && prev.span.end.offset > start) return true;
		for (let j = i; j < this.sortedEdits.length; j++) {
			const next = this.sortedEdits[j] as TextEdit;
			const ns = next.span.start.offset;
			if (ns > start && ns >= end) break;
			if (ns < end) return true;
			// ns === start: an insertion on either side is ambiguous
			if (start === end || next.span.start.offset === next.span.end.offset) return true;
		}
		return false;
	}

	add(e: TextEdit): void {
		this.sortedEdits.splice(this.lowerBound(e.span.start.offset), 0, e);
		this.keys.add(editKey(e));
	}

	all(): TextEdit[] {
		return this.sortedEdits;
	}
}

/**
 * Rules whose fixes rewrite a whole block: taken first so that the link edits
 * inside the block (which the block's new text already covers) give way.
 */
const BLOCK_RULES = new Set<string>(["toc-stale", "tags-comma-string"]);

/**
 * The safe fixes that apply together to `text`, chosen as {@link applySafeFixes} does
 * (block rewrites first, then document order; a fix whole or not at all), as one list
 * of edits sorted by position and free of duplicates. The plugin applies the list
 * through the editor; `applySafeFixes` through {@link applyEdits}.
 *
 * @example
 * const { edits, applied } = selectSafeFixes(noteText, report.diagnostics);
 */
export function selectSafeFixes(text: string, diagnostics: readonly Diagnostic[]): { edits: TextEdit[]; applied: number; refused: string[] } {
	const fixes: { fix: Fix; rule: string }[] = [];
	for (const d of diagnostics) if (d.fix && d.fix.safe && d.fix.edits.length > 0) fixes.push({ fix: d.fix, rule: d.rule });
	// Stable: block rewrites first, then document order.
	fixes.sort((a, b) => Number(BLOCK_RULES.has(b.rule)) - Number(BLOCK_RULES.has(a.rule)));

	const taken = new TakenEdits();
	const blocks: TextEdit[] = [];
	const refused: string[] = [];
	let applied = 0;
	for (const { fix, rule } of fixes) {
		const fresh = fix.edits.filter((e) => !taken.has(e));
		if (fresh.length === 0) {
			applied++;
			continue;
		}
		// Inside a block being rewritten (a regenerated TOC restates its links): nothing left to do.
		if (fresh.every((e) => blocks.some((b) => b.span.start.offset <= e.span.start.offset && e.span.end.offset <= b.span.end.offset))) continue;
		const bad = fresh.find((e) => !holdsExpected(text, e));
		if (bad) {
			refused.push(`${fix.title}: the text changed since it was checked`);
			continue;
		}
		const own = orderEdits(fresh);
		if (!own.ok || own.edits.some((e) => taken.collides(e))) {
			refused.push(`${fix.title}: overlaps another fix`);
			continue;
		}
		for (const e of own.edits) taken.add(e);
		if (BLOCK_RULES.has(rule)) blocks.push(...fresh);
		applied++;
	}
	return { edits: taken.all(), applied, refused };
}

/**
 * Applies every safe fix that does not collide with one already taken, in one
 * pass. A fix is taken whole or not at all. Fixes left out because they overlap
 * are reported in `refused`; run the check again and repeat to reach a fixpoint
 * (`Checker.fixNote` does that).
 *
 * @example
 * const { text, applied } = applySafeFixes(noteText, report.diagnostics);
 */
export function applySafeFixes(text: string, diagnostics: readonly Diagnostic[]): SafeFixResult {
	const { edits, applied, refused } = selectSafeFixes(text, diagnostics);
	const result = applyEdits(text, edits);
	if (!result.ok) return { text, applied: 0, refused: [...refused, result.reason] };
	return { text: result.text, applied, refused };
}
