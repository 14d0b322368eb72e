/**
 * A small stack diagram per model (hardware at the bottom, apps or containers on
 * top), drawn as SVG with Obsidian's DOM helpers. Colours come from CSS classes
 * (`container-notes-stack-<kind>`) that use Obsidian's theme variables, so the
 * diagram follows light and dark themes and needs no image file.
 *
 * Laid out to the width it is given: boxes are placed in percentages of the SVG's
 * width and rows in pixels, with no view box, so labels keep the CSS font size
 * (a view box would shrink them with a narrow column).
 */
import type { ColumnVM } from "../../core/compare/view-model";

const ROW_HEIGHT = 22;
const GAP = 4;
/** Gap between boxes of one row, in percent of the width. */
const GAP_PCT = 2;

/**
 * Appends the diagram of one model to `parent` and returns the `<svg>`. Each row
 * is labelled once, centred (over the middle box, or across the boxes of a row of
 * several), so a narrow column never cuts a label short.
 *
 * @example
 * renderStackDiagram(cellEl, vm.columns[1], "Stack diagram"); // <svg class="container-notes-stack" role="img" ...>
 */
export function renderStackDiagram(parent: HTMLElement, column: ColumnVM, caption: string): SVGSVGElement {
	const rows = column.stack;
	const height = Math.max(1, rows.length) * (ROW_HEIGHT + GAP) - GAP;
	const svg = parent.createSvg("svg", {
		cls: "container-notes-stack",
		attr: { width: "100%", height, role: "img", "aria-label": `${caption}: ${column.name}` },
	});
	svg.createSvg("title").setText(`${caption}: ${column.name}`);
	rows.forEach((row, r) => {
		const count = Math.max(1, Math.min(8, row.count));
		const boxWidth = (100 - GAP_PCT * (count - 1)) / count;
		const y = r * (ROW_HEIGHT + GAP);
		const g = svg.createSvg("g", { cls: ["container-notes-stack-box", `container-notes-stack-${row.kind}`], attr: { "data-kind": row.kind } });
		for (let i = 0; i < count; i++) {
			g.createSvg("rect", { attr: { x: `${(i * (boxWidth + GAP_PCT)).toFixed(2)}%`, y, width: `${boxWidth.toFixed(2)}%`, height: ROW_HEIGHT, rx: 3 } });
		}
		g.createSvg("text", {
			cls: count > 1 ? "container-notes-stack-label is-spanning" : "container-notes-stack-label",
			attr: { x: "50%", y: y + ROW_HEIGHT / 2, "text-anchor": "middle", "dominant-baseline": "central" },
		}).setText(row.label);
	});
	return svg;
}
