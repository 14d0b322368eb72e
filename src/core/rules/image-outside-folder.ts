/** `image-outside-folder`: a container note's image lives outside the image folder. */
import type { Rule } from "./rule";
import { imageFolderPath } from "./rule-helpers";

/**
 * @example
 * // container note, "![[diagram.png]]" resolving to "attachments/diagram.png" => image-outside-folder
 */
export const imageOutsideFolder: Rule = {
	id: "image-outside-folder",
	defaultSeverity: "warning",
	check(ctx, report) {
		if (!ctx.isContainerNote) return;
		const folder = imageFolderPath(ctx.settings.imageFolder, ctx.settings.siteRoot).toLowerCase();
		for (const f of ctx.links) {
			if (f.kind !== "image" || f.file.nfcPath === null) continue;
			const path = f.file.nfcPath.toLowerCase();
			if (folder === "" || path.startsWith(folder + "/")) continue;
			report({
				span: f.link.span,
				message: ctx.t.imageOutsideFolder(f.file.nfcPath, ctx.settings.imageFolder),
				// The message names the folder: a suggestion would only repeat it.
				suggestion: null,
				fix: null,
			});
		}
	},
};
