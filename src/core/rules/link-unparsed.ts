/** `link-unparsed`: a Markdown link or image Obsidian does not parse (raw whitespace, unbalanced `<`), or a property link without quotes. */
import type { Fix } from "../model/diagnostic";
import type { Span } from "../model/position";
import type { Rule } from "./rule";
import { destinationFix } from "./corrections";

/**
 * Puts a property's unquoted `[[...]]` in double quotes; none when it holds `"` or `\`, which
 * would end or escape the quoted string.
 *
 * @example
 * quoteFix("[[Docker#개요]]", span, "Quote the link")?.edits[0]?.text; // '"[[Docker#개요]]"'
 */
function quoteFix(source: string, span: Span, title: string): Fix | null {
	return /["\\]/.test(source) ? null : { title, safe: true, edits: [{ span, expected: source, text: `"${source}"` }] };
}

/**
 * @example
 * // "[b](#A B)" => link-unparsed, safe fix "#A%20B" (or "<#A B>" with linkEncoding "angle")
 * // "[b](no such note)" => link-unparsed, suggested (not safe) fix "no%20such%20note"
 * // property "up: [[Docker#개요]]" => link-unparsed, safe fix 'up: "[[Docker#개요]]"'
 */
export const linkUnparsed: Rule = {
	id: "link-unparsed",
	check(ctx, report) {
		for (const f of ctx.links) {
			const link = f.link;
			if (link.parsed) continue;
			const unquoted = link.unparsedReason === "unquoted";
			const how = unquoted ? "quotes" : ctx.settings.linkEncoding;
			report({
				span: link.span,
				message: ctx.t.linkUnparsed(link.destination, link.unparsedReason ?? "whitespace", link.embed),
				suggestion: ctx.t.linkUnparsedSuggestion(how),
				// Not safe for a plain link to a file that does not exist: encoding would turn text
				// such as `[repo](link to come)` into a link to a note nobody wrote, which no check
				// reports (a missing image, or the note of a heading link, stays reported).
				// Quoting a property's link is safe: the user wrote it as a link.
				fix: unquoted ? quoteFix(ctx.scan.text.slice(link.span.start.offset, link.span.end.offset), link.span, ctx.t.linkUnparsedFix(how)) : destinationFix(ctx, f, ctx.t.linkUnparsedFix(how), f.file.path !== null || f.kind === "image" || link.subpath !== ""),
			});
		}
	},
};
