/**
 * The Node vault used by the CLI: a folder on disk.
 *
 * Safety: it lists only what lies under the root (symbolic links are followed only
 * when their real target is inside the root, and each real folder is walked once, so
 * link loops cannot hang the walk); it refuses to read or write any path that
 * resolves outside the root; it reads notes as strict UTF-8 (a file that is not valid
 * UTF-8 is refused rather than silently altered, and a BOM stays part of the text);
 * it writes through a temporary file in the same folder and a rename, and only when
 * the file still holds the text the fix was computed from.
 */
import { randomBytes } from "node:crypto";
import { closeSync, constants, fchmodSync, fsyncSync, openSync, readdirSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import * as path from "node:path";
import type { FrontMatterParser } from "../core/model/scan";
import type { VaultReader, VaultWriter } from "../core/model/vault";
import { grayMatterParser } from "./frontmatter";

/** Folders never walked, besides every dot-folder (the config folder, `.git`, `.trash`). */
const SKIPPED = new Set(["node_modules"]);

/**
 * Options for {@link NodeVault}.
 *
 * @example
 * new NodeVault("vault", { skipFolders: ["build"] });
 */
export interface NodeVaultOptions {
	parseFrontMatter?: FrontMatterParser;
	/** Extra folder names to skip anywhere in the tree. */
	skipFolders?: readonly string[];
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Bytes as strict UTF-8 text (BOM kept), or a thrown "Not valid UTF-8 text".
 * Why not the strict decoder alone: Buffer's own decoding is several times faster, and
 * it turns every invalid sequence into U+FFFD, so a text without U+FFFD was valid;
 * only a text holding one is decoded again strictly, to tell a real U+FFFD from an error.
 *
 * @example
 * decodeStrict(Buffer.from([0xef, 0xbb, 0xbf, 0x41])); // "\uFEFFA"
 */
export function decodeStrict(bytes: Buffer): string {
	const text = bytes.toString("utf8");
	if (!text.includes("\uFFFD")) return text;
	try {
		return decoder.decode(bytes);
	} catch {
		throw new Error("Not valid UTF-8 text");
	}
}

/** A read buffer reused across notes (most are far smaller); a larger note gets its own. */
const READ_CHUNK = 256 * 1024;
let readBuffer: Buffer | null = null;

/**
 * The whole content of an open file, read into the shared buffer without `fstat`
 * (a note read is three system calls instead of four, and no allocation per note).
 * The result is a view on the shared buffer: decode it before the next read.
 */
function readWhole(fd: number): Buffer {
	readBuffer ??= Buffer.allocUnsafe(READ_CHUNK);
	let buf = readBuffer;
	let length = 0;
	for (;;) {
		const n = readSync(fd, buf, length, buf.length - length, null);
		if (n === 0) return buf.subarray(0, length);
		length += n;
		if (length === buf.length) {
			const bigger = Buffer.allocUnsafe(buf.length * 2);
			buf.copy(bigger, 0, 0, length);
			buf = bigger;
		}
	}
}

/** Opening flags for listed files: the last component must not have become a symbolic link since the walk. */
const READ_LISTED = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/**
 * A vault rooted at a folder.
 *
 * @example
 * const vault = new NodeVault("examples/vault");
 * vault.listFiles(); // ["Docker 기초.md", "img/이미지 창고/a.png", ...]
 * await vault.readNote("Docker 기초.md");
 */
export class NodeVault implements VaultReader, VaultWriter {
	/** Real (symlink-free) absolute path of the root. */
	readonly root: string;
	readonly parseFrontMatter: FrontMatterParser;
	private readonly skip: Set<string>;
	private files: string[] | null = null;
	/** NFC form → path as listed (names on disk may be NFD). */
	private byNfc = new Map<string, string>();
	/**
	 * Path as listed → the real folder (with a trailing separator) where the walk
	 * found it, already known to lie inside the root: reading a listed note needs no
	 * `realpath` (several system calls a file on a large vault). The folder string is
	 * shared by its files, so a large vault does not hold an absolute path per file.
	 */
	private folderOf = new Map<string, string>();
	/** Listed files that are symbolic links: path as listed → the target's real path. */
	private linkedReal = new Map<string, string>();

	constructor(root: string, options: NodeVaultOptions = {}) {
		this.root = realpathSync(path.resolve(root));
		if (!statSync(this.root).isDirectory()) throw new Error(`Not a folder: ${root}`);
		this.parseFrontMatter = options.parseFrontMatter ?? grayMatterParser;
		this.skip = new Set([...SKIPPED, ...(options.skipFolders ?? [])]);
	}

	/** Every file under the root, vault-relative and `/`-separated, names as on disk. Walked once; see {@link refresh}. */
	listFiles(): readonly string[] {
		if (this.files === null) this.files = this.walk();
		return this.files;
	}

	/** Forgets the cached listing; the next {@link listFiles} walks the folder again. */
	refresh(): void {
		this.files = null;
	}

	private inside(real: string): boolean {
		const rel = path.relative(this.root, real);
		return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
	}

	private walk(): string[] {
		const out: string[] = [];
		this.byNfc = new Map();
		this.folderOf = new Map();
		this.linkedReal = new Map();
		const seenDirs = new Set<string>([this.root]);
		// `real`: the folder's real path (its files' real paths are `real/name`).
		const stack: { abs: string; rel: string; real: string }[] = [{ abs: this.root, rel: "", real: this.root }];
		// Linked folders are walked after every real folder, so a file is listed under its real path when it has one.
		const linked: { abs: string; rel: string; real: string }[] = [];
		for (;;) {
			let dir = stack.pop();
			if (!dir) {
				const next = linked.shift();
				if (!next) break;
				if (seenDirs.has(next.real)) continue; // a loop, or a folder already walked
				seenDirs.add(next.real);
				dir = next;
			}
			const folder = dir.real.endsWith(path.sep) ? dir.real : dir.real + path.sep;
			let entries;
			try {
				entries = readdirSync(dir.abs, { withFileTypes: true });
			} catch {
				continue; // unreadable folder: skipped
			}
			for (const e of entries) {
				// Dot entries (the config folder, .git, .trash, ...) are never part of the vault, as in Obsidian.
				if (e.name.startsWith(".")) continue;
				const rel = dir.rel === "" ? e.name : `${dir.rel}/${e.name}`;
				if (e.isFile()) {
					// The common case first, and without an absolute path: a listed file is read from `folder`.
					this.addFile(out, rel);
					this.folderOf.set(rel, folder);
					continue;
				}
				const abs = path.join(dir.abs, e.name);
				if (e.isSymbolicLink()) {
					let real: string;
					let st;
					try {
						real = realpathSync(abs);
						st = statSync(real);
					} catch {
						continue; // broken link
					}
					if (!this.inside(real)) continue; // never leave the vault
					if (st.isDirectory()) {
						if (!this.skip.has(e.name)) linked.push({ abs, rel, real });
					} else if (st.isFile()) {
						this.addFile(out, rel);
						this.linkedReal.set(rel, real);
					}
				} else if (e.isDirectory()) {
					if (this.skip.has(e.name)) continue;
					let real: string;
					try {
						real = realpathSync(abs);
					} catch {
						continue;
					}
					if (seenDirs.has(real)) continue;
					seenDirs.add(real);
					stack.push({ abs, rel, real });
				}
			}
		}
		return out.sort();
	}

	private addFile(out: string[], rel: string): void {
		out.push(rel);
		const nfc = rel.normalize("NFC");
		if (!this.byNfc.has(nfc)) this.byNfc.set(nfc, rel);
	}

	/**
	 * Absolute real path of a vault-relative path, or an error when it is not a plain
	 * relative path or resolves (through `..` or a symbolic link) outside the root.
	 * An NFC path finds a file whose name is NFD on disk.
	 */
	private resolveSafe(rel: string, mustExist: boolean): string {
		if (rel === "" || rel.includes("\0") || path.isAbsolute(rel) || (process.platform === "win32" && /^[a-zA-Z]:/.test(rel))) throw new Error(`Not a vault path: ${rel}`);
		const parts = rel.split(/[\\/]/);
		if (parts.some((p) => p === "..")) throw new Error(`Refusing a path outside the vault: ${rel}`);
		// Dot folders and files are not part of the vault (never listed), so never read or written either.
		if (parts.some((p) => p.startsWith("."))) throw new Error(`Not a vault path: ${rel}`);
		let candidate = path.join(this.root, ...parts);
		if (!this.exists(candidate)) {
			this.listFiles();
			const listed = this.byNfc.get(rel.normalize("NFC"));
			if (listed !== undefined) candidate = path.join(this.root, ...listed.split("/"));
			else if (mustExist) throw new Error(`No such file: ${rel}`);
		}
		const real = realpathSync(candidate);
		if (!this.inside(real) || real === this.root) throw new Error(`Refusing a path outside the vault: ${rel}`);
		return real;
	}

	private exists(abs: string): boolean {
		try {
			statSync(abs);
			return true;
		} catch {
			return false;
		}
	}

	private readText(real: string): string {
		return decodeStrict(readFileSync(real));
	}

	/**
	 * A listed file's text, read where the walk found it (its real path, checked
	 * then to be inside the root), refusing a file that has since become a symbolic
	 * link; `null` when not listed or when that fails (the careful path decides).
	 */
	private readListed(rel: string): string | null {
		if (this.files === null) return null;
		const folder = this.folderOf.get(rel);
		const real = folder === undefined ? this.linkedReal.get(rel) : folder + rel.slice(rel.lastIndexOf("/") + 1);
		if (real === undefined) return null;
		let bytes: Buffer;
		try {
			const fd = openSync(real, READ_LISTED);
			try {
				bytes = readWhole(fd);
			} finally {
				closeSync(fd);
			}
		} catch {
			return null;
		}
		return decodeStrict(bytes);
	}

	/** Text of a note (strict UTF-8, BOM kept). Rejects outside the vault, on missing files and on invalid UTF-8. */
	readNote(rel: string): Promise<string> {
		try {
			const listed = this.readListed(rel);
			if (listed !== null) return Promise.resolve(listed);
			return Promise.resolve(this.readText(this.resolveSafe(rel, true)));
		} catch (e) {
			return Promise.reject(e instanceof Error ? e : new Error(String(e)));
		}
	}

	/** Size in bytes, or `null` when unknown or outside the vault. */
	fileSize(rel: string): number | null {
		try {
			return statSync(this.resolveSafe(rel, true)).size;
		} catch {
			return null;
		}
	}

	/**
	 * Writes `next` only if the file still holds `expected`: writes a temporary file
	 * next to it (exclusive create, same permissions, flushed), checks the file once
	 * more, then renames over it. Resolves `false` when the file changed or vanished.
	 */
	replaceIfUnchanged(rel: string, expected: string, next: string): Promise<boolean> {
		let tmp: string | null = null;
		try {
			const real = this.resolveSafe(rel, true);
			if (this.readText(real) !== expected) return Promise.resolve(false);
			const mode = statSync(real).mode & 0o777;
			tmp = path.join(path.dirname(real), `.${path.basename(real)}.${randomBytes(6).toString("hex")}.container-notes.tmp`);
			const fd = openSync(tmp, "wx", mode);
			try {
				fchmodSync(fd, mode); // openSync's mode is filtered by the umask
				writeSync(fd, next, null, "utf8");
				fsyncSync(fd);
			} finally {
				closeSync(fd);
			}
			if (this.readText(real) !== expected) {
				unlinkSync(tmp);
				return Promise.resolve(false);
			}
			renameSync(tmp, real);
			tmp = null;
			return Promise.resolve(true);
		} catch (e) {
			if (tmp !== null) {
				try {
					unlinkSync(tmp);
				} catch {
					// already gone
				}
			}
			if (e instanceof Error && /No such file|ENOENT/.test(e.message)) return Promise.resolve(false);
			return Promise.reject(e instanceof Error ? e : new Error(String(e)));
		}
	}
}
