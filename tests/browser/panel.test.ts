/**
 * The problems panel and the settings tab in headless Chromium at sidebar width (300 px),
 * in light and dark themes: screenshots for the README, no horizontal overflow,
 * WCAG AA contrast for every piece of text.
 */
import { statSync } from "node:fs";
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage, screenshotPath } from "./chromium";
import { expectCleanLog, expectNoOverflow, expectReadable } from "./expectations";
import { describeInChromium } from "./suite";
import { panelPage, settingsPage } from "../obsidian/standalone/page";
import { samplePanelState } from "../obsidian/standalone/fixtures";
import { samplePanel } from "./sample-vault";
import type { PanelState } from "../../src/obsidian/panel/panel-model";

const WIDTH = 300;
/** The stand-alone pages pad the body by 12 px on each side. */
const VIEWPORT = WIDTH + 24;
const THEMES = ["light", "dark"] as const;

/** A not-yet-indexed vault and a note that is not a container note: the other states at the same width. */
const OTHER_STATES: Array<[string, PanelState]> = [
	["indexing", { ...samplePanelState("ko", { done: 1234, total: 10000 }), active: { kind: "pending", path: "아주/깊은/폴더/구조/안에/있는/컨테이너-런타임-비교-노트.md" } }],
	[
		"not a container note",
		{
			active: {
				kind: "report",
				path: "일기/2024-01-01.md",
				report: { path: "일기/2024-01-01.md", tags: ["#daily"], matchedTags: [], isContainerNote: false, skipped: null, diagnostics: [] },
				scopeAll: false,
				canUpdateToc: false,
			},
			vault: { progress: null, rows: [] },
			canCompare: true,
		},
	],
];

/**
 * Fails when a settings control is cut off: its content wider than its box (a text
 * field's value, a dropdown's chosen label), or its right edge past the settings pane.
 */
async function expectControlsWhole(page: Page, label: string): Promise<void> {
	const clipped = await page.evaluate(() => {
		const pane = document.querySelector("#pane .container-notes-settings") as HTMLElement;
		const right = pane.getBoundingClientRect().right;
		// The page runs the obsidian shim, which installs Obsidian's DOM helpers (createEl, instanceOf).
		const ctx = createEl("canvas").getContext("2d") as CanvasRenderingContext2D;
		const out: string[] = [];
		for (const el of Array.from(pane.querySelectorAll<HTMLElement>(".setting-item-control input, .setting-item-control select, .setting-item-control button"))) {
			const name = el.closest(".setting-item")?.querySelector(".setting-item-name")?.textContent ?? "?";
			const style = getComputedStyle(el);
			const inner = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
			let content = el.scrollWidth > el.clientWidth ? el.scrollWidth : 0;
			const text = el.instanceOf(HTMLSelectElement) ? (el.selectedOptions[0]?.text ?? "") : el.instanceOf(HTMLInputElement) && el.type === "text" ? el.value || el.placeholder : "";
			if (text !== "") {
				ctx.font = style.font;
				// A dropdown also draws its arrow inside the padding box: leave it 16 px.
				const width = ctx.measureText(text).width + (el.instanceOf(HTMLSelectElement) ? 16 : 0);
				if (width > inner) content = width;
			}
			if (content > 0) out.push(`${name}: content ${Math.ceil(content)} px in a ${inner} px box`);
			if (el.getBoundingClientRect().right > right + 0.5) out.push(`${name}: ends past the pane's right edge`);
		}
		return out;
	});
	expect(clipped, `${label}: clipped settings controls`).toEqual([]);
}

describeInChromium("problems panel and settings tab in Chromium at 300 px", (browser) => {
	it.each(THEMES)("panel, %s: screenshot, no overflow, readable text", async (theme) => {
		const state = await samplePanel();
		const diagnostics = state.active.kind === "report" ? state.active.report.diagnostics.length : 0;
		expect(diagnostics).toBeGreaterThanOrEqual(6);
		const { page, log } = await openPage(browser(), await panelPage({ state, language: "ko", theme, width: WIDTH }), VIEWPORT);
		try {
			expect(await page.locator("#pane .container-notes-diagnostic").count()).toBe(diagnostics);
			expect(await page.locator("#pane .container-notes-vault-row").count()).toBe(4);
			await page.locator("#pane").screenshot({ path: screenshotPath(`panel-${theme}.png`) });
			await expectNoOverflow(page, "#pane", `panel ${theme}`);
			const samples = await expectReadable(page, "#pane", `panel ${theme}`);
			// The measurement covered what the user reads: messages, buttons, headings, vault rows.
			for (const cls of ["container-notes-message", "container-notes-suggestion", "container-notes-group-title", "container-notes-section-title", "container-notes-note-title", "container-notes-vault-name", "container-notes-rule"]) {
				expect(samples.some((s) => s.classes.split(".").includes(cls)), `${cls} measured`).toBe(true);
			}
			expect(samples.filter((s) => s.tag === "button").length).toBeGreaterThanOrEqual(4);
			expectCleanLog(log, `panel ${theme}`);
		} finally {
			await page.close();
		}
		expect(statSync(screenshotPath(`panel-${theme}.png`)).size).toBeLessThan(300_000);
	});

	it.each(THEMES)("settings tab, %s: screenshot, no overflow, readable text", async (theme) => {
		const html = await settingsPage({ language: "ko", theme, width: WIDTH, settings: { siteRoot: "static" } });
		const { page, log } = await openPage(browser(), html, VIEWPORT);
		try {
			expect(await page.locator("#pane .setting-item").count()).toBeGreaterThan(10);
			// A site root outside the vault gets the inline error (shown in the screenshot).
			const siteRoot = page.locator("#pane .setting-item", { hasText: "사이트 루트" });
			await siteRoot.locator("input").fill("../밖으로");
			await expect.poll(() => siteRoot.locator(".container-notes-setting-error").isVisible()).toBe(true);
			await siteRoot.locator("input").blur();
			await page.locator("#pane").screenshot({ path: screenshotPath(`settings-${theme}.png`) });
			await expectNoOverflow(page, "#pane", `settings ${theme}`);
			await expectControlsWhole(page, `settings ${theme}`);
			const samples = await expectReadable(page, "#pane", `settings ${theme}`);
			for (const cls of ["setting-item-name", "setting-item-description"]) {
				expect(samples.some((s) => s.classes.split(".").includes(cls)), `${cls} measured`).toBe(true);
			}
			expect(samples.some((s) => s.tag === "input" || s.tag === "select"), "form fields measured").toBe(true);
			expectCleanLog(log, `settings ${theme}`);
		} finally {
			await page.close();
		}
		expect(statSync(screenshotPath(`settings-${theme}.png`)).size).toBeLessThan(300_000);
	});

	it.each(OTHER_STATES)("panel, %s (dark): no overflow, readable text", async (label, state) => {
		const { page, log } = await openPage(browser(), await panelPage({ state, language: "ko", theme: "dark", width: WIDTH }), VIEWPORT);
		try {
			await expectNoOverflow(page, "#pane", label);
			await expectReadable(page, "#pane", label);
			expectCleanLog(log, label);
		} finally {
			await page.close();
		}
	});
});
