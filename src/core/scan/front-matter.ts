/**
 * Front matter: the `---` block at the very start of a note, its data through the
 * injected parser, and the tags Obsidian reads from it.
 */
import type { LineIndex, Span } from "../model/position";
import type { FrontMatter, FrontMatterParser, FrontMatterTags, Tag } from "../model/scan";
import { isSpaceOrTab } from "./chars";

/**
 * The front-matter record (or `null`) and where the body starts.
 *
 * @example
 * // "---\na: 1\n---\n# T" => { frontMatter: { raw: "a: 1\n", closed: true, ... }, bodyStart: 13 }
 */
export interface FrontMatterResult {
	frontMatter: FrontMatter | null;
	/** Offset where body scanning starts. */
	bodyStart: number;
}

const LANGUAGE = /^[A-Za-z][\w+.-]*$/;

/** End of the line starting at `from` (before its line ending). */
function lineEnd(text: string, from: number): number {
	let i = from;
	while (i < text.length) {
		const c = text.charCodeAt(i);
		if (c === 10 || c === 13) break;
		i++;
	}
	return i;
}

/** Offset after the line ending at `end` (which points at `\r`, `\n` or the text end). */
function nextLineStart(text: string, end: number): number {
	if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return end + 2;
	return end < text.length ? end + 1 : end;
}

/** Whether `[from, to)` is exactly `marker` followed by spaces or tabs. */
function isFenceLine(text: string, from: number, to: number, marker: string): boolean {
	if (!text.startsWith(marker, from)) return false;
	for (let i = from + marker.length; i < to; i++) if (!isSpaceOrTab(text.charCodeAt(i))) return false;
	return true;
}

/**
 * Finds and parses front matter starting at `start` (0, or 1 after a BOM).
 * Never throws: parser exceptions become `error`.
 *
 * @example
 * readFrontMatter("---\na: 1\n---\nbody", 0, new LineIndex("---\na: 1\n---\nbody"), parser).bodyStart; // 13
 */
export function readFrontMatter(text: string, start: number, index: LineIndex, parse: FrontMatterParser | undefined): FrontMatterResult {
	if (!text.startsWith("---", start)) return { frontMatter: null, bodyStart: start };
	const firstEnd = lineEnd(text, start);
	const language = text.slice(start + 3, firstEnd).trim();
	if (language !== "" && !LANGUAGE.test(language)) return { frontMatter: null, bodyStart: start };
	const rawStart = nextLineStart(text, firstEnd);
	let closeStart = -1;
	let closeEnd = -1;
	let ls = rawStart;
	while (ls < text.length || (ls === text.length && ls > firstEnd)) {
		const le = lineEnd(text, ls);
		if (isFenceLine(text, ls, le, "---") || isFenceLine(text, ls, le, "...")) {
			closeStart = ls;
			closeEnd = le;
			break;
		}
		if (le >= text.length) break;
		ls = nextLineStart(text, le);
	}
	const closed = closeStart >= 0 && rawStart > firstEnd;
	const rawEnd = closed ? closeStart : text.length;
	const spanEnd = closed ? closeEnd : text.length;
	const raw = text.slice(Math.min(rawStart, rawEnd), rawEnd);
	let data: Record<string, unknown> | null = null;
	let error: string | null = null;
	if (!closed) error = "front matter has no closing '---'; Obsidian reads it as text";
	else if (language !== "" && !/^ya?ml$/i.test(language)) error = `front matter in '${language}' is not YAML; not run`;
	else if (!parse) error = "no front-matter parser given";
	else {
		try {
			const result = parse(raw);
			if ("error" in result) error = String(result.error);
			else if (result.data !== null && typeof result.data === "object" && !Array.isArray(result.data)) data = result.data;
			else error = "front matter is not a mapping";
		} catch (e) {
			error = e instanceof Error ? e.message : String(e);
		}
	}
	const frontMatter: FrontMatter = {
		span: index.span(start, spanEnd),
		rawSpan: index.span(Math.min(rawStart, rawEnd), rawEnd),
		raw,
		language,
		data,
		error,
		closed,
	};
	const bodyStart = closed ? nextLineStart(text, closeEnd) : start;
	return { frontMatter, bodyStart };
}

