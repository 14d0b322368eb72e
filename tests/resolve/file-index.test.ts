import { describe, expect, it } from "vitest";
import { FileIndex } from "../../src/core/resolve/file-index";

const files = [
	"Docker.md",
	"docs/Container/Docker/기초.md",
	"docs/Container/Docker/Network.md",
	"docs/Container/Kubernetes/Network.md",
	"docs/Container/Kubernetes/Affinity.md",
	"Network.md",
	"img/이미지 창고/Pasted-image-20221230100905.png",
	"static/img/이미지 창고/Screenshot 1.png",
	"attachments/Pasted image 20230102094559.png",
	"notes/sub/Deep Note.md",
];
const index = new FileIndex(files);

describe("FileIndex.resolve: Obsidian's getFirstLinkpathDest", () => {
	it("empty path is the source note", () => {
		expect(index.resolve("", "docs/Container/Docker/기초.md")).toMatchObject({ path: "docs/Container/Docker/기초.md", exactCase: true });
	});
	it("leading / is vault-absolute and exact, case-insensitive, with no fallback", () => {
		expect(index.resolve("/img/이미지 창고/Pasted-image-20221230100905.png", "Docker.md")).toMatchObject({
			path: "img/이미지 창고/Pasted-image-20221230100905.png",
			exactCase: true,
			nfcOnly: false,
			outsideVault: false,
		});
		expect(index.resolve("/IMG/이미지 창고/pasted-image-20221230100905.png", "Docker.md")).toMatchObject({
			path: "img/이미지 창고/Pasted-image-20221230100905.png",
			exactCase: false,
		});
		// the file exists under static/, but a leading / never searches by name
		expect(index.resolve("/img/이미지 창고/Screenshot 1.png", "Docker.md").path).toBeNull();
		expect(index.resolve("/Network", "docs/Container/Docker/기초.md").path).toBe("Network.md");
		expect(index.resolve("/Affinity", "Docker.md").path).toBeNull();
	});
	it("siteRoot maps a leading / to that folder", () => {
		expect(index.resolve("/img/이미지 창고/Screenshot 1.png", "docs/x.md", { siteRoot: "static" }).path).toBe(
			"static/img/이미지 창고/Screenshot 1.png",
		);
		expect(index.resolve("/img/이미지 창고/Screenshot 1.png", "docs/x.md", { siteRoot: "/static/" }).path).toBe(
			"static/img/이미지 창고/Screenshot 1.png",
		);
		expect(index.resolve("/img/이미지 창고/Pasted-image-20221230100905.png", "d.md", { siteRoot: "static" }).path).toBeNull();
	});
	it("./ and ../ are relative to the source folder, exact", () => {
		expect(index.resolve("./Network.md", "docs/Container/Kubernetes/Affinity.md").path).toBe("docs/Container/Kubernetes/Network.md");
		expect(index.resolve("../Docker/Network", "docs/Container/Kubernetes/Affinity.md").path).toBe("docs/Container/Docker/Network.md");
		expect(index.resolve("./Deep Note", "docs/Container/Kubernetes/Affinity.md").path).toBeNull();
	});
	it("a relative link keeps the source folder's case: of two case variants, the one it spells is exact", () => {
		// A counterexample fast-check found: the naive reference lower-cased the source folder and chose "a/그림.png".
		const ix = new FileIndex(["A/그림.png", "a/그림.png"]);
		const r = ix.resolve("../그림.png", "A/a/x.png");
		expect([r.path, r.exactCase, r.candidates]).toEqual(["A/그림.png", true, ["A/그림.png", "a/그림.png"]]);
		expect(ix.resolve("../그림.png", "a/b/x.png").path).toBe("a/그림.png");
	});
	it("otherwise exact vault path first", () => {
		expect(index.resolve("Network", "docs/Container/Docker/기초.md").path).toBe("Network.md");
		expect(index.resolve("docs/Container/Kubernetes/Network.md", "Docker.md").path).toBe("docs/Container/Kubernetes/Network.md");
	});
	it("then a path-suffix match, .md appended, same folder first, then shortest", () => {
		expect(index.resolve("Affinity", "Docker.md")).toMatchObject({ path: "docs/Container/Kubernetes/Affinity.md", exactCase: true });
		expect(index.resolve("Kubernetes/Network", "Docker.md").path).toBe("docs/Container/Kubernetes/Network.md");
		expect(index.resolve("Deep Note", "x.md").path).toBe("notes/sub/Deep Note.md");
		expect(index.resolve("sub/Deep Note.md", "x.md").path).toBe("notes/sub/Deep Note.md");
		// "ub/Deep Note" is not a path suffix on a folder boundary
		expect(index.resolve("ub/Deep Note", "x.md").path).toBeNull();
		const dup = new FileIndex(["a/b/c/x.png", "a/x.png", "z/x.png", "q/r/x.png"]);
		expect(dup.resolve("x.png", "q/r/note.md").candidates).toEqual(["q/r/x.png", "a/x.png", "z/x.png", "a/b/c/x.png"]);
		expect(dup.resolve("x.png", "elsewhere/n.md").path).toBe("a/x.png");
	});
	it("a file without an extension is matched as written before .md is tried, wherever it is in the vault", () => {
		const withPlain = new FileIndex(["notes/Docker.md", "Docker"]);
		expect(withPlain.resolve("Docker", "x.md").path).toBe("Docker");
		expect(withPlain.resolve("docker.md", "x.md").path).toBe("notes/Docker.md");
		withPlain.remove("Docker");
		expect(withPlain.resolve("Docker", "x.md").path).toBe("notes/Docker.md");
		withPlain.add("a/b/docker");
		expect(withPlain.resolve("b/Docker", "x.md")).toMatchObject({ path: "a/b/docker", exactCase: false });
	});

	it("flags a case-only match", () => {
		expect(index.resolve("docker", "x.md")).toMatchObject({ path: "Docker.md", exactCase: false });
		expect(index.resolve("Docker", "x.md")).toMatchObject({ path: "Docker.md", exactCase: true });
		const both = new FileIndex(["A/note.md", "B/Note.md"]);
		expect(both.resolve("Note", "x.md")).toMatchObject({ path: "A/note.md", exactCase: false });
	});
	it("prefers the exact-case file when two differ only in case", () => {
		const twins = new FileIndex(["img/a.png", "img/A.png"]);
		expect(twins.resolve("/img/A.png", "n.md")).toMatchObject({ path: "img/A.png", exactCase: true, candidates: ["img/A.png", "img/a.png"] });
	});
	it("unresolved links say so", () => {
		expect(index.resolve("Nope", "x.md")).toEqual({
			path: null,
			nfcPath: null,
			exactCase: false,
			nfcOnly: false,
			outsideVault: false,
			candidates: [],
		});
	});
});

