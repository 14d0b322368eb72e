import { describe, expect, it } from "vitest";
import { scanNote } from "../../src/core/scan/scan-note";
import { applyEdits } from "../../src/core/fix/apply";
import { insertFix, updateTocFix } from "../../src/obsidian/toc";

const settings = { linkEncoding: "percent" as const, language: "en" as const };
const HEADINGS = "# 개요\n\n## 컨테이너 기술\n\n## 배포 방식\n";

describe("table of contents with the style setting", () => {
	it("should insert a TOC in Markdown links by default and in wikilinks when asked", () => {
		const scan = scanNote(HEADINGS);
		const md = insertFix(scan, settings, "auto");
		const mdText = applyEdits(HEADINGS, md!.edits);
		expect(mdText.ok && mdText.text.startsWith("- [개요](#개요)")).toBe(true);
		expect(mdText.ok && mdText.text).toContain("(#개요#컨테이너%20기술)");

		const wiki = insertFix(scan, settings, "wiki");
		const wikiText = applyEdits(HEADINGS, wiki!.edits);
		expect(wikiText.ok && wikiText.text).toContain("[[#개요#컨테이너 기술|");
		expect(wikiText.ok && wikiText.text).not.toContain("](#");
		// The note after the TOC is untouched.
		expect(wikiText.ok && wikiText.text.endsWith(HEADINGS)).toBe(true);
	});

	it("should update a stale TOC, and say nothing is needed when it is current", () => {
		const withToc = (applyEdits(HEADINGS, insertFix(scanNote(HEADINGS), settings, "auto")!.edits) as { ok: true; text: string }).text;
		expect(updateTocFix(scanNote(withToc), settings, "auto")).toBeNull();
		// Insert on a note with a current TOC: nothing to do.
		expect(insertFix(scanNote(withToc), settings, "auto")).toBeNull();
		const stale = withToc + "\n## 새 절\n";
		const fix = updateTocFix(scanNote(stale), settings, "auto");
		expect(fix?.safe).toBe(true);
		const updated = applyEdits(stale, fix!.edits);
		expect(updated.ok && updated.text).toContain("(#개요#새%20절)");
		expect(updateTocFix(scanNote(HEADINGS), settings, "auto")).toBeNull();
		// Forcing wikilinks rewrites a current Markdown TOC.
		const forced = updateTocFix(scanNote(withToc), settings, "wiki");
		expect(forced?.edits[0]?.text).toContain("[[#개요|");
	});
});
