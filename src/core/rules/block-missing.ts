/** `block-missing`: `#^id` not found in the target note. */
import type { Rule } from "./rule";
import { closestLabels } from "../suggest/heading-suggest";
import { targetLabel } from "./rule-helpers";

/**
 * @example
 * // "[[Note#^setup-2]]" where Note has only "^setup-1" => block-missing, suggestion "#^setup-1"
 */
export const blockMissing: Rule = {
	id: "block-missing",
	defaultSeverity: "error",
	check(ctx, report) {
		for (const f of ctx.links) {
			if (f.subpath.kind !== "block" || !f.outline || f.block !== null) continue;
			const close = closestLabels(f.subpath.id, f.outline.blockIds.map((b) => b.id));
			report({
				span: f.link.span,
				message: ctx.t.blockMissing(f.subpath.id, targetLabel(f)),
				suggestion: close.length > 0 ? ctx.t.headingMissingSuggestion("#^" + (close[0] ?? "")) : null,
				fix: null,
			});
		}
	},
};
