import { afterEach, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { installPlugin, parseArgs } from "../../scripts/install-plugin.mjs";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const script = join(repo, "scripts/install-plugin.mjs");
const temps: string[] = [];

function temp(): string {
	const dir = mkdtempSync(join(tmpdir(), "cn-install-"));
	temps.push(dir);
	return dir;
}

/** A fake checkout with the three release files. */
function fakeRoot(): string {
	const root = temp();
	writeFileSync(join(root, "main.js"), "module.exports = {};\n");
	writeFileSync(join(root, "manifest.json"), JSON.stringify({ id: "container-notes", version: "9.9.9" }));
	writeFileSync(join(root, "styles.css"), ".container-notes-panel {}\n");
	return root;
}

afterEach(() => {
	for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("install-plugin", () => {
	it("should copy the three files and enable the plugin, keeping other entries", () => {
		const root = fakeRoot();
		const vault = temp();
		mkdirSync(join(vault, ".obsidian"));
		writeFileSync(join(vault, ".obsidian/community-plugins.json"), JSON.stringify(["dataview", "obsidian-tasks-plugin"]));
		const result = installPlugin({ root, vault, build: false });
		const target = join(vault, ".obsidian/plugins/container-notes");
		expect(result).toMatchObject({ id: "container-notes", target, enabled: true });
		for (const f of ["main.js", "manifest.json", "styles.css"]) expect(readFileSync(join(target, f), "utf8")).toBe(readFileSync(join(root, f), "utf8"));
		expect(JSON.parse(readFileSync(join(vault, ".obsidian/community-plugins.json"), "utf8"))).toEqual(["dataview", "obsidian-tasks-plugin", "container-notes"]);
		// A second run changes nothing in the list.
		expect(installPlugin({ root, vault, build: false }).enabled).toBe(false);
		expect(JSON.parse(readFileSync(join(vault, ".obsidian/community-plugins.json"), "utf8"))).toEqual(["dataview", "obsidian-tasks-plugin", "container-notes"]);
	});

	it("should honour --config-dir and create the list when missing", () => {
		const vault = temp();
		const args = parseArgs([vault, "--config-dir", ".config-mobile", "--no-build"]);
		expect(args).toEqual({ vault, configDir: ".config-mobile", build: false });
		installPlugin({ root: fakeRoot(), ...args });
		expect(existsSync(join(vault, ".config-mobile/plugins/container-notes/main.js"))).toBe(true);
		expect(JSON.parse(readFileSync(join(vault, ".config-mobile/community-plugins.json"), "utf8"))).toEqual(["container-notes"]);
		expect(existsSync(join(vault, ".obsidian"))).toBe(false);
	});

	it("should refuse a broken plugin list without overwriting it, and bad arguments", () => {
		const vault = temp();
		mkdirSync(join(vault, ".obsidian"));
		writeFileSync(join(vault, ".obsidian/community-plugins.json"), "[\"dataview\",");
		expect(() => installPlugin({ root: fakeRoot(), vault, build: false })).toThrow(/not valid JSON/);
		expect(readFileSync(join(vault, ".obsidian/community-plugins.json"), "utf8")).toBe("[\"dataview\",");
		expect(() => parseArgs([])).toThrow(/missing the vault/);
		expect(() => parseArgs([vault, "--config-dir", "../outside"])).toThrow(/single folder name/);
		expect(() => installPlugin({ root: fakeRoot(), vault: join(vault, "nope"), build: false })).toThrow(/not a folder/);
	});

	it("should work end to end from the command line (building main.js when needed)", () => {
		const vault = temp();
		const out = execFileSync(process.execPath, [script, vault, "--config-dir", ".obsidian"], { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
		expect(out).toMatch(/Installed container-notes/);
		const target = join(vault, ".obsidian/plugins/container-notes");
		expect(readFileSync(join(target, "manifest.json"), "utf8")).toBe(readFileSync(join(repo, "manifest.json"), "utf8"));
		expect(readFileSync(join(target, "main.js"), "utf8").length).toBeGreaterThan(1000);
		expect(JSON.parse(readFileSync(join(vault, ".obsidian/community-plugins.json"), "utf8"))).toEqual(["container-notes"]);
	}, 60000);
});
