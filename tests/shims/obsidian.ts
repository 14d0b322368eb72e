/**
 * A small runtime stand-in for the `obsidian` package, which ships type declarations only.
 * Vitest aliases `obsidian` to this file; the bundle-load test evaluates a compiled copy
 * inside a `vm` sandbox. It is deliberately small: anything the adapter reaches for that
 * is not here throws, so a test that touches more of the app than intended fails loudly.
 *
 * It also installs Obsidian's DOM helpers (`createEl`, `createDiv`, `createSpan`, `empty`,
 * `setText`, `addClass`, `removeClass`, `toggleClass`, `hasClass`, `setAttr`, `show`/`hide`/`toggle`) on
 * `HTMLElement.prototype` when a DOM is present (happy-dom tests).
 *
 * @example
 * // @vitest-environment happy-dom
 * import { Notice, shim } from "../shims/obsidian";
 * new Notice("Hello");
 * shim.notices; // ["Hello"]
 */

/* ------------------------------------------------------------------ */
/* Test controls                                                        */
/* ------------------------------------------------------------------ */

type YamlParser = (yaml: string) => unknown;

/** Knobs and logs the tests use. Reset with `shim.reset()`. */
export const shim = {
	/** Every `Notice` message, in order. */
	notices: [] as string[],
	/** What `getLanguage()` returns. */
	language: "en",
	/** `parseYaml` implementation; throws unless a test provides one. */
	parseYaml: null as YamlParser | null,
	/** The Obsidian version `requireApiVersion` compares with. */
	apiVersion: "1.13.1",
	reset(): void {
		shim.notices.length = 0;
		shim.language = "en";
		shim.parseYaml = null;
		shim.apiVersion = "1.13.1";
	},
};

function notImplemented(name: string): never {
	throw new Error(`obsidian shim: ${name} is not implemented (the code under test reaches further into the app than expected)`);
}

/* ------------------------------------------------------------------ */
/* DOM helpers                                                          */
/* ------------------------------------------------------------------ */

interface ElInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Record<string, string | number | boolean | null>;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

function applyInfo(el: HTMLElement, o: ElInfo | string | undefined): void {
	if (o === undefined) return;
	const info: ElInfo = typeof o === "string" ? { cls: o } : o;
	if (info.cls !== undefined) {
		const list = Array.isArray(info.cls) ? info.cls : info.cls.split(" ");
		for (const c of list) if (c) el.classList.add(c);
	}
	if (info.text !== undefined) setTextOf(el, info.text);
	if (info.attr) for (const [k, v] of Object.entries(info.attr)) setAttrOf(el, k, v);
	if (info.title !== undefined) el.setAttribute("title", info.title);
	if (info.value !== undefined) (el as HTMLInputElement).value = info.value;
	if (info.type !== undefined) el.setAttribute("type", info.type);
	if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
	if (info.href !== undefined) el.setAttribute("href", info.href);
}

function setTextOf(el: Node, text: string | DocumentFragment): void {
	if (typeof text === "string") el.textContent = text;
	else {
		el.textContent = "";
		el.appendChild(text);
	}
}

function setAttrOf(el: Element, name: string, value: string | number | boolean | null): void {
	if (value === null || value === false) el.removeAttribute(name);
	else el.setAttribute(name, value === true ? "" : String(value));
}

function makeEl<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, o?: ElInfo | string, cb?: (el: HTMLElementTagNameMap[K]) => void): HTMLElementTagNameMap[K] {
	const el = doc.createElement(tag);
	applyInfo(el, o);
	const parent = typeof o === "object" ? o.parent : undefined;
	if (parent) {
		if (typeof o === "object" && o.prepend) parent.insertBefore(el, parent.firstChild);
		else parent.appendChild(el);
	}
	cb?.(el);
	return el;
}

