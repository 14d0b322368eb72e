/**
 * main.js renames the private members listed in MANGLED_PROPS (scripts/build-options.mjs).
 * Renaming is only safe for names nothing outside our own code can see or spell; these
 * checks keep the list honest as the code changes (a new public field, a JSON key or an
 * Obsidian API name that matches a listed name makes them fail).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import vm from "node:vm";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";
import { describe, expect, it } from "vitest";
import { MANGLED_MESSAGES, MANGLED_PROPS, MANGLED_SCAN_FIELDS, pluginBuildOptions } from "../../scripts/build-options.mjs";
import { buildPluginCode, TERSER_OPTIONS } from "../../scripts/build-plugin.mjs";
import { minify } from "terser";
import { Checker } from "../../src/core/check/checker";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { RULE_IDS } from "../../src/core/model/diagnostic";
import { fixtureVault } from "../rules/fixture-vault";

const root = fileURLToPath(new URL("../..", import.meta.url));

function filesUnder(dir: string, ext: string): string[] {
	return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
		.filter((f) => f.endsWith(ext))
		.map((f) => path.join(root, dir, f));
}

const sources = new Map(filesUnder("src", ".ts").map((f) => [path.relative(root, f), readFileSync(f, "utf8")]));
const bundled = [...sources].filter(([f]) => f.startsWith(`src${path.sep}core`) || f.startsWith(`src${path.sep}obsidian`));
const apiTypes = ["node_modules/obsidian", "node_modules/@codemirror", "node_modules/@lezer"]
	.filter((d) => existsSync(path.join(root, d)))
	.flatMap((d) => filesUnder(d, ".d.ts"))
	.map((f) => readFileSync(f, "utf8"))
	.join("\n");
/** Files whose classes extend one of Obsidian's (their instances also carry Obsidian's own fields). */
const SUBCLASS = /\bextends\s+(?:Plugin|ItemView|PluginSettingTab|Modal|View|Component|FileView|TextFileView|MarkdownRenderChild|\w*SuggestModal)\b/;

const word = (name: string): RegExp => new RegExp(`\\b${name}\\b`);

