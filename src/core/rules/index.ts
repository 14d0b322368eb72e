/** The rule registry, in the public order of `RULE_IDS`. */
import type { Diagnostic, RuleId, Severity } from "../model/diagnostic";
import type { CheckSettings } from "../model/settings";
import type { Rule, RuleContext } from "./rule";
import { linkUnparsed } from "./link-unparsed";
import { headingMissing } from "./heading-missing";
import { headingPathFragile } from "./heading-path-fragile";
import { headingAmbiguous } from "./heading-ambiguous";
import { blockMissing } from "./block-missing";
import { noteMissing } from "./note-missing";
import { imageMissing } from "./image-missing";
import { imageOutsideFolder } from "./image-outside-folder";
import { pathCaseMismatch } from "./path-case-mismatch";
import { unicodeNormalization } from "./unicode-normalization";
import { tocStale } from "./toc-stale";
import { frontmatterInvalid } from "./frontmatter-invalid";
import { tagsCommaString } from "./tags-comma-string";
import { blockUnclosed } from "./block-unclosed";

export type { Rule, RuleContext, Report } from "./rule";

/** Every rule, one per id of `RULE_IDS`. */
export const RULES: readonly Rule[] = [
	linkUnparsed,
	headingMissing,
	headingPathFragile,
	headingAmbiguous,
	blockMissing,
	noteMissing,
	imageMissing,
	imageOutsideFolder,
	pathCaseMismatch,
	unicodeNormalization,
	tocStale,
	frontmatterInvalid,
	tagsCommaString,
	blockUnclosed,
];

/**
 * The severity a rule reports with, or `off`.
 *
 * @example
 * severityOf({ ...DEFAULT_CHECK_SETTINGS, rules: { "toc-stale": "off" } }, "toc-stale"); // "off"
 */
export function severityOf(settings: Pick<CheckSettings, "rules">, id: RuleId): Severity | "off" {
	const override = settings.rules[id];
	if (override !== undefined) return override;
	return RULES.find((r) => r.id === id)?.defaultSeverity ?? "error";
}

/**
 * Runs every enabled rule on a prepared context. A rule that throws is isolated:
 * its diagnostics for this note are dropped, the others still run. The severities map
 * (precomputed from the settings) saves looking each rule up per note.
 *
 * @example
 * const diagnostics = runRules(ctx);
 */
export function runRules(ctx: RuleContext, severities?: ReadonlyMap<RuleId, Severity | "off">): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const rule of RULES) {
		const severity = severities?.get(rule.id) ?? severityOf(ctx.settings, rule.id);
		if (severity === "off") continue;
		const before = out.length;
		try {
			rule.check(ctx, (d) => {
				out.push({ span: d.span, message: d.message, suggestion: d.suggestion, fix: d.fix, rule: rule.id, severity, path: ctx.path });
			});
		} catch {
			out.length = before;
		}
	}
	out.sort((a, b) => a.span.start.offset - b.span.start.offset);
	return out;
}