/** Installs Obsidian's element helpers on the DOM prototypes. Idempotent; a no-op without a DOM. */
export function installDomHelpers(): void {
	if (typeof HTMLElement === "undefined" || typeof document === "undefined") return;
	const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
	if (proto.__containerNotesShim) return;
	proto.__containerNotesShim = true;
	const nodeProto = Node.prototype as unknown as Record<string, unknown>;
	const child = function (this: Node, tag: keyof HTMLElementTagNameMap, o?: ElInfo | string, cb?: (el: HTMLElement) => void): HTMLElement {
		const doc = this.ownerDocument ?? document;
		const el = makeEl(doc, tag, o, cb);
		if (!(typeof o === "object" && o.parent)) {
			if (typeof o === "object" && o.prepend) this.insertBefore(el, this.firstChild);
			else this.appendChild(el);
		}
		return el;
	};
	nodeProto.createEl = child;
	nodeProto.createDiv = function (this: Node, o?: ElInfo | string, cb?: (el: HTMLElement) => void) {
		return child.call(this, "div", o, cb);
	};
	nodeProto.createSpan = function (this: Node, o?: ElInfo | string, cb?: (el: HTMLElement) => void) {
		return child.call(this, "span", o, cb);
	};
	nodeProto.empty = function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	};
	nodeProto.setText = function (this: Node, text: string | DocumentFragment) {
		setTextOf(this, text);
	};
	nodeProto.getText = function (this: Node) {
		return this.textContent ?? "";
	};
	nodeProto.instanceOf = function (this: Node, type: new () => unknown) {
		return this instanceof type;
	};
	const elProto = Element.prototype as unknown as Record<string, unknown>;
	elProto.addClass = function (this: Element, ...cls: string[]) {
		this.classList.add(...cls);
	};
	elProto.removeClass = function (this: Element, ...cls: string[]) {
		this.classList.remove(...cls);
	};
	elProto.toggleClass = function (this: Element, cls: string | string[], value: boolean) {
		for (const c of Array.isArray(cls) ? cls : [cls]) this.classList.toggle(c, value);
	};
	elProto.hasClass = function (this: Element, cls: string) {
		return this.classList.contains(cls);
	};
	elProto.setAttr = function (this: Element, name: string, value: string | number | boolean | null) {
		setAttrOf(this, name, value);
	};
	const htmlProto = HTMLElement.prototype as unknown as Record<string, unknown>;
	// Obsidian sets `display: none`; the `hidden` attribute has the same effect here.
	htmlProto.hide = function (this: HTMLElement) {
		this.hidden = true;
	};
	htmlProto.show = function (this: HTMLElement) {
		this.hidden = false;
	};
	htmlProto.toggle = function (this: HTMLElement, show: boolean) {
		this.hidden = !show;
	};
	htmlProto.isShown = function (this: HTMLElement) {
		return !this.hidden;
	};
	elProto.setAttrs = function (this: Element, attrs: Record<string, string | number | boolean | null>) {
		for (const [k, v] of Object.entries(attrs)) setAttrOf(this, k, v);
	};
	const win = window as unknown as Record<string, unknown>;
	win.createEl = (tag: keyof HTMLElementTagNameMap, o?: ElInfo | string, cb?: (el: HTMLElement) => void) => makeEl(document, tag, o, cb);
	win.createDiv = (o?: ElInfo | string, cb?: (el: HTMLElement) => void) => makeEl(document, "div", o, cb);
	win.createSpan = (o?: ElInfo | string, cb?: (el: HTMLElement) => void) => makeEl(document, "span", o, cb);
	win.createFragment = (cb?: (f: DocumentFragment) => void) => {
		const f = document.createDocumentFragment();
		cb?.(f);
		return f;
	};
	win.activeDocument = document;
	win.activeWindow = window;
}

installDomHelpers();

/* ------------------------------------------------------------------ */
/* Functions                                                            */
/* ------------------------------------------------------------------ */

/** Obsidian's path normalisation: `/` separators, no duplicate or edge slashes, NFC. */
export function normalizePath(path: string): string {
	let p = path.replace(/[\\/]+/g, "/").replace(/\u00a0|\u202f/g, " ");
	p = p.replace(/^\/+|\/+$/g, "");
	if (p === "") p = "/";
	return p.normalize("NFC");
}

export function getLanguage(): string {
	return shim.language;
}

/** Whether `shim.apiVersion` is at least `version` (dotted numbers, as Obsidian compares them). */
export function requireApiVersion(version: string): boolean {
	const have = shim.apiVersion.split(".").map(Number);
	const want = version.split(".").map(Number);
	for (let i = 0; i < Math.max(have.length, want.length); i++) {
		const d = (have[i] ?? 0) - (want[i] ?? 0);
		if (d !== 0) return d > 0;
	}
	return true;
}

export function parseYaml(yaml: string): unknown {
	if (!shim.parseYaml) return notImplemented("parseYaml (set shim.parseYaml)");
	return shim.parseYaml(yaml);
}

