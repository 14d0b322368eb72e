/**
 * Inline expectations for scanner fixtures. A fixture note ends with a comment
 *
 *     <!-- expect
 *     heading 2 Title text
 *     link <syntax>[!] <ok|whitespace|unbalanced-angle>[,ext][,comment][,size=N] <linktext>
 *     tag #name
 *     block id
 *     region <kind>[!]          (! = unterminated)
 *     -->
 *
 * listing, per kind and in document order, every record the scanner must produce
 * (a kind with no lines must produce none). `!` after the syntax marks an embed.
 * The expectation comment itself is not listed among the regions.
 */
import type { NoteScan } from "../../src/core/model/scan";

export interface Expectations {
	/** Offset of the `<!-- expect` marker (its region is ignored). */
	at: number;
	headings: string[];
	links: string[];
	tags: string[];
	blocks: string[];
	regions: string[];
}

/** Reads the expectation block; `null` when the fixture has none. */
export function readExpectations(text: string): Expectations | null {
	const at = text.lastIndexOf("<!-- expect");
	if (at < 0) return null;
	const end = text.indexOf("-->", at);
	const body = text.slice(at + "<!-- expect".length, end < 0 ? text.length : end);
	const e: Expectations = { at, headings: [], links: [], tags: [], blocks: [], regions: [] };
	for (const rawLine of body.split(/\r\n|\r|\n/)) {
		const line = rawLine.trim();
		if (line === "") continue;
		const sp = line.indexOf(" ");
		const kind = sp < 0 ? line : line.slice(0, sp);
		const rest = sp < 0 ? "" : line.slice(sp + 1);
		if (kind === "heading") e.headings.push(rest);
		else if (kind === "link") e.links.push(rest);
		else if (kind === "tag") e.tags.push(rest);
		else if (kind === "block") e.blocks.push(rest);
		else if (kind === "region") e.regions.push(rest);
		else throw new Error(`unknown expectation kind '${kind}' in: ${line}`);
	}
	return e;
}

/** The scan, projected onto the expectation format. */
export function project(scan: NoteScan, at: number): Omit<Expectations, "at"> {
	return {
		headings: scan.headings.map((h) => `${h.level} ${h.text}`.trimEnd()),
		links: scan.links.map((l) => {
			const flags = [l.parsed ? "ok" : (l.unparsedReason ?? "?")];
			if (l.external) flags.push("ext");
			if (l.inComment) flags.push("comment");
			if (l.size !== null) flags.push(`size=${l.size}`);
			return `${l.syntax}${l.embed ? "!" : ""} ${flags.join(",")} ${l.linktext}`.trimEnd();
		}),
		tags: scan.tags.map((t) => t.tag),
		blocks: scan.blockIds.map((b) => b.id),
		regions: scan.regions.filter((r) => !(r.kind === "html-comment" && r.span.start.offset === at)).map((r) => r.kind + (r.unterminated ? "!" : "")),
	};
}
