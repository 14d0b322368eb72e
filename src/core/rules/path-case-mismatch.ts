/**
 * `path-case-mismatch`: a link or image resolves only because Obsidian ignores case.
 * Plain wikilinks to notes are left alone (publishers resolve them by name, like Obsidian).
 */
import type { Rule } from "./rule";
import { caseMatters, destinationFix, exactCasePath } from "./corrections";

/**
 * @example
 * // "![](/img/docker.PNG)" with "img/Docker.png" => path-case-mismatch, fix "/img/Docker.png"
 */
export const pathCaseMismatch: Rule = {
	id: "path-case-mismatch",
	defaultSeverity: "warning",
	check(ctx, report) {
		for (const f of ctx.links) {
			const { file } = f;
			if (f.sameNote || file.nfcPath === null || file.exactCase || file.nfcOnly || !caseMatters(f)) continue;
			const exact = exactCasePath(f.link.path, file.nfcPath);
			report({
				span: f.link.span,
				message: ctx.t.pathCaseMismatch(f.link.path, exact ?? file.nfcPath),
				suggestion: null,
				fix: exact !== null ? destinationFix(ctx, f, ctx.t.pathCaseMismatchFix(exact), true) : null,
			});
		}
	},
};
