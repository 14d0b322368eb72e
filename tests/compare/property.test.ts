import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { extractModels } from "../../src/core/compare/extract";
import { comparisonToMarkdown } from "../../src/core/compare/markdown-table";
import { buildComparison } from "../../src/core/compare/view-model";
import { scanNote } from "../../src/core/scan/scan-note";
import { splitRow, tableLines } from "./table-helpers";

/** Lines a deployment note is made of, including awkward ones. */
const LINE = fc.oneof(
	fc.constantFrom(
		"## Traditional Deployment", "### Virtualized Deployment", "#### Hypervisor", "#### 문제점", "## 컨테이너", "## 쿠버네티스",
		"### Container Deployment", "# Kubernetes Deployment", "## 컨테이너 기술 발전", "### Cons", "```", "~~~", "%%", "<!--", "-->",
		"- a | b", "\t- nested \\| pipe", "> quote", "- [ ] task", "1. first", "---", "#Container", "![img](/img/이미지 창고/a b.png)", "",
		"| x | y |", "|---|---|", "    indented code", "- <img src=x onerror=alert(1)>", "$$",
	),
	fc.string({ maxLength: 20 }),
	fc.string({ maxLength: 12 }).map((s) => `- ${s}`),
	fc.string({ maxLength: 12 }).map((s) => `## ${s}`),
);
const NOTE = fc.tuple(fc.array(LINE, { maxLength: 40 }), fc.constantFrom("\n", "\r\n", "\r")).map(([lines, eol]) => lines.join(eol));

describe("comparison on arbitrary notes", () => {
	it("never throws, keeps items inside their sections, and always yields a well-formed table", () => {
		fc.assert(
			fc.property(NOTE, fc.constantFrom("en" as const, "ko" as const), (text, lang) => {
				const scan = scanNote(text);
				const ex = extractModels(scan, "n.md");
				const lineCount = scan.lineStarts.length;
				for (const s of ex.sections) {
					expect(s.line).toBeGreaterThanOrEqual(1);
					expect(s.endLine).toBeLessThanOrEqual(lineCount);
					const all = [...s.items, ...(s.problems?.items ?? []), ...s.subTopics.flatMap((t) => t.items), ...s.images];
					for (const i of all) {
						expect(i.line).toBeGreaterThan(s.line);
						expect(i.line).toBeLessThanOrEqual(s.endLine);
					}
				}
				const vm = buildComparison(ex, { lang });
				const md = comparisonToMarkdown(vm);
				const rows = tableLines(md);
				expect(rows).toHaveLength(2 + vm.rows.length);
				for (const r of rows) expect(splitRow(r)).toHaveLength(1 + vm.columns.length);
			}),
			{ numRuns: 400 },
		);
	});
});
