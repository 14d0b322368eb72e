/**
 * Link path → vault file, as Obsidian's `getFirstLinkpathDest` does it (spec Q3
 * "Path resolution", Q5). Built once from the file list in linear time; every
 * lookup is a few map reads. Pure: it never touches a disk, so a link can never
 * make us read outside the vault (escapes are reported as `outsideVault`).
 *
 * Vault paths are indexed under their NFC form, as Obsidian indexes them, while
 * results carry the path as listed (on disk it may be NFD) so a vault can read it.
 */
import { memoByText } from "./detach";

/**
 * Result of {@link FileIndex.resolve}.
 *
 * @example
 * // { path: "Docker.md", nfcPath: "Docker.md", exactCase: false, nfcOnly: false, outsideVault: false, candidates: ["Docker.md"] }
 */
export interface FileResolution {
	/** The file, as listed by the vault (possibly NFD on disk); `null` when unresolved. */
	path: string | null;
	/** `path` in NFC, the form Obsidian uses; `null` when unresolved. */
	nfcPath: string | null;
	/** `false` when the link matched only case-insensitively (rule `path-case-mismatch`). */
	exactCase: boolean;
	/** Matched only after NFC-normalising the link: Obsidian itself would NOT resolve it (rule `unicode-normalization`). */
	nfcOnly: boolean;
	/** The link climbs above the vault root (`../../..`): never followed. */
	outsideVault: boolean;
	/** Every file the lookup matched, best first (as listed). */
	candidates: string[];
}

/**
 * Options for lookups.
 *
 * @example
 * index.resolve("/img/a.png", "n.md", { siteRoot: "static" });
 */
export interface ResolveOptions {
	/** Folder a leading `/` maps to (`static` for Docusaurus); `""` or absent = vault root. */
	siteRoot?: string;
}

/**
 * How a variant differs from the link as written.
 *
 * @example
 * // "Pasted image 1.png" vs "Pasted-image-1.png": "separator"; "A.png" vs "a.png": "case"
 */
export type VariantKind = "unicode" | "case" | "separator" | "folder";

/**
 * A file that is probably what a broken link meant.
 *
 * @example
 * // { path: "static/img/a.png", nfcPath: "static/img/a.png", kinds: ["folder"], kind: "folder" }
 */
export interface FileVariant {
	/** As listed by the vault. */
	path: string;
	/** NFC form. */
	nfcPath: string;
	/** Every difference, most significant first. */
	kinds: VariantKind[];
	/** The most significant difference (`kinds[0]`). */
	kind: VariantKind;
}

interface Entry {
	path: string;
	nfc: string;
	lower: string;
	folderLower: string;
	nameLower: string;
	loose: string;
}

const SEPARATORS = /[\s_-]+/g;

/** Any character outside printable ASCII (without one the string is already NFC; rare controls take the slow path). */
const NON_ASCII = /[^\t\n\r\u0020-\u007e]/;
/** NFC forms of non-ASCII strings (paths repeat: every link to a note, every source folder). */
const nfcOf = memoByText((s) => s.normalize("NFC"), 50000);

/** NFC form; ASCII strings are returned as they are, others cached (bounded). */
function nfc(s: string): string {
	return NON_ASCII.test(s) ? nfcOf(s) : s;
}
function basename(p: string): string {
	const i = p.lastIndexOf("/");
	return i < 0 ? p : p.slice(i + 1);
}
function dirname(p: string): string {
	const i = p.lastIndexOf("/");
	return i < 0 ? "" : p.slice(0, i);
}
/** Name key that ignores case, normalisation and space/hyphen/underscore differences. */
function looseName(name: string): string {
	return nfc(name).toLowerCase().replace(SEPARATORS, "-");
}
/** Resolves `.` and `..` segments; `escaped` when `..` climbs above the start. */
function normalizeSegments(p: string): { path: string; escaped: boolean } {
	const out: string[] = [];
	let escaped = false;
	for (const seg of p.split("/")) {
		if (seg === "" || seg === ".") continue;
		if (seg === "..") {
			if (out.length === 0) escaped = true;
			else out.pop();
			continue;
		}
		out.push(seg);
	}
	return { path: out.join("/"), escaped };
}
function trimSlashes(p: string): string {
	let s = p;
	while (s.startsWith("/")) s = s.slice(1);
	while (s.endsWith("/")) s = s.slice(0, -1);
	return s;
}
function push(map: Map<string, Entry[]>, key: string, value: Entry): void {
	const list = map.get(key);
	if (list) {
		if (!list.includes(value)) list.push(value);
	} else map.set(key, [value]);
}
function pull(map: Map<string, Entry[]>, key: string, value: Entry): void {
	const list = map.get(key);
	if (!list) return;
	const i = list.indexOf(value);
	if (i >= 0) list.splice(i, 1);
	if (list.length === 0) map.delete(key);
}

