/** `tags-comma-string`: front-matter `tags: a, b`, ignored by Obsidian since 1.9. Fix: a YAML list. */
import type { Rule } from "./rule";

const TAGS_LINE = /^(\s*tags\s*:[ \t]*)(.*?)[ \t]*$/i;
const PLAIN = /^[\p{L}\p{N}_/-]+$/u;

/**
 * The flow list for a comma string, or `null` when it holds no tag.
 *
 * @example
 * tagsAsList("Container, #Docker"); // "[Container, Docker]"
 */
export function tagsAsList(value: string): string | null {
	let v = value.trim();
	if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) v = v.slice(1, -1);
	const tags = v
		.split(",")
		.map((t) => t.trim().replace(/^#+/, ""))
		.filter((t) => t !== "");
	if (tags.length === 0) return null;
	return "[" + tags.map((t) => (PLAIN.test(t) ? t : JSON.stringify(t))).join(", ") + "]";
}

/**
 * @example
 * // "---\ntags: container, docker\n---" => tags-comma-string, fix "tags: [container, docker]"
 */
export const tagsCommaString: Rule = {
	id: "tags-comma-string",
	defaultSeverity: "warning",
	check(ctx, report) {
		const { commaString, keySpan } = ctx.scan.frontMatterTags;
		if (!commaString || !keySpan) return;
		const line = keySpan.start.line;
		const text = ctx.lines.lineText(line);
		const m = TAGS_LINE.exec(text);
		const start = ctx.lines.offsetOf(line, 1);
		if (!m || start === null) return;
		const value = m[2] ?? "";
		// The comma string must be on the key's line (not a block scalar below it) to be rewritten.
		const list = value.includes(",") && !/^[|>]/.test(value) ? tagsAsList(value) : null;
		const from = start + (m[1] ?? "").length;
		const span = ctx.lines.span(from, from + value.length);
		report({
			span: ctx.lines.span(start, start + text.length),
			message: ctx.t.tagsCommaString(value),
			suggestion: null,
			fix: list === null ? null : { title: ctx.t.tagsCommaStringFix(list), safe: true, edits: [{ span, expected: value, text: list }] },
		});
	},
};
