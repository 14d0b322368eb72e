/**
 * A tiny YAML-subset parser for tests and the in-memory vault ONLY. It is not a
 * YAML implementation: the CLI uses gray-matter (`src/cli/frontmatter.ts`) and the
 * plugin uses Obsidian's own parser. It understands what front matter in our
 * fixtures holds: `key: value`, `key: [a, b]`, block lists (`- a`), single- and
 * double-quoted strings, numbers, booleans, null, comments. It returns `{ error }`
 * on obviously malformed input (unbalanced brackets or quotes, bad indentation,
 * a line without `key:`), and never throws.
 */
import type { FrontMatterParseResult } from "../model/scan";

type Scalar = string | number | boolean | null;

function unquote(raw: string): { value: string } | { error: string } {
	const q = raw[0];
	if (raw.length < 2 || raw[raw.length - 1] !== q) return { error: `Unbalanced quote in ${raw}` };
	const inner = raw.slice(1, -1);
	if (q === "'") return { value: inner.replace(/''/g, "'") };
	return { value: inner.replace(/\\"/g, '"').replace(/\\n/g, "\n").replace(/\\\\/g, "\\") };
}

function stripComment(raw: string): string {
	// A `#` starts a comment at the start or after whitespace, outside quotes.
	let quote = "";
	for (let i = 0; i < raw.length; i++) {
		const c = raw[i];
		if (quote) {
			if (c === quote) quote = "";
		} else if (c === '"' || c === "'") quote = c;
		else if (c === "#" && (i === 0 || /\s/.test(raw[i - 1] ?? ""))) return raw.slice(0, i);
	}
	return raw;
}

function scalar(text: string): { value: Scalar } | { error: string } {
	const raw = stripComment(text).trim();
	if (raw === "" || raw === "~" || raw === "null") return { value: null };
	if (raw.startsWith('"') || raw.startsWith("'")) return unquote(raw);
	if (raw === "true" || raw === "false") return { value: raw === "true" };
	if (/^-?\d+(\.\d+)?$/.test(raw)) return { value: Number(raw) };
	if (/^[[\]{}]/.test(raw) || raw.startsWith("- ")) return { error: `Unexpected ${raw}` };
	return { value: raw };
}

function flowList(text: string): { value: Scalar[] } | { error: string } {
	const raw = stripComment(text).trim();
	if (!raw.endsWith("]")) return { error: "Unbalanced [" };
	const inner = raw.slice(1, -1);
	if (/[[\]{}]/.test(inner)) return { error: "Nested collections are not supported" };
	if (inner.trim() === "") return { value: [] };
	const items: Scalar[] = [];
	let quote = "";
	let start = 0;
	const parts: string[] = [];
	for (let i = 0; i < inner.length; i++) {
		const c = inner[i];
		if (quote) {
			if (c === quote) quote = "";
		} else if (c === '"' || c === "'") quote = c;
		else if (c === ",") {
			parts.push(inner.slice(start, i));
			start = i + 1;
		}
	}
	if (quote) return { error: "Unbalanced quote" };
	parts.push(inner.slice(start));
	for (const p of parts) {
		const s = scalar(p);
		if ("error" in s) return s;
		items.push(s.value);
	}
	return { value: items };
}

/**
 * Parses a front-matter block in the subset described above.
 *
 * @example
 * parseSimpleYaml("tags: [Container, Docker]\nslug: /x"); // { data: { tags: ["Container", "Docker"], slug: "/x" } }
 * parseSimpleYaml("tags: [a, b"); // { error: "Unbalanced [" }
 */
export function parseSimpleYaml(yaml: string): FrontMatterParseResult {
	const data: Record<string, unknown> = {};
	const lines = yaml.split(/\r\n|\r|\n/);
	let listKey: string | null = null;
	for (let n = 0; n < lines.length; n++) {
		const line = lines[n] ?? "";
		if (stripComment(line).trim() === "") continue;
		if (line.includes("\t")) return { error: `Tab indentation on line ${n + 1}` };
		const indent = line.length - line.trimStart().length;
		const body = line.trim();
		if (body.startsWith("- ") || body === "-") {
			if (listKey === null) return { error: `List item without a key on line ${n + 1}` };
			const s = scalar(body.slice(1));
			if ("error" in s) return { error: `${s.error} on line ${n + 1}` };
			(data[listKey] as Scalar[]).push(s.value);
			continue;
		}
		if (indent > 0) return { error: `Bad indentation on line ${n + 1}` };
		const m = /^([^:#\s][^:]*?)\s*:(?:\s+(.*))?$/.exec(body);
		if (!m) return { error: `Expected "key: value" on line ${n + 1}` };
		const key = m[1] ?? "";
		const rest = m[2] ?? "";
		listKey = null;
		if (stripComment(rest).trim() === "") {
			// `key:` then maybe a block list on the next lines
			data[key] = null;
			const next = lines.slice(n + 1).find((l) => stripComment(l).trim() !== "");
			if (next !== undefined && next.trim().startsWith("-")) {
				data[key] = [];
				listKey = key;
			}
			continue;
		}
		const v = rest.trimStart().startsWith("[") ? flowList(rest) : scalar(rest);
		if ("error" in v) return { error: `${v.error} on line ${n + 1}` };
		data[key] = v.value;
	}
	return { data };
}