/** Files differing only in case: the one spelled as written first, then a stable order. */
function exactFirst(list: readonly Entry[], want: string): Entry[] {
	if (list.length === 1) return [list[0] as Entry];
	return [...list].sort((a, b) => {
		const d = Number(b.nfc === want) - Number(a.nfc === want);
		if (d !== 0) return d;
		return a.nfc < b.nfc ? -1 : a.nfc > b.nfc ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
	});
}

type Mode = "absolute" | "relative" | "search";

/** Files one spelling matched, best first; `exact`: the best one is spelled as written. */
interface Lookup {
	matches: Entry[];
	exact: boolean;
}

/** Shared "nothing found" (its array is never handed out: callers return fresh results). */
const NO_MATCH: Lookup = { matches: [], exact: false };

interface Target {
	mode: Mode;
	/** For absolute/relative: the vault path sought; for search: the link path itself. */
	path: string;
	escaped: boolean;
}

/**
 * Index of every file of a vault for link resolution.
 *
 * @example
 * const index = new FileIndex(["Docker.md", "img/이미지 창고/a.png"]);
 * index.resolve("/img/이미지 창고/a.png", "Docker.md").path; // "img/이미지 창고/a.png"
 * index.resolve("docker", "x.md").path; // "Docker.md" (exactCase: false)
 */
export class FileIndex {
	private readonly byPath = new Map<string, Entry>();
	// The lists hold the entries themselves: a lookup reads their fields without a
	// second map lookup per candidate (in a large vault each one misses the CPU caches).
	private readonly byLower = new Map<string, Entry[]>();
	private readonly byBasename = new Map<string, Entry[]>();
	private readonly byLoose = new Map<string, Entry[]>();
	private lastSource = "";
	private lastSourceFolderLower = "";
	/** Files whose name has no dot (no extension): only these can match a link whose last segment has none. */
	private dotlessCount = 0;

	constructor(paths: readonly string[]) {
		for (const p of paths) this.add(p);
	}

	/** Number of files indexed. */
	get size(): number {
		return this.byPath.size;
	}

	/** Every indexed path, as listed. */
	paths(): string[] {
		return [...this.byPath.keys()];
	}

	/** Whether this exact path (as listed, or its NFC form) is indexed. */
	has(path: string): boolean {
		if (this.byPath.has(path)) return true;
		const list = this.byLower.get(nfc(path).toLowerCase());
		return !!list && list.some((e) => e.nfc === nfc(path));
	}

	/** Adds a file (a no-op if present). */
	add(path: string): void {
		if (this.byPath.has(path)) return;
		// Not through the cache: each file is added once, and the cache is for link paths.
		const n = NON_ASCII.test(path) ? path.normalize("NFC") : path;
		const lower = n.toLowerCase();
		const nameLower = basename(lower);
		const entry: Entry = { path, nfc: n, lower, folderLower: dirname(lower), nameLower, loose: nameLower.replace(SEPARATORS, "-") };
		this.byPath.set(path, entry);
		if (!nameLower.includes(".")) this.dotlessCount++;
		push(this.byLower, lower, entry);
		push(this.byBasename, entry.nameLower, entry);
		push(this.byLoose, entry.loose, entry);
	}

	/** Removes a file (a no-op if absent). */
	remove(path: string): void {
		const entry = this.byPath.get(path);
		if (!entry) return;
		this.byPath.delete(path);
		if (!entry.nameLower.includes(".")) this.dotlessCount--;
		pull(this.byLower, entry.lower, entry);
		pull(this.byBasename, entry.nameLower, entry);
		pull(this.byLoose, entry.loose, entry);
	}

	/** Moves a file. */
	rename(oldPath: string, newPath: string): void {
		this.remove(oldPath);
		this.add(newPath);
	}

