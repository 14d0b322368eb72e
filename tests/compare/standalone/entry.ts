/**
 * Browser entry of the stand-alone comparison page: installs Obsidian's DOM helpers
 * and exposes `renderComparison` as `window.containerNotesCompare`.
 */
import "../dom-helpers";
import { renderComparison } from "../../../src/obsidian/compare/render";

(window as unknown as Record<string, unknown>).containerNotesCompare = { renderComparison };
