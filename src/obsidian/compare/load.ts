/**
 * Builds the view model for a note through a `CompareHost`: reads and scans the
 * note, and when it covers no model, gathers from the container notes.
 */
import type { Catalog } from "../../core/compare/catalog-types";
import { DEFAULT_CATALOG } from "../../core/compare/catalog";
import { extractModels, gatherModels, type NoteExtraction, type NoteInput } from "../../core/compare/extract";
import { buildComparison, type ComparisonViewModel } from "../../core/compare/view-model";
import type { NoteScan } from "../../core/model/scan";
import { scanNote } from "../../core/scan/scan-note";
import type { CompareHost } from "./host";

/** Most container notes read when gathering (keeps the view fast in big vaults). */
const MAX_GATHER = 300;

/**
 * The catalog the host gives, else the built-in one.
 *
 * @example
 * catalogFor({ ...host, catalog: () => mergeCatalog(DEFAULT_CATALOG, parseCatalogExtension(json).extension).catalog });
 */
export function catalogFor(host: CompareHost): Catalog {
	return host.catalog?.() ?? DEFAULT_CATALOG;
}

async function scanWith(host: CompareHost, path: string, text: string): Promise<NoteScan> {
	return host.scan ? await host.scan(path, text) : scanNote(text);
}

/** Holds the last gathered extraction; the view clears it when the vault changes. */
export interface GatherCache {
	key: string | null;
	extraction: NoteExtraction | null;
}

/**
 * The comparison for `path` (with `text` when the caller already has it, e.g. live editor text).
 * Never throws: an unreadable note yields the reference-only comparison.
 *
 * @example
 * const vm = await loadComparison(host, "Docker/기초.md");
 */
export async function loadComparison(host: CompareHost, path: string | null, text?: string, cache?: GatherCache): Promise<ComparisonViewModel> {
	const lang = host.language();
	const catalog = catalogFor(host);
	let own = null;
	if (path !== null) {
		const body = text ?? (await host.readNote(path).catch(() => null));
		if (body !== null) own = extractModels(await scanWith(host, path, body), path, catalog);
	}
	if (own && own.sections.length > 0) return buildComparison(own, { lang, catalog });
	const paths = host.containerNotePaths().filter((p) => p !== path).slice(0, MAX_GATHER);
	const key = `${lang}\n${paths.join("\n")}`;
	let gathered = cache && cache.key === key ? cache.extraction : null;
	if (!gathered) {
		const inputs: NoteInput[] = [];
		for (const p of paths) {
			const body = await host.readNote(p).catch(() => null);
			if (body !== null) inputs.push({ path: p, scan: await scanWith(host, p, body) });
		}
		gathered = gatherModels(inputs, catalog);
		if (cache) {
			cache.key = key;
			cache.extraction = gathered;
		}
	}
	if (gathered.sections.length > 0) return buildComparison(gathered, { lang, catalog, gathered: true });
	return buildComparison(own, { lang, catalog, title: path === null ? undefined : (path.split("/").pop() ?? path).replace(/\.md$/i, "") });
}
