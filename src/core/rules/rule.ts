/**
 * The rule interface. A rule reads a prepared {@link RuleContext} (the note's
 * scan and every link already resolved against the vault) and reports
 * diagnostics; it never touches the vault itself, so rules are synchronous and pure.
 */
import type { Diagnostic, RuleId, Severity } from "../model/diagnostic";
import type { LineIndex } from "../model/position";
import type { NoteScan } from "../model/scan";
import type { CheckSettings } from "../model/settings";
import type { MessageCatalog } from "../i18n/catalog";
import type { TocBlock } from "../toc/toc-types";
import type { TocComparison } from "../toc/compare-toc";
import type { FileResolution, FileVariant } from "../resolve/file-index";
import type { LinkFacts } from "./link-facts";
import type { HintBudget } from "../suggest/hint-budget";

/** What a rule reports: the checker adds `rule`, `severity` and `path`. */
export type Report = Omit<Diagnostic, "severity" | "path" | "rule">;

/** Everything a rule may read about one note. */
export interface RuleContext {
	/** Vault-relative path of the note. */
	path: string;
	scan: NoteScan;
	settings: CheckSettings;
	lines: LineIndex;
	t: MessageCatalog;
	isContainerNote: boolean;
	/** Every internal link and embed of the note (definitions excluded), resolved once, in document order. */
	links: LinkFacts[];
	/** The note's TOC and how it compares with the headings. */
	toc: TocBlock | null;
	tocComparison: TocComparison | null;
	/** Whether a rule is enabled (its severity is not `off`). */
	enabled(rule: RuleId): boolean;
	/** Resolves another spelling of a link path from this note (to verify a rewrite). */
	resolvePath(linkpath: string): FileResolution;
	/** What is left of this note's "Did you mean" work (see hint-budget.ts): take before comparing. */
	hints: HintBudget;
	/** Files a broken link probably meant (name variants), best first; cached per link. */
	variants(facts: LinkFacts): FileVariant[];
}

/**
 * A check.
 *
 * @example
 * const rule: Rule = { id: "toc-stale", defaultSeverity: "warning", check(ctx, report) { ... } };
 */
export interface Rule {
	id: RuleId;
	/** The severity unless settings say otherwise; absent, `error` (most rules: a link that does not work). */
	defaultSeverity?: Severity;
	check(ctx: RuleContext, report: (d: Report) => void): void;
}
