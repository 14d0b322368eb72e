import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// Real-browser tests: headless Debian Chromium driven by playwright-core. Run from .ci/run,
// which installs chromium. `include`/`exclude` are set outright (see vitest.corpora.config.ts).
export default defineConfig({
	...base,
	test: {
		...base.test,
		include: ["tests/browser/**/*.test.ts"],
		exclude: ["node_modules/**"],
		testTimeout: 120_000,
		hookTimeout: 120_000,
		fileParallelism: false,
	},
});
