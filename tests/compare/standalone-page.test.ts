import { describe, expect, it } from "vitest";
import { Browser, type BrowserPage } from "happy-dom";
import { extractModels } from "../../src/core/compare/extract";
import { buildComparison } from "../../src/core/compare/view-model";
import { scanNote } from "../../src/core/scan/scan-note";
import { comparisonPage } from "./standalone/page";
import { DEPLOYMENT_NOTE, XSS_NOTE } from "./fixtures";

/** Loads the page in a happy-dom browser with script evaluation on (the page's own script draws the comparison). */
async function load(html: string): Promise<BrowserPage> {
	const browser = new Browser({ settings: { enableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
	const page = browser.newPage();
	page.content = html;
	await page.waitUntilComplete();
	return page;
}

describe("stand-alone comparison page (for browser screenshots)", () => {
	it("renders the table with the plugin's styles and theme variables", async () => {
		const vm = buildComparison(extractModels(scanNote(DEPLOYMENT_NOTE), "d.md"), { lang: "ko" });
		const html = await comparisonPage({ vm, layout: "table", theme: "dark", width: 900 });
		expect(html).toContain("/* comparison view */");
		expect(html).toContain('<body class="theme-dark">');
		const page = await load(html);
		try {
			const doc = page.mainFrame.document;
			expect(doc.querySelectorAll("#pane table.container-notes-compare-table thead th")).toHaveLength(5);
			expect(doc.querySelectorAll("#pane svg.container-notes-stack")).toHaveLength(4);
			expect(doc.querySelector("#pane .container-notes-compare-title")?.textContent).toBe("d");
		} finally {
			await page.close();
		}
	});

	it("renders cards, and keeps hostile note text inert inside the page's script", async () => {
		const vm = buildComparison(extractModels(scanNote(`${XSS_NOTE}\n- </script><script>window.pwned = 1</script>\n`), "x.md"), { lang: "en" });
		const html = await comparisonPage({ vm, layout: "cards", cardMode: "dimension", theme: "light", width: 320 });
		expect(html).not.toContain("</script><script>window.pwned");
		const page = await load(html);
		try {
			const doc = page.mainFrame.document;
			expect(doc.querySelector("#pane table")).toBeNull();
			expect(doc.querySelectorAll("#pane .container-notes-compare-card[data-row]").length).toBeGreaterThan(10);
			expect((page.mainFrame.window as unknown as { pwned?: number }).pwned).toBeUndefined();
			expect(doc.querySelector("#pane img")).toBeNull();
			expect(doc.querySelector("#pane")?.textContent).toContain("</script><script>window.pwned = 1</script>");
		} finally {
			await page.close();
		}
	});
});
