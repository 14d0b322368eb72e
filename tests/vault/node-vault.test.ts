import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NodeVault } from "../../src/cli/node-vault";

let base: string;
let root: string;
let outside: string;

function put(rel: string, content: string | Uint8Array): void {
	const abs = join(root, rel);
	mkdirSync(join(abs, ".."), { recursive: true });
	writeFileSync(abs, content);
}

beforeEach(() => {
	base = mkdtempSync(join(tmpdir(), "cn-vault-"));
	root = join(base, "vault");
	outside = join(base, "secret");
	mkdirSync(root);
	mkdirSync(outside);
	writeFileSync(join(outside, "passwd.md"), "top secret");
});
afterEach(() => {
	rmSync(base, { recursive: true, force: true });
});

describe("NodeVault listing", () => {
	it("lists vault-relative /-paths and skips the config folder (any dot folder), .git, .trash, node_modules, dot files", () => {
		put("Docker.md", "# a");
		put("img/이미지 창고/a.png", "x");
		put(".my-config/app.json", "{}");
		put(".git/HEAD", "ref");
		put(".trash/old.md", "x");
		put("node_modules/p/readme.md", "x");
		put("sub/.hidden.md", "x");
		const v = new NodeVault(root);
		expect(v.listFiles()).toEqual(["Docker.md", "img/이미지 창고/a.png"]);
	});
	it("survives symbolic-link loops and never lists files through links that leave the vault", () => {
		put("a/note.md", "x");
		symlinkSync(join(root, "a"), join(root, "a", "loop")); // a/loop -> a
		symlinkSync(root, join(root, "a", "up")); // a/up -> root
		symlinkSync(outside, join(root, "out")); // leaves the vault
		symlinkSync(join(outside, "passwd.md"), join(root, "linked-secret.md"));
		symlinkSync(join(root, "nowhere"), join(root, "broken.md"));
		const v = new NodeVault(root);
		expect(v.listFiles()).toEqual(["a/note.md"]);
	});
	it("lists a folder reached only through an in-vault link, and a real folder under its real name", () => {
		put("real/x.md", "x");
		symlinkSync(join(root, "real"), join(root, "alias")); // sorts before "real"
		put("deep/inner/y.md", "y");
		mkdirSync(join(root, "links"));
		symlinkSync(join(root, "deep", "inner"), join(root, "links", "inner-link"));
		put(".stash/z.md", "z");
		symlinkSync(join(root, ".stash"), join(root, "shown"));
		const v = new NodeVault(root);
		expect(v.listFiles()).toEqual(["deep/inner/y.md", "real/x.md", "shown/z.md"]);
		put("later.md", "new");
		expect(v.listFiles()).not.toContain("later.md");
		v.refresh();
		expect(v.listFiles()).toEqual(["deep/inner/y.md", "later.md", "real/x.md", "shown/z.md"]);
	});
	it("keeps NFD names as on disk, and reads them by their NFC name too", async () => {
		const nfd = "문제점.md".normalize("NFD");
		put(nfd, "# 본문");
		const v = new NodeVault(root);
		expect(v.listFiles()).toEqual([nfd]);
		expect(await v.readNote(nfd)).toBe("# 본문");
		expect(await v.readNote("문제점.md")).toBe("# 본문");
	});
});

