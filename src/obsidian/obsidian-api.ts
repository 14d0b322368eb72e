/**
 * The values this plugin uses from the `obsidian` module, imported once. Why: the
 * bundler emits one `require("obsidian")` per importing file (about 25 bytes each);
 * importing through here makes it one, which keeps main.js under its size budget.
 * Types are imported from `obsidian` directly (they cost nothing).
 *
 * @example
 * import { Notice } from "./obsidian-api";
 */
export { debounce, editorInfoField, getLanguage, ItemView, MarkdownView, normalizePath, Notice, parseYaml, Plugin, PluginSettingTab, requireApiVersion, Setting, TFile } from "obsidian";
