import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { IMAGE_FOLDER, PLANTED_KINDS, generateVault, stripHeading, type GeneratedVault } from "../../scripts/bench/generate-vault";

/** SHA-256 over every generated file (both dialects), the image list and the manifest. */
function vaultHash(vault: GeneratedVault): string {
	const hash = createHash("sha256");
	for (const [dialect, files] of Object.entries(vault.dialects)) {
		for (const path of [...files.keys()].sort()) hash.update(`${dialect}\0${path}\0${files.get(path)}\0`);
	}
	hash.update(vault.images.join("\n"));
	hash.update(JSON.stringify(vault.manifest));
	return hash.digest("hex");
}

function lines(text: string | undefined): string[] {
	return (text ?? "").split(/\r?\n/);
}

/** Lines outside fenced code blocks, with their 1-based numbers. */
function proseLines(text: string | undefined): { n: number; text: string }[] {
	const out: { n: number; text: string }[] = [];
	let fence: string | null = null;
	lines(text).forEach((line, i) => {
		const open = /^(```|~~~)/.exec(line);
		if (open) {
			fence = fence === null ? (open[1] ?? null) : line.startsWith(fence) ? null : fence;
			return;
		}
		if (fence === null) out.push({ n: i + 1, text: line });
	});
	return out;
}

const vault = generateVault({ notes: 150, seed: "unit-test" });

describe("bench vault generator", () => {
	it("is deterministic: the same seed gives the same files, another seed other files", () => {
		const again = generateVault({ notes: 150, seed: "unit-test" });
		expect(vaultHash(again)).toBe(vaultHash(vault));
		expect(vaultHash(generateVault({ notes: 150, seed: "other-seed" }))).not.toBe(vaultHash(vault));
	});

	it("writes every note in both dialects with the same number of lines", () => {
		const { obsidian, gfm } = vault.dialects;
		expect(obsidian.size).toBe(150);
		expect([...gfm.keys()]).toEqual([...obsidian.keys()]);
		for (const [path, text] of obsidian) expect(lines(gfm.get(path)).length, path).toBe(lines(text).length);
		expect(lines(obsidian.get(vault.bigNotePath)).length).toBe(2000);
	});

	it("records each planted problem at the line that holds it, in both dialects", () => {
		const planted = vault.manifest.planted;
		expect(new Set(planted.map((p) => p.rule))).toEqual(new Set(Object.values(PLANTED_KINDS)));
		for (const p of planted) {
			expect(lines(vault.dialects.obsidian.get(p.path))[p.line - 1], p.id).toBe(p.obsidian);
			expect(lines(vault.dialects.gfm.get(p.path))[p.line - 1], p.id).toBe(p.gfm);
			expect(p.rule).toBe(PLANTED_KINDS[p.kind]);
		}
		// One planted problem per line, so path + line + rule identifies it.
		const keys = planted.map((p) => `${p.path}:${p.line}`);
		expect(new Set(keys).size).toBe(keys.length);
		expect(vault.manifest.stats.plantedByRule["image-missing"]).toBe(planted.filter((p) => p.kind === "image-missing").length);
	});

	it("plants exactly the missing images: every other image reference exists", () => {
		const images = new Set(vault.images);
		const plantedLines = new Set(vault.manifest.planted.map((p) => `${p.path}:${p.line}`));
		let refs = 0;
		for (const [path, text] of vault.dialects.obsidian) {
			for (const { n, text: line } of proseLines(text)) {
				const wiki = /^!\[\[([^\]|]+)\]\]$/.exec(line);
				const md = /^!\[[^\]]*\]\(\/([^)]+)\)$/.exec(line);
				const file = wiki ? `${IMAGE_FOLDER}/${wiki[1]}` : md ? decodeURIComponent(md[1] ?? "") : null;
				if (file === null) continue;
				refs++;
				const planted = plantedLines.has(`${path}:${n}`);
				expect(images.has(file), `${path}:${n} ${line}`).toBe(!planted);
			}
		}
		expect(refs).toBeGreaterThan(50);
		const missing = vault.manifest.planted.filter((p) => p.kind === "image-missing").length;
		expect(missing / refs).toBeGreaterThan(0.01);
		expect(missing / refs).toBeLessThan(0.12);
	});

	it("writes unplanted wikilinks whose note and last heading segment exist", () => {
		const byName = new Map<string, string>();
		for (const path of vault.dialects.obsidian.keys()) byName.set(path.replace(/^.*\//, "").replace(/\.md$/, ""), path);
		const headingKeys = (path: string): Set<string> =>
			new Set(
				lines(vault.dialects.obsidian.get(path))
					.map((l) => /^#{1,6} (.*)$/.exec(l)?.[1])
					.filter((h): h is string => h !== undefined)
					.map((h) => stripHeading(h).toLowerCase()),
			);
		const plantedLines = new Set(vault.manifest.planted.map((p) => `${p.path}:${p.line}`));
		let checked = 0;
		for (const [path, text] of vault.dialects.obsidian) {
			for (const { n, text: line } of proseLines(text)) {
				if (plantedLines.has(`${path}:${n}`) || line.includes("`")) continue;
				for (const m of line.matchAll(/(?:^|[^!])\[\[([^\]|#]+)#([^\]|]+)(?:\|[^\]]*)?\]\]/g)) {
					const target = byName.get(m[1] ?? "");
					expect(target, `${path}:${n} ${line}`).toBeDefined();
					const sub = m[2] ?? "";
					if (sub.startsWith("^")) {
						expect(vault.dialects.obsidian.get(target ?? ""), `${path}:${n}`).toContain(` ${sub}`);
						continue;
					}
					const last = sub.split("#").pop() ?? "";
					expect(headingKeys(target ?? "").has(stripHeading(last).toLowerCase()), `${path}:${n} ${line}`).toBe(true);
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(100);
	});
});
