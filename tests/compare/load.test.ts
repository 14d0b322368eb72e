import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOG } from "../../src/core/compare/catalog";
import { mergeCatalog, parseCatalogExtension } from "../../src/core/compare/catalog-extend";
import type { CompareHost } from "../../src/obsidian/compare/host";
import { loadComparison, type GatherCache } from "../../src/obsidian/compare/load";
import { DEPLOYMENT_NOTE, IMAGE_NOTE } from "./fixtures";

function host(notes: Record<string, string>, extra: Partial<CompareHost> = {}): { h: CompareHost; reads: () => number } {
	let count = 0;
	const h: CompareHost = {
		language: () => "ko",
		containerNotePaths: () => Object.keys(notes),
		readNote: async (p: string) => {
			count++;
			return notes[p] ?? null;
		},
		...extra,
	};
	return { h, reads: () => count };
}

describe("loadComparison", () => {
	it("uses the note's own models when it has some, and the live text when given", async () => {
		const { h, reads } = host({ "d.md": DEPLOYMENT_NOTE });
		const vm = await loadComparison(h, "d.md");
		expect(vm.columns.every((c) => c.covered)).toBe(true);
		expect(vm.lang).toBe("ko");
		const live = await loadComparison(h, "d.md", "## Kubernetes Deployment\n- 지금 입력 중\n");
		expect(live.columns.map((c) => c.covered)).toEqual([false, false, false, true]);
		expect(reads()).toBe(1);
	});

	it("gathers from container notes once, until the cache is cleared", async () => {
		const { h, reads: readCount } = host({ "img.md": IMAGE_NOTE, "d.md": DEPLOYMENT_NOTE });
		const cache: GatherCache = { key: null, extraction: null };
		const first = await loadComparison(h, "img.md", undefined, cache);
		expect(first.gathered).toBe(true);
		expect(first.notePaths).toEqual(["d.md"]);
		const reads = readCount();
		await loadComparison(h, "img.md", IMAGE_NOTE, cache);
		expect(readCount()).toBe(reads);
		cache.key = null;
		await loadComparison(h, "img.md", IMAGE_NOTE, cache);
		expect(readCount()).toBeGreaterThan(reads);
	});

	it("falls back to the reference facts, and survives unreadable notes", async () => {
		const { h } = host({ "img.md": IMAGE_NOTE }, { readNote: () => Promise.reject(new Error("gone")) });
		const vm = await loadComparison(h, "img.md");
		expect(vm.anyCovered).toBe(false);
		expect(vm.rows).toHaveLength(12);
		expect((await loadComparison(h, null)).notePaths).toEqual([]);
	});

	it("uses the host's catalog", async () => {
		const { extension } = parseCatalogExtension({ models: [{ id: "serverless", name: { en: "Serverless", ko: "서버리스" }, keywords: ["serverless"] }] });
		const catalog = mergeCatalog(DEFAULT_CATALOG, extension).catalog;
		const vm = await loadComparison(host({ "d.md": DEPLOYMENT_NOTE }, { catalog: () => catalog }).h, "d.md");
		expect(vm.columns.map((c) => c.name)).toEqual(["전통적 배포", "가상화 배포", "컨테이너 배포", "쿠버네티스", "서버리스"]);
		expect(vm.columns[4]?.covered).toBe(false);
	});
});
