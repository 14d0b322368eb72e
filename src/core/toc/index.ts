/** Table of contents: find, compare, generate, fix. */
export type { TocBlock, TocEntry, TocPathStyle, TocStyle } from "./toc-types";
export { findToc, isTocTitle, isSameNoteHeadingLink } from "./find-toc";
export { generateToc, tocHeadings, tocLayout } from "./generate-toc";
export { headingParents } from "../resolve/heading-path";
export type { TocSlot } from "./generate-toc";
export type { TocItem } from "./generate-toc";
export { compareToc } from "./compare-toc";
export type { TocComparison } from "./compare-toc";
export { tocFix, insertTocFix, defaultTocStyle, writableStyle } from "./toc-fix";
