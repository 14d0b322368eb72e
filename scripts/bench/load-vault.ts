// Reads a vault folder the way the CLI's Node vault sees it (skipping dot-folders such
// as the config folder and `.git`, and `node_modules`; no symlinks followed), for the
// floor and the in-process runs.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";


/**
 * Every file under `root`, vault-relative with `/`, in directory order.
 *
 * @example
 * listVaultFiles("bench/.vaults/n1000/obsidian").length; // notes + images
 */
export function listVaultFiles(root: string): string[] {
	const out: string[] = [];
	const walk = (dir: string, prefix: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
			const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(join(dir, entry.name), rel);
			else if (entry.isFile()) out.push(rel);
		}
	};
	walk(root, "");
	return out;
}

/** Whether a vault path is a note. */
export function isNote(path: string): boolean {
	return path.toLowerCase().endsWith(".md");
}

/** A vault loaded into memory: every path, and the text and UTF-8 size of each note. */
export interface LoadedVault {
	paths: string[];
	texts: Map<string, string>;
	sizes: Map<string, number>;
	bytes: number;
}

/**
 * Loads every note's text (other files are listed, not read).
 *
 * @example
 * loadVault("bench/.vaults/n1000/obsidian").texts.size; // 1000
 */
export function loadVault(root: string): LoadedVault {
	const paths = listVaultFiles(root);
	const texts = new Map<string, string>();
	const sizes = new Map<string, number>();
	let bytes = 0;
	for (const path of paths) {
		if (!isNote(path)) {
			sizes.set(path, 0);
			continue;
		}
		const buf = readFileSync(join(root, path));
		texts.set(path, buf.toString("utf8"));
		sizes.set(path, buf.length);
		bytes += buf.length;
	}
	return { paths, texts, sizes, bytes };
}
