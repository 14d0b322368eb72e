/**
 * Self-contained HTML pages that render the problems panel and the settings tab with
 * the plugin's real render code and `styles.css`, under Obsidian-like theme variables:
 * for headless-browser screenshots and layout and contrast checks. Node only.
 *
 * @example
 * const html = await panelPage({ state: samplePanelState("ko"), language: "ko", theme: "dark", width: 300 });
 * await page.setContent(html); // playwright-core
 * await page.evaluate(() => window.containerNotesOverflow()); // 0 when nothing overflows horizontally
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { bundleEntry, scriptJson } from "../../standalone-bundle";
import type { Language } from "../../../src/core/model/settings";
import type { PanelState } from "../../../src/obsidian/panel/panel-model";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const REPO = fileURLToPath(new URL("../../../", import.meta.url));

export interface PageCommon {
	language: Language;
	theme: "light" | "dark";
	/** Pane width in CSS pixels (the right sidebar is about 300). */
	width: number;
	/** Pane height; without it the pane grows with its content. */
	height?: number;
}

function css(): string {
	const theme = readFileSync(`${REPO}tests/compare/standalone/theme.css`, "utf8");
	return [theme, readFileSync(`${HERE}base.css`, "utf8"), readFileSync(`${REPO}styles.css`, "utf8")].join("\n").replace(/<\/style/gi, "<\\/style");
}

async function page(options: PageCommon, paneClass: string, render: string): Promise<string> {
	return `<!doctype html>
<html lang="${options.language}">
<head>
<meta charset="utf-8">
<style>${css()}</style>
<style>#pane { width: ${options.width}px; ${options.height ? `height: ${options.height}px; overflow-y: auto; ` : ""}box-sizing: border-box; background-color: var(--background-secondary); }</style>
</head>
<body class="theme-${options.theme}">
<div id="pane" class="${paneClass}"></div>
<script>${await bundleEntry(new URL("./entry.ts", import.meta.url))}</script>
<script>
${render}
window.containerNotesOverflow = function () {
	var pane = document.getElementById("pane");
	var left = pane.getBoundingClientRect().left;
	var widest = pane.scrollWidth;
	pane.querySelectorAll("*").forEach(function (el) {
		var right = el.getBoundingClientRect().right - left;
		if (right > widest) widest = right;
	});
	return Math.max(0, Math.ceil(widest - pane.clientWidth));
};
</script>
</body>
</html>
`;
}

/**
 * The problems panel as the sidebar shows it. `window.containerNotesActions` lists what
 * clicks did (`"applyFix Docker.md link-unparsed"`, ...).
 */
export function panelPage(options: PageCommon & { state: PanelState }): Promise<string> {
	return page(options, "view-content", `window.containerNotesPanel.renderPanel(document.getElementById("pane"), ${scriptJson(options.state)}, ${scriptJson(options.language)});`);
}

/** The settings tab, from stored settings data (validated as on load; `null` = defaults). */
export function settingsPage(options: PageCommon & { settings?: unknown }): Promise<string> {
	return page(options, "", `window.containerNotesPanel.renderSettings(document.getElementById("pane"), ${scriptJson(options.settings ?? null)}, ${scriptJson(options.language)});`);
}
