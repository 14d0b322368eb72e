// Builds two bundles from one core:
//  - main.js: the Obsidian plugin (CommonJS, browser platform, must load on mobile:
//    no Node built-ins, so `obsidian`, `electron` and CodeMirror are the only externals);
//  - dist/cli-main.cjs: the command-line checker (Node platform), and dist/cli.cjs, the
//    `container-notes` command, which loads it through a V8 code cache.
import esbuild from "esbuild";
import { statSync } from "node:fs";
import { cliBuildOptions, pluginBuildOptions } from "./scripts/build-options.mjs";

const production = process.argv[2] === "production";
const plugin = pluginBuildOptions(production);
const cli = cliBuildOptions();

if (production) {
	await Promise.all([esbuild.build(plugin), ...cli.map((o) => esbuild.build(o))]);
	const kb = (statSync("main.js").size / 1024).toFixed(1);
	console.log(`main.js: ${kb} KB (minified)`);
} else {
	const contexts = await Promise.all([esbuild.context(plugin), ...cli.map((o) => esbuild.context(o))]);
	await Promise.all(contexts.map((c) => c.watch()));
}
