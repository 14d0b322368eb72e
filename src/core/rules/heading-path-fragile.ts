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
			if (!reached) continue;
			const parentIndex = ancestors(headings, h.ordered)[0];
			const parent = parentIndex === undefined ? null : (headings[parentIndex]?.text ?? null);
			const segs = safeSegments(ctx, f);
			const fix = segs ? destinationFix(ctx, f, ctx.t.headingFragileFix(showPath(segs)), true) : null;
			report({
				span: f.link.span,
				message: ctx.t.headingFragile(showPath(f.subpath.segments), reached.text, reached.line, parent),
				suggestion: segs ? ctx.t.headingFragileSuggestion(showPath(segs)) : ctx.t.headingFragileNoFix(),
				fix,
			});
		}
	},
};
