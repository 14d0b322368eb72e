/** `heading-missing`: the heading path resolves under neither reading. Suggests the closest heading (a guess: not safe). */
import type { Rule } from "./rule";
import { destinationFix, headingPathTo } from "./corrections";
import { suggestHeading } from "../suggest/heading-suggest";
import { inStaleToc, showPath, targetLabel } from "./rule-helpers";
import { githubAnchor } from "../resolve/heading-normalize";

/**
 * @example
 * // "[x](#개요#설치하기)" where only "## 설치" exists => heading-missing, suggestion "#개요#설치"
 */
export const headingMissing: Rule = {
	id: "heading-missing",
	check(ctx, report) {
		for (const f of ctx.links) {
			if (f.subpath.kind !== "heading" || !f.heading || !f.outline) continue;
			if (f.heading.strict !== null || f.heading.ordered !== null) continue;
			if (f.headingNfc && ctx.enabled("unicode-normalization")) continue;
			if (inStaleToc(ctx, f)) continue;
			const segments = f.subpath.segments;
			const headings = f.outline.headings;
			const compared = ctx.hints(headings.length);
			// A GitHub anchor (`#day-1---docker-기초`, `-1` for the second heading of that text) names its
			// heading exactly: the message says so, and the suggestion is that heading. Searched within
			// the note's hint budget, as guesses are.
			const anchor = segments.length === 1 && !/\s|\p{Lu}/u.test(segments[0] as string) ? githubAnchor(segments[0] as string) : null;
			const seen = new Map<string, number>();
			const github =
				compared && anchor
					? headings.findIndex((h) => {
							const a = githubAnchor(h.text);
							const n = seen.get(a) ?? 0;
							seen.set(a, n + 1);
							return (n > 0 ? `${a}-${n}` : a) === anchor;
						})
					: -1;
			const guess = github >= 0 ? { index: github } : compared ? suggestHeading(headings, segments) : null;
			const path = guess ? headingPathTo(headings, guess.index, segments.length) : null;
			report({
				span: f.link.span,
				message: ctx.t.headingMissing(showPath(segments), targetLabel(f), headings[github]?.text ?? null),
				// The anchor of a heading no path reaches (the second of two same ones under one parent): rename one.
				suggestion: path ? ctx.t.headingMissingSuggestion(showPath(path)) : github >= 0 ? ctx.t.headingTwinSuggestion() : compared ? ctx.t.headingMissingNoSuggestion() : ctx.t.hintsNotCompared(),
				fix: path ? destinationFix(ctx, f, ctx.t.headingMissingFix(showPath(path)), false, { segments: path }) : null,
			});
		}
	},
};
