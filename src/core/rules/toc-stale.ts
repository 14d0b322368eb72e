/** `toc-stale`: the note's TOC no longer matches its headings. Fix: regenerate it in its own style. */
import type { Rule } from "./rule";
import { tocFix } from "../toc/toc-fix";

/**
 * @example
 * // a leading TOC listing "개요", "설치" while the note now has "개요", "설치", "실행" => toc-stale
 */
export const tocStale: Rule = {
	id: "toc-stale",
	defaultSeverity: "warning",
	check(ctx, report) {
		const { toc, tocComparison } = ctx;
		if (!toc || !tocComparison || !tocComparison.stale) return;
		report({
			span: toc.span,
			message: ctx.t.tocStale(tocComparison),
			suggestion: null,
			fix: tocFix(ctx.scan, ctx.settings, toc),
		});
	},
};
