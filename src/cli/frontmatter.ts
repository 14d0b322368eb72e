/**
 * The Node front-matter parser: gray-matter's YAML engine (js-yaml `safeLoad`,
 * which never builds functions or other JS types), called safely:
 *
 * - the `javascript`/`js` engines are replaced by functions that throw, and the
 *   language is forced to YAML, so a `---js` block can never run code;
 * - options are always passed, so gray-matter's unbounded content cache (used only
 *   when no options are given, see `matter()` in gray-matter/index.js) stays empty;
 * - the delimiters are chosen so they cannot occur in the YAML text, so a line such
 *   as `---x` inside the YAML cannot cut it short;
 * - it never throws: malformed YAML, and YAML whose top level is not a key/value map
 *   (a bare string, a list, a number), give `{ error }`. Empty YAML gives `{ data: {} }`.
 */
import matter from "gray-matter";
import type { FrontMatterParser, FrontMatterParseResult } from "../core/model/scan";

function refuse(): never {
	throw new Error("JavaScript front matter is never evaluated");
}

const NO_CODE_ENGINES = {
	javascript: { parse: refuse, stringify: refuse },
	js: { parse: refuse, stringify: refuse },
};

/** A fence string that does not occur in `text`. */
function fenceFor(text: string): string {
	let fence = "---";
	for (let i = 0; text.includes(fence); i++) fence = `---container-notes-${i}---`;
	return fence;
}

/** First line of an error message. */
function firstLine(e: unknown): string {
	const message = e instanceof Error ? e.message : String(e);
	return (message.split("\n")[0] ?? "").trim() || "Invalid YAML";
}

/**
 * Parses the YAML between a note's front-matter fences.
 *
 * @example
 * grayMatterParser("tags: [Container, Docker]"); // { data: { tags: ["Container", "Docker"] } }
 * grayMatterParser("tags: [a, b");               // { error: "unexpected end of the stream within a flow collection ..." }
 */
export const grayMatterParser: FrontMatterParser = (yaml: string): FrontMatterParseResult => {
	try {
		const fence = fenceFor(yaml);
		const input: string = `${fence}\n${yaml}\n${fence}\n`;
		const file = matter(input, { language: "yaml", delimiters: fence, engines: NO_CODE_ENGINES });
		const data: unknown = file.data;
		if (data === null || data === undefined) return { data: {} };
		if (typeof data !== "object" || Array.isArray(data)) {
			return { error: "Front matter is not a list of properties (key: value)" };
		}
		return { data: data as Record<string, unknown> };
	} catch (e) {
		return { error: firstLine(e) };
	}
};
