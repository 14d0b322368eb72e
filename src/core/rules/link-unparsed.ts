/** `link-unparsed`: a Markdown link or image Obsidian does not parse (raw whitespace, unbalanced `<`). */
import type { Rule } from "./rule";
import { destinationFix } from "./corrections";

/**
 * @example
 * // "[b](#A B)" => link-unparsed, fix "#A%20B" (or "<#A B>" with linkEncoding "angle")
 */
export const linkUnparsed: Rule = {
	id: "link-unparsed",
	defaultSeverity: "error",
	check(ctx, report) {
		const enc = ctx.settings.linkEncoding;
		for (const f of ctx.links) {
			if (f.link.parsed) continue;
			report({
				span: f.link.span,
				message: ctx.t.linkUnparsed(f.link.destination, f.link.unparsedReason ?? "whitespace", f.link.embed),
				suggestion: ctx.t.linkUnparsedSuggestion(enc),
				fix: destinationFix(ctx, f, ctx.t.linkUnparsedFix(enc), true),
			});
		}
	},
};
