/**
 * `block-unclosed`: a code fence, `<!--` comment or `%%` comment that is never closed.
 * Obsidian, like CommonMark, then reads the rest of the note as code or comment, so
 * every link, heading and tag after it silently disappears.
 */
import type { Rule } from "./rule";

/**
 * @example
 * // "#Docker\n```\n[x](#A)\n# B\n" => block-unclosed on line 2 (the link and the heading are code)
 */
export const blockUnclosed: Rule = {
	id: "block-unclosed",
	defaultSeverity: "warning",
	check(ctx, report) {
		for (const r of ctx.scan.regions) {
			if (!r.unterminated) continue;
			// Only the opening line is marked: underlining the rest of the note would hide everything else.
			const { line, column, offset } = r.span.start;
			const lineEnd = offset - (column - 1) + ctx.lines.lineText(line).length;
			report({ span: ctx.lines.span(offset, lineEnd), message: ctx.t.blockUnclosed(r.kind === "fence"), suggestion: null, fix: null });
		}
	},
};
