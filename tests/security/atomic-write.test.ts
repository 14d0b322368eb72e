/**
 * A write that fails half-way (disk full while writing the temporary file, or the
 * rename failing) leaves the note exactly as it was and no temporary file behind.
 * `node:fs` is wrapped so that a test can make `writeSync` or `renameSync` fail.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { NodeVault } from "../../src/cli/node-vault";
import { cleanup, cli, tempVault } from "../cli/helpers";

const failing = vi.hoisted(() => ({ write: false, rename: false, writes: 0 }));

vi.mock("node:fs", async (importOriginal) => {
	const fs = await importOriginal<typeof import("node:fs")>();
	const writeSync = ((fd: number, data: string, ...rest: unknown[]) => {
		failing.writes++;
		if (failing.write) {
			// Half the text reaches the temporary file, then the disk is full.
			(fs.writeSync as (fd: number, s: string) => number)(fd, data.slice(0, Math.floor(data.length / 2)));
			throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
		}
		return (fs.writeSync as (...a: unknown[]) => number)(fd, data, ...rest);
	}) as typeof fs.writeSync;
	const renameSync = ((from: string, to: string) => {
		if (failing.rename) throw Object.assign(new Error("EXDEV: cross-device link not permitted, rename"), { code: "EXDEV" });
		return fs.renameSync(from, to);
	}) as typeof fs.renameSync;
	return { ...fs, default: { ...fs, writeSync, renameSync }, writeSync, renameSync };
});

afterAll(cleanup);
afterEach(() => {
	failing.write = false;
	failing.rename = false;
	failing.writes = 0;
});

const NOTE = "#docker\r\n# 설치 방법\r\n- [설치](#설치 방법)\r\n";
const FIXED = "#docker\r\n# 설치 방법\r\n- [설치](#설치%20방법)\r\n";

describe("atomic writes", () => {
	it("a write that fails half-way leaves the note intact and removes the temporary file", async () => {
		const dir = tempVault({ "a.md": NOTE });
		failing.write = true;
		const vault = new NodeVault(dir);
		await expect(vault.replaceIfUnchanged("a.md", NOTE, FIXED)).rejects.toThrow(/ENOSPC/);
		expect(failing.writes).toBe(1);
		expect(readFileSync(path.join(dir, "a.md"), "utf8")).toBe(NOTE);
		expect(readdirSync(dir)).toEqual(["a.md"]);
	});

	it("a failed rename leaves the note intact and removes the temporary file", async () => {
		const dir = tempVault({ "a.md": NOTE });
		failing.rename = true;
		const vault = new NodeVault(dir);
		await expect(vault.replaceIfUnchanged("a.md", NOTE, FIXED)).rejects.toThrow(/EXDEV/);
		expect(readFileSync(path.join(dir, "a.md"), "utf8")).toBe(NOTE);
		expect(readdirSync(dir)).toEqual(["a.md"]);
	});

	it("the fix command reports the failed write, and the note is intact", async () => {
		const dir = tempVault({ "a.md": NOTE, "b.md": NOTE });
		failing.write = true;
		const r = await cli(["fix"], dir);
		expect(r.err).toMatch(/a\.md.*ENOSPC/);
		expect(r.err).toMatch(/b\.md.*ENOSPC/);
		expect(readFileSync(path.join(dir, "a.md"), "utf8")).toBe(NOTE);
		expect(readFileSync(path.join(dir, "b.md"), "utf8")).toBe(NOTE);
		expect(readdirSync(dir).sort()).toEqual(["a.md", "b.md"]);
		failing.write = false;
		expect((await cli(["fix"], dir)).code).toBe(0);
		expect(readFileSync(path.join(dir, "a.md"), "utf8")).toBe(FIXED);
	});
});
