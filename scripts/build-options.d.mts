import type { BuildOptions } from "esbuild";

/** Private members main.js renames (see build-options.mjs and tests/obsidian/mangled-props.test.ts). */
export const MANGLED_PROPS: readonly string[];
/** Fields of the scanner's `ScanState` main.js renames too (see build-options.mjs). */
export const MANGLED_SCAN_FIELDS: readonly string[];
/** Methods of the core's message catalog main.js renames too (see build-options.mjs). */
export const MANGLED_MESSAGES: readonly string[];
/** The plugin bundle's esbuild options (see build-options.mjs). */
export function pluginBuildOptions(production: boolean): BuildOptions;
/** The command-line checker's esbuild options: the checker and its launcher (see build-options.mjs). */
export function cliBuildOptions(outdir?: string): BuildOptions[];
