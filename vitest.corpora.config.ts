import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

// Tests over the real vaults in ../shared/corpora. Run from .ci/run only (slow, need ../shared).
export default mergeConfig(
	base,
	defineConfig({
		test: {
			include: ["tests/corpora/**/*.test.ts"],
			exclude: ["node_modules/**"],
			testTimeout: 600_000,
			hookTimeout: 600_000,
			fileParallelism: false,
		},
	}),
);
