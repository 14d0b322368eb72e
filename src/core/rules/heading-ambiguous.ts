/**
 * `heading-ambiguous`: a one-segment heading link matching several headings, or a TOC
 * entry standing for a heading no link can reach (Obsidian opens the first in both).
 */
import type { Rule } from "./rule";
import { destinationFix, safeSegments } from "./corrections";
import { showPath } from "./rule-helpers";

/**
 * @example
 * // two "#### 문제점" headings and "[[#문제점]]" => heading-ambiguous, fix "[[#Traditional Deployment#문제점]]"
 * // "## 실습" twice under "# NameSpace", each in the TOC as "(#NameSpace#실습)" => the second entry, no fix
 */
export const headingAmbiguous: Rule = {
	id: "heading-ambiguous",
	defaultSeverity: "warning",
	check(ctx, report) {
		const twins = ctx.tocComparison?.twins ?? [];
		const line = (i: number): number => ctx.scan.headings[i]?.line ?? 0;
		for (const { entry, first, twin } of twins) {
			report({ span: entry.link.span, message: ctx.t.headingTwin(line(twin), line(first)), suggestion: ctx.t.headingTwinSuggestion(), fix: null });
		}
		for (const f of ctx.links) {
			// A twin's entry is reported above (qualifying it would only reach the first again).
			if (twins.some((t) => t.entry.link === f.link)) continue;
			const h = f.heading;
			if (!h || !f.outline || f.subpath.kind !== "heading" || f.subpath.segments.length !== 1) continue;
			if (h.strict === null || h.candidates.length < 2) continue;
			const first = f.outline.headings[h.strict];
			const segs = safeSegments(ctx, f);
			report({
				span: f.link.span,
				message: ctx.t.headingAmbiguous(f.subpath.segments[0] ?? "", h.candidates.length, first?.line ?? 0),
				suggestion: segs ? ctx.t.headingAmbiguousSuggestion(showPath(segs)) : ctx.t.headingAmbiguousNoFix(),
				fix: segs ? destinationFix(ctx, f, ctx.t.headingAmbiguousFix(showPath(segs)), true) : null,
			});
		}
	},
};
