// The read floor: walk the vault, read every note and make one regex pass over it.
// Nothing can check links faster than this, so our checker is measured against it.
// Usage: node floor-worker.cjs VAULT  -> prints one JSON line.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isNote, listVaultFiles } from "./load-vault";

// Wikilinks, Markdown destinations and ATX headings: roughly what a checker must find.
const PATTERN = /\[\[[^\]\n]*\]\]|\]\([^)\n]*\)|^#{1,6} [^\n]*/gm;

const root = process.argv[2] ?? ".";
const start = performance.now();
let notes = 0;
let bytes = 0;
let matches = 0;
for (const path of listVaultFiles(root)) {
	if (!isNote(path)) continue;
	const buf = readFileSync(join(root, path));
	const text = buf.toString("utf8");
	notes++;
	bytes += buf.length;
	PATTERN.lastIndex = 0;
	while (PATTERN.exec(text) !== null) matches++;
}
const ms = performance.now() - start;
console.log(JSON.stringify({ notes, bytes, matches, ms, maxRssKB: process.resourceUsage().maxRSS }));
