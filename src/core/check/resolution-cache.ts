/**
 * Link path resolutions cached per source folder: notes link to the same names
 * over and over, and a resolution depends only on the link path, the folder of
 * the source note and the site root (same-folder candidates win). Cleared on any
 * file event.
 */
import type { FileIndex, FileResolution, ResolveOptions } from "../resolve/file-index";

/**
 * @example
 * const cache = new ResolutionCache(index);
 * cache.resolve("Docker", "notes/a.md"); // computed once for the folder "notes"
 */
export class ResolutionCache {
	/** folder + site root → link path → resolution (nested maps: no key concatenation per link). */
	private readonly cache = new Map<string, Map<string, FileResolution>>();

	constructor(private readonly index: FileIndex) {}

	/** Same contract as {@link FileIndex.resolve}. */
	resolve(linkpath: string, sourcePath: string, opts: ResolveOptions = {}): FileResolution {
		// The empty path resolves to the source itself: not shareable between notes.
		if (linkpath === "") return this.index.resolve(linkpath, sourcePath, opts);
		const slash = sourcePath.lastIndexOf("/");
		const folder = slash < 0 ? "" : sourcePath.slice(0, slash);
		const scope = opts.siteRoot ? folder + "\u0000" + opts.siteRoot : folder;
		let byPath = this.cache.get(scope);
		if (!byPath) {
			byPath = new Map();
			this.cache.set(scope, byPath);
		}
		let hit = byPath.get(linkpath);
		if (!hit) {
			hit = this.index.resolve(linkpath, sourcePath, opts);
			byPath.set(linkpath, hit);
		}
		return hit;
	}

	/** Forgets everything (files changed). */
	clear(): void {
		this.cache.clear();
	}
}
