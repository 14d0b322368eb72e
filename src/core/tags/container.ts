/**
 * Container-note detection (spec Q4): a note is a container note when one of its
 * tags (front matter and body, as `getAllTags` lists them) is a watched tag or
 * nested under one. Tags are case-insensitive in Obsidian.
 */
import type { Tag } from "../model/scan";

/**
 * Lower-cased tag with exactly one leading `#`; surrounding whitespace and
 * trailing `/` removed. Returns `""` for an empty tag.
 *
 * @example
 * normalizeTag("Container/Runtime"); // "#container/runtime"
 * normalizeTag("#Docker"); // "#docker"
 */
export function normalizeTag(tag: string): string {
	let t = tag.trim();
	while (t.startsWith("#")) t = t.slice(1);
	while (t.endsWith("/")) t = t.slice(0, -1);
	return t === "" ? "" : "#" + t.toLowerCase();
}

/**
 * The note's tags (lower-cased, with `#`, de-duplicated, in order) that match a
 * watched tag: equal to it, or nested below it (`#Container/Runtime` matches
 * `Container`; `#Containers` does not).
 *
 * @example
 * matchWatchedTags([{ tag: "#Container/Runtime", source: "body", span: null }], ["Container", "Docker"]);
 * // ["#container/runtime"]
 */
export function matchWatchedTags(tags: readonly Pick<Tag, "tag">[], watched: readonly string[]): string[] {
	const roots = watched.map(normalizeTag).filter((w) => w !== "");
	const out: string[] = [];
	for (const t of tags) {
		const tag = normalizeTag(t.tag);
		if (tag === "" || out.includes(tag)) continue;
		if (roots.some((root) => tag === root || tag.startsWith(root + "/"))) out.push(tag);
	}
	return out;
}