export function setIcon(parent: HTMLElement, iconId: string): void {
	parent.setAttribute("data-icon", iconId);
}

export function setTooltip(el: HTMLElement, tooltip: string): void {
	el.setAttribute("aria-label", tooltip);
}

/** Trailing-edge debounce with `cancel()` and `run()`, like Obsidian's. */
export function debounce<T extends unknown[]>(cb: (...args: T) => unknown, timeout = 0, resetTimer = false) {
	let timer: number | null = null;
	let lastArgs: T | null = null;
	const fire = () => {
		timer = null;
		const args = lastArgs;
		lastArgs = null;
		if (args) cb(...args);
	};
	const fn = (...args: T) => {
		lastArgs = args;
		if (timer !== null && resetTimer) {
			window.clearTimeout(timer);
			timer = null;
		}
		if (timer === null) timer = window.setTimeout(fire, timeout);
		return fn;
	};
	fn.cancel = () => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
		lastArgs = null;
		return fn;
	};
	fn.run = () => {
		if (timer !== null) window.clearTimeout(timer);
		fire();
	};
	return fn;
}

/** Sentinel for CodeMirror's state field; the editor extension only reads it inside a real editor. */
export const editorInfoField = { shim: "editorInfoField" };

/* ------------------------------------------------------------------ */
/* Files                                                                */
/* ------------------------------------------------------------------ */

export class TAbstractFile {
	path = "";
	name = "";
	parent: TFolder | null = null;
}

export class TFile extends TAbstractFile {
	basename = "";
	extension = "";
	stat = { ctime: 0, mtime: 0, size: 0 };
	/** Test helper: `new TFile("a/b.md")`. */
	constructor(path = "", size = 0) {
		super();
		this.path = path;
		this.name = path.slice(path.lastIndexOf("/") + 1);
		const dot = this.name.lastIndexOf(".");
		this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
		this.extension = dot > 0 ? this.name.slice(dot + 1) : "";
		this.stat.size = size;
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
}

/* ------------------------------------------------------------------ */
/* Components, plugins, views                                           */
/* ------------------------------------------------------------------ */

interface EventRefLike {
	off(): void;
}

export class Events {
	private handlers = new Map<string, Array<(...args: unknown[]) => unknown>>();
	on(name: string, cb: (...args: unknown[]) => unknown): EventRefLike {
		const list = this.handlers.get(name) ?? [];
		list.push(cb);
		this.handlers.set(name, list);
		return { off: () => this.handlers.set(name, (this.handlers.get(name) ?? []).filter((h) => h !== cb)) };
	}
	offref(ref: EventRefLike): void {
		ref.off();
	}
	trigger(name: string, ...args: unknown[]): void {
		for (const h of this.handlers.get(name) ?? []) h(...args);
	}
}

export class Component {
	private cleanups: Array<() => void> = [];
	private loaded = false;
	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		void this.onload();
	}
	onload(): void | Promise<void> {}
	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		for (const c of this.cleanups.splice(0).reverse()) c();
		this.onunload();
	}
	onunload(): void {}
	register(cb: () => unknown): void {
		this.cleanups.push(() => void cb());
	}
	registerEvent(ref: EventRefLike): void {
		this.cleanups.push(() => ref.off());
	}
	registerDomEvent(el: EventTarget, type: string, cb: (evt: Event) => unknown): void {
		el.addEventListener(type, cb);
		this.cleanups.push(() => el.removeEventListener(type, cb));
	}
	registerInterval(id: number): number {
		this.cleanups.push(() => window.clearInterval(id));
		return id;
	}
	addChild<T extends Component>(c: T): T {
		c.load();
		this.cleanups.push(() => c.unload());
		return c;
	}
}

interface CommandLike {
	id: string;
	name: string;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (editor: unknown, ctx: unknown) => unknown;
	editorCheckCallback?: (checking: boolean, editor: unknown, ctx: unknown) => boolean | void;
	hotkeys?: unknown[];
}

