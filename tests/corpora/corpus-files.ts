/** The corpora's notes, for tests over ../shared/corpora. */
import { readdirSync } from "node:fs";
import path from "node:path";

/** ../shared/corpora, beside the checkout (absent when only the project is there). */
export const CORPORA_ROOT = path.resolve(__dirname, "../../../shared/corpora");

const SKIP = new Set([".obsidian", ".git", "node_modules", ".trash"]);

/**
 * Every Markdown file under `dir`, config, Git and trash folders left out.
 *
 * @example
 * for (const file of markdownFiles(CORPORA_ROOT)) readFileSync(file, "utf8");
 */
export function* markdownFiles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (SKIP.has(entry.name)) continue;
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* markdownFiles(full);
		else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) yield full;
	}
}
