/**
 * Diagnostics are plain data shared by the sidebar panel, the editor marks, the
 * CLI's text and JSON output and the Markdown report.
 */
import type { Span } from "./position";

export type Severity = "error" | "warning" | "info";

/** Stable rule ids: a public contract (CLI JSON, settings). Do not rename. */
export const RULE_IDS = [
	"link-unparsed",
	"heading-missing",
	"heading-path-fragile",
	"heading-ambiguous",
	"block-missing",
	"note-missing",
	"image-missing",
	"image-outside-folder",
	"path-case-mismatch",
	"unicode-normalization",
	"toc-stale",
	"frontmatter-invalid",
	"tags-comma-string",
	"block-unclosed",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/**
 * One replacement. `expected` is the text the span must still hold when the edit is
 * applied; applying refuses otherwise, so no text is ever lost.
 *
 * @example
 * // { span: <offsets 10..30>, expected: "#개요#컨테이너 기술 발전", text: "#개요#컨테이너%20기술%20발전" }
 */
export interface TextEdit {
	span: Span;
	expected: string;
	text: string;
}

/** A fix: edits applied together. `safe` fixes cannot change what the user meant ("Fix all" applies only these). */
export interface Fix {
	title: string;
	safe: boolean;
	edits: TextEdit[];
}

/**
 * A problem found in a note.
 *
 * @example
 * // { rule: "link-unparsed", severity: "error", path: "Docker.md", span, message: "Not a link in Obsidian: ...",
 * //   suggestion: "Encode the spaces as %20", fix: { title: "Encode spaces as %20", safe: true, edits: [...] } }
 */
export interface Diagnostic {
	rule: RuleId;
	severity: Severity;
	/** Vault-relative path of the note, `/`-separated, NFC. */
	path: string;
	span: Span;
	message: string;
	suggestion: string | null;
	fix: Fix | null;
}

/** The result of checking one note. */
export interface NoteReport {
	path: string;
	/** All tags of the note, lower-cased, with `#` (front matter first). */
	tags: string[];
	/** The watched tags that made it a container note (lower-cased, with `#`); empty when it is not one. */
	matchedTags: string[];
	isContainerNote: boolean;
	diagnostics: Diagnostic[];
	/** Set when the note was not checked (binary content, over the size limit, unreadable), with a plain reason. */
	skipped: string | null;
}

/** The result of checking a vault. */
export interface VaultReport {
	notesScanned: number;
	notesChecked: number;
	notes: NoteReport[];
}
