// Builds two bundles from one core:
//  - main.js: the Obsidian plugin (CommonJS, browser platform, must load on mobile:
//    no Node built-ins, so `obsidian`, `electron` and CodeMirror are the only externals;
//    the production build is compressed once more by terser, see scripts/build-plugin.mjs);
//  - dist/cli-main.cjs: the command-line checker (Node platform), and dist/cli.cjs, the
//    `container-notes` command, which loads it through a V8 code cache.
import esbuild from "esbuild";
import { writeFileSync } from "node:fs";
import { cliBuildOptions, pluginBuildOptions } from "./scripts/build-options.mjs";
import { buildPluginCode } from "./scripts/build-plugin.mjs";

const production = process.argv[2] === "production";
const plugin = pluginBuildOptions(production);
const cli = cliBuildOptions();

if (production) {
	const [code] = await Promise.all([buildPluginCode(true), ...cli.map((o) => esbuild.build(o))]);
	writeFileSync(plugin.outfile, code);
	const bytes = Buffer.byteLength(code, "utf8");
	console.log(`main.js: ${(bytes / 1024).toFixed(1)} KB (minified), ${bytes} bytes`);
} else {
	const contexts = await Promise.all([esbuild.context(plugin), ...cli.map((o) => esbuild.context(o))]);
	await Promise.all(contexts.map((c) => c.watch()));
}
