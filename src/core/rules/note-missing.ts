/**
 * `note-missing`: the note of a heading or block link does not exist. Plain links
 * to notes not yet written are normal in Obsidian and not reported; links that
 * climb out of the vault are always reported (never followed).
 */
import type { Rule } from "./rule";
import { showPath } from "./rule-helpers";

/**
 * @example
 * // "[[Nowhere#설치]]" => note-missing; "[[Nowhere]]" => nothing
 */
export const noteMissing: Rule = {
	id: "note-missing",
	check(ctx, report) {
		for (const f of ctx.links) {
			if (f.kind !== "note" || f.sameNote || f.file.path !== null) continue;
			if (f.file.outsideVault) {
				report({ span: f.link.span, message: ctx.t.outsideVault(f.link.path), suggestion: null, fix: null });
				continue;
			}
			if (f.subpath.kind === "none") continue;
			const sub = f.subpath.kind === "heading" ? showPath(f.subpath.segments) : f.subpath.kind === "block" ? "#^" + f.subpath.id : f.link.subpath;
			report({ span: f.link.span, message: ctx.t.noteMissing(f.link.path, sub), suggestion: null, fix: null });
		}
	},
};