export class Plugin extends Component {
	app: unknown;
	manifest: unknown;
	/** Test helpers: what the plugin registered. */
	commands: CommandLike[] = [];
	views = new Map<string, (leaf: unknown) => unknown>();
	settingTabs: unknown[] = [];
	editorExtensions: unknown[] = [];
	/** What `loadData` returns and `saveData` stores (a JSON round trip, like data.json). */
	data: unknown = null;
	constructor(app: unknown, manifest: unknown) {
		super();
		this.app = app;
		this.manifest = manifest;
	}
	loadData(): Promise<unknown> {
		return Promise.resolve(this.data === null ? null : JSON.parse(JSON.stringify(this.data)));
	}
	saveData(data: unknown): Promise<void> {
		this.data = JSON.parse(JSON.stringify(data));
		return Promise.resolve();
	}
	addCommand(command: CommandLike): CommandLike {
		this.commands.push(command);
		return command;
	}
	registerView(type: string, factory: (leaf: unknown) => unknown): void {
		this.views.set(type, factory);
	}
	addSettingTab(tab: unknown): void {
		this.settingTabs.push(tab);
	}
	registerEditorExtension(ext: unknown): void {
		this.editorExtensions.push(ext);
	}
	addRibbonIcon(): never {
		return notImplemented("Plugin.addRibbonIcon");
	}
	addStatusBarItem(): never {
		return notImplemented("Plugin.addStatusBarItem");
	}
	registerMarkdownPostProcessor(): never {
		return notImplemented("Plugin.registerMarkdownPostProcessor");
	}
}

function makeContainer(): HTMLElement {
	if (typeof document === "undefined") return notImplemented("views without a DOM (use a happy-dom test)");
	return document.createElement("div");
}

export class View extends Component {
	app: unknown;
	leaf: unknown;
	containerEl: HTMLElement;
	icon = "";
	navigation = false;
	constructor(leaf: { app?: unknown } | null) {
		super();
		this.leaf = leaf;
		this.app = leaf?.app;
		this.containerEl = makeContainer();
		this.containerEl.createDiv({ cls: "view-header" });
		this.containerEl.createDiv({ cls: "view-content" });
	}
	onOpen(): Promise<void> {
		return Promise.resolve();
	}
	onClose(): Promise<void> {
		return Promise.resolve();
	}
	getIcon(): string {
		return this.icon;
	}
}

export class ItemView extends View {
	contentEl: HTMLElement;
	constructor(leaf: { app?: unknown } | null) {
		super(leaf);
		this.contentEl = this.containerEl.children[1] as HTMLElement;
	}
	addAction(): never {
		return notImplemented("ItemView.addAction");
	}
}

/** Only for `instanceof` checks; a test creates one with an editor and a file. */
export class MarkdownView {
	editor: unknown;
	file: TFile | null;
	/** `"source"` (source or live preview) or `"preview"` (reading view). */
	mode: "source" | "preview" = "source";
	constructor(editor: unknown = null, file: TFile | null = null) {
		this.editor = editor;
		this.file = file;
	}
	getViewType(): string {
		return "markdown";
	}
	getMode(): "source" | "preview" {
		return this.mode;
	}
}

export class Notice {
	message: string;
	constructor(message: string | DocumentFragment) {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		shim.notices.push(this.message);
	}
	setMessage(message: string): this {
		this.message = message;
		shim.notices.push(message);
		return this;
	}
	hide(): void {}
}

export class Modal {
	constructor() {
		notImplemented("Modal");
	}
}

/* ------------------------------------------------------------------ */
/* Settings                                                             */
/* ------------------------------------------------------------------ */

export class PluginSettingTab {
	app: unknown;
	plugin: unknown;
	containerEl: HTMLElement;
	constructor(app: unknown, plugin: unknown) {
		this.app = app;
		this.plugin = plugin;
		// Created eagerly by Obsidian too; without a DOM (the bundle-load sandbox) any use of it fails.
		this.containerEl = typeof document === "undefined" ? (null as unknown as HTMLElement) : makeContainer();
	}
	display(): void {}
	hide(): void {}
	/** Obsidian 1.13+: the tab's declarative settings (none by default). */
	getSettingDefinitions(): unknown[] {
		return [];
	}
	/** Obsidian 1.13+: stores `getSettingDefinitions()` for rendering and search (counted here). */
	update(): void {
		this.updates++;
	}
	updates = 0;
}

/**
 * What Obsidian does when the user opens a settings tab: from 1.13, a tab with
 * setting definitions is rendered from them (here: only `update()` is called, the
 * definitions are what tests inspect); before 1.13, and for a tab without
 * definitions, `display()` draws it.
 */
