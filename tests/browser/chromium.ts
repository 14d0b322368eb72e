/**
 * Headless Debian Chromium for the real-browser tests, driven by playwright-core.
 * Without `/usr/bin/chromium` the suites skip locally and fail under CI (`CI` set),
 * so a CI machine that forgot to install it cannot pass silently.
 *
 * @example
 * const browser = await launchChromium();
 * const page = await openPage(browser, html, 324);
 */
import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { THEME_SUPPLEMENT } from "./theme-supplement";

/** Where Debian's `chromium` package puts the browser (overridable for other machines). */
export const CHROMIUM_PATH = process.env.CONTAINER_NOTES_CHROMIUM ?? "/usr/bin/chromium";

/** True when the browser binary exists. */
export const CHROMIUM_AVAILABLE = existsSync(CHROMIUM_PATH);

/** Under CI a missing browser is an error, not a skip. */
export const MISSING_CHROMIUM_IS_ERROR = Boolean(process.env.CI);

/** The message a CI run fails with when the browser is missing. */
export const MISSING_CHROMIUM_MESSAGE = `Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium fonts-noto-cjk\` (.ci/run does this), or set CONTAINER_NOTES_CHROMIUM.`;

/** Repository-relative folder for the README's screenshots. */
export const SCREENSHOT_DIR = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));

/** `docs/screenshots/<name>`, creating the folder on first use. */
export function screenshotPath(name: string): string {
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	return `${SCREENSHOT_DIR}${name}`;
}

/** Launches headless Chromium without network side channels (no QUIC, sync, updates or background fetches). */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--font-render-hinting=none"],
	});
}

/** What a page did that it should not have: uncaught errors and any network request. */
export interface PageLog {
	errors: string[];
	requests: string[];
}

/**
 * Opens `html` in a new page whose viewport is `viewportWidth` wide (the stand-alone
 * pages pad the body by 12 px on each side). Every request the page makes is recorded
 * and aborted: the pages are self-contained, so any request came from note text.
 * The theme supplement (variables the stand-ins lack) is added unless `supplement: false`.
 */
export async function openPage(browser: Browser, html: string, viewportWidth: number, options: { height?: number; supplement?: boolean } = {}): Promise<{ page: Page; log: PageLog }> {
	const page = await browser.newPage({ viewport: { width: viewportWidth, height: options.height ?? 800 }, deviceScaleFactor: 1 });
	const log: PageLog = { errors: [], requests: [] };
	page.on("pageerror", (e) => log.errors.push(String(e)));
	await page.route("**/*", (route) => {
		log.requests.push(route.request().url());
		return route.abort();
	});
	await page.setContent(html, { waitUntil: "load" });
	if (options.supplement !== false) await page.addStyleTag({ content: THEME_SUPPLEMENT });
	// Fonts (Noto CJK for Korean) must be in before measuring or taking screenshots.
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	return { page, log };
}
