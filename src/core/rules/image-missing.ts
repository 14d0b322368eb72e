/**
 * `image-missing`: an image reference resolves to no file. Suggests files whose
 * name differs only by spaces/hyphens, case, NFC/NFD or folder; the fix is safe
 * when exactly one such file exists, unless that file is in the link's absolute folder
 * under another folder (`/img/a.png` found as `static/img/a.png` or `static/img/A.png`):
 * that is a blog whose site root is not set, and `/static/img/a.png` would break the
 * published site; the suggestion then names the site root setting.
 */
import type { Rule } from "./rule";
import { destinationFix, linkPathFor } from "./corrections";

/** The folder part of a path, with its last `/`, in lower case: `"/img/A/b.png"` => `"/img/a/"`. */
function folderOf(path: string): string {
	return path.slice(0, path.lastIndexOf("/") + 1).toLowerCase();
}

/**
 * @example
 * // "![](/img/이미지 창고/Pasted-image-1.png)" with only "img/이미지 창고/Pasted image 1.png" present
 * // => image-missing, safe fix "/img/이미지%20창고/Pasted%20image%201.png"
 */
export const imageMissing: Rule = {
	id: "image-missing",
	check(ctx, report) {
		for (const f of ctx.links) {
			if (f.kind !== "image" || f.file.path !== null) continue;
			if (f.file.outsideVault) {
				report({ span: f.link.span, message: ctx.t.outsideVault(f.link.path), suggestion: null, fix: null });
				continue;
			}
			const variants = ctx.variants(f);
			const names = variants.map((v) => v.nfcPath);
			const first = variants[0];
			const target = first ? linkPathFor(ctx, f, first.nfcPath) : null;
			// The fix would put the link's own `/folder/` (any case) under another folder: the folder
			// a blog serves at its root, whatever the file's name. It is named from the vault's root,
			// as the site root setting takes it (also when a site root is set: `static/blog`, not `blog`).
			const linkDir = folderOf(f.link.path.normalize());
			const fixDir = target === null ? "" : folderOf(target);
			const site = variants.length === 1 && linkDir.startsWith("/") && fixDir.length > linkDir.length && fixDir.endsWith(linkDir) ? (names[0] as string).slice(0, folderOf(names[0] as string).length - linkDir.length) : null;
			report({
				span: f.link.span,
				message: ctx.t.imageMissing(f.link.path),
				suggestion: site !== null ? ctx.t.imageSiteRoot(names[0] as string, site) : names.length > 0 ? ctx.t.imageMissingSuggestion(names) : null,
				fix: target !== null ? destinationFix(ctx, f, ctx.t.imageMissingFix(target), variants.length === 1 && site === null, { path: target }) : null,
			});
		}
	},
};
