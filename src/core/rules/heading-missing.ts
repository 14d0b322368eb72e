/** `heading-missing`: the heading path resolves under neither reading. Suggests the closest heading (a guess: not safe). */
import type { Rule } from "./rule";
import { destinationFix, headingPathTo } from "./corrections";
import { suggestHeading } from "../suggest/heading-suggest";
import { inStaleToc, showPath, targetLabel } from "./rule-helpers";

/**
 * @example
 * // "[x](#개요#설치하기)" where only "## 설치" exists => heading-missing, suggestion "#개요#설치"
 */
export const headingMissing: Rule = {
	id: "heading-missing",
	defaultSeverity: "error",
	check(ctx, report) {
		for (const f of ctx.links) {
			if (f.subpath.kind !== "heading" || !f.heading || !f.outline) continue;
			if (f.heading.strict !== null || f.heading.ordered !== null) continue;
			if (f.headingNfc && ctx.enabled("unicode-normalization")) continue;
			if (inStaleToc(ctx, f)) continue;
			const segments = f.subpath.segments;
			const compared = ctx.hints(f.outline.headings.length);
			const guess = compared ? suggestHeading(f.outline.headings, segments) : null;
			const path = guess ? headingPathTo(f.outline.headings, guess.index, segments.length) : null;
			report({
				span: f.link.span,
				message: ctx.t.headingMissing(showPath(segments), targetLabel(f)),
				suggestion: path ? ctx.t.headingMissingSuggestion(showPath(path)) : compared ? ctx.t.headingMissingNoSuggestion() : ctx.t.hintsNotCompared(),
				fix: path ? destinationFix(ctx, f, ctx.t.headingMissingFix(showPath(path)), false, { segments: path }) : null,
			});
		}
	},
};
