/** `block-missing`: `#^id` not found in the target note. */
import type { Rule } from "./rule";
import { closestLabel } from "../suggest/heading-suggest";
import { targetLabel } from "./rule-helpers";

/**
 * @example
 * // "[[Note#^setup-2]]" where Note has only "^setup-1" => block-missing, suggestion "#^setup-1"
 */
export const blockMissing: Rule = {
	id: "block-missing",
	check(ctx, report) {
		for (const f of ctx.links) {
			if (f.subpath.kind !== "block" || !f.outline || f.block !== null) continue;
			// An edit distance per block id: about five times the cost of a heading comparison.
			const compared = ctx.hints(5 * f.outline.blockIds.length);
			const close = compared ? closestLabel(f.subpath.id, f.outline.blockIds.map((b) => b.id)) : null;
			report({
				span: f.link.span,
				message: ctx.t.blockMissing(f.subpath.id, targetLabel(f)),
				suggestion: close !== null ? ctx.t.headingMissingSuggestion("#^" + close) : compared ? null : ctx.t.hintsNotCompared(),
				fix: null,
			});
		}
	},
};