describe("NodeVault reading", () => {
	it("refuses paths outside the vault, absolute paths, dot folders and links leaving the root", async () => {
		put("n.md", "x");
		put(".my-config/app.json", "{}");
		symlinkSync(join(outside, "passwd.md"), join(root, "leak.md"));
		const v = new NodeVault(root);
		await expect(v.readNote("../secret/passwd.md")).rejects.toThrow(/outside the vault/);
		await expect(v.readNote("a/../../secret/passwd.md")).rejects.toThrow(/outside the vault/);
		await expect(v.readNote(join(outside, "passwd.md"))).rejects.toThrow(/Not a vault path/);
		await expect(v.readNote("/etc/passwd")).rejects.toThrow(/Not a vault path/);
		await expect(v.readNote(".my-config/app.json")).rejects.toThrow(/Not a vault path/);
		await expect(v.readNote("leak.md")).rejects.toThrow(/outside the vault/);
		await expect(v.readNote("missing.md")).rejects.toThrow(/No such file/);
		expect(v.fileSize("leak.md")).toBeNull();
		expect(v.fileSize("n.md")).toBe(1);
		expect(await v.readNote("n.md")).toBe("x");
	});
	it("keeps a BOM and CRLF, and refuses invalid UTF-8 instead of altering it", async () => {
		put("bom.md", "\uFEFF# a\r\nb\r");
		put("bin.md", new Uint8Array([0x23, 0x20, 0xff, 0xfe, 0x00, 0x41]));
		const v = new NodeVault(root);
		expect(await v.readNote("bom.md")).toBe("\uFEFF# a\r\nb\r");
		await expect(v.readNote("bin.md")).rejects.toThrow(/UTF-8/);
	});
	it("reads a note larger than its read buffer whole, a real U+FFFD as text, and each note on its own", async () => {
		// 300,000 three-byte characters: past the 256 KB buffer, with characters split across the boundary.
		const big = `# 큰 노트\n${"가".repeat(300_000)}\n끝`;
		put("big.md", big);
		put("fffd.md", "# 대체 문자 \uFFFD 그대로\n");
		put("short.md", "짧다");
		// A truncated three-byte sequence at the very end is invalid, not a U+FFFD.
		put("cut.md", new Uint8Array([0x23, 0x20, 0xea, 0xb0]));
		// Listed files are read through the shared buffer; others through the careful path.
		for (const listed of [true, false]) {
			const v = new NodeVault(root);
			if (listed) v.listFiles();
			expect(await v.readNote("big.md")).toBe(big);
			expect(await v.readNote("short.md")).toBe("짧다");
			expect(await v.readNote("fffd.md")).toBe("# 대체 문자 \uFFFD 그대로\n");
			await expect(v.readNote("cut.md")).rejects.toThrow(/UTF-8/);
		}
	});
	it("uses gray-matter for front matter by default", () => {
		const v = new NodeVault(root);
		expect(v.parseFrontMatter("tags: [Docker]")).toEqual({ data: { tags: ["Docker"] } });
	});
});

describe("NodeVault writing", () => {
	it("replaces atomically when unchanged, keeping bytes and permissions, leaving no temp file", async () => {
		const before = "\uFEFF# 개요\r\n본문".normalize("NFD");
		put("dir/n.md", before);
		chmodSync(join(root, "dir/n.md"), 0o640);
		const v = new NodeVault(root);
		const next = before + "\r\n추가";
		expect(await v.replaceIfUnchanged("dir/n.md", before, next)).toBe(true);
		expect(readFileSync(join(root, "dir/n.md"), "utf8")).toBe(next);
		expect(readFileSync(join(root, "dir/n.md")).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		expect(statSync(join(root, "dir/n.md")).mode & 0o777).toBe(0o640);
		expect(readdirSync(join(root, "dir"))).toEqual(["n.md"]);
	});
	it("refuses when the file changed after it was read", async () => {
		put("n.md", "one");
		const v = new NodeVault(root);
		const seen = await v.readNote("n.md");
		writeFileSync(join(root, "n.md"), "changed by the user");
		expect(await v.replaceIfUnchanged("n.md", seen, "fixed")).toBe(false);
		expect(readFileSync(join(root, "n.md"), "utf8")).toBe("changed by the user");
		expect(readdirSync(root)).toEqual(["n.md"]);
	});
	it("refuses to write outside the vault or to a missing file", async () => {
		symlinkSync(join(outside, "passwd.md"), join(root, "leak.md"));
		const v = new NodeVault(root);
		await expect(v.replaceIfUnchanged("../secret/passwd.md", "top secret", "pwned")).rejects.toThrow(/outside the vault/);
		await expect(v.replaceIfUnchanged("leak.md", "top secret", "pwned")).rejects.toThrow(/outside the vault/);
		expect(await v.replaceIfUnchanged("missing.md", "", "x")).toBe(false);
		expect(readFileSync(join(outside, "passwd.md"), "utf8")).toBe("top secret");
	});
	it("writes through an in-vault symbolic link to the real file, keeping the link", async () => {
		put("real.md", "a");
		symlinkSync(join(root, "real.md"), join(root, "alias.md"));
		const v = new NodeVault(root);
		expect(await v.replaceIfUnchanged("alias.md", "a", "b")).toBe(true);
		expect(readFileSync(join(root, "real.md"), "utf8")).toBe("b");
		expect(readFileSync(join(root, "alias.md"), "utf8")).toBe("b");
	});
});
