/**
 * Assertions shared by the browser suites: no horizontal overflow, readable contrast,
 * a clean page log.
 *
 * @example
 * await expectNoOverflow(page, "#pane", "panel light");
 * const samples = await expectReadable(page, "#pane", "panel light");
 */
import { expect } from "vitest";
import type { Page } from "playwright-core";
import type { PageLog } from "./chromium";
import { contrastProbe, overflowProbe, type ContrastSample } from "./probes";

/** Fails when the document or the pane is wider than allowed, or anything in the pane sticks out, scrolls sideways or is cut off. */
export async function expectNoOverflow(page: Page, paneSelector: string, label: string): Promise<void> {
	const r = await page.evaluate(overflowProbe, paneSelector);
	expect(r.checked, `${label}: nothing laid out`).toBeGreaterThan(3);
	expect(r.documentScrollWidth, `${label}: document wider than the viewport`).toBeLessThanOrEqual(r.viewportWidth);
	expect(r.paneScrollWidth, `${label}: pane scrolls sideways`).toBeLessThanOrEqual(r.paneClientWidth);
	expect(r.offenders, `${label}: horizontal overflow`).toEqual([]);
}

/** Fails on any text below its WCAG AA contrast; returns the samples so callers can check what was measured. */
export async function expectReadable(page: Page, rootSelector: string, label: string): Promise<ContrastSample[]> {
	const samples = await page.evaluate(contrastProbe, rootSelector);
	const low = samples.filter((s) => s.ratio < s.required).map((s) => `${s.what}: ${s.ratio} < ${s.required} (${s.color} on ${s.background})`);
	expect(low, `${label}: text below WCAG AA contrast`).toEqual([]);
	return samples;
}

/** Fails when the page threw or asked the network for anything (the pages are self-contained). */
export function expectCleanLog(log: PageLog, label: string): void {
	expect(log.errors, `${label}: page errors`).toEqual([]);
	expect(log.requests, `${label}: network requests`).toEqual([]);
}
