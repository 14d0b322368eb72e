/** `tags-comma-string`: front-matter `tags: a, b`, ignored by Obsidian since 1.9. Fix: a YAML list. */
import { tagsOfString, tagsValue } from "../scan/front-matter";
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
	const tags = tagsOfString(v);
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
		// The list restates what YAML read, so the line must say exactly that: its value (unquoted,
		// a trailing `# comment` kept as it is) is the parsed string. An escape, or a value folded
		// over several lines, gets no fix rather than a wrong one.
		const close = /^["']/.test(value) ? value.indexOf(value.charAt(0), 1) + 1 : 0;
		const at = value.slice(close).search(/\s#/);
		const cut = at < 0 ? -1 : close + at;
		const body = (cut < 0 ? value : value.slice(0, cut)).trim();
		const unquoted = /^(["']).*\1$/.test(body) ? body.slice(1, -1) : body;
		const list = unquoted === tagsValue(ctx.scan.frontMatter?.data ?? {}) ? tagsAsList(unquoted) : null;
		const from = start + (m[1] ?? "").length;
		const span = ctx.lines.span(from, from + value.length);
		report({
			span: ctx.lines.span(start, start + text.length),
			message: ctx.t.tagsCommaString(value),
			suggestion: null,
			fix: list === null ? null : { title: ctx.t.tagsCommaStringFix(list), safe: true, edits: [{ span, expected: value, text: list + (cut < 0 ? "" : value.slice(cut)) }] },
		});
	},
};
