/**
 * What the stand-alone test pages (problems panel, settings tab, comparison view) share:
 * bundling their browser entry with the `obsidian` shim, and embedding data in a page
 * script safely. Node only.
 *
 * @example
 * const script = await bundleEntry(new URL("./entry.ts", import.meta.url));
 * const html = `<script>${script}</script><script>render(${scriptJson(data)})</script>`;
 */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const SHIM = fileURLToPath(new URL("./shims/obsidian.ts", import.meta.url));
const bundles = new Map<string, Promise<string>>();

/**
 * The IIFE bundle of a browser entry, built once per process, with `</script>` made
 * harmless so it can be inlined in a page.
 */
export function bundleEntry(entry: URL): Promise<string> {
	const path = fileURLToPath(entry);
	let bundle = bundles.get(path);
	if (bundle === undefined) {
		bundle = build({
			entryPoints: [path],
			bundle: true,
			write: false,
			format: "iife",
			platform: "browser",
			target: "es2020",
			charset: "utf8",
			alias: { obsidian: SHIM },
			logLevel: "silent",
		}).then((r) => (r.outputFiles[0]?.text ?? "").replace(/<\/script/gi, "<\\/script"));
		bundles.set(path, bundle);
	}
	return bundle;
}

/** JSON safe inside a `<script>` element (no `</script>`, no `<!--`, no line separators). */
export function scriptJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
