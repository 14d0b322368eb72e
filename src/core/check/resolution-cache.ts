/**
 * Link path resolutions, cached: notes link to the same names over and over.
 * A resolution depends on the link path and the site root, and on the source
 * note's folder only for `./`/`../` paths and for names several files share
 * (same-folder candidates win). So absolute paths and names with at most one
 * candidate are cached vault-wide, the rest per folder. Cleared on any file event.
 */
import { detach } from "../resolve/detach";
import type { FileIndex, FileResolution, ResolveOptions } from "../resolve/file-index";

function isRelative(linkpath: string): boolean {
	return linkpath.startsWith("./") || linkpath.startsWith("../") || linkpath === "." || linkpath === "..";
}

/**
 * @example
 * const cache = new ResolutionCache(index);
 * cache.resolve("Docker", "notes/a.md"); // computed once for the whole vault when only one file is named Docker
 */
export class ResolutionCache {
	/** site root → link path → resolution, for results that do not depend on the source folder. */
	private readonly shared = new Map<string, Map<string, FileResolution>>();
	/** folder + site root → link path → resolution. */
	private readonly byFolder = new Map<string, Map<string, FileResolution>>();
	// The buckets of the last lookup: a note's links are resolved one after another.
	private lastRoot: string | null = null;
	private lastShared: Map<string, FileResolution> | null = null;
	private lastSource: string | null = null;
	private lastLocal: Map<string, FileResolution> | null = null;

	/**
	 * @param limit Links per bucket before the bucket starts afresh: while the user types a
	 * link, every prefix (`D`, `Do`, ...) is looked up once, and files may not change for days.
	 */
	constructor(
		private readonly index: FileIndex,
		private readonly limit = 1 << 16,
	) {}

	private bucket(map: Map<string, Map<string, FileResolution>>, key: string): Map<string, FileResolution> {
		let m = map.get(key);
		if (!m) {
			m = new Map();
			map.set(key, m);
		}
		return m;
	}

	/** Same contract as {@link FileIndex.resolve}. */
	resolve(linkpath: string, sourcePath: string, opts: ResolveOptions = {}): FileResolution {
		// The empty path resolves to the source itself: not shareable between notes.
		if (linkpath === "") return this.index.resolve(linkpath, sourcePath, opts);
		const root = opts.siteRoot ?? "";
		let shared = this.lastShared;
		if (shared === null || root !== this.lastRoot) {
			shared = this.bucket(this.shared, root);
			this.lastShared = shared;
			this.lastRoot = root;
			this.lastSource = null;
		}
		const hit = shared.get(linkpath);
		if (hit) return hit;
		let local = this.lastLocal;
		if (local === null || sourcePath !== this.lastSource) {
			const slash = sourcePath.lastIndexOf("/");
			const folder = slash < 0 ? "" : sourcePath.slice(0, slash);
			local = this.bucket(this.byFolder, root === "" ? folder : folder + "\u0000" + root);
			this.lastLocal = local;
			this.lastSource = sourcePath;
		}
		const near = local.get(linkpath);
		if (near) return near;
		const result = this.index.resolve(linkpath, sourcePath, opts);
		// The key is copied: a link path is a slice of its note and would keep the whole text alive.
		const key = detach(linkpath);
		const bucket = !isRelative(linkpath) && (linkpath.startsWith("/") || result.candidates.length <= 1) ? shared : local;
		if (bucket.size >= this.limit) bucket.clear();
		bucket.set(key, result);
		return result;
	}

	/** Forgets everything (files changed). */
	clear(): void {
		this.shared.clear();
		this.byFolder.clear();
		this.lastShared = null;
		this.lastLocal = null;
		this.lastRoot = null;
		this.lastSource = null;
	}
}
