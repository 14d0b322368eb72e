/**
 * The resolver facade: every link of a note resolved once (file, heading path
 * under both readings, block id), so each rule reads facts instead of resolving
 * again. Unparsed links are resolved as they were meant (spec decision 2).
 */
import type { LinkRef, NoteScan, OutlineBlockId, OutlineHeading } from "../model/scan";
import { lookupHeadingPath } from "./heading-lookup";
import type { FileIndex, FileResolution } from "../resolve/file-index";
import { keyOf, resolveBlock, resolveHeadingKeys, splitSubpath } from "../resolve/heading-path";
import type { HeadingPathResult, ParsedSubpath } from "../resolve/heading-path";

/** Headings and block ids of a link target. */
export interface TargetOutline {
	headings: readonly OutlineHeading[];
	blockIds: readonly OutlineBlockId[];
}

/** What the facade needs from the checker. */
export interface ResolveEnv {
	/** Path of the note being checked. */
	path: string;
	/** The vault's file index (or a cache in front of it). */
	fileIndex: Pick<FileIndex, "resolve">;
	siteRoot: string;
	/** Outline of a note already loaded (the checker loads targets before rules run); `null` when unknown. */
	outline(path: string): TargetOutline | null;
}

/** Extensions treated as images (Obsidian's image embeds). */
const IMAGE_EXTENSIONS = new Set(["png", "jpg", "jpeg", "gif", "bmp", "svg", "webp", "avif", "heic", "tif", "tiff", "ico"]);

