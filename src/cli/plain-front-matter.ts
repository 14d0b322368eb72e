/**
 * The front matter most notes have, read without a YAML engine: `key: value`
 * lines whose values are plain words, simply quoted strings, `true`/`false`,
 * `null`, flow lists of those, or block lists of those (`tags:` then
 * `  - docker`). Anything else (comments, nesting, anchors, escapes, numbers,
 * dates, multi-line strings, duplicate keys, control characters, ...) returns
 * `undefined`, and js-yaml decides. Loading and running js-yaml was ~8% of a 1,000-note check.
 *
 * Every value accepted here is one that js-yaml 3 (gray-matter's engine) reads
 * as the same string, list or null: a property test and the corpora tests
 * compare the two on every input this accepts.
 */

/** Plain words that js-yaml reads as something other than a string, or that look like it (kept for js-yaml). */
const SPECIAL = /^(?:true|false|null|yes|no|on|off|y|n|~|<<|=)$/i;
/** Characters a plain scalar may not start with (YAML indicators, quotes, digits, signs, dots, spaces). */
const BAD_START = /^[-?:,[\]{}#&*!|>'"%@`0-9+.\s~=<]/;
/**
 * Characters refused anywhere in the text: controls, BOM, non-characters and surrogates
 * (js-yaml checks them), tabs, backslashes, and the spaces that JavaScript's `trim`
 * removes but YAML keeps (no-break, ideographic, ...).
 */
function refused(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x20 ? c !== 0x0a && c !== 0x0d : c < 0x7f ? c === 0x5c : c <= 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c >= 0xfffe || (c >= 0xd800 && c <= 0xdfff)) return true;
	}
	return false;
}
/** Brackets and braces inside a value: flow collections, left to js-yaml. */
const BRACKETS = /[[\]{}]/;

/** A plain scalar js-yaml reads as this very string (block context: commas allowed, `: ` and ` #` not). */
function plain(text: string, flow: boolean): string | undefined {
	const s = text.trim();
	if (s === "" || BAD_START.test(s) || SPECIAL.test(s) || BRACKETS.test(s)) return undefined;
	if (s.endsWith(":") || s.includes(": ") || s.includes(" #")) return undefined;
	if (flow && (s.includes(",") || s.includes(":"))) return undefined;
	return s;
}

/** js-yaml 3's booleans and nulls (YAML 1.2 core schema; an empty value is null too). */
const WORDS: ReadonlyMap<string, boolean | null> = new Map<string, boolean | null>([
	...["true", "True", "TRUE"].map((w): [string, boolean] => [w, true]),
	...["false", "False", "FALSE"].map((w): [string, boolean] => [w, false]),
	...["null", "Null", "NULL", "~"].map((w): [string, null] => [w, null]),
]);

/** A value: a boolean or null word, plain text, or text quoted without inner quotes; `undefined` when unsure. */
function scalar(text: string, flow: boolean): string | boolean | null | undefined {
	const s = text.trim();
	const word = WORDS.get(s);
	if (word !== undefined) return word;
	const q = s[0];
	if (q === '"' || q === "'") {
		if (s.length < 2 || s[s.length - 1] !== q) return undefined;
		const inner = s.slice(1, -1);
		if (inner.includes(q) || BRACKETS.test(inner)) return undefined;
		return inner;
	}
	return plain(s, flow);
}

/** `[a, "b c", d]`: a flow list of scalars (no trailing comma, no empty items). */
function flowList(text: string): (string | boolean | null)[] | undefined {
	const s = text.trim();
	if (!s.startsWith("[") || !s.endsWith("]")) return undefined;
	const inner = s.slice(1, -1);
	if (inner.trim() === "") return [];
	const out: (string | boolean | null)[] = [];
	for (const part of inner.split(",")) {
		if (part.trim() === "") return undefined;
		const item = scalar(part, true);
		if (item === undefined) return undefined;
		out.push(item);
	}
	return out;
}

/**
 * The data of a plain front matter, or `undefined` when it is not plain enough to be sure.
 * Blank text gives `{}`, as `grayMatterParser` gives for it.
 *
 * @example
 * parsePlainFrontMatter('slug: "Docker-파트-기초"\ntags:\n  - docker\n'); // { slug: "Docker-파트-기초", tags: ["docker"] }
 * parsePlainFrontMatter("date: 2024-01-01");                            // undefined (a date: js-yaml decides)
 */
export function parsePlainFrontMatter(yaml: string): Record<string, unknown> | undefined {
	if (refused(yaml)) return undefined;
	const data: Record<string, unknown> = {};
	// The key whose value is a block list being read, and that list's item indentation.
	let list: (string | boolean | null)[] | null = null;
	let listIndent = -1;
	let listKey = "";
	for (const raw of yaml.split("\n")) {
		const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
		if (line.includes("\r")) return undefined;
		if (line.trim() === "") continue;
		// "- item", or "-" alone (a null item).
		const dash = /^( *)-(?: (.*))?$/.exec(line);
		if (dash) {
			const indent = (dash[1] ?? "").length;
			if (list === null || (listIndent >= 0 && indent !== listIndent)) return undefined;
			listIndent = indent;
			const item = (dash[2] ?? "").trim() === "" ? null : scalar(dash[2] ?? "", false);
			if (item === undefined) return undefined;
			list.push(item);
			continue;
		}
		if (list !== null) {
			data[listKey] = list.length > 0 ? list : null;
			list = null;
		}
		const colon = line.indexOf(":");
		if (colon <= 0 || (colon + 1 < line.length && line[colon + 1] !== " ")) return undefined;
		const key = plain(line.slice(0, colon), false);
		if (key === undefined || key !== line.slice(0, colon) || key in Object.prototype || Object.prototype.hasOwnProperty.call(data, key)) return undefined;
		const rest = line.slice(colon + 1).trim();
		if (rest === "") {
			list = [];
			listIndent = -1;
			listKey = key;
			continue;
		}
		const value = rest.startsWith("[") ? flowList(rest) : scalar(rest, false);
		if (value === undefined) return undefined;
		data[key] = value;
	}
	if (list !== null) data[listKey] = list.length > 0 ? list : null;
	return data;
}
