/** `unicode-normalization`: the link and its target differ only by NFC/NFD, which Obsidian does not match. */
import type { Rule } from "./rule";
import { destinationFix, safeSegments } from "./corrections";
import { showPath } from "./rule-helpers";

/**
 * @example
 * // an NFD-typed "[[컨테이너#개요]]" and a note "컨테이너.md" (NFC) => unicode-normalization, fix: the NFC text
 */
export const unicodeNormalization: Rule = {
	id: "unicode-normalization",
	check(ctx, report) {
		for (const f of ctx.links) {
			if (!f.sameNote && f.file.nfcOnly) {
				report({
					span: f.link.span,
					message: ctx.t.unicodeNormalization(f.link.path, "file"),
					suggestion: null,
					fix: destinationFix(ctx, f, ctx.t.unicodeNormalizationFix(), true),
				});
			}
			if (f.headingNfc && f.subpath.kind === "heading") {
				const fixable = safeSegments(ctx, f) !== undefined;
				report({
					span: f.link.span,
					message: ctx.t.unicodeNormalization(showPath(f.subpath.segments), "heading"),
					suggestion: fixable ? null : ctx.t.unicodeNormalizationNoFix(),
					fix: fixable ? destinationFix(ctx, f, ctx.t.unicodeNormalizationFix(), true) : null,
				});
			}
		}
	},
};
