/**
 * The screenshots are only as faithful as the theme stand-in: every Obsidian variable
 * `styles.css` uses without a fallback must have a value on the stand-alone pages, in
 * both themes. (An undefined variable silently drops the declaration: a gap of 0, a
 * transparent background.)
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { openPage } from "./chromium";
import { describeInChromium } from "./suite";
import { panelPage } from "../obsidian/standalone/page";
import { comparisonPage } from "../compare/standalone/page";
import { samplePanel } from "./sample-vault";
import { compareNote } from "../../src/core/compare/view-model";
import { scanNote } from "../../src/core/scan/scan-note";
import { DEPLOYMENT_NOTE } from "../compare/fixtures";

const STYLES = readFileSync(fileURLToPath(new URL("../../styles.css", import.meta.url)), "utf8");

/** Variables used as `var(--name)` with no fallback. */
function usedVariables(css: string): string[] {
	const names = new Set<string>();
	for (const m of css.matchAll(/var\(\s*(--[\w-]+)\s*\)/g)) names.add(m[1] as string);
	return [...names].sort();
}

describeInChromium("theme variables on the stand-alone pages", (browser) => {
	it("styles.css uses theme variables (sanity)", () => {
		expect(usedVariables(STYLES)).toEqual(expect.arrayContaining(["--text-normal", "--background-primary", "--interactive-accent"]));
	});

	it.each(["light", "dark"] as const)("every variable styles.css needs has a value (%s)", async (theme) => {
		// The comparison page carries only the comparison's part of styles.css's needs.
		const compareStart = STYLES.indexOf("/* comparison view */");
		expect(compareStart).toBeGreaterThan(0);
		const pages: Array<[string, string[]]> = [
			[await panelPage({ state: await samplePanel(), language: "ko", theme, width: 300 }), usedVariables(STYLES)],
			[await comparisonPage({ vm: compareNote({ path: "a.md", scan: scanNote(DEPLOYMENT_NOTE) }, { lang: "ko" }), layout: "cards", theme, width: 320 }), usedVariables(STYLES.slice(compareStart))],
		];
		for (const [html, vars] of pages) {
			const { page } = await openPage(browser(), html, 344);
			try {
				const missing = await page.evaluate((names) => names.filter((n) => getComputedStyle(document.body).getPropertyValue(n).trim() === ""), vars);
				expect(missing, "variables without a value (define them in the theme stand-in)").toEqual([]);
			} finally {
				await page.close();
			}
		}
	});
});
