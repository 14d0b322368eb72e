/**
 * A hint for the first run on a static-site blog. Docusaurus, Hugo and Gatsby serve
 * `static/` at the site's root, Next.js and Astro `public/`; notes there write
 * `/img/a.png` for `static/img/a.png`. Without `--site-root`, every such image is
 * missing. When the missing images written with a leading `/` exist under one of those
 * folders, the CLI says so, and how many, on stderr.
 */
import type { NoteReport } from "../core/model/diagnostic";
import type { VaultReader } from "../core/model/vault";
import { FileIndex } from "../core/resolve/file-index";
import { intended } from "../core/rules/link-facts";
import { scanNote } from "../core/scan/scan-note";
import type { CliMessages } from "./i18n";
import type { CliIO } from "./io";

/** Folders static-site generators serve at the site's root. */
export const SITE_FOLDERS = ["static", "public"] as const;

/** What the hint says: `found` of the `missing` absolute image paths exist under `folder`. */
export interface SiteRootHint {
	folder: string;
	found: number;
	missing: number;
}

/**
 * The site folder under which most missing `/…` images exist, or `null` (a site root is
 * set, no such folder, or none of them would help). Reads only the notes that have
 * missing images.
 *
 * @example
 * await siteRootHint(vault, checkedNotes, ""); // { folder: "static", found: 5, missing: 76 }
 */
export async function siteRootHint(vault: VaultReader, notes: readonly NoteReport[], siteRoot: string): Promise<SiteRootHint | null> {
	if (siteRoot !== "") return null;
	const files = vault.listFiles();
	const folders = SITE_FOLDERS.filter((f) => files.some((p) => p.startsWith(`${f}/`)));
	if (folders.length === 0) return null;
	let index: FileIndex | null = null;
	const found = new Map<string, number>(folders.map((f) => [f, 0]));
	let missing = 0;
	for (const note of notes) {
		const starts = new Set(note.diagnostics.filter((d) => d.rule === "image-missing").map((d) => d.span.start.offset));
		if (starts.size === 0) continue;
		let text: string;
		try {
			text = await vault.readNote(note.path);
		} catch {
			continue;
		}
		for (const written of scanNote(text, { parseFrontMatter: vault.parseFrontMatter }).links) {
			if (!starts.has(written.span.start.offset)) continue;
			const link = intended(written);
			if (!link.path.startsWith("/")) continue;
			missing++;
			index ??= new FileIndex(files);
			for (const folder of folders) {
				if (index.resolve(link.path, note.path, { siteRoot: folder }).path !== null) found.set(folder, (found.get(folder) ?? 0) + 1);
			}
		}
	}
	let best: SiteRootHint | null = null;
	for (const [folder, n] of found) if (n > 0 && (best === null || n > best.found)) best = { folder, found: n, missing };
	return best;
}

/**
 * Writes the hint (if any) to stderr, so JSON and diffs on stdout stay clean.
 *
 * @example
 * await writeSiteRootHint(io, msgs, vault, checkedNotes(report, scope), settings.siteRoot);
 */
export async function writeSiteRootHint(io: Pick<CliIO, "stderr">, msgs: Pick<CliMessages, "siteRootHint">, vault: VaultReader, notes: readonly NoteReport[], siteRoot: string): Promise<void> {
	const hint = await siteRootHint(vault, notes, siteRoot);
	if (hint) io.stderr.write(`${msgs.siteRootHint(hint.found, hint.missing, hint.folder)}\n`);
}
