/**
 * Builds a self-contained HTML page that renders a comparison exactly as the view
 * does (same `renderComparison`, same `styles.css`), with Obsidian-like theme
 * variables: for headless-browser screenshots and layout checks. Node only.
 *
 * @example
 * const html = await comparisonPage({ vm, layout: "cards", theme: "dark", width: 320 });
 * await page.setContent(html); // playwright-core
 * await page.evaluate(() => window.containerNotesCompareOverflow()); // 0 when nothing overflows horizontally
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { bundleEntry, scriptJson } from "../../standalone-bundle";
import type { ComparisonViewModel } from "../../../src/core/compare/view-model";
import type { CardMode, CompareLayout } from "../../../src/obsidian/compare/render";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const REPO = fileURLToPath(new URL("../../../", import.meta.url));

export interface PageOptions {
	vm: ComparisonViewModel;
	layout: CompareLayout;
	cardMode?: CardMode;
	theme: "light" | "dark";
	/** Width of the pane the comparison is drawn in, in CSS pixels. */
	width: number;
	/** Height of the pane (like a sidebar or tab); without it the pane grows with its content. With it, the table scrolls inside its frame and the header row and label column stay put. */
	height?: number;
}

/**
 * The page. `window.containerNotesCompareOverflow()` returns how many pixels the
 * comparison is wider than its pane (0 = no horizontal overflow).
 */
export async function comparisonPage(options: PageOptions): Promise<string> {
	const css = `${readFileSync(`${HERE}theme.css`, "utf8")}\n${readFileSync(`${REPO}styles.css`, "utf8")}`;
	const opts = { layout: options.layout, cardMode: options.cardMode ?? "model", initialWidth: options.width };
	return `<!doctype html>
<html lang="${options.vm.lang}">
<head>
<meta charset="utf-8">
<style>${css.replace(/<\/style/gi, "<\\/style")}</style>
<style>#pane { width: ${options.width}px; ${options.height ? `height: ${options.height}px; ` : ""}box-sizing: border-box; }</style>
</head>
<body class="theme-${options.theme}">
<div id="pane" class="container-notes-compare-view"></div>
<script>${await bundleEntry(new URL("./entry.ts", import.meta.url))}</script>
<script>
window.containerNotesCompare.renderComparison(document.getElementById("pane"), ${scriptJson(options.vm)}, ${scriptJson(opts)});
window.containerNotesCompareOverflow = function () {
	var pane = document.getElementById("pane");
	var widest = pane.scrollWidth;
	pane.querySelectorAll("*").forEach(function (el) {
		var r = el.getBoundingClientRect();
		var right = r.right - pane.getBoundingClientRect().left;
		if (right > widest && !el.closest(".container-notes-compare-table-wrap table")) widest = right;
	});
	return Math.max(0, Math.ceil(widest - pane.clientWidth));
};
</script>
</body>
</html>
`;
}
