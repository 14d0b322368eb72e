// Writes generated vaults under bench/.vaults/ (git-ignored) and reuses them when
// the generator's version and parameters match, since writing 10,000 notes and
// their images takes a while.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { GENERATOR_VERSION, PNG_BYTES, generateVault, type Manifest, type VaultParams } from "./generate-vault";

/** Folders of a generated vault on disk. */
export interface VaultOnDisk {
	dir: string;
	/** The notes as our checker reads them. */
	obsidianDir: string;
	/** The same notes in the peers' dialect. */
	gfmDir: string;
	manifestPath: string;
	manifest: Manifest;
	reused: boolean;
}

/**
 * Returns the folders of a generated vault, generating it first when missing or stale.
 *
 * @example
 * const v = ensureVault("bench/.vaults", { notes: 1000, seed: "container-notes-bench" });
 * v.obsidianDir; // "bench/.vaults/n1000/obsidian"
 */
export function ensureVault(root: string, params: VaultParams, log: (line: string) => void = () => {}): VaultOnDisk {
	const stamp = JSON.stringify({ version: GENERATOR_VERSION, notes: params.notes, seed: params.seed ?? null, bigNoteLines: params.bigNoteLines ?? null });
	const dir = join(root, `n${params.notes}`);
	const stampPath = join(dir, "params.json");
	const paths = { dir, obsidianDir: join(dir, "obsidian"), gfmDir: join(dir, "gfm"), manifestPath: join(dir, "manifest.json") };
	if (existsSync(stampPath) && readFileSync(stampPath, "utf8") === stamp) {
		log(`reusing ${dir}`);
		return { ...paths, manifest: JSON.parse(readFileSync(paths.manifestPath, "utf8")) as Manifest, reused: true };
	}
	log(`generating ${params.notes} notes into ${dir}`);
	rmSync(dir, { recursive: true, force: true });
	const vault = generateVault(params);
	for (const [dialect, files] of Object.entries(vault.dialects)) {
		const base = join(dir, dialect);
		const made = new Set<string>();
		const write = (rel: string, data: string | Uint8Array): void => {
			const full = join(base, rel);
			const folder = dirname(full);
			if (!made.has(folder)) {
				mkdirSync(folder, { recursive: true });
				made.add(folder);
			}
			writeFileSync(full, data);
		};
		for (const [path, text] of files) write(path, text);
		for (const image of vault.images) write(image, PNG_BYTES);
	}
	writeFileSync(paths.manifestPath, JSON.stringify(vault.manifest, null, "\t"));
	// Written last: a run killed half-way leaves no stamp, so the next run starts over.
	writeFileSync(stampPath, stamp);
	return { ...paths, manifest: vault.manifest, reused: false };
}
