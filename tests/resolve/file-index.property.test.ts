/**
 * FileIndex against a naive reference written from the spec (Q3), and
 * incremental updates against a fresh build.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FileIndex } from "../../src/core/resolve/file-index";

const SEGS = ["a", "A", "img", "이미지 창고", "이미지 창고".normalize("NFD"), "Sub"];
// "note" and "LICENSE": files without an extension, which a link without one matches as written before ".md".
const NAMES = ["x.png", "X.png", "note.md", "Note.md", "note", "LICENSE", "그림.png", "그림.png".normalize("NFD"), "p q.png", "p-q.png"];

const pathArb = fc
	.tuple(fc.array(fc.constantFrom(...SEGS), { maxLength: 3 }), fc.constantFrom(...NAMES))
	.map(([dirs, name]) => [...dirs, name].join("/"));
const linkArb = fc.oneof(
	pathArb,
	pathArb.map((p) => "/" + p),
	pathArb.map((p) => "./" + p),
	pathArb.map((p) => "../" + p),
	pathArb.map((p) => p.replace(/\.md$/, "")),
	fc.constantFrom("note", "Note", "license", "x.png", "a/x.png", "../../x.png", ""),
);

/** Obsidian's lookup, written naively over the whole list. */
function naive(files: string[], link: string, source: string): string | null {
	if (link === "") return source;
	const nfcFiles = [...new Set(files)].map((f) => ({ f, n: f.normalize("NFC"), l: f.normalize("NFC").toLowerCase() }));
	// The source's folder as written: a relative link is joined to it (the case of the result
	// decides which of two case variants is the exact one); lower-cased, it decides "same folder".
	const folderAsWritten = source.includes("/") ? source.slice(0, source.lastIndexOf("/")).normalize("NFC") : "";
	const folder = folderAsWritten.toLowerCase();
	const once = (lp: string): string | null => {
		const lower = lp.toLowerCase();
		const exact = (want: string) => {
			const hits = nfcFiles.filter((x) => x.l === want.toLowerCase());
			hits.sort((p, q) => (p.n < q.n ? -1 : p.n > q.n ? 1 : p.f < q.f ? -1 : 1));
			return hits.find((x) => x.n === want)?.f ?? hits[0]?.f ?? null;
		};
		if (lp.startsWith("/")) return exact(lp.replace(/^\/+/, ""));
		if (lp.startsWith("./") || lp.startsWith("../")) {
			const out: string[] = folderAsWritten === "" ? [] : folderAsWritten.split("/");
			for (const seg of lp.split("/")) {
				if (seg === "" || seg === ".") continue;
				if (seg === "..") {
					if (out.length === 0) return null;
					out.pop();
				} else out.push(seg);
			}
			return exact(out.join("/"));
		}
		const e = exact(lp);
		if (e !== null) return e;
		const hits = nfcFiles.filter((x) => x.l === lower || x.l.endsWith("/" + lower));
		hits.sort((p, q) => {
			const fp = p.l.slice(0, Math.max(0, p.l.lastIndexOf("/"))) === folder ? 0 : 1;
			const fq = q.l.slice(0, Math.max(0, q.l.lastIndexOf("/"))) === folder ? 0 : 1;
			return fp - fq || p.n.length - q.n.length || (p.n < q.n ? -1 : p.n > q.n ? 1 : 0);
		});
		return hits[0]?.f ?? null;
	};
	return once(link) ?? once(link + ".md");
}

describe("FileIndex (properties)", () => {
	it("resolves as the naive reference does (as written; NFC retry only when that fails)", () => {
		fc.assert(
			fc.property(fc.array(pathArb, { maxLength: 12 }), linkArb, pathArb, (files, link, source) => {
				const ix = new FileIndex(files);
				const r = ix.resolve(link, source);
				const want = naive(files, link, source);
				if (want !== null || link === "") {
					expect(r.path).toBe(want);
					expect(r.nfcOnly).toBe(false);
				} else if (r.path !== null) {
					expect(r.nfcOnly).toBe(true);
					expect(r.path).toBe(naive(files, link.normalize("NFC"), source));
				}
				if (r.path !== null) expect(r.candidates[0]).toBe(r.path);
			}),
			{ numRuns: 1500 },
		);
	});

	it("incremental add/remove/rename equals a fresh build", () => {
		const op = fc.oneof(
			pathArb.map((p) => ({ kind: "add" as const, p, q: "" })),
			pathArb.map((p) => ({ kind: "remove" as const, p, q: "" })),
			fc.tuple(pathArb, pathArb).map(([p, q]) => ({ kind: "rename" as const, p, q })),
		);
		fc.assert(
			fc.property(fc.array(pathArb, { maxLength: 8 }), fc.array(op, { maxLength: 12 }), fc.array(linkArb, { maxLength: 6 }), (start, ops, links) => {
				const ix = new FileIndex(start);
				const set = new Set(start);
				for (const o of ops) {
					if (o.kind === "add") {
						ix.add(o.p);
						set.add(o.p);
					} else if (o.kind === "remove") {
						ix.remove(o.p);
						set.delete(o.p);
					} else if (set.has(o.p)) {
						ix.rename(o.p, o.q);
						set.delete(o.p);
						set.add(o.q);
					}
				}
				const fresh = new FileIndex([...set]);
				expect(ix.size).toBe(fresh.size);
				for (const l of links) {
					expect(ix.resolve(l, "a/n.md")).toEqual(fresh.resolve(l, "a/n.md"));
					expect(ix.findVariants(l, "a/n.md").length).toBe(fresh.findVariants(l, "a/n.md").length);
					expect(new Set(ix.findVariants(l, "a/n.md").map((v) => v.path))).toEqual(new Set(fresh.findVariants(l, "a/n.md").map((v) => v.path)));
				}
			}),
			{ numRuns: 500 },
		);
	});
});
