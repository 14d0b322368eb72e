/**
 * `heading-path-fragile`: the path reaches a heading only when segments are matched in
 * document order, not when each must lie inside its parent's section (spec Q1.3).
 */
import type { Rule } from "./rule";
import { destinationFix, safeSegments } from "./corrections";
import { ancestors } from "../resolve/heading-path";
import { showPath } from "./rule-helpers";

/**
 * @example
 * // "# 실습 / ## a / # 실습 / ## pod-affinity" and "(#실습#pod-affinity)":
 * // reaches pod-affinity only in document order; fix "#실습#pod-affinity" qualified so both readings agree
 */
export const headingPathFragile: Rule = {
	id: "heading-path-fragile",
	defaultSeverity: "warning",
	check(ctx, report) {
		for (const f of ctx.links) {
			const h = f.heading;
			if (!h || !f.outline || f.subpath.kind !== "heading" || h.strict !== null || h.ordered === null) continue;
			const headings = f.outline.headings;
			const reached = headings[h.ordered];
			// The document-order reading matches at strictly increasing levels, so an earlier, shallower
			// heading (the first segment's) precedes the one reached: it always has a parent.
			const parent = headings[ancestors(headings, h.ordered)[0] ?? -1];
			if (!reached || !parent) continue;
			const segs = safeSegments(ctx, f);
			const fix = segs ? destinationFix(ctx, f, ctx.t.headingFragileFix(showPath(segs)), true) : null;
			report({
				span: f.link.span,
				// With lines: the parent usually bears the first segment's name, but is a later namesake.
				message: ctx.t.headingFragile(showPath(f.subpath.segments), reached, parent),
				suggestion: segs ? ctx.t.headingFragileSuggestion(showPath(segs)) : ctx.t.headingFragileNoFix(),
				fix,
			});
		}
	},
};
