/**
 * The deployment-models comparison: catalog (data), extraction from notes, view
 * model, Markdown and JSON renderings. Pure; shared by the plugin and the CLI.
 *
 * @example
 * import { compareNote, comparisonToMarkdown } from "../core/compare";
 * const md = comparisonToMarkdown(compareNote({ path, scan: scanNote(text) }, { lang: "ko" }));
 */
export type { Catalog, CatalogDimension, CatalogFact, CatalogModel, CatalogSource, Localized, StackLayerKind, StackRow } from "./catalog-types";
export { DEFAULT_CATALOG, sourceUrl } from "./catalog";
export { mergeCatalog, parseCatalogExtension, type CatalogExtension, type ModelExtension } from "./catalog-extend";
export { extractModels, gatherModels, type ModelSection, type NoteExtraction, type NoteImage, type NoteInput, type NoteItem, type NoteSubsection } from "./extract";
export { matchModelHeading, type HeadingMatch } from "./match-heading";
export { compareLabels, type CompareLabels } from "./labels";
export { buildComparison, compareNote, comparisonToJson, type CellItem, type CellStatus, type CellVM, type ColumnVM, type ComparisonViewModel, type Origin, type RowVM, type StackBoxRow } from "./view-model";
export { comparisonToMarkdown, escapeCell } from "./markdown-table";
