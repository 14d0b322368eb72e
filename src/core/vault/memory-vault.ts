/**
 * An in-memory vault (tests, the fuzzing suites, dry runs). Same contract as the
 * Node and Obsidian vaults: `/`-separated paths, writes only if unchanged.
 */
import type { FrontMatterParser } from "../model/scan";
import type { VaultReader, VaultWriter } from "../model/vault";
import { parseSimpleYaml } from "./simple-yaml";

/**
 * A vault held in a map from path to text. Binary files can be stood in for by any string.
 *
 * @example
 * const vault = new MemoryVault({ "Docker.md": "# 개요\n", "img/a.png": "" });
 * await vault.replaceIfUnchanged("Docker.md", "# 개요\n", "# Overview\n"); // true
 * vault.get("Docker.md"); // "# Overview\n"
 */
export class MemoryVault implements VaultReader, VaultWriter {
	private readonly files = new Map<string, string>();
	/** Number of successful writes (lets tests assert that nothing was written). */
	writes = 0;

	/**
	 * @param files initial contents
	 * @param parseFrontMatter front-matter parser; defaults to the tiny test-only {@link parseSimpleYaml}
	 */
	constructor(
		files: Record<string, string> = {},
		readonly parseFrontMatter: FrontMatterParser = parseSimpleYaml,
	) {
		for (const [path, text] of Object.entries(files)) this.files.set(path, text);
	}

	/** @inheritdoc */
	listFiles(): readonly string[] {
		return [...this.files.keys()];
	}

	/** @inheritdoc */
	readNote(path: string): Promise<string> {
		const text = this.files.get(path);
		return text === undefined ? Promise.reject(new Error(`No such file: ${path}`)) : Promise.resolve(text);
	}

	/** Size in UTF-8 bytes. */
	fileSize(path: string): number | null {
		const text = this.files.get(path);
		return text === undefined ? null : new TextEncoder().encode(text).length;
	}

	/** @inheritdoc */
	replaceIfUnchanged(path: string, expected: string, next: string): Promise<boolean> {
		if (this.files.get(path) !== expected) return Promise.resolve(false);
		this.files.set(path, next);
		this.writes++;
		return Promise.resolve(true);
	}

	/** Current text, or `undefined`. */
	get(path: string): string | undefined {
		return this.files.get(path);
	}

	/** Creates or overwrites a file (simulates an edit from outside). */
	set(path: string, text: string): void {
		this.files.set(path, text);
	}

	/** Deletes a file; returns whether it existed. */
	delete(path: string): boolean {
		return this.files.delete(path);
	}

	/** Moves a file; returns `false` when the source is missing or the target exists. */
	rename(oldPath: string, newPath: string): boolean {
		const text = this.files.get(oldPath);
		if (text === undefined || this.files.has(newPath)) return false;
		this.files.delete(oldPath);
		this.files.set(newPath, text);
		return true;
	}
}
