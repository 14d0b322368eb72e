/** `link-unparsed`: a Markdown link or image Obsidian does not parse (raw whitespace, unbalanced `<`). */
import type { Rule } from "./rule";
import { destinationFix } from "./corrections";

/**
 * @example
 * // "[b](#A B)" => link-unparsed, safe fix "#A%20B" (or "<#A B>" with linkEncoding "angle")
 * // "[b](no such note)" => link-unparsed, suggested (not safe) fix "no%20such%20note"
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
				// Not safe for a plain link to a file that does not exist: encoding would turn text
				// such as `[repo](link to come)` into a link to a note nobody wrote, which no check
				// reports (a missing image, or the note of a heading link, stays reported).
				fix: destinationFix(ctx, f, ctx.t.linkUnparsedFix(enc), f.file.path !== null || f.kind === "image" || f.link.subpath !== ""),
			});
		}
	},
};
