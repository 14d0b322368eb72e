// Builds two bundles from one core:
//  - main.js: the Obsidian plugin (CommonJS, browser platform, must load on mobile:
//    no Node built-ins, so `obsidian`, `electron` and CodeMirror are the only externals);
//  - dist/cli.cjs: the command-line checker (Node platform).
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { statSync } from "node:fs";

const production = process.argv[2] === "production";

const plugin = {
	entryPoints: ["src/obsidian/main.ts"],
	bundle: true,
	format: "cjs",
	platform: "browser",
	target: "es2020",
	outfile: "main.js",
	external: ["obsidian", "electron", "@codemirror/*", "@lezer/*"],
	logLevel: "info",
	sourcemap: production ? false : "inline",
	minify: production,
	treeShaking: true,
	legalComments: "none",
	// Emit Korean text as UTF-8 (3 bytes a character) rather than \uXXXX escapes (6 bytes): keeps main.js under 150 KB.
	charset: "utf8",
};

const cli = {
	entryPoints: ["src/cli/main.ts"],
	bundle: true,
	format: "cjs",
	platform: "node",
	target: "node20",
	outfile: "dist/cli.cjs",
	external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
	banner: { js: "#!/usr/bin/env node" },
	logLevel: "info",
	sourcemap: false,
	minify: false,
};

if (production) {
	await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
	const kb = (statSync("main.js").size / 1024).toFixed(1);
	console.log(`main.js: ${kb} KB (minified)`);
} else {
	const contexts = await Promise.all([esbuild.context(plugin), esbuild.context(cli)]);
	await Promise.all(contexts.map((c) => c.watch()));
}