describe("FileIndex: NFC / NFD", () => {
	const nfdName = "img/이미지 창고/그림.png".normalize("NFD");
	const disk = new FileIndex(["docs/기초.md", nfdName]);
	it("an NFD link to an NFC file matches only after normalising: nfcOnly", () => {
		const r = disk.resolve("기초".normalize("NFD"), "x.md");
		expect(r).toMatchObject({ path: "docs/기초.md", nfcOnly: true });
		expect(disk.resolve("기초", "x.md")).toMatchObject({ path: "docs/기초.md", nfcOnly: false });
	});
	it("files named in NFD on disk are indexed under NFC, as Obsidian does, and keep their disk name", () => {
		const r = disk.resolve("/img/이미지 창고/그림.png", "x.md");
		expect(r.path).toBe(nfdName);
		expect(r.nfcPath).toBe("img/이미지 창고/그림.png");
		expect(r.nfcOnly).toBe(false);
		expect(disk.resolve("그림.png", "x.md").path).toBe(nfdName);
		// an NFD link does not match the (NFC-indexed) file directly
		expect(disk.resolve("/img/이미지 창고/그림.png".normalize("NFD"), "x.md")).toMatchObject({ path: nfdName, nfcOnly: true });
	});
});

describe("FileIndex: never outside the vault", () => {
	it("flags ../ that climbs above the root and never resolves it", () => {
		expect(index.resolve("../../../etc/passwd", "docs/x.md")).toMatchObject({ path: null, outsideVault: true });
		expect(index.resolve("../../Docker.md", "docs/Container/x.md")).toMatchObject({ path: "Docker.md", outsideVault: false });
		expect(index.resolve("../Docker.md", "x.md")).toMatchObject({ path: null, outsideVault: true });
		expect(index.resolve("/../../etc/passwd", "x.md")).toMatchObject({ path: null, outsideVault: true });
		expect(index.resolve("img/../../../etc/passwd", "x.md")).toMatchObject({ path: null, outsideVault: true });
	});
	it("an absolute system path is just vault-absolute: it does not exist", () => {
		expect(index.resolve("/etc/passwd", "x.md")).toMatchObject({ path: null, outsideVault: false });
		const withEtc = new FileIndex(["etc/passwd"]);
		expect(withEtc.resolve("/etc/passwd", "x.md").path).toBe("etc/passwd");
	});
});

