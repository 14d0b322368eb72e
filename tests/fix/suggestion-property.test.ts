/**
 * Suggested fixes on arbitrary notes (fast-check): applying the fix a diagnostic
 * suggests ("Did you mean ...") makes that diagnostic go away and adds no error.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { applyEdits } from "../../src/core/fix/apply";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { MemoryVault } from "../../src/core/vault/memory-vault";

const HEADINGS = ["# 개요", "## 컨테이너 기술 발전", "### Traditional Deployment", "#### 문제점", "### Virtualized Deployment", "#### 문제점", "## Step 1: 설치", "## 100% 완료", "# Kubernetes", "## [draft]", "### %20", "## C# basics", "## Day 1 - Docker 기초", "## a|b"];
const LINKS = [
	"[a](#개요#컨테이너%20기술%20발젼)", "[[#문제졈]]", "[[#Traditonal Deployment#문제점]]", "[b](#Step%201%20설치)", "[[#100 완료]]", "[[#kubernets]]",
	"[[Other#Part tow]]", "[[other#part one#detial]]", "![c](/img/이미지%20창고/Pasted-image-1.PNG)", "![[pasted image 1.png]]", "![d](img/이미지 창고/Pasted image 1.png)",
	"[[#^blok-1]]", "[[Other#^Blk]]", "text ^block-1", "[[#문제점]]", "[[#Step 1: 설치#문제점]]", "![e](/img/Pasted%20image%202.png)",
	"[[#draft]]", "[[#drafts]]", "[f](<#%20>)", "[g](#%2520)", "[h](<#%2520x>)", "[[#C basic]]", "[i](#day-1---docker-기초)", "[[#a b]]", "[j](<#Day 1 - Docker 기쵸>)",
];
/** The seed's outline, with links before it and headings or links after it. */
const SKELETON = HEADINGS.slice(0, 7).join("\n");
const NOTE = fc
	.tuple(fc.array(fc.constantFrom(...LINKS), { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom(...HEADINGS, ...LINKS, "", "# Kubernetes\n#### 문제점"), { maxLength: 8 }))
	.map(([before, after]) => `#Docker\n${before.join("\n")}\n${SKELETON}\n${after.join("\n")}\n`);

describe("suggested fixes", () => {
	it("remove the diagnostic they are offered for and add no error", async () => {
		const tried = new Map<string, number>();
		await fc.assert(
			fc.asyncProperty(NOTE, async (text) => {
				const vault = new MemoryVault({ "n.md": text, "Other.md": "# Part one\n## Detail\n# Part two\ntext ^blk\n", "img/이미지 창고/Pasted image 1.png": "", "a/Pasted image 2.png": "", "b/Pasted-image-2.png": "" });
				const checker = new Checker(vault, { ...DEFAULT_CHECK_SETTINGS, scope: "all" });
				const before = await checker.checkNote("n.md", text);
				const errors = (ds: typeof before.diagnostics) => ds.filter((d) => d.severity === "error").length;
				for (const d of before.diagnostics) {
					if (!d.fix) continue;
					tried.set(`${d.rule}:${d.fix.safe ? "safe" : "suggested"}`, (tried.get(`${d.rule}:${d.fix.safe ? "safe" : "suggested"}`) ?? 0) + 1);
					const out = applyEdits(text, d.fix.edits);
					expect(out.ok).toBe(true);
					if (!out.ok) continue;
					const after = await new Checker(new MemoryVault({ ...Object.fromEntries(vault.listFiles().map((p) => [p, vault.get(p) ?? ""])), "n.md": out.text }), { ...DEFAULT_CHECK_SETTINGS, scope: "all" }).checkNote("n.md", out.text);
					const line = d.span.start.line;
					const same = after.diagnostics.filter((a) => a.rule === d.rule && a.span.start.line === line && a.span.start.column === d.span.start.column);
					expect(same.map((a) => a.message), `${d.rule} ${d.message} -> ${d.fix.edits.map((e) => e.text).join("|")}\n${out.text}`).toEqual([]);
					expect(errors(after.diagnostics), `${d.rule} fix "${d.fix.title}"\n${out.text}`).toBeLessThanOrEqual(errors(before.diagnostics));
				}
			}),
			{ numRuns: 300 },
		);
		// Each kind of fix was tried (the property is not vacuous).
		expect([...tried.keys()]).toEqual(
			expect.arrayContaining(["heading-ambiguous:safe", "heading-missing:suggested", "heading-path-fragile:safe", "image-missing:safe", "image-missing:suggested", "link-unparsed:safe", "path-case-mismatch:safe"]),
		);
	}, 60_000);
});
