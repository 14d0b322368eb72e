// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { en } from "../../src/obsidian/i18n/en";
import { renderPanel } from "../../src/obsidian/panel/render-panel";
import { vaultRows } from "../../src/obsidian/panel/panel-model";
import { diagAt, noteReport } from "./fakes";

const HOSTILE = [
	"# <script>window.__pwned = 1</script>",
	"",
	"- [x](#<img src=x onerror=window.__pwned=2>)",
	"- [js](javascript:window.__pwned=3)",
	"",
].join("\n");

describe("no markup from note text", () => {
	it("should render hostile headings, messages, fixes, tags and paths as text only", () => {
		const img = "<img src=x onerror=window.__pwned=2>";
		const d1 = diagAt(HOSTILE, `#${img}`, { message: `No heading ${img}`, suggestion: "<script>window.__pwned=4</script>", replace: "#<b onmouseover=x>" });
		const d2 = diagAt(HOSTILE, "javascript:window.__pwned=3", { rule: "note-missing", message: "<a href=\"javascript:alert(1)\">click</a>" });
		const path = "<svg onload=window.__pwned=5>/<script>x</script>.md";
		const report = noteReport(path, [d1, d2], { tags: ["#<i>tag</i>"], matchedTags: ["#<iframe src=javascript:1>"] });
		const root = createDiv();
		document.body.appendChild(root);
		renderPanel(
			root,
			{
				active: { kind: "report", path, report, scopeAll: false, canUpdateToc: true },
				vault: { progress: null, rows: vaultRows([report], false) },
				canCompare: true,
			},
			en,
			{ applyFix() {}, reveal() {}, fixAll() {}, updateToc() {}, openComparison() {}, openNote() {} },
		);
		expect(root.querySelectorAll("script, img, svg, iframe, a, b, i")).toHaveLength(0);
		for (const el of Array.from(root.querySelectorAll("*"))) {
			for (const attr of Array.from(el.attributes)) {
				expect(attr.name.startsWith("on"), `${el.tagName} has ${attr.name}`).toBe(false);
				expect(attr.name).not.toBe("href");
				expect(attr.name).not.toBe("src");
			}
		}
		const text = root.textContent ?? "";
		expect(text).toContain(`No heading ${img}`);
		expect(text).toContain("<script>window.__pwned=4</script>");
		expect(text).toContain("#<iframe src=javascript:1>");
		expect(root.querySelector(".container-notes-note-title")?.getAttribute("title")).toBe(path);
		expect(root.querySelector(".container-notes-vault-name")?.getAttribute("title")).toBe(path);
		expect(root.querySelector(".container-notes-apply-fix")?.getAttribute("title")).toBe("Replace with #<b onmouseover=x>");
		expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
	});
});
