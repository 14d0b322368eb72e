// Plugin cost: loads the built main.js in a vm sandbox with a stub `obsidian`
// module (the same idea as tests/obsidian/bundle-load.test.ts), then times `onload`.
// The stub logs every vault / metadata-cache access made during `onload`, because
// `onload` must not touch the vault (deferred work belongs in onLayoutReady).
//
// Usage: node onload-worker.mjs MAIN_JS RUNS   -> prints one JSON line.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import vm from "node:vm";
import { percentile } from "./stats";

const [mainPath, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? "20");
const code = readFileSync(mainPath ?? "main.js", "utf8");
const nodeRequire = createRequire(import.meta.url);

/** A value that accepts any property access or call and stays inert (DOM elements, editors). */
function inert(): unknown {
	const fn = function () {
		return proxy;
	};
	const proxy: unknown = new Proxy(fn, {
		get: (_t, key) => (key === Symbol.toPrimitive ? () => "" : key === "then" ? undefined : proxy),
		apply: () => proxy,
		construct: () => proxy as object,
	});
	return proxy;
}

/** An object whose accesses are logged (except event registration, which is allowed). */
function watched(name: string, log: string[], allowed: readonly string[]): unknown {
	return new Proxy(
		{},
		{
			get: (_t, key) => {
				const k = String(key);
				if (k === "then") return undefined;
				if (!allowed.includes(k)) log.push(`${name}.${k}`);
				return () => ({ unload() {} });
			},
		},
	);
}

/** Plugin API calls made during onload (proof that onload really ran). */
const pluginCalls: string[] = [];

function makeObsidian(): Record<string, unknown> {
	class Component {
		load(): void {}
		unload(): void {}
		register(): void {}
		registerEvent(): void {}
		registerDomEvent(): void {}
		registerInterval(id: number): number {
			return id;
		}
		addChild<T>(c: T): T {
			return c;
		}
	}
	class Plugin extends Component {
		constructor(
			readonly app: unknown,
			readonly manifest: unknown,
		) {
			super();
		}
		addCommand(c: unknown): unknown {
			pluginCalls.push("addCommand");
			return c;
		}
		addRibbonIcon(): unknown {
			pluginCalls.push("addRibbonIcon");
			return inert();
		}
		addStatusBarItem(): unknown {
			pluginCalls.push("addStatusBarItem");
			return inert();
		}
		addSettingTab(): void {
			pluginCalls.push("addSettingTab");
		}
		registerView(): void {
			pluginCalls.push("registerView");
		}
		registerExtensions(): void {
			pluginCalls.push("registerExtensions");
		}
		registerEditorExtension(): void {
			pluginCalls.push("registerEditorExtension");
		}
		registerMarkdownPostProcessor(): void {
			pluginCalls.push("registerMarkdownPostProcessor");
		}
		registerObsidianProtocolHandler(): void {
			pluginCalls.push("registerObsidianProtocolHandler");
		}
		loadData(): Promise<unknown> {
			pluginCalls.push("loadData");
			return Promise.resolve(null);
		}
		saveData(): Promise<void> {
			return Promise.resolve();
		}
	}
	class Base extends Component {
		constructor(...args: unknown[]) {
			super();
			Object.assign(this, { app: args[0], containerEl: inert(), contentEl: inert() });
		}
	}
	const known: Record<string, unknown> = {
		Component,
		Plugin,
		ItemView: Base,
		View: Base,
		Modal: Base,
		PluginSettingTab: Base,
		Setting: Base,
		Notice: Base,
		Menu: Base,
		MarkdownRenderChild: Base,
		TFile: class TFile {},
		TFolder: class TFolder {},
		TAbstractFile: class TAbstractFile {},
		MarkdownView: class MarkdownView {},
		Platform: { isMobile: false, isDesktop: true, isDesktopApp: true, isMobileApp: false },
		debounce: (fn: unknown) => fn,
		normalizePath: (p: string) => p,
		setIcon: () => {},
		getLanguage: () => "en",
		moment: inert(),
	};
	// Anything else: constructible (and extendable) like a class, callable like a helper function.
	function Unknown(this: unknown): unknown {
		return new.target ? undefined : inert();
	}
	return new Proxy(known, { get: (t, key) => (typeof key === "string" && key in t ? t[key] : key === "__esModule" ? undefined : Unknown) });
}

const obsidian = makeObsidian();
const timings: number[] = [];
const accesses = new Set<string>();
let error: string | null = null;
for (let r = 0; r < runs && error === null; r++) {
	const log: string[] = [];
	const module = { exports: {} as Record<string, unknown> };
	const sandbox: Record<string, unknown> = {
		module,
		exports: module.exports,
		require: (id: string): unknown => (id === "obsidian" ? obsidian : id.startsWith("@codemirror/") || id.startsWith("@lezer/") ? (nodeRequire(id) as unknown) : inert()),
		console,
		setTimeout,
		clearTimeout,
		setInterval,
		clearInterval,
		queueMicrotask,
		window: inert(),
		document: inert(),
		navigator: { language: "en" },
		activeDocument: inert(),
		activeWindow: inert(),
	};
	try {
		vm.runInNewContext(code, sandbox, { filename: "main.js" });
		const exported = module.exports;
		const PluginClass = (exported.default ?? exported) as new (app: unknown, manifest: unknown) => { onload(): unknown };
		const app = {
			vault: watched("vault", log, ["on", "off", "offref", "configDir", "getConfig"]),
			metadataCache: watched("metadataCache", log, ["on", "off", "offref"]),
			workspace: watched("workspace", log, ["on", "off", "offref", "onLayoutReady", "getLeavesOfType", "registerHoverLinkSource"]),
			fileManager: watched("fileManager", log, []),
		};
		const plugin = new PluginClass(app, { id: "container-notes", version: "0.0.0", dir: "" });
		const start = performance.now();
		await plugin.onload();
		timings.push(performance.now() - start);
		for (const a of log) accesses.add(a);
	} catch (e) {
		error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
	}
}
console.log(
	JSON.stringify({
		bytes: Buffer.byteLength(code),
		runs: timings.length,
		firstMs: timings[0] ?? null,
		medianMs: timings.length > 0 ? percentile(timings, 50) : null,
		vaultAccesses: [...accesses],
		pluginCalls: Object.entries(pluginCalls.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c]: (acc[c] ?? 0) + 1 }), {})).map(([c, n]) => `${c}×${runs > 0 ? n / Math.max(1, timings.length) : n}`),
		error,
		maxRssKB: process.resourceUsage().maxRSS,
	}),
);
