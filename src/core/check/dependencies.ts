/**
 * The reverse index behind incremental checking: which notes depend on which
 * files. Content dependents (heading and block links) must be re-checked when a
 * note's headings change; existence dependents (any resolved link) and name
 * dependents (a link whose file name matches, resolved or not) when files appear,
 * disappear or move.
 */
import type { LinkFacts } from "../rules/link-facts";
import { detach, memoByText } from "../resolve/detach";

// Link paths repeat (a note's links are forgotten and re-indexed on every edit that changes them).
const nameKeys = memoByText((path) => {
	const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
	const nfc = isAscii(name) ? name : name.normalize("NFC");
	return nfc.toLowerCase().replace(/[\s_-]+/g, "-");
}, 20000);

/**
 * Key that ignores folder, `.md`, case, NFC/NFD and space/hyphen/underscore
 * differences, so a new `Pasted image 1.png` finds the note that links `Pasted-image-1.png`.
 *
 * @example
 * nameKey("img/이미지 창고/Pasted image 1.PNG") === nameKey("Pasted-image-1.png"); // true
 */
export function nameKey(path: string): string {
	return nameKeys(path);
}

function isAscii(s: string): boolean {
	for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
	return true;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
	const set = map.get(key);
	if (set) set.add(value);
	else map.set(key, new Set([value]));
}

/** Takes `value` from `key`'s set, and the key itself once nothing is left under it (else every link name typed on the way to a link, `[[D`, `[[Do`, ..., would stay as an empty set). */
function remove(map: Map<string, Set<string>>, key: string, value: string): void {
	const set = map.get(key);
	if (set?.delete(value) && set.size === 0) map.delete(key);
}

/** Moves `source` from the keys only in `before` to the keys only in `after`. */
function update(map: Map<string, Set<string>>, before: readonly string[], after: readonly string[], source: string): void {
	const was = new Set(before);
	const now = new Set(after);
	for (const k of was) if (!now.has(k)) remove(map, k, source);
	for (const k of now) if (!was.has(k)) add(map, k, source);
}

interface Recorded {
	content: string[];
	exist: string[];
	/** Link paths as written (name keys are computed when the reverse maps are built). */
	names: string[];
}

/**
 * Records are stored per source; the reverse maps are built on the first query
 * (a one-shot CLI run never pays for them) and kept up to date from then on.
 *
 * @example
 * const deps = new DependencyIndex();
 * deps.record("A.md", facts);
 * deps.dependentsOf("B.md"); // ["A.md"] when A links to a heading of B
 */
export class DependencyIndex {
	private readonly byContent = new Map<string, Set<string>>();
	private readonly byExisting = new Map<string, Set<string>>();
	private readonly byNameKey = new Map<string, Set<string>>();
	private readonly bySource = new Map<string, Recorded>();
	private indexBuilt = false;

	/** Replaces what `source` depends on. */
	record(source: string, links: readonly LinkFacts[]): void {
		const content: string[] = [];
		const exist: string[] = [];
		const names: string[] = [];
		for (const f of links) {
			if (f.sameNote) continue;
			const p = f.link.path;
			if (p !== "") names.push(p);
			const target = f.file.path;
			if (target === null || target === source) continue;
			exist.push(target);
			if (f.subpath.kind !== "none") content.push(target);
		}
		const before = this.bySource.get(source);
		// Re-checking a note after an edit that changed none of its links: nothing to update.
		if (before && sameList(before.content, content) && sameList(before.exist, exist) && sameList(before.names, names)) return;
		if (content.length === 0 && exist.length === 0 && names.length === 0) {
			this.forget(source);
			return;
		}
		// Link paths are slices of the note: kept as they are, they would keep every note's text alive.
		const kept = new Map((before?.names ?? []).map((n) => [n, n]));
		for (let i = 0; i < names.length; i++) names[i] = kept.get(names[i] as string) ?? detach(names[i] as string);
		const rec: Recorded = { content, exist, names };
		this.bySource.set(source, rec);
		if (!this.indexBuilt) return;
		if (!before) {
			this.index(source, rec);
			return;
		}
		// An edit usually adds or removes a link or two out of hundreds: update only those entries.
		update(this.byContent, before.content, content, source);
		update(this.byExisting, before.exist, exist, source);
		update(this.byNameKey, before.names.map(nameKey), names.map(nameKey), source);
	}

	private index(source: string, rec: Recorded): void {
		for (const t of rec.content) add(this.byContent, t, source);
		for (const t of rec.exist) add(this.byExisting, t, source);
		for (const p of rec.names) add(this.byNameKey, nameKey(p), source);
	}

	private build(): void {
		if (this.indexBuilt) return;
		this.indexBuilt = true;
		for (const [source, rec] of this.bySource) this.index(source, rec);
	}

	/** Drops everything `source` depends on. */
	forget(source: string): void {
		const rec = this.bySource.get(source);
		if (!rec) return;
		this.bySource.delete(source);
		if (!this.indexBuilt) return;
		for (const t of rec.content) remove(this.byContent, t, source);
		for (const t of rec.exist) remove(this.byExisting, t, source);
		for (const p of rec.names) remove(this.byNameKey, nameKey(p), source);
	}

	/** Notes whose heading or block links point into `target`. */
	contentDependents(target: string): string[] {
		this.build();
		return [...(this.byContent.get(target) ?? [])];
	}

	/** Notes with any resolved link to `target` (content dependents included). */
	dependentsOf(target: string): string[] {
		this.build();
		return [...new Set([...(this.byExisting.get(target) ?? []), ...(this.byContent.get(target) ?? [])])];
	}

	/** Notes with a link whose file name has this {@link nameKey}. */
	byName(key: string): string[] {
		this.build();
		return [...(this.byNameKey.get(key) ?? [])];
	}
}

/** What the checker asks of a dependency index. */
export type Dependents = Pick<DependencyIndex, "record" | "forget" | "contentDependents" | "dependentsOf" | "byName">;

/**
 * Dependents without an index, for one-shot runs that check a vault once and never
 * report an edit (the CLI): nothing is recorded (a 10,000-note vault's link records
 * are ~10 MB), and should anyone ask anyway, every note is a dependent: broad, never wrong.
 *
 * @example
 * new EveryNoteDependents(() => ["a.md", "b.md"]).dependentsOf("a.md"); // ["a.md", "b.md"]
 */
export class EveryNoteDependents implements Dependents {
	constructor(private readonly notes: () => readonly string[]) {}
	record(): void {}
	forget(): void {}
	contentDependents(): string[] {
		return [...this.notes()];
	}
	dependentsOf(): string[] {
		return [...this.notes()];
	}
	byName(): string[] {
		return [...this.notes()];
	}
}