const TAGS_KEY_LINE = /^["']?tags["']?[ \t]*:/i;

/** Span of the line holding `value` in the front matter (from the key's line on), or the key's line. */
function valueLine(text: string, fm: FrontMatter, keyLine: number | null, value: string, index: LineIndex): Span | null {
	if (keyLine === null) return null;
	const last = index.pos(fm.rawSpan.end.offset).line;
	for (let line = keyLine; line <= last; line++) {
		const s = index.lineText(line);
		if (line > keyLine && s !== "" && !isSpaceOrTab(s.charCodeAt(0)) && s.charCodeAt(0) !== 45) break;
		if (s.indexOf(value) >= 0) {
			const from = index.lineStarts[line - 1] ?? 0;
			return index.span(from, from + s.length);
		}
	}
	const from = index.lineStarts[keyLine - 1] ?? 0;
	return index.span(from, from + index.lineText(keyLine).length);
}

/**
 * The value of the front matter's `tags` key, matched as Obsidian does (`/^tags$/i`).
 *
 * @example
 * tagsValue({ Tags: "a, b" }); // "a, b"
 */
export function tagsValue(data: Record<string, unknown>): unknown {
	for (const key of Object.keys(data)) if (/^tags$/i.test(key)) return data[key];
	return undefined;
}

/**
 * The tags a string of several names, split as Obsidian did before 1.9 (at commas and
 * spaces, a leading `#` dropped): what `tags: a, b` meant, though Obsidian now reads none.
 *
 * @example
 * tagsOfString("Container, #Docker k8s"); // ["Container", "Docker", "k8s"]
 */
export function tagsOfString(value: string): string[] {
	return value
		.split(/[,\s]+/)
		.map((t) => t.replace(/^#+/, ""))
		.filter((t) => t !== "");
}

/**
 * Reads front-matter tags as Obsidian ≥ 1.9 does: key `/^tags$/i`; a list gives
 * its values; a single string without comma or space gives one value; a string of
 * several (`a, b` or `a b`) is ignored (and flagged); list values with spaces are dropped;
 * a leading `#` is stripped.
 * The singular `tag:` key is not read.
 *
 * @example
 * // front matter "tags: [docker, '#k8s', two words]"
 * frontMatterTagsOf(fm, text, index).tags.values; // ["docker", "k8s"]
 */
export function frontMatterTagsOf(fm: FrontMatter | null, text: string, index: LineIndex): { tags: FrontMatterTags; records: Tag[] } {
	const result: FrontMatterTags = { values: [], commaString: false, keySpan: null };
	if (!fm) return { tags: result, records: [] };
	let keyLine: number | null = null;
	const firstLine = fm.rawSpan.start.line;
	const lastLine = fm.rawSpan.end.line;
	for (let line = firstLine; line <= lastLine && fm.rawSpan.start.offset < fm.rawSpan.end.offset; line++) {
		const s = index.lineText(line);
		if (TAGS_KEY_LINE.test(s)) {
			keyLine = line;
			const from = index.lineStarts[line - 1] ?? 0;
			result.keySpan = index.span(from, from + s.length);
			break;
		}
	}
	const data = fm.data;
	if (!data) return { tags: result, records: [] };
	const value = tagsValue(data);
	const candidates: string[] = [];
	if (Array.isArray(value)) {
		for (const item of value as unknown[]) {
			if (typeof item === "string") candidates.push(item);
			else if (typeof item === "number" && Number.isFinite(item)) candidates.push(String(item));
		}
	} else if (typeof value === "string") {
		// Several tags in one string, `a, b` or `a b`: before 1.9 Obsidian split it, now it reads none.
		if (/[,\s]/.test(value.trim())) result.commaString = true;
		else candidates.push(value);
	}
	for (const raw of candidates) {
		const v = raw.trim().replace(/^#/, "");
		if (v === "" || /\s/.test(v)) continue;
		result.values.push(v);
	}
	const records: Tag[] = result.values.map((v) => ({ tag: "#" + v, source: "frontmatter", span: valueLine(text, fm, keyLine, v, index) }));
	return { tags: result, records };
}
