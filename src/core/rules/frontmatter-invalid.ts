/** `frontmatter-invalid`: the front matter is not valid YAML (or is `---js` and so never run). The rest is still checked. */
import type { Rule } from "./rule";

/**
 * @example
 * // "---\ntags: [a\n---\n" => frontmatter-invalid
 */
export const frontmatterInvalid: Rule = {
	id: "frontmatter-invalid",
	check(ctx, report) {
		const fm = ctx.scan.frontMatter;
		if (!fm || !fm.closed || fm.error === null) return;
		report({ span: fm.span, message: ctx.t.frontmatterInvalid(fm.error, fm.language), suggestion: null, fix: null });
	},
};
