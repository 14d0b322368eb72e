import { describe, expect, it } from "vitest";
import { Browser, type BrowserPage } from "happy-dom";
import { panelPage, settingsPage } from "./standalone/page";
import { samplePanelState } from "./standalone/fixtures";
import { noteReport, diagAt } from "./fakes";

async function load(html: string): Promise<BrowserPage> {
	const browser = new Browser({ settings: { enableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
	const page = browser.newPage();
	page.content = html;
	await page.waitUntilComplete();
	return page;
}

describe("stand-alone panel and settings pages (for browser screenshots)", () => {
	it("should render the panel with the plugin's styles, and record clicks", async () => {
		const html = await panelPage({ state: samplePanelState("ko"), language: "ko", theme: "dark", width: 300 });
		expect(html).toContain('<body class="theme-dark">');
		expect(html).toContain(".container-notes-panel");
		const page = await load(html);
		try {
			const doc = page.mainFrame.document;
			expect(doc.querySelectorAll("#pane .container-notes-diagnostic")).toHaveLength(5);
			expect(doc.querySelector("#pane .container-notes-group-title")?.textContent).toBe("오류 (4)");
			expect(doc.querySelectorAll("#pane .container-notes-vault-row")).toHaveLength(4);
			const button = doc.querySelector("#pane .container-notes-apply-fix") as unknown as { click(): void };
			button.click();
			const actions = (page.mainFrame.window as unknown as { containerNotesActions: string[] }).containerNotesActions;
			expect(actions).toEqual(["applyFix 컨테이너/Docker 기초.md link-unparsed"]);
		} finally {
			await page.close();
		}
	});

	it("should render the settings tab with headings and validation", async () => {
		const page = await load(await settingsPage({ language: "en", theme: "light", width: 700, settings: { siteRoot: "static" } }));
		try {
			const doc = page.mainFrame.document;
			expect(Array.from(doc.querySelectorAll(".setting-item-heading .setting-item-name")).map((e) => e.textContent)).toEqual(["Checks", "Fixes", "Display", "Rules"]);
			const site = Array.from(doc.querySelectorAll(".setting-item")).find((s) => s.querySelector(".setting-item-name")?.textContent === "Site root");
			expect(site?.querySelector("input")?.value).toBe("static");
		} finally {
			await page.close();
		}
	});

	it("should keep hostile note text inert inside the page", async () => {
		const text = "- [x](#</script><script>window.pwned=1</script>)\n";
		const d = diagAt(text, "#</script><script>window.pwned=1</script>", { message: "<img src=x onerror=window.pwned=2>" });
		const state = { active: { kind: "report" as const, path: "a.md", report: noteReport("a.md", [d]), scopeAll: false, canUpdateToc: false }, vault: { progress: null, rows: [] }, canCompare: false };
		const html = await panelPage({ state, language: "en", theme: "light", width: 300 });
		expect(html).not.toContain("</script><script>window.pwned");
		const page = await load(html);
		try {
			const doc = page.mainFrame.document;
			expect(doc.querySelector("#pane img")).toBeNull();
			expect((page.mainFrame.window as unknown as { pwned?: number }).pwned).toBeUndefined();
			expect(doc.querySelector("#pane .container-notes-message")?.textContent).toBe("<img src=x onerror=window.pwned=2>");
		} finally {
			await page.close();
		}
	});
});
