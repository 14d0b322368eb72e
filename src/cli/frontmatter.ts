/**
 * The Node front-matter parser: gray-matter's YAML engine (js-yaml `safeLoad`,
 * which never builds functions or other JS types), called safely:
 *
 * - the YAML engine (`matter.engines.yaml`, see gray-matter/lib/engines.js) is
 *   called directly on the YAML text, exactly as gray-matter calls it, so the
 *   `javascript`/`js` engines are never reachable and a `---js` block can never
 *   run code; the directly called engine is also 12–35× faster than `matter()`
 *   (which copies every input into a Buffer and re-parses the fences);
 * - `matter()` itself is only a fallback, should that engine be missing: then the
 *   `javascript`/`js` engines are replaced by functions that throw, the language is
 *   forced to YAML, options are always passed (so gray-matter's unbounded content
 *   cache, used only when no options are given, stays empty), and the delimiters are
 *   chosen so they cannot occur in the YAML text;
 * - it never throws: malformed YAML, and YAML whose top level is not a key/value map
 *   (a bare string, a list, a number), give `{ error }`. Empty YAML gives `{ data: {} }`;
 * - the plainest front matter (`slug: "x"`, `tags:` with `- docker` items, `publish: true`:
 *   97% of the corpora's) is read by `parsePlainFrontMatter` with the same result, and
 *   gray-matter is only loaded for the rest (loading and running it was ~8% of a 1,000-note check).
 */
import type GrayMatter from "gray-matter";
import type { FrontMatterParser, FrontMatterParseResult } from "../core/model/scan";
import { parsePlainFrontMatter } from "./plain-front-matter";

function refuse(): never {
	throw new Error("JavaScript front matter is never evaluated");
}

const NO_CODE_ENGINES = {
	javascript: { parse: refuse, stringify: refuse },
	js: { parse: refuse, stringify: refuse },
};

type YamlParse = (text: string) => unknown;

let loaded: { matter: typeof GrayMatter; yamlEngine: YamlParse | null } | null = null;

/** gray-matter, and its own YAML engine (js-yaml `safeLoad`) or `null` if it has none; loaded on first use. */
function grayMatter(): { matter: typeof GrayMatter; yamlEngine: YamlParse | null } {
	if (loaded === null) {
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load: esbuild bundles the module, and its body runs only now (an import would run it at start-up)
		const matter = require("gray-matter") as typeof GrayMatter;
		const parse = (matter as unknown as { engines?: { yaml?: { parse?: unknown } } }).engines?.yaml?.parse;
		loaded = { matter, yamlEngine: typeof parse === "function" ? (parse as YamlParse) : null };
	}
	return loaded;
}

/** Comment lines, which gray-matter drops before deciding that a block is empty. */
const COMMENT_LINES = /^\s*#[^\n]+/gm;

/**
 * What `matter()` gives for `yaml` between two fences, without its overhead: it
 * parses the text after the opening fence's line break, and treats a block of
 * only comments and whitespace as empty.
 */
function parseYaml(yaml: string): unknown {
	const plain = parsePlainFrontMatter(yaml);
	if (plain !== undefined) return plain;
	const { matter, yamlEngine } = grayMatter();
	if (yamlEngine === null) {
		const fence = fenceFor(yaml);
		return matter(`${fence}\n${yaml}\n${fence}\n`, { language: "yaml", delimiters: fence, engines: NO_CODE_ENGINES }).data;
	}
	const block = "\n" + yaml;
	if (block.replace(COMMENT_LINES, "").trim() === "") return {};
	return yamlEngine(block);
}

/** A fence string that does not occur in `text`. */
function fenceFor(text: string): string {
	let fence = "---";
	for (let i = 0; text.includes(fence); i++) fence = `---container-notes-${i}---`;
	return fence;
}

/** First line of an error message, without the colon that introduces js-yaml's code excerpt on the next lines. */
function firstLine(e: unknown): string {
	const message = e instanceof Error ? e.message : String(e);
	return (message.split("\n")[0] ?? "").trim().replace(/:$/, "") || "Invalid YAML";
}

/** Characters YAML reserves at the start of a plain value (YAML 1.2, 5.3: "@" and "`"). */
const RESERVED = new Set(["@", "`"]);

/**
 * The error as one line, with the reason in plain words for the commonest mistake:
 * a value that starts with a reserved character (`- @kepano`, `title: `code``), which
 * js-yaml reports as "bad indentation" or "end of the stream ... expected" at that
 * character. No conforming YAML parser reads these (YAML 1.2 reserves both characters).
 * Line numbers count from the note's first line: the block parsed starts with the
 * line break after the opening fence.
 *
 * @example
 * // "- @kepano" on line 3 =>
 * // 'bad indentation of a sequence entry at line 3, column 3: a plain value cannot start with "@"; put it in quotes: "@kepano"'
 */
function describeError(e: unknown): string {
	const first = firstLine(e);
	const mark = (e as { mark?: { buffer?: unknown; position?: unknown } } | null)?.mark;
	if (!mark || typeof mark.buffer !== "string" || typeof mark.position !== "number") return first;
	const c = mark.buffer.charAt(mark.position);
	if (!RESERVED.has(c)) return first;
	// The value as written, up to the end of the line (or of the flow-list item, or a comment).
	const value = (mark.buffer.slice(mark.position).split(/[\n\r,\]}\0]|\s#/)[0] ?? c).trim();
	return `${first}: a plain value cannot start with "${c}"; put it in quotes: ${JSON.stringify(value)}`;
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
		const data = parseYaml(yaml);
		if (data === null || data === undefined) return { data: {} };
		if (typeof data !== "object" || Array.isArray(data)) {
			return { error: "Front matter is not a list of properties (key: value)" };
		}
		return { data: data as Record<string, unknown> };
	} catch (e) {
		return { error: describeError(e) };
	}
};