/** Lower-cased extension of a path (`""` when none). */
export function extensionOf(path: string): string {
	if (path === "") return "";
	const name = path.slice(path.lastIndexOf("/") + 1);
	const dot = name.lastIndexOf(".");
	return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/** Whether a link path names an image file. */
export function isImagePath(path: string): boolean {
	// Every image extension is 3 or 4 letters: a path without a dot just before them is not an image (no substring made).
	const n = path.length;
	if (n < 4 || (path.charCodeAt(n - 4) !== 46 && path.charCodeAt(n - 5) !== 46)) return false;
	return IMAGE_EXTENSIONS.has(extensionOf(path));
}

/**
 * Whether a resolved file is a note (Markdown): `extensionOf(path) === "md"`, without making substrings.
 *
 * @example
 * isNotePath("Docker/기초.MD"); // true
 * isNotePath("Docker/.md"); // false (a dot file has no extension)
 */
export function isNotePath(path: string): boolean {
	const n = path.length;
	// "x.md" at least, and a name longer than ".md" itself.
	if (n < 4 || path.charCodeAt(n - 3) !== 46 || (path.charCodeAt(n - 2) | 32) !== 109 || (path.charCodeAt(n - 1) | 32) !== 100) return false;
	return path.charCodeAt(n - 4) !== 47;
}

/** One link with everything known about its target. */
export interface LinkFacts {
	link: LinkRef;
	/** `image`: the path names an image file (embedded or linked); `note`: anything else internal. */
	kind: "note" | "image";
	/** `true` for `[[#...]]` / `(#...)`. */
	sameNote: boolean;
	file: FileResolution;
	subpath: ParsedSubpath;
	/** Outline of the target note, when it is a loaded note. */
	outline: TargetOutline | null;
	/** Heading path result as written; `null` when there is no heading subpath or no outline. */
	heading: HeadingPathResult | null;
	/** Heading path after NFC-normalising the link and the headings, when it was missing as written. */
	headingNfc: HeadingPathResult | null;
	/** Block index, `null` when missing; `undefined` when not a block link or no outline. */
	block: number | null | undefined;
}

const noFile: FileResolution = { path: null, nfcPath: null, exactCase: false, nfcOnly: false, outsideVault: false, candidates: [] };

/**
 * Links the rules look at: internal, not a bare definition, not commented out.
 * Obsidian indexes links inside an inline `%%...%%` comment, but no reader ever
 * sees or clicks them (commented-out template lines), so they are not checked.
 */
export function isCheckedLink(link: LinkRef): boolean {
	return !link.external && link.syntax !== "definition" && !link.inComment;
}

/**
 * The link as it was meant: for `[a](<dest)` (an unclosed `<`), the destination
 * without the stray `<`; otherwise the link itself.
 *
 * @example
 * intended(linkTo("<#x y")).path; // ""
 */
export function intended(link: LinkRef): LinkRef {
	if (link.unparsedReason !== "unbalanced-angle" || !link.linktext.startsWith("<")) return link;
	const linktext = link.linktext.slice(1);
	const hash = linktext.indexOf("#");
	return { ...link, linktext, path: hash < 0 ? linktext : linktext.slice(0, hash), subpath: hash < 0 ? "" : linktext.slice(hash) };
}

function resolveFile(link: LinkRef, env: Omit<ResolveEnv, "outline">): FileResolution {
	if (link.path === "") return env.fileIndex.resolve("", env.path);
	try {
		return env.fileIndex.resolve(link.path, env.path, { siteRoot: env.siteRoot });
	} catch {
		return noFile;
	}
}

const nfcHeadings = new WeakMap<readonly OutlineHeading[], readonly OutlineHeading[]>();

/** Any character outside printable ASCII: only such text can change under NFC. */
const MAYBE_NOT_NFC = /[^\t\n\r\u0020-\u007e]/;

function nfc(text: string): string {
	return MAYBE_NOT_NFC.test(text) ? text.normalize("NFC") : text;
}

/** The headings with NFC texts; the array itself when every text already is NFC (the common case). */
function headingsNfc(headings: readonly OutlineHeading[]): readonly OutlineHeading[] {
	let out = nfcHeadings.get(headings);
	if (!out) {
		out = headings.some((h) => nfc(h.text) !== h.text) ? headings.map((h) => ({ ...h, text: nfc(h.text) })) : headings;
		nfcHeadings.set(headings, out);
	}
	return out;
}

/**
 * File resolutions of a note's checked links, computed once: entry `i` is the
 * resolution of `scan.links[i]` (empty for links that are not checked). An array
 * rather than a map keyed by link: a note has dozens of links, each looked up once.
 */
export type FileResolutions = (FileResolution | undefined)[];

/**
 * Resolves the file of every checked link, and lists the note paths whose
 * outlines the rules will need (targets of heading and block links in other
 * notes). The checker loads those before running rules.
 *
 * @example
 * const { targets } = resolveFiles(scan, env); // ["Docker/Network.md"]
 */
export function resolveFiles(scan: NoteScan, env: Omit<ResolveEnv, "outline">): { files: FileResolutions; targets: string[] } {
	const links = scan.links;
	const files: FileResolutions = new Array<FileResolution | undefined>(links.length);
	const targets = new Set<string>();
	let self: FileResolution | null = null;
	for (let i = 0; i < links.length; i++) {
		const written = links[i] as LinkRef;
		if (!isCheckedLink(written)) continue;
		const link = intended(written);
		// Same-note links all resolve to the note itself: resolve that once.
		const file = link.path === "" ? (self ??= resolveFile(link, env)) : resolveFile(link, env);
		files[i] = file;
		if (link.path !== "" && link.subpath !== "" && file.path !== null && file.path !== env.path && isNotePath(file.path)) targets.add(file.path);
	}
	return { files, targets: [...targets] };
}

/**
 * Resolves every checked link of a note. `files`, when given, must come from
 * {@link resolveFiles} of this same scan (its entries follow `scan.links`).
 *
 * @example
 * const { files } = resolveFiles(scan, env);
 * const facts = resolveLinks(scan, env, scan, files);
 * facts.filter((f) => f.heading && f.heading.strict === null);
 */
export function resolveLinks(scan: NoteScan, env: ResolveEnv, self: TargetOutline, files?: FileResolutions): LinkFacts[] {
	const out: LinkFacts[] = [];
	const links = scan.links;
	for (let i = 0; i < links.length; i++) {
		const written = links[i] as LinkRef;
		if (!isCheckedLink(written)) continue;
		const link = intended(written);
		const sameNote = link.path === "";
		const file = files?.[i] ?? resolveFile(link, env);
		// Parsed afresh, keys included: each link is looked up once per check (see splitSubpath).
		const subpath = splitSubpath(link.subpath);
		let outline: TargetOutline | null = null;
		if (file.path !== null) {
			if (file.path === env.path) outline = self;
			else if (isNotePath(file.path)) outline = env.outline(file.path);
		}
		let heading: HeadingPathResult | null = null;
		let headingNfc: HeadingPathResult | null = null;
		let block: number | null | undefined;
		if (outline && subpath.kind === "heading") {
			heading = resolveHeadingKeys(outline.headings, subpath.segments.map(keyOf));
			if (heading.strict === null && heading.ordered === null) {
				const normalized = nfc(link.subpath);
				const nfcList = headingsNfc(outline.headings);
				// Nothing to normalise on either side: the retry would repeat the lookup that just failed.
				if (normalized !== link.subpath || nfcList !== outline.headings) {
					const retry = lookupHeadingPath(nfcList, normalized);
					if (retry.strict !== null || retry.ordered !== null) headingNfc = retry;
				}
			}
		} else if (outline && subpath.kind === "block") {
			block = resolveBlock(outline.blockIds, subpath.id);
		}
		out.push({ link, kind: isImagePath(link.path) ? "image" : "note", sameNote, file, subpath, outline, heading, headingNfc, block });
	}
	return out;
}