describe("FileIndex.findVariants", () => {
	it("finds the hyphen/space variant of a pasted image in the intended folder", () => {
		const v = index.findVariants("/img/이미지 창고/Pasted image 20221230100905.png", "Docker.md");
		expect(v.map((x) => [x.path, x.kinds])).toEqual([["img/이미지 창고/Pasted-image-20221230100905.png", ["separator"]]]);
	});
	it("finds the same name in another folder (e.g. under static/)", () => {
		const v = index.findVariants("/img/이미지 창고/Screenshot 1.png", "Docker.md");
		expect(v).toEqual([
			{ path: "static/img/이미지 창고/Screenshot 1.png", nfcPath: "static/img/이미지 창고/Screenshot 1.png", kinds: ["folder"], kind: "folder" },
		]);
		const w = index.findVariants("/img/이미지 창고/Pasted-image-20230102094559.png", "Docker.md");
		expect(w.map((x) => [x.path, x.kinds])).toEqual([["attachments/Pasted image 20230102094559.png", ["folder", "separator"]]]);
	});
	it("reports case and unicode differences, and leaves out the exact file", () => {
		expect(index.findVariants("/img/이미지 창고/pasted-image-20221230100905.PNG", "d.md").map((x) => x.kinds)).toEqual([["case"]]);
		expect(index.findVariants("/img/이미지 창고/Pasted-image-20221230100905.png", "d.md")).toEqual([]);
		const nfd = "/img/이미지 창고/Pasted-image-20221230100905.png".normalize("NFD");
		expect(index.findVariants(nfd, "d.md").map((x) => x.kinds)).toEqual([["unicode"]]);
	});
	it("works for notes without .md", () => {
		expect(index.findVariants("deep-note", "x.md").map((x) => [x.path, x.kinds])).toEqual([["notes/sub/Deep Note.md", ["separator"]]]);
	});
	it("finds nothing for unrelated names or escapes", () => {
		expect(index.findVariants("/img/zzz.png", "x.md")).toEqual([]);
		expect(index.findVariants("../../x.png", "x.md")).toEqual([]);
	});
});

describe("FileIndex: incremental updates", () => {
	it("add, remove and rename keep every map in step", () => {
		const ix = new FileIndex(["a/One.md"]);
		expect(ix.resolve("One", "x.md").path).toBe("a/One.md");
		ix.add("b/Two.md");
		expect(ix.resolve("Two", "x.md").path).toBe("b/Two.md");
		ix.rename("a/One.md", "c/Uno.md");
		expect(ix.resolve("One", "x.md").path).toBeNull();
		expect(ix.resolve("Uno", "x.md").path).toBe("c/Uno.md");
		expect(ix.findVariants("uno", "x.md").map((v) => v.path)).toEqual(["c/Uno.md"]);
		ix.remove("b/Two.md");
		expect(ix.resolve("Two", "x.md").path).toBeNull();
		expect(ix.size).toBe(1);
		expect(ix.has("c/Uno.md")).toBe(true);
	});
	it("builds 20,000 paths in linear time and resolves quickly", () => {
		const make = (n: number) => Array.from({ length: n }, (_, i) => `f${i % 97}/sub${i % 13}/Pasted image ${i}.png`);
		const time = (n: number) => {
			const paths = make(n);
			const t0 = performance.now();
			const ix = new FileIndex(paths);
			for (let i = 0; i < 2000; i++) ix.resolve(`Pasted image ${(i * 7) % n}.png`, "f1/sub1/n.md");
			return { ms: performance.now() - t0, ix };
		};
		time(2000); // warm up
		const small = time(5000);
		const big = time(20000);
		expect(big.ix.size).toBe(20000);
		expect(big.ix.resolve("Pasted image 19999.png", "x.md").path).toBe(`f${19999 % 97}/sub${19999 % 13}/Pasted image 19999.png`);
		// 4x the files: allow generous slack but reject quadratic growth (16x)
		expect(big.ms).toBeLessThan(small.ms * 10 + 50);
	});
});
