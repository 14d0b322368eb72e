/**
 * Entry point of `container-notes` (bundled to dist/cli.cjs): loads the checker,
 * dist/cli-main.cjs (built from `main.ts`), through the code cache of `compile-cache.ts`.
 */
import * as path from "node:path";
import { runWithCompileCache } from "./compile-cache";

runWithCompileCache(path.join(__dirname, "cli-main.cjs"), process.argv[2] ?? "", process.env);
