import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

// Real-browser tests: headless Debian Chromium driven by playwright-core. Run from .ci/run
// (which installs chromium); skipped when no browser is installed.
export default mergeConfig(
	base,
	defineConfig({
		test: {
			include: ["tests/browser/**/*.test.ts"],
			exclude: ["node_modules/**"],
			testTimeout: 120_000,
			hookTimeout: 120_000,
			fileParallelism: false,
		},
	}),
);