	private target(linkpath: string, sourcePath: string, siteRoot: string): Target {
		if (linkpath.startsWith("/")) {
			const root = trimSlashes(siteRoot);
			const rel = trimSlashes(linkpath);
			const joined = root === "" ? rel : root + "/" + rel;
			// Obsidian compares the string as written; `..` only matters for the escape check.
			return { mode: "absolute", path: joined, escaped: joined.includes("..") && normalizeSegments(joined).escaped };
		}
		if (linkpath.startsWith("./") || linkpath.startsWith("../") || linkpath === "." || linkpath === "..") {
			const folder = dirname(nfc(sourcePath));
			const n = normalizeSegments(folder === "" ? linkpath : folder + "/" + linkpath);
			return { mode: "relative", path: n.path, escaped: n.escaped };
		}
		// Only a `..` segment can climb out of the vault.
		return { mode: "search", path: linkpath, escaped: linkpath.includes("..") && normalizeSegments(linkpath).escaped };
	}

	/** Lookup of one spelling (as written, or with `.md`), no NFC retry. */
	private lookup(target: Target, sourceFolderLower: string): Lookup {
		const want = target.path;
		const lower = want.toLowerCase();
		const direct = this.byLower.get(lower);
		if (direct !== undefined && direct.length > 0) {
			const sorted = exactFirst(direct, want);
			return { matches: sorted, exact: sorted[0]?.nfc === want };
		}
		if (target.mode !== "search") return NO_MATCH;
		const named = this.byBasename.get(basename(lower));
		if (named === undefined) return NO_MATCH;
		const suffix = "/" + lower;
		const found = named.filter((e) => e.lower === lower || e.lower.endsWith(suffix));
		found.sort((ea, eb) => {
			const sa = ea.folderLower === sourceFolderLower ? 0 : 1;
			const sb = eb.folderLower === sourceFolderLower ? 0 : 1;
			if (sa !== sb) return sa - sb;
			if (ea.nfc.length !== eb.nfc.length) return ea.nfc.length - eb.nfc.length;
			return ea.nfc < eb.nfc ? -1 : ea.nfc > eb.nfc ? 1 : 0;
		});
		const first = found[0];
		const exact = !!first && (first.nfc === want || first.nfc.endsWith("/" + want));
		return { matches: found, exact };
	}

	/** Lower-cased NFC folder of a source note (memoised: a note's links are resolved one after another). */
	private sourceFolderLower(sourcePath: string): string {
		if (sourcePath !== this.lastSource) {
			this.lastSource = sourcePath;
			this.lastSourceFolderLower = dirname(nfc(sourcePath).toLowerCase());
		}
		return this.lastSourceFolderLower;
	}

	/** Tries the spelling as written, then with `.md` appended; `null` when the link escapes the vault. */
	private lookupWithMd(linkpath: string, sourcePath: string, siteRoot: string): Lookup | null {
		const sourceFolderLower = this.sourceFolderLower(sourcePath);
		const t = this.target(linkpath, sourcePath, siteRoot);
		if (t.escaped) return null;
		// `[[Docker 기초]]` as written could only match a file named without a dot: most vaults have none.
		if (this.dotlessCount > 0 || t.path.lastIndexOf(".") > t.path.lastIndexOf("/")) {
			const first = this.lookup(t, sourceFolderLower);
			if (first.matches.length > 0) return first;
		}
		t.path += ".md";
		return this.lookup(t, sourceFolderLower);
	}

