/**
 * image-missing's fix is not safe when the only file found is the link's absolute path
 * under a folder: a Docusaurus or Hugo blog whose site root is not set. "Fix all" would
 * otherwise rewrite `/img/a.png` to `/static/img/a.png`, which the published site does not serve.
 */
import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import type { Diagnostic } from "../../src/core/model/diagnostic";

async function imageDiagnostics(files: Record<string, string>, siteRoot = "", language: "en" | "ko" = "en"): Promise<Diagnostic[]> {
	const checker = new Checker(new MemoryVault(files), { ...DEFAULT_CHECK_SETTINGS, scope: "all", siteRoot, language });
	const report = await checker.checkNote("docs/n.md");
	return report.diagnostics.filter((d) => d.rule === "image-missing");
}

async function imageFixes(files: Record<string, string>, siteRoot = ""): Promise<{ safe: boolean; text: string }[]> {
	return (await imageDiagnostics(files, siteRoot)).map((d) => ({ safe: d.fix?.safe ?? false, text: d.fix?.edits[0]?.text ?? "" }));
}

describe("image-missing and an unset site root", () => {
	it("suggests, but does not apply in Fix all, the path under the site folder", async () => {
		const got = await imageFixes({ "static/img/a.png": "", "docs/n.md": "![a](/img/a.png)\n" });
		expect(got).toEqual([{ safe: false, text: "/static/img/a.png" }]);
		// With the site root set, the image is found: nothing to report.
		expect(await imageFixes({ "static/img/a.png": "", "docs/n.md": "![a](/img/a.png)\n" }, "static")).toEqual([]);
	});

	it("also when the file under the site folder has another name or case (a fix would still break the site)", async () => {
		const spaced = { "static/img/이미지 창고/Pasted image 1.png": "", "docs/n.md": "![a](/img/이미지%20창고/Pasted-image-1.png)\n" };
		expect(await imageFixes(spaced)).toEqual([{ safe: false, text: "/static/img/이미지%20창고/Pasted%20image%201.png" }]);
		expect((await imageDiagnostics(spaced))[0]?.suggestion).toBe('"static/img/이미지 창고/Pasted image 1.png" exists: if the site serves "static" at its root, set the site root to it');
		expect(await imageFixes({ "static/IMG/A.png": "", "docs/n.md": "![a](/img/a.png)\n" })).toEqual([{ safe: false, text: "/static/IMG/A.png" }]);
		// An image at the root, found in a folder: the same (it may be an attachment folder; a suggestion either way).
		expect(await imageFixes({ "static/a.png": "", "docs/n.md": "![a](/a.png)\n" })).toEqual([{ safe: false, text: "/static/a.png" }]);
		// The site root set: found, nothing to report.
		expect(await imageFixes(spaced, "static")).toEqual([{ safe: true, text: "/img/이미지%20창고/Pasted%20image%201.png" }]);
	});

	it("keeps the fix safe for the other single variants: another folder, or another name", async () => {
		expect(await imageFixes({ "attachments/a.png": "", "docs/n.md": "![a](/img/a.png)\n" })).toEqual([{ safe: true, text: "/attachments/a.png" }]);
		expect(await imageFixes({ "img/Pasted image 1.png": "", "docs/n.md": "![a](/img/Pasted-image-1.png)\n" })).toEqual([{ safe: true, text: "/img/Pasted%20image%201.png" }]);
		// A relative link whose file sits in a subfolder of that path is no site-root case.
		expect(await imageFixes({ "x/img/a.png": "", "docs/n.md": "![a](img/a.png)\n" })).toEqual([]);
	});

	it("names the site root in the suggestion, in English and Korean, and only for that case", async () => {
		const files = { "static/img/이미지 창고/a.png": "", "docs/n.md": "![a](/img/이미지%20창고/a.png)\n" };
		expect((await imageDiagnostics(files))[0]?.suggestion).toBe('"static/img/이미지 창고/a.png" exists: if the site serves "static" at its root, set the site root to it');
		expect((await imageDiagnostics(files, "", "ko"))[0]?.suggestion).toBe('"static/img/이미지 창고/a.png" 파일이 있습니다. "static" 폴더가 사이트의 루트라면 사이트 루트로 설정하세요');
		// A deeper folder is named whole.
		expect((await imageDiagnostics({ "site/static/img/a.png": "", "docs/n.md": "![a](/img/a.png)\n" }))[0]?.suggestion).toContain('serves "site/static" at its root');
		// With a site root set, the folder is still named from the vault's root: it is what the setting takes.
		const deeper = { "static/blog/img/a.png": "", "docs/n.md": "![a](/img/a.png)\n" };
		expect((await imageDiagnostics(deeper, "static"))[0]?.suggestion).toContain('serves "static/blog" at its root');
		expect((await imageDiagnostics(deeper, "/static/"))[0]?.suggestion).toContain('serves "static/blog" at its root');
		// A file outside the site root set: the site cannot serve it, so no fix, only its name.
		const outside = await imageDiagnostics({ "static/x.md": "", "public/img/a.png": "", "docs/n.md": "![a](/img/a.png)\n" }, "static");
		expect(outside.map((d) => [d.suggestion, d.fix])).toEqual([['A file with a similar name exists: "public/img/a.png"', null]]);
		// Another folder: the plain "similar name" suggestion.
		expect((await imageDiagnostics({ "attachments/a.png": "", "docs/n.md": "![a](/img/a.png)\n" }))[0]?.suggestion).toBe('A file with a similar name exists: "attachments/a.png"');
		// Two files: no single site folder to name.
		expect((await imageDiagnostics({ "static/img/a.png": "", "public/img/a.png": "", "docs/n.md": "![a](/img/a.png)\n" }))[0]?.suggestion).toMatch(/^Files with similar names exist/);
	});
});
