import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// Tests over the real vaults in ../shared/corpora. Run from .ci/run only (slow, need ../shared).
// `include`/`exclude` are set outright: mergeConfig would concatenate them with the base lists.
export default defineConfig({
	...base,
	test: {
		...base.test,
		include: ["tests/corpora/**/*.test.ts"],
		exclude: ["node_modules/**"],
		testTimeout: 600_000,
		hookTimeout: 600_000,
		fileParallelism: false,
	},
});
