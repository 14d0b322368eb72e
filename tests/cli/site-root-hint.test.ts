/** The CLI's hint when images written `/img/...` exist under `static/` or `public/` but no site root is set. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanup, cli, tempVault } from "./helpers";

afterAll(cleanup);

const NOTE = "#docker\n# 개요\n![a](/img/a.png)\n![b](/img/없음.png)\n![c](img/c.png)\n![d](/img/이미지 창고/d.png)\n";
const HINT = (found: number, missing: number, folder: string) =>
	`${found} of ${missing} missing images written with a leading / ${found === 1 ? "exists" : "exist"} under ${folder}/. If the site serves ${folder}/ at its root (Docusaurus, Hugo: static; Next.js, Astro: public), run with --site-root ${folder} or set the site root in the plugin's settings.\n`;

describe("site root hint", () => {
	it("counts the missing /… images that exist under static/, on stderr, in every format", async () => {
		const dir = tempVault({ "static/img/a.png": "", "static/img/이미지 창고/d.png": "", "docs/n.md": NOTE });
		const text = await cli(["check", "."], dir);
		expect(text.code).toBe(1);
		// a.png and d.png (whose link is not even parsed) are there; 없음.png is nowhere; c.png is relative.
		expect(text.err).toBe(HINT(2, 3, "static"));
		const json = await cli(["check", ".", "--format", "json"], dir);
		expect(() => JSON.parse(json.out) as unknown).not.toThrow();
		expect(json.err).toBe(HINT(2, 3, "static"));
		const set = await cli(["check", ".", "--site-root", "static"], dir);
		expect(set.err).toBe("");
	});

	it("names public/ when that is where they are, and says nothing without such a folder", async () => {
		expect((await cli(["check", "."], tempVault({ "public/img/a.png": "", "docs/n.md": NOTE }))).err).toBe(HINT(1, 3, "public"));
		expect((await cli(["check", "."], tempVault({ "img/x.png": "", "docs/n.md": NOTE }))).err).toBe("");
		// A static folder that holds none of them: no hint either.
		expect((await cli(["check", "."], tempVault({ "static/other.png": "", "docs/n.md": NOTE }))).err).toBe("");
	});

	it("comes with fix too, which leaves those images alone", async () => {
		const dir = tempVault({ "static/img/a.png": "", "docs/n.md": "#docker\n![a](/img/a.png)\n" });
		const r = await cli(["fix", "."], dir);
		expect(r.err).toBe(HINT(1, 1, "static").replace("1 of 1 missing images", "1 of 1 missing image"));
		expect(readFileSync(path.join(dir, "docs/n.md"), "utf8")).toBe("#docker\n![a](/img/a.png)\n");
	});
});
