/**
 * "Fix all" over every note of the real vaults in ../shared/corpora, in memory: the
 * safe fixes converge (none is left, none refused), a second run changes nothing, and
 * a fix never makes a note worse (no rule reports more after it than before).
 * Run from .ci/run only (vitest.corpora.config.ts); skipped when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import type { Diagnostic } from "../../src/core/model/diagnostic";
import { DEFAULT_CHECK_SETTINGS, type CheckSettings } from "../../src/core/model/settings";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { grayMatterParser } from "../../src/cli/frontmatter";

const root = path.resolve(__dirname, "../../../shared/corpora");
const SKIP = new Set([".obsidian", ".git", "node_modules", ".trash"]);

/** The vault as the CLI lists it: every file, notes with their text, other files empty. */
function loadVault(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (sub: string): void => {
		for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
			if (SKIP.has(entry.name)) continue;
			const rel = sub === "" ? entry.name : `${sub}/${entry.name}`;
			if (entry.isDirectory()) walk(rel);
			else if (entry.isFile()) files[rel] = rel.toLowerCase().endsWith(".md") ? readFileSync(path.join(dir, rel), "utf8") : "";
		}
	};
	walk("");
	return files;
}

/** Diagnostics counted by `rule`. */
function byRule(diagnostics: readonly Diagnostic[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const d of diagnostics) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
	return counts;
}

/** `fixes`: whether "Fix all" has anything to do in the vault. */
const VAULTS: { name: string; settings: Partial<CheckSettings>; fixes: boolean }[] = [
	{ name: "devdubu-blog-partial", settings: { siteRoot: "static" }, fixes: true },
	{ name: "steelcrab-mz-cloud", settings: {}, fixes: true },
	{ name: "obsidian-help", settings: {}, fixes: true },
	// Its only unparsed links hold prose (`[git repo](github repo for the theme)`): encoding
	// them would make links to notes nobody wrote, so that fix is only suggested.
	{ name: "obsidian-hub", settings: {}, fixes: false },
];

describe.skipIf(!existsSync(root))("fix all over ../shared/corpora", () => {
	it.each(VAULTS)("$name: the safe fixes converge, are idempotent and never make a note worse", async ({ name, settings, fixes }) => {
		const files = loadVault(path.join(root, name));
		const vault = new MemoryVault(files, grayMatterParser);
		const checker = new Checker(vault, { ...DEFAULT_CHECK_SETTINGS, scope: "all", ...settings });
		const before = await checker.checkVault();
		const problems: string[] = [];
		let fixedNotes = 0;
		let applied = 0;
		for (const note of before.notes) {
			if (!note.diagnostics.some((d) => d.fix?.safe)) continue;
			const text = files[note.path] ?? "";
			const r = await checker.fixNote(note.path, text);
			fixedNotes++;
			applied += r.applied;
			if (r.applied === 0) problems.push(`${note.path}: a safe fix was offered but none applied`);
			if (r.refused.length > 0) problems.push(`${note.path}: refused ${r.refused.join("; ")}`);
			const left = r.report.diagnostics.filter((d) => d.fix?.safe);
			if (left.length > 0) problems.push(`${note.path}: safe fixes left: ${left.map((d) => `${d.span.start.line} ${d.rule}`).join(", ")}`);
			const was = byRule(note.diagnostics);
			for (const [rule, n] of byRule(r.report.diagnostics)) if (n > (was.get(rule) ?? 0)) problems.push(`${note.path}: ${rule} ${was.get(rule) ?? 0} -> ${n}`);
			const again = await checker.fixNote(note.path, r.text);
			if (again.text !== r.text) problems.push(`${note.path}: a second run changed the text again`);
			// Fixes rewrite destinations and tables of contents: the note keeps its headings.
			const headings = (t: string) => t.split(/\r\n|\r|\n/).filter((l) => /^#{1,6} /.test(l));
			if (headings(r.text).join("\n") !== headings(text).join("\n")) problems.push(`${note.path}: headings changed`);
		}
		expect(problems).toEqual([]);
		// Where there is something to fix, it was fixed (the checks above are not vacuous).
		expect(fixedNotes > 0, `${name}: ${fixedNotes} notes fixed`).toBe(fixes);
		expect(applied).toBeGreaterThanOrEqual(fixedNotes);
		if (name === "obsidian-hub") {
			const suggested = before.notes.flatMap((n) => n.diagnostics).filter((d) => d.rule === "link-unparsed");
			expect(suggested.length).toBeGreaterThan(0);
			expect(suggested.every((d) => d.fix !== null && d.fix?.safe === false)).toBe(true);
		}
	});
});
