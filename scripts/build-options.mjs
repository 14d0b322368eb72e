// The esbuild options of both bundles, in one place: esbuild.config.mjs builds with them and
// tests/obsidian/bundle-load.test.ts checks the very same plugin bundle (size, mobile safety).
import { builtinModules } from "node:module";

/**
 * Private members of our own classes that main.js renames to short names: their long
 * names cost about 2 KB of the 150 KB budget. Each is safe to rename because
 * tests/obsidian/mangled-props.test.ts checks that it is declared `private` in src/core
 * or src/obsidian, in no class that extends one of Obsidian's (whose instances also hold
 * Obsidian's own, undocumented fields), is no property name anywhere in Obsidian's or
 * CodeMirror's API, is never written as a string (no `obj["name"]`, no JSON key) and is
 * no field of any interface or type. Names not listed simply stay as they are.
 */
export const MANGLED_PROPS = [
	"addRef", "blockId", "bucket", "byBasename", "byContent", "byExisting", "byFolder", "byLoose", "byLower",
	"byNameKey", "byPath", "bySource", "changeListeners", "checker", "checkerOptions", "checkLoaded",
	"checkService", "codeSpan", "collectRuns", "commentUntil", "createChecker", "dotlessCount", "enabledRules",
	"ensureMatches", "filesListed", "fixRunner", "getSettings", "htmlTagEnd", "inBackground", "indexBuilt",
	"indexRun", "inEditor", "inlineMathClose", "jumps", "labelsDefined", "lastFound", "lastLocal", "lastRoot",
	"lastShared", "lastSource", "lastSourceFolderLower", "lastTagEnd", "linkBefore", "linkTextEnd", "lookup",
	"lookupWithMd", "lowerBound", "matchBase", "mathFound", "mathFrom", "mayDefine", "needle", "nextStop",
	"noteCache", "noteList", "noteReports", "notifyUser", "pairIndex", "pairsReady", "partner", "pruneTexts",
	"pushJump", "pushMarkdown", "recheck", "resolutions", "runActive", "runLen", "runNext", "runPos", "runPtr",
	"scanOf", "scanText", "settingsNow", "severities", "skippedLines", "skippedReport", "sortedEdits",
	"sourceFolderLower", "tagFilter", "timers", "titleThenParen", "trimmedTo", "unsubscribe", "vaultIndex",
	"vaultReader",
];

/**
 * Fields of the scanner's per-note state, `ScanState` (src/core/scan/state.ts), that
 * main.js renames like MANGLED_PROPS: public only because the block and inline passes
 * share them, and used nowhere outside src/core/scan. The same test checks them, with
 * "a field of ScanState, used only in src/core/scan" in place of "private".
 */
export const MANGLED_SCAN_FIELDS = ["angleClose", "bodyTags", "htmlCommentEnd", "mathBlock", "mayHaveDefinitions", "outlineOnly", "percentComment", "wikiClose"];

/**
 * Methods of the core's message catalog (`MessageCatalog`, src/core/i18n/catalog.ts) that
 * main.js renames like MANGLED_PROPS, about 1.8 KB: each name is spelt in both catalogs
 * (en.ts, ko.ts) and at its call sites. Rules call them as `ctx.t.name(...)`, never by a
 * computed key, and nothing outside the catalog shares the names;
 * tests/obsidian/mangled-props.test.ts checks both. (`outsideVault` and `skipped` are left
 * out: they are also data fields.)
 */
export const MANGLED_MESSAGES = [
	"linkUnparsed", "linkUnparsedSuggestion", "linkUnparsedFix", "headingMissing", "headingMissingSuggestion",
	"headingMissingNoSuggestion", "headingMissingFix", "hintsNotCompared", "headingFragile",
	"headingFragileSuggestion", "headingFragileNoFix", "headingFragileFix", "headingAmbiguous",
	"headingAmbiguousSuggestion", "headingAmbiguousNoFix", "headingAmbiguousFix", "headingTwin",
	"headingTwinSuggestion", "blockMissing", "noteMissing", "imageMissing", "imageMissingSuggestion",
	"imageMissingFix", "imageSiteRoot", "imageOutsideFolder", "pathCaseMismatch", "pathCaseMismatchFix",
	"unicodeNormalization", "unicodeNormalizationFix", "unicodeNormalizationNoFix", "tocStale", "tocStaleFix",
	"tocInsertFix", "frontmatterInvalid", "blockUnclosed", "tagsCommaString", "tagsCommaStringFix",
];

/**
 * The plugin bundle, main.js: CommonJS, browser platform, must load on Obsidian mobile
 * (no Node built-ins), so `obsidian`, `electron` and CodeMirror are the only externals.
 *
 * @example
 * await esbuild.build(pluginBuildOptions(true)); // the minified main.js of `npm run build`
 */
export function pluginBuildOptions(production) {
	return {
		entryPoints: ["src/obsidian/main.ts"],
		bundle: true,
		format: "cjs",
		platform: "browser",
		target: "es2020",
		outfile: "main.js",
		external: ["obsidian", "electron", "@codemirror/*", "@lezer/*"],
		logLevel: "info",
		sourcemap: production ? false : "inline",
		// Production: esbuild removes whitespace and simplifies syntax; terser renames identifiers
		// (scripts/build-plugin.mjs), which it does more compactly over the whole bundle.
		minifyWhitespace: production,
		minifySyntax: production,
		// Only the listed members (see MANGLED_PROPS, MANGLED_SCAN_FIELDS, MANGLED_MESSAGES), and only in the production build.
		mangleProps: production ? new RegExp(`^(?:${[...MANGLED_PROPS, ...MANGLED_SCAN_FIELDS, ...MANGLED_MESSAGES].join("|")})$`) : undefined,
		treeShaking: true,
		legalComments: "none",
		// Emit Korean text as UTF-8 (3 bytes a character) rather than \uXXXX escapes (6 bytes): keeps main.js under 150 KB.
		charset: "utf8",
	};
}

/**
 * The command-line checker: dist/cli-main.cjs (the checker, Node platform) and
 * dist/cli.cjs (the `container-notes` command: a small launcher that loads the
 * checker through a V8 code cache, see src/cli/compile-cache.ts).
 *
 * @example
 * await Promise.all(cliBuildOptions().map((o) => esbuild.build(o)));
 */
export function cliBuildOptions(outdir = "dist") {
	const node = {
		bundle: true,
		format: "cjs",
		platform: "node",
		target: "node20",
		external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
		logLevel: "info",
		sourcemap: false,
		minify: false,
	};
	return [
		{ ...node, entryPoints: ["src/cli/main.ts"], outfile: `${outdir}/cli-main.cjs` },
		{ ...node, entryPoints: ["src/cli/launcher.ts"], outfile: `${outdir}/cli.cjs`, banner: { js: "#!/usr/bin/env node" } },
	];
}
