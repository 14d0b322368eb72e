/**
 * English UI text. Every string the plugin shows lives here or in `ko.ts` (same shape);
 * views never hold user-facing literals.
 *
 * @example
 * en.panel.line(12); // "Line 12"
 */
/** "1 error", "2 errors". */
const count = (n: number, one: string, many = one + "s"): string => `${n} ${n === 1 ? one : many}`;
const counts = (errors: number, warnings: number): string => `${count(errors, "error")}, ${count(warnings, "warning")}`;

export const en = {
	viewTitle: "Container notes",
	commands: {
		checkCurrent: "Check current note",
		checkAll: "Check all container notes",
		fixAll: "Fix all problems in current note",
		updateToc: "Update table of contents",
		insertToc: "Insert table of contents",
		openPanel: "Open problems panel",
		exportReport: "Export vault report",
	},
	panel: {
		currentNote: "Current note",
		noActiveNote: "Open a note to see its problems.",
		waiting: "Checking this note…",
		containerNote: (tags: string) => `Container note, tagged ${tags}`,
		checkedByScope: "Checked because the scope is all notes",
		notContainerTagged: (tags: string) => `Not a container note: tagged ${tags}`,
		notContainerUntagged: "Not a container note: it has no tags",
		noProblems: "No problems",
		skipped: (reason: string) => `Not checked: ${reason}`,
		severity: {
			error: (n: number) => `Errors (${n})`,
			warning: (n: number) => `Warnings (${n})`,
			info: (n: number) => `Notes (${n})`,
		},
		line: (n: number) => `Line ${n}`,
		applyFix: "Apply fix",
		applySuggestion: "Apply suggestion",
		openAt: (line: number) => `Open the note at line ${line}`,
		fixAll: "Fix all",
		fixAllTooltip: "Apply every safe fix in this note",
		openComparison: "Open comparison",
		vaultHeading: "Container notes in the vault",
		vaultEmpty: "No container notes found.",
		indexing: (done: number, total: number) => `Indexing notes: ${done} of ${total}`,
		counts,
		more: (n: number) => `And ${n} more`,
	},
	notices: {
		fixApplied: "Fix applied.",
		fixRefusedChanged: "The note changed since it was checked, so nothing was written. It has been checked again.",
		fixFailed: (reason: string) => `Fix not applied: ${reason}`,
		fixAllDone: (n: number) => `Applied ${count(n, "fix", "fixes")}.`,
		fixAllNone: "Nothing to fix automatically.",
		tocUpdated: "Table of contents updated.",
		tocUpToDate: "The table of contents is up to date.",
		tocInserted: "Table of contents inserted.",
		noteChecked: (errors: number, warnings: number) => `Checked: ${counts(errors, warnings)}.`,
		vaultChecked: (notes: number, errors: number, warnings: number) => `Checked ${count(notes, "note")}: ${counts(errors, warnings)}.`,
		indexNotReady: "The vault is still being indexed. Try again in a moment.",
		exported: (md: string, json: string) => `Report written to ${md} and ${json}.`,
		exportFailed: (reason: string) => `Could not write the report: ${reason}`,
		checkFailed: (reason: string) => `Could not check the note: ${reason}`,
		settingsReset: (fields: string) => `Container notes: invalid saved settings were reset to their defaults: ${fields}.`,
	},
	/** File name of the exported Markdown report (the JSON one is `container-notes-report.json` in every language). */
	reportFile: "Container notes report.md",
	settings: {
		checksHeading: "Checks",
		fixesHeading: "Fixes",
		displayHeading: "Display",
		rulesHeading: "Rules",
		watchedTags: { name: "Watched tags", desc: "Notes with any of these tags are container notes. Separate with commas; nested tags count." },
		imageFolder: { name: "Image folder", desc: "Where container notes keep their images, written as the notes write it." },
		siteRoot: { name: "Site root", desc: "Folder that a leading slash points to. Leave empty for the vault root; use static for Docusaurus." },
		scope: { name: "Scope", desc: "Which notes are checked.", tagged: "Container notes only", all: "All notes" },
		linkEncoding: { name: "Link encoding", desc: "How fixes write a link destination that holds spaces.", percent: "Percent-encode spaces (%20)", angle: "Angle brackets (<...>)" },
		tocStyle: { name: "Table of contents style", desc: "How the table of contents is written when it is regenerated or inserted.", auto: "Keep the note's style", markdown: "Markdown links", wiki: "Wikilinks" },
		editorMarks: { name: "Marks in the editor", desc: "Underline problems in the editor, with the message on hover." },
		language: { name: "Language", desc: "Language of the panel, commands and messages. Restart the plugin to rename commands.", auto: "Follow Obsidian", en: "English", ko: "한국어" },
		ruleSeverity: { default: "Default", error: "Error", warning: "Warning", info: "Info", off: "Off" },
		invalidFolder: "Use a folder path inside the vault, without '..' or any of * \" < > : | ?",
		emptyFolder: "Enter a folder path.",
		invalidTags: "Enter at least one tag, without spaces.",
	},
	rules: {
		"link-unparsed": "Links Obsidian does not parse",
		"heading-missing": "Missing headings",
		"heading-path-fragile": "Heading paths that work only in document order",
		"heading-ambiguous": "Links matching several headings",
		"block-missing": "Missing block ids",
		"note-missing": "Missing notes",
		"image-missing": "Missing images",
		"image-outside-folder": "Images outside the image folder",
		"path-case-mismatch": "Paths that differ in case",
		"unicode-normalization": "NFC and NFD mismatches",
		"toc-stale": "Stale tables of contents",
		"frontmatter-invalid": "Invalid front matter",
		"tags-comma-string": "Comma-separated front matter tags",
		"block-unclosed": "Unclosed code block or comment",
	},
};

/** The shape every language module has. */
export type Strings = typeof en;
