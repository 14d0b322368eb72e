/**
 * `describe` for real-browser suites: launches one Chromium for the suite and closes it
 * after. Without Chromium the suite is skipped, except under CI where one failing test
 * says what to install.
 *
 * @example
 * describeInChromium("the panel", (browser) => {
 * 	it("renders", async () => { const { page } = await openPage(browser(), html, 324); ... });
 * });
 */
import { afterAll, beforeAll, describe, it } from "vitest";
import type { Browser } from "playwright-core";
import { CHROMIUM_AVAILABLE, MISSING_CHROMIUM_IS_ERROR, MISSING_CHROMIUM_MESSAGE, launchChromium } from "./chromium";

export function describeInChromium(name: string, body: (browser: () => Browser) => void): void {
	if (!CHROMIUM_AVAILABLE) {
		if (MISSING_CHROMIUM_IS_ERROR) {
			describe(name, () => {
				it("needs headless Chromium", () => {
					throw new Error(MISSING_CHROMIUM_MESSAGE);
				});
			});
		} else {
			describe.skip(`${name} (skipped: ${MISSING_CHROMIUM_MESSAGE})`, () => body(() => {
				throw new Error(MISSING_CHROMIUM_MESSAGE);
			}));
		}
		return;
	}
	describe(name, () => {
		let browser: Browser | null = null;
		beforeAll(async () => {
			browser = await launchChromium();
		});
		afterAll(async () => {
			await browser?.close();
		});
		body(() => {
			if (!browser) throw new Error("Chromium did not start");
			return browser;
		});
	});
}
