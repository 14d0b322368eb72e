/**
 * A small stack diagram per model (hardware at the bottom, apps or containers on
 * top), drawn as SVG with Obsidian's DOM helpers. Colours come from CSS classes
 * (`container-notes-stack-<kind>`) that use Obsidian's theme variables, so the
 * diagram follows light and dark themes and needs no image file.
 */
import type { ColumnVM } from "../../core/compare/view-model";

const WIDTH = 200;
const ROW_HEIGHT = 22;
const GAP = 4;

/**
 * Appends the diagram of one model to `parent` and returns the `<svg>`.
 *
 * @example
 * renderStackDiagram(cellEl, vm.columns[1], "Stack diagram"); // <svg class="container-notes-stack" role="img" ...>
 */
export function renderStackDiagram(parent: HTMLElement, column: ColumnVM, caption: string): SVGSVGElement {
	const rows = column.stack;
	const height = Math.max(1, rows.length) * (ROW_HEIGHT + GAP) - GAP;
	// The view box has a 1-unit margin so the boxes' outer strokes are not clipped.
	const svg = parent.createSvg("svg", {
		cls: "container-notes-stack",
		attr: { viewBox: `-1 -1 ${WIDTH + 2} ${height + 2}`, role: "img", "aria-label": `${caption}: ${column.name}`, preserveAspectRatio: "xMidYMid meet" },
	});
	svg.createSvg("title").setText(`${caption}: ${column.name}`);
	rows.forEach((row, r) => {
		const count = Math.max(1, Math.min(8, row.count));
		const boxWidth = (WIDTH - GAP * (count - 1)) / count;
		const y = r * (ROW_HEIGHT + GAP);
		for (let i = 0; i < count; i++) {
			const x = i * (boxWidth + GAP);
			const g = svg.createSvg("g", { cls: ["container-notes-stack-box", `container-notes-stack-${row.kind}`], attr: { "data-kind": row.kind } });
			g.createSvg("rect", { attr: { x: x.toFixed(1), y, width: boxWidth.toFixed(1), height: ROW_HEIGHT, rx: 3, ry: 3 } });
			const text = g.createSvg("text", {
				cls: count >= 3 ? "container-notes-stack-label is-small" : "container-notes-stack-label",
				attr: { x: (x + boxWidth / 2).toFixed(1), y: y + ROW_HEIGHT / 2, "text-anchor": "middle", "dominant-baseline": "central" },
			});
			text.setText(row.label);
		}
	});
	return svg;
}
