/**
 * The deployment comparison in headless Chromium: the table at 900 px (sticky header
 * row and label column) and the cards at 320 px (nothing wider than the pane), in
 * light and dark themes, with screenshots for the README.
 */
import { statSync } from "node:fs";
import { expect, it } from "vitest";
import { openPage, screenshotPath } from "./chromium";
import { expectCleanLog, expectNoOverflow } from "./expectations";
import { describeInChromium } from "./suite";
import { comparisonPage } from "../compare/standalone/page";
import { DEPLOYMENT_NOTE } from "../compare/fixtures";
import { compareNote } from "../../src/core/compare/view-model";
import { scanNote } from "../../src/core/scan/scan-note";

const THEMES = ["light", "dark"] as const;
const PAD = 24;

function vm(lang: "ko" | "en" = "ko") {
	return compareNote({ path: "컨테이너/배포 방식 정리.md", scan: scanNote(DEPLOYMENT_NOTE) }, { lang });
}

describeInChromium("deployment comparison in Chromium", (browser) => {
	it.each(THEMES)("table at 900 px, %s: screenshot, sticky header row and label column", async (theme) => {
		// A tab-sized pane: the table scrolls inside its frame.
		const html = await comparisonPage({ vm: vm(), layout: "table", theme, width: 900, height: 640 });
		const { page, log } = await openPage(browser(), html, 900 + PAD, { height: 640 + PAD });
		try {
			const table = page.locator("#pane table.container-notes-compare-table");
			expect(await table.count()).toBe(1);
			expect(await page.locator("#pane thead th").count()).toBe(5);
			await page.locator("#pane").screenshot({ path: screenshotPath(`compare-table-${theme}.png`) });
			const sticky = await page.evaluate(() => {
				const pos = (sel: string) => Array.from(document.querySelectorAll(`#pane ${sel}`)).map((e) => getComputedStyle(e).position);
				return { head: pos("thead th"), labels: pos("tbody th") };
			});
			expect(sticky.head.length).toBe(5);
			expect(new Set(sticky.head)).toEqual(new Set(["sticky"]));
			expect(sticky.labels.length).toBeGreaterThan(10);
			expect(new Set(sticky.labels)).toEqual(new Set(["sticky"]));
			// And they do stick: scrolled down, the header row stays at the frame's top;
			// scrolled sideways (in a frame narrowed to 500 px), the label column stays at its left edge.
			await page.addStyleTag({ content: "#pane .container-notes-compare-table-wrap { width: 500px; }" });
			const stuck = await page.evaluate(() => {
				const wrap = document.querySelector("#pane .container-notes-compare-table-wrap") as HTMLElement;
				const head = document.querySelector("#pane thead th:nth-child(2)") as HTMLElement;
				const label = document.querySelector("#pane tbody tr:nth-child(6) th") as HTMLElement;
				wrap.scrollTop = 400;
				wrap.scrollLeft = 200;
				const w = wrap.getBoundingClientRect();
				return { scrolledTop: wrap.scrollTop, scrolledLeft: wrap.scrollLeft, headTop: head.getBoundingClientRect().top - w.top, labelLeft: label.getBoundingClientRect().left - w.left };
			});
			expect(stuck.scrolledTop).toBeGreaterThan(100);
			expect(stuck.scrolledLeft).toBeGreaterThan(50);
			expect(Math.abs(stuck.headTop)).toBeLessThanOrEqual(2);
			expect(Math.abs(stuck.labelLeft)).toBeLessThanOrEqual(2);
			expectCleanLog(log, `table ${theme}`);
		} finally {
			await page.close();
		}
		expect(statSync(screenshotPath(`compare-table-${theme}.png`)).size).toBeLessThan(300_000);
	});

	it.each(THEMES)("cards at 320 px, %s: screenshot, no horizontal overflow", async (theme) => {
		const html = await comparisonPage({ vm: vm(), layout: "cards", cardMode: "model", theme, width: 320 });
		const { page, log } = await openPage(browser(), html, 320 + PAD);
		try {
			expect(await page.locator("#pane table").count()).toBe(0);
			expect(await page.locator("#pane .container-notes-compare-card").count()).toBeGreaterThan(0);
			await page.locator("#pane").screenshot({ path: screenshotPath(`compare-cards-${theme}.png`) });
			await expectNoOverflow(page, "#pane", `cards ${theme}`);
			expectCleanLog(log, `cards ${theme}`);
		} finally {
			await page.close();
		}
		expect(statSync(screenshotPath(`compare-cards-${theme}.png`)).size).toBeLessThan(300_000);
	});

	it.each([
		["model", "ko"],
		["dimension", "en"],
	] as const)("every model's card (%s cards, %s) fits 320 px", async (cardMode, lang) => {
		const html = await comparisonPage({ vm: vm(lang), layout: "cards", cardMode, theme: "dark", width: 320 });
		const { page, log } = await openPage(browser(), html, 320 + PAD);
		try {
			const switches = page.locator("#pane .container-notes-compare-switch");
			const n = cardMode === "model" ? await switches.count() : 1;
			if (cardMode === "model") expect(n).toBe(4);
			for (let i = 0; i < n; i++) {
				if (cardMode === "model") await switches.nth(i).click();
				await expectNoOverflow(page, "#pane", `${cardMode} card ${i}`);
			}
			expectCleanLog(log, `${cardMode} cards`);
		} finally {
			await page.close();
		}
	});
});
