import type { MinifyOptions } from "terser";

/** terser's options for main.js (see build-plugin.mjs). */
export const TERSER_OPTIONS: MinifyOptions;
/** main.js's code as `npm run build` (production) or `npm run dev` makes it (see build-plugin.mjs). */
export function buildPluginCode(production: boolean, absWorkingDir?: string): Promise<string>;
