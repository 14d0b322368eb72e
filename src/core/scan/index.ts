/**
 * The scanner: `scanNote(text)` gives the records Obsidian's metadata cache would
 * hold for a note, plus the links Obsidian silently drops.
 */
export { scanNote } from "./scan-note";
export { decodeDestination, isExternal, splitLinktext, splitSize } from "./link-parts";
export { isTagChar } from "./chars";
