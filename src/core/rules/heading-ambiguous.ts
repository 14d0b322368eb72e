/** `heading-ambiguous`: a one-segment heading link matching several headings (Obsidian opens the first). */
import type { Rule } from "./rule";
import { destinationFix, safeSegments } from "./corrections";
import { showPath } from "./rule-helpers";

/**
 * @example
 * // two "#### 문제점" headings and "[[#문제점]]" => heading-ambiguous, fix "[[#Traditional Deployment#문제점]]"
 */
export const headingAmbiguous: Rule = {
	id: "heading-ambiguous",
	defaultSeverity: "warning",
	check(ctx, report) {
		for (const f of ctx.links) {
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
