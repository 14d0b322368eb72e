import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
	resolve: {
		// `obsidian` ships types only: tests get a small shim whose unimplemented parts throw.
		alias: { obsidian: fileURLToPath(new URL("./tests/shims/obsidian.ts", import.meta.url)) },
	},
	test: {
		include: ["tests/**/*.test.ts"],
		exclude: ["tests/corpora/**", "tests/browser/**", "node_modules/**"],
		environment: "node",
		testTimeout: 20000,
	},
});
