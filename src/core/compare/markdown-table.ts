/**
 * The comparison as a Markdown table (Obsidian / GitHub-flavoured), in the view
 * model's language, followed by the numbered list of the catalog sources cited.
 */
import type { CellVM, ComparisonViewModel } from "./view-model";
import { fill } from "./labels";

/**
 * Escapes note text for a table cell so it stays literal text: backslashes first
 * (so an existing `\|` cannot unescape our pipe), then the pipe and every inline
 * Markdown/Obsidian marker (links and embeds `[ ] !`, code, emphasis, highlight,
 * tags `#`, math `$`, comments `%`, footnotes and block ids `^`), angle brackets and
 * ampersands as entities (cell text is never HTML), and line breaks as `<br>`.
 *
 * @example
 * escapeCell("a | b"); // "a \\| b"
 * escapeCell("<img src=x>"); // "&lt;img src\\=x&gt;"
 * escapeCell("[a](javascript:x) #tag"); // "\\[a\\](javascript:x) \\#tag"
 */
export function escapeCell(text: string): string {
	return text
		.replace(/[\\`*_[\]!#~=^$%|]/g, "\\$&")
		.replace(/&/g, "&amp;")
		.replace(/</g, "&lt;")
		.replace(/>/g, "&gt;")
		.replace(/\r\n|\r|\n/g, "<br>")
		.trim();
}

function cellText(cell: CellVM, sourceNumber: (id: string, title: string, url: string) => number, moreTemplate: string): string {
	if (cell.items.length === 0) return cell.placeholder ? `*${escapeCell(cell.placeholder)}*` : "";
	const parts = cell.items.map((item) => {
		const indent = "&nbsp;&nbsp;".repeat(Math.min(item.depth, 4));
		// Marks match the view's: § a sub-heading, ❝ a quote, • / ◦ list items by depth.
		const bullet = item.kind === "heading" ? "§ " : item.kind === "quote" ? "❝ " : cell.items.length > 1 ? (item.depth > 0 ? "◦ " : "• ") : "";
		let text = `${indent}${bullet}${escapeCell(item.text)}`;
		if (item.origin.kind === "catalog") {
			const refs = item.origin.sources.map((s) => `\\[${sourceNumber(s.id, s.title, s.url)}\\]`);
			if (refs.length > 0) text += ` ${refs.join("")}`;
		}
		return text;
	});
	if (cell.more > 0) parts.push(escapeCell(fill(moreTemplate, { n: cell.more })));
	return parts.join("<br>");
}

function escapeLinkText(text: string): string {
	return text.replace(/\\/g, "\\\\").replace(/([[\]])/g, "\\$1");
}

/**
 * Renders the comparison as Markdown: one table (first column = row labels, then
 * one column per model) and, when facts are cited, a numbered source list.
 *
 * @example
 * const md = comparisonToMarkdown(vm);
 * md.split("\n")[0]; // "| Dimension | Traditional deployment | Virtualized deployment | Container deployment | Kubernetes |"
 */
export function comparisonToMarkdown(vm: ComparisonViewModel): string {
	const L = vm.labels;
	const sources: Array<{ title: string; url: string }> = [];
	const numbers = new Map<string, number>();
	const sourceNumber = (id: string, title: string, url: string): number => {
		let n = numbers.get(id);
		if (n === undefined) {
			sources.push({ title, url });
			n = sources.length;
			numbers.set(id, n);
		}
		return n;
	};
	const header = [escapeCell(L.dimension), ...vm.columns.map((c) => escapeCell(c.name))];
	const lines = [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`];
	for (const row of vm.rows) {
		const label = row.group === "note" ? `${L.groupNote}: ${row.label}` : row.label;
		const cells = [`**${escapeCell(label)}**`, ...row.cells.map((c) => cellText(c, sourceNumber, L.more))];
		lines.push(`| ${cells.join(" | ")} |`);
	}
	let out = `${lines.join("\n")}\n`;
	if (sources.length > 0) {
		out += `\n${L.sources}:\n\n`;
		// Only web addresses become links; anything else is listed as text.
		out += sources
			.map((s, i) => (/^https?:\/\//i.test(s.url) ? `${i + 1}. [${escapeLinkText(s.title)}](<${s.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : `${i + 1}. ${escapeCell(s.title)}`))
			.join("\n");
		out += "\n";
	}
	return out;
}
