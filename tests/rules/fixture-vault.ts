/**
 * Loads a rule fixture folder (`tests/fixtures/rules/<rule>/`) as an in-memory
 * vault and reads its inline expectations:
 * `<!-- expect: rule-a, rule-b -->` on the line a diagnostic starts,
 * `<!-- expect-next: rule -->` for the next line, `<!-- expect-at N: rule -->` for line N.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { grayMatterParser } from "../../src/cli/frontmatter";
import { DEFAULT_CHECK_SETTINGS, type CheckSettings } from "../../src/core/model/settings";

export const FIXTURES = fileURLToPath(new URL("../fixtures/rules/", import.meta.url));

/** Settings for fixtures: every note checked. */
export const FIXTURE_SETTINGS: CheckSettings = { ...DEFAULT_CHECK_SETTINGS, scope: "all" };

function walk(dir: string, out: string[]): void {
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) walk(full, out);
		else out.push(full);
	}
}

/** The fixture folder as a vault (non-notes become empty files). */
export function fixtureVault(rule: string): MemoryVault {
	const root = join(FIXTURES, rule);
	const files: string[] = [];
	walk(root, files);
	const contents: Record<string, string> = {};
	for (const f of files) {
		const path = relative(root, f).split("\\").join("/");
		contents[path] = f.endsWith(".md") ? readFileSync(f, "utf8") : "";
	}
	return new MemoryVault(contents, grayMatterParser);
}

/** `path:line:rule` keys of the expectations in a note, sorted. */
export function expectations(path: string, text: string): string[] {
	const out: string[] = [];
	const lines = text.split(/\r\n|\n|\r/);
	const marker = /<!--\s*expect(-next|-at\s+(\d+))?:\s*([a-z, -]+?)\s*-->/g;
	lines.forEach((line, i) => {
		for (const m of line.matchAll(marker)) {
			const at = m[1] === "-next" ? i + 2 : m[2] !== undefined ? Number(m[2]) : i + 1;
			for (const rule of (m[3] ?? "").split(",").map((r) => r.trim()).filter((r) => r !== "")) out.push(`${path}:${at}:${rule}`);
		}
	});
	return out.sort();
}