	/**
	 * Resolves a (percent-decoded) link path from `sourcePath`, like Obsidian:
	 * `""` = the source; leading `/` = vault root (or `siteRoot`), exact, no fallback;
	 * `./`, `../` = relative to the source folder, exact; otherwise the exact vault
	 * path, else files whose path ends with `/`+link (same folder first, then shortest);
	 * each tried as written and then with `.md`; all case-insensitive. When nothing
	 * matches as written, an NFC-normalised retry sets `nfcOnly`.
	 *
	 * @example
	 * new FileIndex(["static/img/a.png"]).resolve("/img/a.png", "docs/n.md", { siteRoot: "static" }).path; // "static/img/a.png"
	 */
	resolve(linkpath: string, sourcePath: string, opts: ResolveOptions = {}): FileResolution {
		if (linkpath === "") {
			return { path: sourcePath, nfcPath: nfc(sourcePath), exactCase: true, nfcOnly: false, outsideVault: false, candidates: [sourcePath] };
		}
		const siteRoot = opts.siteRoot ?? "";
		const asWritten = this.lookupWithMd(linkpath, sourcePath, siteRoot);
		if (asWritten === null) {
			return { path: null, nfcPath: null, exactCase: false, nfcOnly: false, outsideVault: true, candidates: [] };
		}
		if (asWritten.matches.length > 0) return this.result(asWritten.matches, asWritten.exact, false);
		const normalized = nfc(linkpath);
		if (normalized !== linkpath) {
			const retry = this.lookupWithMd(normalized, sourcePath, siteRoot);
			if (retry !== null && retry.matches.length > 0) return this.result(retry.matches, retry.exact, true);
		}
		return { path: null, nfcPath: null, exactCase: false, nfcOnly: false, outsideVault: false, candidates: [] };
	}

	private result(matches: Entry[], exact: boolean, nfcOnly: boolean): FileResolution {
		const first = matches[0];
		return { path: first?.path ?? null, nfcPath: first?.nfc ?? null, exactCase: exact, nfcOnly, outsideVault: false, candidates: matches.map((e) => e.path) };
	}

	/**
	 * Files that a broken or fragile link probably meant: same name up to
	 * Unicode normalisation, case, or spaces/hyphens/underscores, in the intended
	 * folder or elsewhere. The file the link already resolves to exactly is left out.
	 * Fewest differences first, then same folder, then shortest path.
	 *
	 * @example
	 * new FileIndex(["img/Pasted-image-1.png"]).findVariants("/img/Pasted image 1.png", "n.md");
	 * // [{ path: "img/Pasted-image-1.png", kinds: ["separator"], kind: "separator", ... }]
	 */
	findVariants(linkpath: string, sourcePath: string, opts: ResolveOptions = {}): FileVariant[] {
		if (linkpath === "") return [];
		const t = this.target(linkpath, sourcePath, opts.siteRoot ?? "");
		if (t.escaped) return [];
		const written = t.path;
		const wName = basename(written);
		const wFolderLower = nfc(dirname(written)).toLowerCase();
		const seen = new Set<string>();
		const out: FileVariant[] = [];
		for (const name of [wName, wName + ".md"]) {
			for (const e of this.byLoose.get(looseName(name)) ?? []) {
				const p = e.path;
				if (seen.has(p)) continue;
				seen.add(p);
				const kinds: VariantKind[] = [];
				const folderOk =
					t.mode === "search"
						? wFolderLower === "" || e.folderLower === wFolderLower || e.folderLower.endsWith("/" + wFolderLower)
						: e.folderLower === wFolderLower;
				if (!folderOk) kinds.push("folder");
				const fName = basename(e.nfc);
				const nameAsWritten = fName === name || fName === wName;
				if (!nameAsWritten) {
					const n1 = nfc(wName);
					const n2 = nfc(name);
					if (fName.toLowerCase() !== n1.toLowerCase() && fName.toLowerCase() !== n2.toLowerCase()) kinds.push("separator");
					else if (fName !== n1 && fName !== n2) kinds.push("case");
					if (n1 !== wName) kinds.push("unicode");
				}
				if (folderOk && kinds.length === 0) {
					// Also a folder spelled in another case or normalisation is a difference.
					const folderAsWritten = dirname(e.nfc) === dirname(written) || t.mode === "search";
					if (!folderAsWritten) kinds.push(nfc(dirname(written)) === dirname(e.nfc) ? "unicode" : "case");
				}
				if (kinds.length === 0) continue;
				out.push({ path: p, nfcPath: e.nfc, kinds, kind: kinds[0] as VariantKind });
			}
		}
		out.sort((a, b) => {
			if (a.kinds.length !== b.kinds.length) return a.kinds.length - b.kinds.length;
			const fa = a.kinds.includes("folder") ? 1 : 0;
			const fb = b.kinds.includes("folder") ? 1 : 0;
			if (fa !== fb) return fa - fb;
			if (a.nfcPath.length !== b.nfcPath.length) return a.nfcPath.length - b.nfcPath.length;
			return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
		});
		return out;
	}
}
