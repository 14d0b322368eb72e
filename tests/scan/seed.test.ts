import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "vitest";
import { scanNote } from "../../src/core/scan";
import { expectSeedShape } from "./seed-shape";

const fixture = path.resolve(__dirname, "../fixtures/scan/seed-structure.md");
const seed = path.resolve(__dirname, "../../../shared/seed/Docker-파트-기초.md");

describe("the seed note's structure", () => {
	it("our own copy of the structure scans as Obsidian sees it", () => {
		expectSeedShape(scanNote(readFileSync(fixture, "utf8")));
	});

	it("the same holds with CRLF line endings", () => {
		expectSeedShape(scanNote(readFileSync(fixture, "utf8").replace(/\n/g, "\r\n")));
	});

	it.skipIf(!existsSync(seed))("the real seed note (../shared/seed) scans the same way", () => {
		expectSeedShape(scanNote(readFileSync(seed, "utf8")));
	});
});
