/**
 * The core's `VaultReader` over Obsidian: file list and text from `app.vault`, headings
 * and block ids from the metadata cache, front matter through `parseYaml`. The plugin
 * writes through the editor or `vault.process` (`fixes.ts`), not through the core.
 */
import type { App, HeadingCache } from "obsidian";
import { TFile, parseYaml } from "./obsidian-api";
import type { FrontMatterParseResult, OutlineBlockId, OutlineHeading } from "../core/model/scan";
import type { NoteOutline, VaultReader } from "../core/model/vault";

/**
 * A `HeadingCache` as the outline heading the core resolves links against.
 *
 * @example
 * toOutlineHeading({ heading: "개요", level: 2, position }); // { level: 2, text: "개요", line: position.start.line + 1 }
 */
export function toOutlineHeading(h: HeadingCache): OutlineHeading {
	const level = Math.min(6, Math.max(1, Math.round(h.level))) as OutlineHeading["level"];
	return { level, text: h.heading, line: h.position.start.line + 1 };
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
		const headings = (cache.headings ?? []).map(toOutlineHeading);
		const blockIds: OutlineBlockId[] = Object.values(cache.blocks ?? {}).map((b) => ({ id: b.id, line: b.position.start.line + 1 }));
		return { headings, blockIds };
	}
}
