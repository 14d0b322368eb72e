/**
 * Builds main.js with `npm run build`'s own options and loads it in a bare `vm` context:
 * `require` offers only the `obsidian` shim and `@codemirror/*` stubs (anything else
 * fails), and there is no `Buffer` or `process`. Then `onload` runs against an app
 * whose vault and metadata cache throw on any use: it must not touch the vault.
 */
import { describe, expect, it } from "vitest";
import esbuild from "esbuild";
import vm from "node:vm";
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildPluginCode } from "../../scripts/build-plugin.mjs";
import { pluginBuildOptions } from "../../scripts/build-options.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const MAX_BYTES = 150 * 1024;

/** main.js exactly as `npm run build` makes it (the same code, from scripts/build-plugin.mjs). */
function buildMain(): Promise<string> {
	return buildPluginCode(true, root);
}

async function buildShim(): Promise<string> {
	const result = await esbuild.build({ absWorkingDir: root, entryPoints: ["tests/shims/obsidian.ts"], bundle: true, format: "cjs", platform: "neutral", write: false, logLevel: "silent" });
	return result.outputFiles[0]!.text;
}

/** CodeMirror stand-ins: enough for building the marks extension, nothing more. */
const CODEMIRROR_STUBS = `
({
	"@codemirror/state": {
		StateEffect: { define: () => ({ of: (value) => ({ value }) }) },
		RangeSetBuilder: class { add() {} finish() { return []; } },
	},
	"@codemirror/view": {
		Decoration: { mark: (spec) => ({ spec }), none: [] },
		ViewPlugin: { fromClass: (cls, spec) => ({ cls, spec }) },
	},
})`;

function loadModule(context: vm.Context, code: string, require: (name: string) => unknown): Record<string, unknown> {
	const wrapper = vm.runInContext(`(function (module, exports, require) {${code}\n})`, context) as (m: { exports: Record<string, unknown> }, e: unknown, r: unknown) => void;
	const module = { exports: {} as Record<string, unknown> };
	wrapper(module, module.exports, require);
	return module.exports;
}

/** An object whose every property access is recorded and returns a function that throws. */
function throwingObject(name: string, touched: string[]): unknown {
	return new Proxy(
		{},
		{
			get(_target, prop) {
				touched.push(`${name}.${String(prop)}`);
				return () => {
					throw new Error(`onload touched ${name}.${String(prop)}`);
				};
			},
		},
	);
}

describe("main.js bundle", () => {
	it("should stay under 150 KB, without eval or regex lookbehind", async () => {
		const code = await buildMain();
		const bytes = Buffer.byteLength(code, "utf8");
		console.log(`main.js: ${(bytes / 1024).toFixed(1)} KB`);
		expect(code).not.toMatch(/\beval\(|new Function\(/);
		expect(code).not.toMatch(/\(\?<[=!]/);
		expect(bytes).toBeLessThan(MAX_BYTES);
	});

	it("should bundle only sources that never read a function's prototype (terser's unsafe_arrows relies on it)", async () => {
		const result = await esbuild.build({ ...pluginBuildOptions(true), absWorkingDir: root, write: false, metafile: true, logLevel: "silent" });
		const inputs = Object.keys(result.metafile.inputs);
		expect(inputs.length).toBeGreaterThan(50);
		// Only our sources: a third-party module would need its own review.
		expect(inputs.filter((p) => !p.startsWith("src/"))).toEqual([]);
		const readers = inputs.filter((p) => /\bprototype\b/.test(readFileSync(join(root, p), "utf8")));
		expect(readers).toEqual([]);
	});

	it("should load in a sandbox with only obsidian and CodeMirror, and onload without touching the vault", async () => {
		const [code, shimCode] = await Promise.all([buildMain(), buildShim()]);
		const timers: unknown[] = [];
		const sandbox: Record<string, unknown> = {
			console,
			setTimeout: (fn: () => void) => timers.push(fn),
			clearTimeout: () => {},
		};
		sandbox.window = sandbox;
		const context = vm.createContext(sandbox);
		expect(vm.runInContext("typeof Buffer + ' ' + typeof process + ' ' + typeof require", context)).toBe("undefined undefined undefined");

		const requested: string[] = [];
		const stubs = vm.runInContext(CODEMIRROR_STUBS, context) as Record<string, unknown>;
		const shim = loadModule(context, shimCode, (name) => {
			throw new Error(`the shim itself required ${name}`);
		});
		const require = (name: string): unknown => {
			requested.push(name);
			if (name === "obsidian") return shim;
			if (name in stubs) return stubs[name];
			throw new Error(`main.js required ${name}, which the plugin may not use`);
		};
		const exported = loadModule(context, code, require);
		expect([...new Set(requested)].sort()).toEqual(["@codemirror/state", "@codemirror/view", "obsidian"]);

		const PluginClass = exported.default as new (app: unknown, manifest: unknown) => {
			onload(): Promise<void>;
			commands: Array<{ id: string; name: string }>;
			views: Map<string, unknown>;
			settingTabs: unknown[];
			editorExtensions: unknown[];
		};
		expect(typeof PluginClass).toBe("function");

		const runOnce = async () => {
			const touched: string[] = [];
			const layoutReady: Array<() => void> = [];
			const workspace = {
				onLayoutReady: (cb: () => void) => layoutReady.push(cb),
				getLeavesOfType: () => [],
				on: () => ({}),
				updateOptions: () => {},
				layoutReady: false,
			};
			const app = { vault: throwingObject("vault", touched), metadataCache: throwingObject("metadataCache", touched), fileManager: throwingObject("fileManager", touched), workspace };
			const plugin = new PluginClass(app, { id: "container-notes", name: "Container Notes", version: "0.0.0", minAppVersion: "1.7.2" });
			const start = performance.now();
			await plugin.onload();
			const ms = performance.now() - start;
			return { plugin, ms, touched, layoutReady };
		};

		const runs = [];
		for (let i = 0; i < 7; i++) runs.push(await runOnce());
		const first = runs[0]!;
		expect(first.touched).toEqual([]);
		expect(first.layoutReady).toHaveLength(1);
		expect(first.plugin.views.size).toBeGreaterThanOrEqual(1);
		expect(first.plugin.settingTabs).toHaveLength(1);
		expect(first.plugin.editorExtensions).toHaveLength(1);
		const ids = first.plugin.commands.map((c) => c.id);
		expect(ids).toEqual(expect.arrayContaining(["check-current-note", "fix-all-in-current-note", "open-problems-panel", "export-vault-report"]));
		const median = runs.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
		console.log(`onload: median ${median.toFixed(2)} ms over ${runs.length} runs`);
		expect(median).toBeLessThan(5);
		expect(timers).toHaveLength(0);
	});
});
