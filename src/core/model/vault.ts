/**
 * The only ways the core reaches a vault. Three implementations: Obsidian
 * (metadata cache and vault, `src/obsidian/`), Node (`fs`, `src/cli/`) and
 * in-memory (`src/core/vault/memory-vault.ts`, for tests).
 */
import type { FrontMatterParser, OutlineBlockId, OutlineHeading } from "./scan";

/**
 * Headings and block ids of a note, when the host already knows them
 * (Obsidian's metadata cache). Otherwise the core scans the note's text.
 */
export interface NoteOutline {
	headings: readonly OutlineHeading[];
	blockIds: readonly OutlineBlockId[];
}

/**
 * Read access to a vault.
 *
 * @example
 * const vault = new MemoryVault({ "Docker.md": "# 개요\n", "img/이미지 창고/a.png": "" });
 * vault.listFiles(); // ["Docker.md", "img/이미지 창고/a.png"]
 */
export interface VaultReader {
	/** Every file in the vault (notes, images, anything), vault-relative, `/`-separated, as stored (may be NFD). */
	listFiles(): readonly string[];
	/** Raw text of a note. Rejects when the file cannot be read. */
	readNote(path: string): Promise<string>;
	/** Size in bytes, when cheap to know (used to skip huge files before reading). */
	fileSize?(path: string): number | null;
	/** Headings and block ids from the host's own index, if it has one. */
	outline?(path: string): NoteOutline | null;
	/** Parses front-matter YAML. */
	parseFrontMatter: FrontMatterParser;
}

/** Write access, for fixes. Implementations write atomically. */
export interface VaultWriter {
	/**
	 * Replaces a note's text with `change(current)` only if the current text equals
	 * `expected`; resolves `false` (and writes nothing) when the note changed meanwhile.
	 */
	replaceIfUnchanged(path: string, expected: string, next: string): Promise<boolean>;
}
