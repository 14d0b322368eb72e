import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FileIndex } from "../../src/core/resolve/file-index";
import { ResolutionCache } from "../../src/core/check/resolution-cache";

const names = ["Docker.md", "docker.md", "a/Docker.md", "a/b/Docker.md", "img/x.png", "a/img/x.png", "Net.md", "a/Net 2.md"];
const links = ["Docker", "docker.md", "a/Docker", "/Docker.md", "/img/x.png", "img/x.png", "x.png", "./Docker", "../Docker", "Net", "Net 2", "none", "b/Docker"];
const sources = ["n.md", "a/n.md", "a/b/n.md", "c/n.md"];

describe("ResolutionCache", () => {
	it("answers exactly like the file index, whatever the order of lookups", () => {
		fc.assert(
			fc.property(
				fc.subarray(names, { minLength: 1 }),
				fc.array(fc.tuple(fc.constantFrom(...links), fc.constantFrom(...sources), fc.constantFrom("", "a")), { minLength: 1, maxLength: 30 }),
				(files, lookups) => {
					const index = new FileIndex(files);
					const cache = new ResolutionCache(index);
					for (const [link, source, siteRoot] of lookups) {
						expect(cache.resolve(link, source, { siteRoot })).toEqual(index.resolve(link, source, { siteRoot }));
					}
				},
			),
			{ numRuns: 500 },
		);
	});

	it("holds at most `limit` links per bucket, and still answers like the file index", () => {
		const index = new FileIndex(names);
		const cache = new ResolutionCache(index, 4);
		const typed = "Docker Compose".split("").map((_, i, all) => all.slice(0, i + 1).join(""));
		for (const link of [...typed, ...typed]) expect(cache.resolve(link, "n.md")).toEqual(index.resolve(link, "n.md"));
		const buckets = cache as unknown as { shared: Map<string, Map<string, unknown>>; byFolder: Map<string, Map<string, unknown>> };
		for (const bucket of [...buckets.shared.values(), ...buckets.byFolder.values()]) expect(bucket.size).toBeLessThanOrEqual(4);
		expect([...buckets.shared.values()].reduce((n, b) => n + b.size, 0)).toBeGreaterThan(0);
	});
});
