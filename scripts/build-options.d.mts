import type { BuildOptions } from "esbuild";

/** The plugin bundle's esbuild options (see build-options.mjs). */
export function pluginBuildOptions(production: boolean): BuildOptions;
/** The command-line checker's esbuild options: the checker and its launcher (see build-options.mjs). */
export function cliBuildOptions(outdir?: string): BuildOptions[];
