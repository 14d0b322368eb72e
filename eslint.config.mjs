// Lint: eslint-plugin-obsidianmd's recommended config (the community review rules)
// for everything, plus the architecture boundary: src/core is pure TypeScript.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import tseslint from "typescript-eslint";
import globals from "globals";

const coreBoundary = {
	patterns: [
		{ group: ["obsidian", "obsidian/*"], message: "src/core is pure: reach Obsidian through the interfaces in src/core/model/vault.ts." },
		{ group: ["node:*"], message: "src/core is pure: no Node built-ins (the plugin must load on mobile)." },
		{ group: ["**/obsidian/**", "**/cli/**", "../obsidian/*", "../cli/*"], message: "src/core must not import the adapters." },
		{ group: ["fs", "path", "os", "crypto", "child_process", "url", "util", "stream", "buffer", "events"], message: "src/core is pure: no Node built-ins." },
		{ group: ["gray-matter"], message: "src/core parses front matter through the injected FrontMatterParser." },
	],
};

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "coverage/", "bench/.peers/", "bench/.vaults/", "examples/", "test-results/"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "scripts/*.mjs"] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
		rules: {
			"obsidianmd/ui/sentence-case": ["warn", { brands: ["Docker", "Docker Compose", "Kubernetes", "Container Notes", "Obsidian", "Markdown"], acronyms: ["TOC", "CLI", "JSON", "YAML", "NFC", "NFD", "OS", "VM", "CPU", "RAM"], enforceCamelCaseLower: true }],
		},
	},
	{
		files: ["manifest.json"],
		languageOptions: { parser: tseslint.parser, parserOptions: { projectService: false, project: null } },
		rules: { "obsidianmd/validate-manifest": "error" },
	},
	{
		files: ["src/core/**/*.ts"],
		rules: {
			"no-restricted-imports": ["error", coreBoundary],
			"@typescript-eslint/no-restricted-imports": ["error", coreBoundary],
		},
	},
	{
		// Values from `obsidian` come through src/obsidian/obsidian-api.ts: one require in main.js instead of one per file.
		files: ["src/obsidian/**/*.ts"],
		ignores: ["src/obsidian/obsidian-api.ts"],
		rules: {
			"@typescript-eslint/no-restricted-imports": ["error", { paths: [{ name: "obsidian", message: "Import values from ./obsidian-api (types may come from obsidian).", allowTypeImports: true }] }],
		},
	},
	{
		// Node-only code: the CLI, build and bench scripts, and tests. Never bundled into main.js.
		files: ["src/cli/**/*.ts", "scripts/**", "tests/**", "esbuild.config.mjs", "vitest.config.ts", "bench/**"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"no-console": "off",
			"obsidianmd/rule-custom-message": "off",
			// The CLI and scripts run outside Obsidian, where no Vault#configDir exists; they take --config-dir.
			"obsidianmd/hardcoded-config-path": "off",
			"import/no-nodejs-modules": "off",
		},
	},
]);