export function openSettingTab(tab: PluginSettingTab): void {
	if (requireApiVersion("1.13.0") && tab.getSettingDefinitions().length > 0) tab.update();
	else tab.display();
}

type Listener<T> = (value: T) => unknown;

class ValueComponent<T> {
	protected listeners: Array<Listener<T>> = [];
	disabled = false;
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
	onChange(cb: Listener<T>): this {
		this.listeners.push(cb);
		return this;
	}
	protected emit(value: T): void {
		for (const l of this.listeners) void l(value);
	}
}

export class TextComponent extends ValueComponent<string> {
	inputEl: HTMLInputElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.inputEl = containerEl.createEl("input", { type: "text" });
		this.inputEl.addEventListener("input", () => this.emit(this.inputEl.value));
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(p: string): this {
		this.inputEl.setAttribute("placeholder", p);
		return this;
	}
}

export class TextAreaComponent extends ValueComponent<string> {
	inputEl: HTMLTextAreaElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.inputEl = containerEl.createEl("textarea");
		this.inputEl.addEventListener("input", () => this.emit(this.inputEl.value));
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(p: string): this {
		this.inputEl.setAttribute("placeholder", p);
		return this;
	}
}

export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
		this.selectEl.addEventListener("change", () => this.emit(this.selectEl.value));
	}
	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { text: display, value });
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [v, d] of Object.entries(options)) this.addOption(v, d);
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
}

export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLInputElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createEl("input", { type: "checkbox", cls: "checkbox-container" });
		this.toggleEl.addEventListener("change", () => this.emit(this.toggleEl.checked));
	}
	getValue(): boolean {
		return this.toggleEl.checked;
	}
	setValue(value: boolean): this {
		this.toggleEl.checked = value;
		return this;
	}
	setTooltip(t: string): this {
		this.toggleEl.setAttribute("aria-label", t);
		return this;
	}
}

export class ButtonComponent {
	buttonEl: HTMLButtonElement;
	constructor(containerEl: HTMLElement) {
		this.buttonEl = containerEl.createEl("button");
	}
	setButtonText(text: string): this {
		this.buttonEl.textContent = text;
		return this;
	}
	setCta(): this {
		this.buttonEl.classList.add("mod-cta");
		return this;
	}
	setTooltip(t: string): this {
		this.buttonEl.setAttribute("aria-label", t);
		return this;
	}
	setDisabled(d: boolean): this {
		this.buttonEl.disabled = d;
		return this;
	}
	onClick(cb: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (e) => void cb(e));
		return this;
	}
}

export class Setting {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: unknown[] = [];
	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.createDiv({ cls: "setting-item" });
		this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
		this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
		this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
		this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
	}
	setName(name: string | DocumentFragment): this {
		setTextOf(this.nameEl, name);
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		setTextOf(this.descEl, desc);
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.classList.add(cls);
		return this;
	}
	setHeading(): this {
		this.settingEl.classList.add("setting-item-heading");
		return this;
	}
	setDisabled(d: boolean): this {
		this.settingEl.classList.toggle("is-disabled", d);
		return this;
	}
	setTooltip(t: string): this {
		this.settingEl.setAttribute("aria-label", t);
		return this;
	}
	private add<C>(c: C, cb: (c: C) => unknown): this {
		this.components.push(c);
		cb(c);
		return this;
	}
	addText(cb: (c: TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb);
	}
	addTextArea(cb: (c: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb);
	}
	addDropdown(cb: (c: DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb);
	}
	addToggle(cb: (c: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb);
	}
	addButton(cb: (c: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb);
	}
	addSlider(): never {
		return notImplemented("Setting.addSlider");
	}
}

/* ------------------------------------------------------------------ */
/* Everything else throws                                               */
/* ------------------------------------------------------------------ */

export class Vault {
	constructor() {
		notImplemented("Vault (build a fake app object in the test instead)");
	}
}

export class Workspace {
	constructor() {
		notImplemented("Workspace (build a fake app object in the test instead)");
	}
}

export function requestUrl(): never {
	return notImplemented("requestUrl (the plugin makes no network requests)");
}

export class MarkdownRenderer {
	static render(): never {
		return notImplemented("MarkdownRenderer.render (note text is never rendered as Markdown or HTML)");
	}
}

export const Platform = { isMobile: false, isDesktop: true, isDesktopApp: true, isMobileApp: false, isIosApp: false, isAndroidApp: false };
