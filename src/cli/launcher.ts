/**
 * Entry point of `container-notes` (bundled to dist/cli.cjs): loads the checker,
 * dist/cli-main.cjs (built from `main.ts`), through the code cache of `compile-cache.ts`,
 * with the V8 settings of `v8-flags.ts`.
 */
import * as path from "node:path";
import { runWithCompileCache } from "./compile-cache";
import { applyV8Flags } from "./v8-flags";

// Before the checker is compiled, so that every function of it is compiled under them.
applyV8Flags();
runWithCompileCache(path.join(__dirname, "cli-main.cjs"), process.argv[2] ?? "", process.env);
