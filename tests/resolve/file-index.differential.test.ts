/**
 * The optimised FileIndex against its previous implementation, kept verbatim in
 * file-index-reference.ts: every field of every resolution and every variant list
 * must be the same, including after incremental updates.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FileIndex } from "../../src/core/resolve/file-index";
import { ReferenceFileIndex } from "./file-index-reference";

const SEGS = ["a", "A", "img", "이미지 창고", "이미지 창고".normalize("NFD"), "Sub", "..", "."];
const NAMES = ["x.png", "X.png", "note.md", "Note.md", "그림.png", "그림.png".normalize("NFD"), "p q.png", "p-q.png", "p_q.png", "Café.md", "Cafe\u0301.md"];

const fileArb = fc
	.tuple(fc.array(fc.constantFrom(...SEGS.filter((s) => s !== ".." && s !== ".")), { maxLength: 3 }), fc.constantFrom(...NAMES))
	.map(([dirs, name]) => [...dirs, name].join("/"));
const pathArb = fc.tuple(fc.array(fc.constantFrom(...SEGS), { maxLength: 4 }), fc.constantFrom(...NAMES)).map(([dirs, name]) => [...dirs, name].join("/"));
const linkArb = fc.oneof(
	pathArb,
	pathArb.map((p) => "/" + p),
	pathArb.map((p) => "//" + p + "/"),
	pathArb.map((p) => "./" + p),
	pathArb.map((p) => "../" + p),
	pathArb.map((p) => p.replace(/\.md$/, "")),
	pathArb.map((p) => p.toUpperCase()),
	fc.constantFrom("note", "Note", "NOTE", "x.png", "a/x.png", "../../x.png", "", ".", "..", "a/..", "a/../..", "café", "Cafe\u0301"),
);
const siteRootArb = fc.constantFrom("", "img", "/a/", "A");

describe("FileIndex agrees with its previous implementation", () => {
	it("resolve and findVariants give identical results", () => {
		fc.assert(
			fc.property(fc.array(fileArb, { maxLength: 14 }), fc.array(fc.tuple(linkArb, fileArb, siteRootArb), { minLength: 1, maxLength: 12 }), (files, queries) => {
				const ours = new FileIndex(files);
				const ref = new ReferenceFileIndex(files);
				for (const [link, source, siteRoot] of queries) {
					const opts = { siteRoot };
					expect(ours.resolve(link, source, opts), `${link} from ${source} (${siteRoot})`).toEqual(ref.resolve(link, source, opts));
					expect(ours.findVariants(link, source, opts)).toEqual(ref.findVariants(link, source, opts));
				}
			}),
			{ numRuns: 600 },
		);
	});

	it("stays identical after adds, removes and renames", () => {
		fc.assert(
			fc.property(
				fc.array(fileArb, { maxLength: 10 }),
				fc.array(fc.tuple(fc.constantFrom("add", "remove", "rename"), fileArb, fileArb), { maxLength: 8 }),
				fc.array(fc.tuple(linkArb, fileArb), { minLength: 1, maxLength: 8 }),
				(files, ops, queries) => {
					const ours = new FileIndex(files);
					const ref = new ReferenceFileIndex(files);
					for (const [op, a, b] of ops) {
						// Interleave lookups with updates so any memoised state is exercised.
						expect(ours.resolve(a, b)).toEqual(ref.resolve(a, b));
						if (op === "add") {
							ours.add(a);
							ref.add(a);
						} else if (op === "remove") {
							ours.remove(a);
							ref.remove(a);
						} else {
							ours.rename(a, b);
							ref.rename(a, b);
						}
					}
					for (const [link, source] of queries) expect(ours.resolve(link, source)).toEqual(ref.resolve(link, source));
					expect(ours.paths().sort()).toEqual(ref.paths().sort());
				},
			),
			{ numRuns: 400 },
		);
	});
});
