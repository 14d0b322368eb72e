/**
 * image-missing's fix is not safe when the only file found is the link's absolute path
 * under a folder: a Docusaurus or Hugo blog whose site root is not set. "Fix all" would
 * otherwise rewrite `/img/a.png` to `/static/img/a.png`, which the published site does not serve.
 */
import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { MemoryVault } from "../../src/core/vault/memory-vault";

async function imageFixes(files: Record<string, string>, siteRoot = ""): Promise<{ safe: boolean; text: string }[]> {
	const checker = new Checker(new MemoryVault(files), { ...DEFAULT_CHECK_SETTINGS, scope: "all", siteRoot });
	const report = await checker.checkNote("docs/n.md");
	return report.diagnostics.filter((d) => d.rule === "image-missing").map((d) => ({ safe: d.fix?.safe ?? false, text: d.fix?.edits[0]?.text ?? "" }));
}

describe("image-missing and an unset site root", () => {
	it("suggests, but does not apply in Fix all, the path under the site folder", async () => {
		const got = await imageFixes({ "static/img/a.png": "", "docs/n.md": "![a](/img/a.png)\n" });
		expect(got).toEqual([{ safe: false, text: "/static/img/a.png" }]);
		// With the site root set, the image is found: nothing to report.
		expect(await imageFixes({ "static/img/a.png": "", "docs/n.md": "![a](/img/a.png)\n" }, "static")).toEqual([]);
	});

	it("keeps the fix safe for the other single variants: another folder, or another name", async () => {
		expect(await imageFixes({ "attachments/a.png": "", "docs/n.md": "![a](/img/a.png)\n" })).toEqual([{ safe: true, text: "/attachments/a.png" }]);
		expect(await imageFixes({ "img/Pasted image 1.png": "", "docs/n.md": "![a](/img/Pasted-image-1.png)\n" })).toEqual([{ safe: true, text: "/img/Pasted%20image%201.png" }]);
		// A relative link whose file sits in a subfolder of that path is no site-root case.
		expect(await imageFixes({ "x/img/a.png": "", "docs/n.md": "![a](img/a.png)\n" })).toEqual([]);
	});
});
