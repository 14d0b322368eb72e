/** The CLI's version: the package's, bundled in at build time. */
import pkg from "../../package.json";

/** @example VERSION; // "0.1.0" */
export const VERSION: string = pkg.version;
