/**
 * No markup from note text, in a real browser: the problems panel and the comparison
 * view render a hostile note (script tags, `<img onerror>`, `javascript:` links in
 * headings, link texts, targets, list items and the path). No script runs, no element
 * or attribute comes from the note, no request is made, and the characters are shown.
 */
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage } from "./chromium";
import { expectCleanLog } from "./expectations";
import { describeInChromium } from "./suite";
import { HOSTILE_NOTE, HOSTILE_PATH, IMG, JS_LINK, PATH_MARKUP, SCRIPT, hostileReport } from "./hostile-note";
import { panelPage } from "../obsidian/standalone/page";
import { comparisonPage } from "../compare/standalone/page";
import { compareNote } from "../../src/core/compare/view-model";
import { scanNote } from "../../src/core/scan/scan-note";

/** Elements our templates make; anything else would have come from note text. */
const PANEL_TAGS = ["div", "span", "button", "progress", "ul", "li"];
const COMPARE_TAGS = ["div", "span", "button", "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "a", "svg", "g", "rect", "text", "title"];

interface MarkupAudit {
	pwned: unknown;
	scripts: number;
	scriptsInPane: number;
	foreignTags: string[];
	handlerAttributes: string[];
	scriptUrls: string[];
	imgs: number;
	srcX: number;
	paneText: string;
	visibleText: string;
}

/** Everything in the document that could have come from note text. */
async function audit(page: Page, allowed: string[]): Promise<MarkupAudit> {
	// Give error and load events (an <img src=x> would fire onerror) time to run.
	await page.waitForTimeout(150);
	return page.evaluate((allowedTags) => {
		const pane = document.getElementById("pane") as HTMLElement;
		const all = Array.from(document.querySelectorAll("*"));
		const handlerAttributes: string[] = [];
		const scriptUrls: string[] = [];
		for (const el of all) {
			for (const a of Array.from(el.attributes)) {
				if (a.name.toLowerCase().startsWith("on")) handlerAttributes.push(`${el.tagName} ${a.name}`);
				if (/^\s*javascript:/i.test(a.value) && ["href", "src", "data", "action", "formaction", "xlink:href"].includes(a.name.toLowerCase())) scriptUrls.push(`${el.tagName} ${a.name}`);
			}
		}
		return {
			pwned: (window as unknown as { __pwned?: unknown }).__pwned,
			scripts: document.querySelectorAll("script").length,
			scriptsInPane: pane.querySelectorAll("script").length,
			foreignTags: Array.from(pane.querySelectorAll("*"))
				.map((e) => e.tagName.toLowerCase())
				.filter((t) => !allowedTags.includes(t)),
			handlerAttributes,
			scriptUrls,
			imgs: document.querySelectorAll("img, iframe, object, embed, foreignObject").length,
			srcX: document.querySelectorAll('[src="x"], [data="x"]').length,
			paneText: pane.textContent ?? "",
			visibleText: pane.innerText,
		};
	}, allowed);
}

function expectInert(a: MarkupAudit, label: string): void {
	expect(a.pwned, `${label}: a script from the note ran`).toBeUndefined();
	// The stand-alone page's own two scripts (bundle and render call), none in the pane.
	expect(a.scripts, `${label}: script elements`).toBe(2);
	expect(a.scriptsInPane).toBe(0);
	expect(a.foreignTags, `${label}: elements not made by our templates`).toEqual([]);
	expect(a.handlerAttributes, `${label}: event-handler attributes`).toEqual([]);
	expect(a.scriptUrls, `${label}: javascript: URLs`).toEqual([]);
	expect(a.imgs, `${label}: img/iframe/object elements`).toBe(0);
	expect(a.srcX).toBe(0);
}

describeInChromium("no markup from note text in Chromium", (browser) => {
	it("the audit catches markup when there is some (the checks can fail)", async () => {
		const { report, rows } = await hostileReport();
		const state = { active: { kind: "report" as const, path: HOSTILE_PATH, report, scopeAll: false, canUpdateToc: true }, vault: { progress: null, rows }, canCompare: true };
		const { page } = await openPage(browser(), await panelPage({ state, language: "en", theme: "light", width: 300 }), 324);
		try {
			// What a renderer that parsed note text as HTML would have produced.
			await page.evaluate(() => {
				const img = new Image();
				img.setAttribute("onerror", "window.__pwned=1");
				img.setAttribute("src", "x");
				document.querySelector("#pane .container-notes-message")?.appendChild(img);
			});
			const a = await audit(page, PANEL_TAGS);
			expect(a.pwned).toBe(1);
			expect(a.foreignTags).toEqual(["img"]);
			expect(a.handlerAttributes).toEqual(["IMG onerror"]);
			expect(a.imgs).toBe(1);
			expect(a.srcX).toBe(1);
		} finally {
			await page.close();
		}
	});

	it.each(["light", "dark"] as const)("panel renders a hostile note's diagnostics and path as text (%s)", async (theme) => {
		const { report, rows } = await hostileReport();
		expect(report.diagnostics.length).toBeGreaterThan(3);
		const state = { active: { kind: "report" as const, path: HOSTILE_PATH, report, scopeAll: false, canUpdateToc: true }, vault: { progress: null, rows }, canCompare: true };
		const { page, log } = await openPage(browser(), await panelPage({ state, language: "en", theme, width: 300 }), 324);
		try {
			const a = await audit(page, PANEL_TAGS);
			expectInert(a, "panel");
			// The characters are there for the user to read: the note's name, and the link targets in messages.
			expect(a.visibleText).toContain(PATH_MARKUP);
			expect(a.visibleText).toContain(SCRIPT);
			expect(a.paneText).toContain(IMG);
			expect(await page.locator("#pane .container-notes-note-title").getAttribute("title")).toBe(HOSTILE_PATH);
			// Clicking every control (fixes, reveal, open note) still creates nothing.
			const buttons = page.locator("#pane button:not([disabled]), #pane [tabindex]");
			const n = await buttons.count();
			for (let i = 0; i < n; i++) await buttons.nth(i).click();
			expectInert(await audit(page, PANEL_TAGS), "panel after clicks");
			expectCleanLog(log, "panel");
		} finally {
			await page.close();
		}
	});

	it.each([
		["table", "model", 900],
		["cards", "model", 320],
		["cards", "dimension", 320],
	] as const)("comparison (%s, %s cards) renders hostile headings and items as text", async (layout, cardMode, width) => {
		const vm = compareNote({ path: HOSTILE_PATH, scan: scanNote(HOSTILE_NOTE) }, { lang: "ko" });
		expect(vm.columns.filter((c) => c.covered)).toHaveLength(4);
		const { page, log } = await openPage(browser(), await comparisonPage({ vm, layout, cardMode, theme: "dark", width }), width + 24);
		try {
			const a = await audit(page, COMPARE_TAGS);
			expectInert(a, `${layout} ${cardMode}`);
			// The tags' characters are shown. (List item text drops Markdown emphasis markers, so
			// `window.__pwned` in an item reads `window.pwned`: compared up to the payload.)
			expect(a.paneText).toContain(PATH_MARKUP);
			expect(a.paneText).toContain("<script>window.");
			expect(a.paneText).toContain("</script> 앱끼리 충돌");
			expect(a.paneText).toContain("물리 서버 <img src=x onerror=\"window.");
			if (layout === "table") {
				// Every model is on screen in the table: the literal markup is visible, not just present.
				expect(a.visibleText).toContain("</script> 앱끼리 충돌");
				expect(a.visibleText).toContain(`Hypervisor ${IMG}`);
				expect(a.visibleText).toContain(`<iframe src="${JS_LINK}"></iframe>`);
				expect(a.visibleText).toContain(`<a href="${JS_LINK}">링크</a>`);
				expect(a.visibleText).toContain("<svg onload=");
			}
			// Note cells are clickable; clicking them must not run or create anything either.
			const cells = page.locator("#pane [data-line]");
			const n = Math.min(await cells.count(), 12);
			for (let i = 0; i < n; i++) await cells.nth(i).click();
			expectInert(await audit(page, COMPARE_TAGS), `${layout} after clicks`);
			expectCleanLog(log, `${layout} ${cardMode}`);
		} finally {
			await page.close();
		}
	});
});
