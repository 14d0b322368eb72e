/**
 * The core's `VaultReader` over Obsidian: file list and text from `app.vault`, headings
 * and block ids from the metadata cache, front matter through `parseYaml`. The plugin
 * writes through the editor or `vault.process` (`fixes.ts`), not through the core.
 */
import { type App, type Loc, type HeadingCache, TFile, parseYaml } from "obsidian";
import type { Pos, Span } from "../core/model/position";
import type { BlockId, FrontMatterParseResult, Heading } from "../core/model/scan";
import type { NoteOutline, VaultReader } from "../core/model/vault";

/** Obsidian's 0-based `Loc` as our 1-based `Pos`. @example toPos({ line: 0, col: 2, offset: 2 }) // { line: 1, column: 3, offset: 2 } */
export function toPos(loc: Loc): Pos {
	return { line: loc.line + 1, column: loc.col + 1, offset: loc.offset };
}

/**
 * A `HeadingCache` as our `Heading`. The cache gives the whole line's range; the text's
 * range is taken to start after the `#`s and one space (the usual form).
 *
 * @example
 * toHeading({ heading: "개요", level: 2, position }).textSpan.start.column; // 4
 */
export function toHeading(h: HeadingCache): Heading {
	const span: Span = { start: toPos(h.position.start), end: toPos(h.position.end) };
	const level = Math.min(6, Math.max(1, Math.round(h.level))) as Heading["level"];
	const lineLength = span.end.offset - span.start.offset;
	const startDelta = Math.min(level + 1, lineLength);
	const endDelta = Math.min(startDelta + h.heading.length, lineLength);
	const at = (delta: number): Pos => ({ line: span.start.line, column: span.start.column + delta, offset: span.start.offset + delta });
	return { level, text: h.heading, span, textSpan: { start: at(startDelta), end: at(endDelta) } };
}

/**
 * Parses front-matter YAML with Obsidian's `parseYaml`. Never throws: errors and
 * non-mapping documents come back as `{ error }`, an empty block as `{ data: {} }`.
 *
 * @example
 * parseFrontMatterYaml("tags: [docker]"); // { data: { tags: ["docker"] } }
 */
export function parseFrontMatterYaml(yaml: string): FrontMatterParseResult {
	try {
		const data: unknown = parseYaml(yaml);
		if (data === null || data === undefined) return { data: {} };
		if (typeof data !== "object" || Array.isArray(data)) return { error: "Front matter is not a YAML mapping" };
		return { data: data as Record<string, unknown> };
	} catch (e) {
		return { error: e instanceof Error ? e.message : String(e) };
	}
}

/**
 * `VaultReader` over the app. Constructing it touches nothing, so
 * the plugin can build it in `onload`.
 *
 * @example
 * const checker = new Checker(new ObsidianVault(this.app), settings);
 */
export class ObsidianVault implements VaultReader {
	/** The text each note had when it was last read for a check (fix application compares against it). */
	readonly lastRead = new Map<string, string>();

	constructor(private readonly app: App) {}

	readonly parseFrontMatter = parseFrontMatterYaml;

	/** @inheritdoc */
	listFiles(): readonly string[] {
		return this.app.vault.getFiles().map((f) => f.path);
	}

	/** @inheritdoc */
	async readNote(path: string): Promise<string> {
		const file = this.app.vault.getFileByPath(path);
		if (!(file instanceof TFile)) throw new Error(`No such note: ${path}`);
		const text = await this.app.vault.cachedRead(file);
		this.lastRead.set(path, text);
		return text;
	}

	/** @inheritdoc */
	outline(path: string): NoteOutline | null {
		const file = this.app.vault.getFileByPath(path);
		if (!file) return null;
		const cache = this.app.metadataCache.getFileCache(file);
		if (!cache) return null;
		const headings = (cache.headings ?? []).map(toHeading);
		const blockIds: BlockId[] = Object.values(cache.blocks ?? {}).map((b) => ({
			id: b.id,
			span: { start: toPos(b.position.start), end: toPos(b.position.end) },
		}));
		return { headings, blockIds };
	}
}