/** Method names of the core's `MessageCatalog` (src/core/i18n/catalog.ts). */
const catalogSource = sources.get(path.join("src", "core", "i18n", "catalog.ts")) ?? "";
const catalogBody = catalogSource.slice(catalogSource.indexOf("export interface MessageCatalog {"));
const catalogMethods = [...catalogBody.slice(0, catalogBody.indexOf("\n}")).matchAll(/^\t(\w+)\(/gm)].map((m) => m[1] as string);

describe("MANGLED_PROPS", () => {
	it("lists names, each once", () => {
		expect(MANGLED_PROPS.length).toBeGreaterThan(20);
		expect(new Set(MANGLED_PROPS).size).toBe(MANGLED_PROPS.length);
		for (const name of MANGLED_PROPS) expect(name).toMatch(/^[a-zA-Z]{5,}$/);
	});

	it.each(MANGLED_PROPS)("%s is a private member of our own classes, unknown to Obsidian and CodeMirror, never spelt as a string or a data field", (name) => {
		const declared = new RegExp(`(?:private|protected)(?: readonly| async)? ${name}\\b`);
		const owners = bundled.filter(([, text]) => declared.test(text)).map(([f]) => f);
		expect(owners.length, "declared private in src/core or src/obsidian").toBeGreaterThan(0);
		for (const [file, text] of bundled) if (declared.test(text)) expect(SUBCLASS.test(text), `${file} extends an Obsidian class`).toBe(false);
		expect(word(name).test(apiTypes), "a name in Obsidian's or CodeMirror's API").toBe(false);
		for (const [file, text] of sources) {
			expect(new RegExp(`["'\`]${name}["'\`]`).test(text), `${file} spells it as a string`).toBe(false);
			expect(new RegExp(`^\\s+(?:readonly )?${name}\\??:`, "m").test(text), `${file} has it as a field of a type`).toBe(false);
		}
	});

	it.each(MANGLED_SCAN_FIELDS)("%s is a field of the scanner's ScanState, used only in src/core/scan, unknown to Obsidian and CodeMirror, never spelt as a string or a data field", (name) => {
		expect(MANGLED_PROPS).not.toContain(name);
		const state = sources.get(path.join("src", "core", "scan", "state.ts")) ?? "";
		const classBody = state.slice(state.indexOf("export class ScanState"));
		expect(new RegExp(`^\\t(?:readonly )?${name}\\b`, "m").test(classBody), "declared in ScanState").toBe(true);
		expect(state.indexOf("export class ScanState"), "ScanState is the last thing in state.ts").toBeGreaterThan(state.lastIndexOf("interface "));
		const scanDir = path.join("src", "core", "scan") + path.sep;
		for (const [file, text] of sources) {
			if (!file.startsWith(scanDir)) expect(word(name).test(text), `${file} uses it`).toBe(false);
			expect(new RegExp(`["'\`]${name}["'\`]`).test(text), `${file} spells it as a string`).toBe(false);
			if (file !== path.join("src", "core", "scan", "state.ts")) expect(new RegExp(`^\\s+(?:readonly )?${name}\\??:`, "m").test(text), `${file} has it as a field of a type`).toBe(false);
		}
		expect(word(name).test(apiTypes), "a name in Obsidian's or CodeMirror's API").toBe(false);
	});

	it.each(MANGLED_MESSAGES)("%s is a method of the core's message catalog, called by name only, unknown to Obsidian and CodeMirror, never spelt as a string or a data field", (name) => {
		expect(MANGLED_PROPS).not.toContain(name);
		expect(catalogMethods, "declared in MessageCatalog").toContain(name);
		const catalogs = ["en.ts", "ko.ts"].map((f) => path.join("src", "core", "i18n", f));
		for (const [file, text] of sources) {
			expect(new RegExp(`["'\`]${name}["'\`]`).test(text), `${file} spells it as a string`).toBe(false);
			if (!catalogs.includes(file)) expect(new RegExp(`^\\s+(?:readonly )?${name}\\??:`, "m").test(text), `${file} has it as a field of a type`).toBe(false);
		}
		expect(word(name).test(apiTypes), "a name in Obsidian's or CodeMirror's API").toBe(false);
	});

	it("MANGLED_MESSAGES lists every catalog method but the two that are also data fields, and nothing reaches the catalog by a computed key", () => {
		expect(new Set(MANGLED_MESSAGES).size).toBe(MANGLED_MESSAGES.length);
		expect([...MANGLED_MESSAGES, "outsideVault", "skipped"].sort()).toEqual([...catalogMethods].sort());
		for (const [file, text] of sources) expect(/keyof MessageCatalog/.test(text), `${file} names a catalog method by a variable`).toBe(false);
	});

	it("are renamed in main.js, and only in the production build", async () => {
		const [prod, dev] = await Promise.all([buildPluginCode(true, root), buildPluginCode(false, root)]);
		for (const name of [...MANGLED_PROPS, ...MANGLED_SCAN_FIELDS, ...MANGLED_MESSAGES]) {
			const member = new RegExp(`\\.${name}\\b|\\b${name}\\(`);
			expect(member.test(prod), name).toBe(false);
			expect(member.test(dev), name).toBe(true);
		}
	}, 60_000);

	it("leave the core's answers unchanged: every rule fixture checked by a renamed, minified, terser-compressed core equals the source's", async () => {
		const options = pluginBuildOptions(true);
		const entry = 'export { Checker } from "./src/core/check/checker"; export { MemoryVault } from "./src/core/vault/memory-vault";';
		const built = await esbuild.build({
			stdin: { contents: entry, resolveDir: root, loader: "ts" },
			bundle: true,
			format: "cjs",
			platform: "neutral",
			minify: true,
			mangleProps: options.mangleProps,
			write: false,
			logLevel: "silent",
		});
		// Through terser with main.js's own options, as `npm run build` does.
		const code = (await minify(built.outputFiles[0]!.text, TERSER_OPTIONS)).code ?? "";
		expect(code).not.toMatch(/\.lastSourceFolderLower\b|\.commentUntil\b|\.headingMissing\b/);
		const mod = { exports: {} as { Checker: typeof Checker; MemoryVault: new (files: Record<string, string>, parse: unknown) => unknown } };
		const load = vm.runInThisContext(`(function (module, exports) {${code}\n})`) as (module: unknown, exports: unknown) => void;
		load(mod, mod.exports);
		const settings = { ...DEFAULT_CHECK_SETTINGS, scope: "all" as const };
		for (const rule of RULE_IDS) {
			const vault = fixtureVault(rule);
			const files = Object.fromEntries(vault.listFiles().map((p) => [p, vault.get(p) ?? ""]));
			const source = await new Checker(vault, settings).checkVault();
			const renamed = await new mod.exports.Checker(new mod.exports.MemoryVault(files, vault.parseFrontMatter) as never, settings).checkVault();
			expect(renamed, rule).toEqual(source);
		}
	}, 60_000);
});
