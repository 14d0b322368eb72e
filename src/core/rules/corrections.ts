/**
 * One corrected destination per link. Several rules may want to rewrite the
 * same destination (an unparsed TOC link that is also fragile, an unparsed image
 * with the wrong case); each safe fix writes the destination with ALL the safe
 * corrections of enabled rules applied, so the edits are identical, "Fix all"
 * de-duplicates them and one pass converges.
 */
import type { Fix } from "../model/diagnostic";
import { lookupHeadingPath } from "./heading-lookup";
import type { OutlineHeading } from "../model/scan";
import { ancestors } from "../resolve/heading-path";
import { encodeWhitespace, headingSegment, markdownDestination, percentSegment, wikiSegment } from "../fix/destination";
import type { LinkFacts } from "./link-facts";
import type { RuleContext } from "./rule";

/** Changes to a link's target: a new path (as meant, decoded) and/or new heading segments. */
export interface Corrections {
	path?: string;
	segments?: string[];
}

/**
 * Heading path segments reaching heading `index` strictly (so under both readings).
 * With `preferred` >= 2 the link's two-segment shape is kept when possible (the
 * immediate parent, else a farther ancestor), then longer chains, then the heading
 * alone; with 1, the heading alone first. `null` when nothing reaches it.
 *
 * @example
 * headingPathTo(headings, 6, 2); // ["Virtualized Deployment", "문제점"]
 */
export function headingPathTo(headings: readonly OutlineHeading[], index: number, preferred: number): string[] | null {
	const h = headings[index];
	if (!h) return null;
	const chain = ancestors(headings, index); // nearest first
	const seg = (i: number): string => headingSegment(headings[i]?.text ?? "");
	const tries: number[][] = [];
	if (preferred >= 2) {
		// Keep the link's shape: one ancestor and the heading, nearest ancestor first.
		for (const a of chain) tries.push([a, index]);
		// Then longer chains (nearest ancestors), then the heading alone.
		for (let k = 2; k <= chain.length; k++) tries.push([...chain.slice(0, k).reverse(), index]);
		tries.push([index]);
	} else {
		tries.push([index]);
		for (let k = 1; k <= chain.length; k++) tries.push([...chain.slice(0, k).reverse(), index]);
	}
	for (const t of tries) {
		const segs = t.map(seg);
		if (segs.some((s) => s.trim() === "")) continue;
		if (lookupHeadingPath(headings, "#" + segs.join("#")).strict === index) return segs;
	}
	return null;
}

function splitAtHash(dest: string): [string, string] {
	const i = dest.indexOf("#");
	return i < 0 ? [dest, ""] : [dest.slice(0, i), dest.slice(i)];
}

/**
 * A link path rewritten to the exact case (and NFC) of the file it resolves to,
 * keeping its form (`/`, `./`, bare name, `.md` omitted). `null` when the link's
 * tail does not line up with the file's path.
 *
 * @example
 * exactCasePath("/img/docker.PNG", "static/img/Docker.png"); // "/img/Docker.png"
 */
export function exactCasePath(linkpath: string, target: string): string | null {
	const prefix = /^(\/+|(\.\.?\/)+)?/.exec(linkpath)?.[0] ?? "";
	const tail = linkpath.slice(prefix.length).normalize("NFC");
	let t = target.normalize("NFC");
	if (!/\.md$/i.test(tail) && /\.md$/i.test(t)) t = t.slice(0, -3);
	if (tail === "" || tail.length > t.length) return null;
	const candidate = t.slice(t.length - tail.length);
	if (candidate.toLowerCase() !== tail.toLowerCase()) return null;
	if (t.length > tail.length && t[t.length - tail.length - 1] !== "/") return null;
	return prefix + candidate;
}

/** Relative path from a folder to a file (both vault-relative). */
function relativePath(fromFolder: string, to: string): string {
	const from = fromFolder === "" ? [] : fromFolder.split("/");
	const parts = to.split("/");
	let common = 0;
	while (common < from.length && common < parts.length - 1 && from[common] === parts[common]) common++;
	const up = from.length - common;
	const rest = parts.slice(common).join("/");
	return up === 0 ? "./" + rest : "../".repeat(up) + rest;
}

/**
 * How a link would name `target` (vault path, NFC) in the link's own form:
 * `/` absolute (through the site root), `./` relative, a path, or a bare name.
 * Verified: `null` unless the result resolves to exactly that file.
 */
export function linkPathFor(ctx: RuleContext, facts: LinkFacts, target: string): string | null {
	const written = facts.link.path;
	const siteRoot = ctx.settings.siteRoot.replace(/^\/+|\/+$/g, "");
	let candidates: string[];
	if (written.startsWith("/")) {
		if (siteRoot === "") candidates = ["/" + target];
		else candidates = target.startsWith(siteRoot + "/") ? ["/" + target.slice(siteRoot.length + 1)] : [];
	} else if (written.startsWith("./") || written.startsWith("../")) {
		const folder = ctx.path.includes("/") ? ctx.path.slice(0, ctx.path.lastIndexOf("/")) : "";
		candidates = [relativePath(folder.normalize("NFC"), target)];
	} else {
		const name = target.slice(target.lastIndexOf("/") + 1);
		candidates = written.includes("/") ? [target] : [name, target];
	}
	for (const c of candidates) {
		const r = ctx.resolvePath(c);
		if (r.nfcPath === target && r.exactCase && !r.nfcOnly) return c;
	}
	return null;
}

/** Whether `path-case-mismatch` applies: a publish host resolves Markdown destinations and embeds as URLs; plain wikilinks to notes are left alone. */
export function caseMatters(facts: LinkFacts): boolean {
	return facts.link.syntax !== "wiki" || facts.link.embed || facts.kind === "image";
}

