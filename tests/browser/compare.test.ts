/**
 * The deployment comparison in headless Chromium: the table at 900 px (a short sticky
 * header row and label column, readable stack diagrams) and the cards at 320 px
 * (nothing wider than the pane, Korean words never split), in light and dark themes,
 * WCAG AA contrast for every piece of text, with screenshots for the README.
 */
import { statSync } from "node:fs";
import { expect, it } from "vitest";
import { openPage, screenshotPath } from "./chromium";
import { expectCleanLog, expectNoOverflow, expectReadable } from "./expectations";
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

/** Rendered size of every stack-diagram label: its font size times the SVG's scale on screen. (Runs in the page.) */
function stackLabelSizes(): Array<{ text: string; px: number; height: number }> {
	return Array.from(document.querySelectorAll<SVGTextElement>("#pane text.container-notes-stack-label")).map((t) => ({
		text: t.textContent ?? "",
		px: parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0),
		height: t.getBoundingClientRect().height,
	}));
}

/**
 * Line breaks inside a Korean word: for each text run under `.container-notes-compare-text`,
 * the places where a new line starts between two Hangul syllables. (Runs in the page.)
 */
function hangulSplits(): string[] {
	const hangul = /[\uac00-\ud7a3]/;
	const splits: string[] = [];
	const range = document.createRange();
	for (const el of Array.from(document.querySelectorAll("#pane .container-notes-compare-text, #pane .container-notes-compare-placeholder"))) {
		const node = el.firstChild;
		if (!node || node.nodeType !== Node.TEXT_NODE) continue;
		const s = node.textContent ?? "";
		let top: number | null = null;
		for (let i = 0; i < s.length; i++) {
			range.setStart(node, i);
			range.setEnd(node, i + 1);
			const r = range.getClientRects()[0];
			if (!r) continue;
			if (top !== null && r.top > top + 2 && hangul.test(s[i - 1] ?? "") && hangul.test(s[i] ?? "")) splits.push(`${s.slice(Math.max(0, i - 6), i)}/${s.slice(i, i + 6)}`);
			top = r.top;
		}
	}
	return splits;
}

/** Classes the contrast check must have measured (so a renamed class cannot slip through unmeasured). */
function expectMeasured(samples: Array<{ classes: string; tag: string }>, classes: string[]): void {
	for (const cls of classes) expect(samples.some((s) => s.classes.split(".").includes(cls)), `${cls} measured`).toBe(true);
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
			// Readable text: AA contrast everywhere, including the active layout button, group rows, model headings, placeholders and source links.
			const samples = await expectReadable(page, "#pane", `table ${theme}`);
			expectMeasured(samples, ["container-notes-compare-layout-button", "is-active", "container-notes-compare-model-name", "container-notes-compare-model-heading", "container-notes-compare-row-label", "container-notes-compare-placeholder", "container-notes-compare-source", "container-notes-compare-text"]);
			expect(samples.some((s) => s.text === "내 노트에서" && s.tag === "th"), "group row measured").toBe(true);
			// The diagrams are in a body row; the sticky header holds only the model names (and their headings).
			expect(await page.locator("#pane thead svg").count()).toBe(0);
			expect(await page.locator("#pane tbody tr.container-notes-compare-stack-row svg").count()).toBe(4);
			const headHeight = await page.locator("#pane thead").evaluate((e) => e.getBoundingClientRect().height);
			expect(headHeight).toBeLessThan(80);
			// Stack labels are drawn at a readable size (no view box shrinking them into the column).
			const labels = await page.evaluate(stackLabelSizes);
			expect(labels.length).toBeGreaterThanOrEqual(15);
			for (const l of labels) {
				expect(l.px, `stack label "${l.text}"`).toBeGreaterThanOrEqual(11);
				expect(l.height, `stack label "${l.text}" box`).toBeGreaterThanOrEqual(11);
			}
			expect(await page.evaluate(hangulSplits)).toEqual([]);
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
			const samples = await expectReadable(page, "#pane", `cards ${theme}`);
			expectMeasured(samples, ["container-notes-compare-switch", "is-active", "container-notes-compare-card-group", "container-notes-compare-card-label", "container-notes-compare-model-heading", "container-notes-compare-placeholder", "container-notes-compare-source"]);
			// Korean wraps between words at 320 px, never inside one ("없습니/다").
			expect(await page.evaluate(hangulSplits)).toEqual([]);
			for (const l of await page.evaluate(stackLabelSizes)) expect(l.px, `stack label "${l.text}"`).toBeGreaterThanOrEqual(11);
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
				// The model tabs are walked with the keyboard (roving tab index: arrow keys move and select).
				if (cardMode === "model" && i === 0) await switches.nth(0).focus();
				else if (cardMode === "model") await page.keyboard.press("ArrowRight");
				if (cardMode === "model") {
					const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-model") ?? null);
					expect(focused).toBe(await page.locator("#pane .container-notes-compare-card").getAttribute("data-model"));
					expect(await page.locator("#pane [role=tab][tabindex='0']").count()).toBe(1);
				}
				await expectNoOverflow(page, "#pane", `${cardMode} card ${i}`);
				await expectReadable(page, "#pane", `${cardMode} card ${i}`);
				expect(await page.evaluate(hangulSplits), `${cardMode} card ${i}`).toEqual([]);
			}
			expectCleanLog(log, `${cardMode} cards`);
		} finally {
			await page.close();
		}
	});
});
