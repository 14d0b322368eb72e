/**
 * Builds the plugin bundle's code: esbuild bundles and minifies it (pluginBuildOptions),
 * then, in the production build, terser compresses the bundle once more.
 *
 * Why terser too: issue 6 caps main.js at 150 KB. esbuild minifies one module at a time and
 * in one pass; here it only removes whitespace and simplifies syntax, and terser, run over the
 * whole bundle three times, inlines and folds across modules and renames every identifier,
 * which saves about 1.1 KB (0.7%) of the same code. Only semantics-preserving transforms are
 * used, and the tests load and run this exact output.
 *
 * One of terser's `unsafe*` options is on, `unsafe_arrows` (about 400 bytes): it writes a function
 * expression that never uses `this` as an arrow function. That differs only for code that calls
 * such a function with `new` or reads its `prototype`. The plugin's sources do neither (TypeScript
 * refuses `new` on a plain function; tests/obsidian/bundle-load.test.ts asserts that no source of
 * main.js reads a `prototype`), and main.js bundles no third-party code. No other `unsafe*` option
 * and no `pure_getters`.
 */
import esbuild from "esbuild";
import { minify } from "terser";
import { pluginBuildOptions } from "./build-options.mjs";

/** terser's options for main.js: three compress passes, arrows for `this`-free function expressions, top-level names renamed, UTF-8 text kept as is. */
export const TERSER_OPTIONS = {
	ecma: 2020,
	toplevel: true,
	compress: { passes: 3, unsafe_arrows: true },
	mangle: true,
	format: { ascii_only: false, comments: false },
};

/**
 * main.js's code, exactly as `npm run build` (production) or `npm run dev` makes it.
 *
 * @example
 * const code = await buildPluginCode(true, process.cwd()); // the minified main.js, as a string
 */
export async function buildPluginCode(production, absWorkingDir = process.cwd()) {
	const result = await esbuild.build({ ...pluginBuildOptions(production), absWorkingDir, write: false, logLevel: "silent" });
	const code = result.outputFiles[0].text;
	if (!production) return code;
	const minified = await minify(code, TERSER_OPTIONS);
	if (typeof minified.code !== "string") throw new Error("terser returned no code");
	return minified.code;
}