/** The safe path correction of a link, if any (NFC, exact case, the only name variant). */
export function safePath(ctx: RuleContext, facts: LinkFacts): string | undefined {
	const { file } = facts;
	if (facts.sameNote) return undefined;
	if (file.path !== null && file.nfcPath !== null) {
		let path = facts.link.path;
		let changed = false;
		if (file.nfcOnly && ctx.enabled("unicode-normalization")) {
			path = path.normalize("NFC");
			changed = true;
		}
		if (!file.exactCase && caseMatters(facts) && ctx.enabled("path-case-mismatch")) {
			const exact = exactCasePath(path, file.nfcPath);
			if (exact !== null && exact !== path) {
				path = exact;
				changed = true;
			}
		}
		return changed ? path : undefined;
	}
	if (facts.kind === "image" && !file.outsideVault && ctx.enabled("image-missing")) {
		const variants = ctx.variants(facts);
		if (variants.length === 1) return linkPathFor(ctx, facts, variants[0]?.nfcPath ?? "") ?? undefined;
	}
	return undefined;
}

/** The safe heading correction of a link, if any (NFC, fragile, ambiguous). */
export function safeSegments(ctx: RuleContext, facts: LinkFacts): string[] | undefined {
	const { heading, outline, subpath } = facts;
	if (!outline || subpath.kind !== "heading" || !heading) return undefined;
	if (facts.headingNfc && ctx.enabled("unicode-normalization")) {
		const nfc = subpath.segments.map((s) => s.normalize("NFC"));
		// Only when the link is the non-NFC side: then NFC text reaches the heading.
		const r = lookupHeadingPath(outline.headings, "#" + nfc.join("#"));
		if (r.strict !== null || r.ordered !== null) return nfc;
		return undefined;
	}
	if (heading.strict === null && heading.ordered !== null && ctx.enabled("heading-path-fragile")) {
		return headingPathTo(outline.headings, heading.ordered, subpath.segments.length) ?? undefined;
	}
	if (heading.strict !== null && subpath.segments.length === 1 && heading.candidates.length > 1 && ctx.enabled("heading-ambiguous")) {
		const segs = headingPathTo(outline.headings, heading.strict, 2);
		return segs && segs.length > 1 ? segs : undefined;
	}
	return undefined;
}

/** All safe corrections of a link. */
export function safeCorrections(ctx: RuleContext, facts: LinkFacts): Corrections {
	const out: Corrections = {};
	const path = safePath(ctx, facts);
	if (path !== undefined) out.path = path;
	const segments = safeSegments(ctx, facts);
	if (segments !== undefined) out.segments = segments;
	return out;
}

/**
 * The text for a link's destination span with `corr` applied, in the link's
 * own syntax; unparsed Markdown destinations come out parseable.
 *
 * @example
 * // link "[b](#A B#b c)" with { segments: ["A B", "X", "b c"] }, percent setting
 * composeDestination(ctx, facts, corr); // "#A%20B#X#b%20c"
 */
export function composeDestination(ctx: RuleContext, facts: LinkFacts, corr: Corrections): string {
	const { link } = facts;
	if (link.syntax === "wiki") {
		const [p, sub] = splitAtHash(link.destination);
		return (corr.path ?? p) + (corr.segments ? "#" + corr.segments.map(wikiSegment).join("#") : sub);
	}
	let dest = link.destination;
	if (link.unparsedReason === "unbalanced-angle" && dest.startsWith("<")) dest = dest.slice(1);
	const [p, sub] = splitAtHash(dest);
	const angle = link.angle;
	// Obsidian percent-decodes `<...>` destinations too: a `%` of a file name or heading is written `%25` in both forms.
	const path = corr.path === undefined ? p : angle ? corr.path.replace(/%/g, "%25") : encodeWhitespace(corr.path.replace(/%/g, "%25"));
	const subpath = corr.segments ? "#" + corr.segments.map((s) => (angle ? headingSegment(s).replace(/%/g, "%25") : percentSegment(s))).join("#") : sub;
	const joined = path + subpath;
	if (angle && !/[<>\r\n]/.test(joined)) return "<" + joined + ">";
	return markdownDestination(joined, ctx.settings.linkEncoding);
}

/** Current text of a link's destination span. */
export function currentDestination(ctx: RuleContext, facts: LinkFacts): string {
	return ctx.scan.text.slice(facts.link.destSpan.start.offset, facts.link.destSpan.end.offset);
}

// The lines of a note's headings, once per note: a search per fix made a note of many
// headings and many fixable links quadratic (32,000 of each took 2 s).
const headingLines = new WeakMap<readonly OutlineHeading[], Set<number>>();

/**
 * A fix rewriting the destination with `corr` (plus every safe correction unless
 * `corr` overrides it); `null` when it would change nothing.
 */
export function destinationFix(ctx: RuleContext, facts: LinkFacts, title: string, safe: boolean, corr: Corrections = {}): Fix | null {
	const all = { ...safeCorrections(ctx, facts), ...corr };
	const text = composeDestination(ctx, facts, all);
	const expected = currentDestination(ctx, facts);
	if (text === expected) return null;
	// A link in a property sits in a quoted YAML string: a quote, backslash or line break would end or escape it.
	const fm = ctx.scan.frontMatter;
	if (fm?.closed && facts.link.span.start.offset < fm.span.end.offset && /["'\\\n\r]/.test(text)) return null;
	// A link in a heading is part of the heading's text: a fix would rename the heading, and break the links to it.
	const headings = ctx.scan.headings;
	const lines = headingLines.get(headings) ?? new Set(headings.map((h) => h.line));
	headingLines.set(headings, lines);
	if (lines.has(facts.link.span.start.line)) return null;
	return { title, safe, edits: [{ span: facts.link.destSpan, expected, text }] };
}
