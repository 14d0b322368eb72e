/**
 * Obsidian's DOM helpers for the comparison's happy-dom tests and for rendering
 * `renderComparison` standalone in a browser page (screenshots). Installs the
 * plugin shim's helpers (`tests/shims/obsidian.ts`) and adds `createSvg`, which
 * the shim does not have yet. Idempotent; a no-op without a DOM.
 *
 * @example
 * // @vitest-environment happy-dom
 * import { installCompareDomHelpers } from "./dom-helpers";
 * installCompareDomHelpers();
 * document.body.createSvg("svg", { cls: "x", attr: { viewBox: "0 0 10 10" } });
 */
import { installDomHelpers } from "../shims/obsidian";

const SVG_NS = "http://www.w3.org/2000/svg";

interface SvgInfo {
	cls?: string | string[];
	attr?: Record<string, string | number | boolean | null>;
	parent?: Node;
	prepend?: boolean;
}

export function installCompareDomHelpers(): void {
	if (typeof document === "undefined" || typeof Node === "undefined") return;
	installDomHelpers();
	const nodeProto = Node.prototype as unknown as Record<string, unknown>;
	if (typeof nodeProto.createSvg === "function") return;
	nodeProto.createSvg = function (this: Node, tag: string, o?: SvgInfo | string, cb?: (el: SVGElement) => void): SVGElement {
		const doc = this.ownerDocument ?? document;
		const el: SVGElement = doc.createElementNS(SVG_NS, tag);
		const info: SvgInfo = typeof o === "string" ? { cls: o } : (o ?? {});
		const classes = info.cls === undefined ? [] : Array.isArray(info.cls) ? info.cls : info.cls.split(" ");
		for (const c of classes) if (c) el.classList.add(c);
		for (const [k, v] of Object.entries(info.attr ?? {})) {
			if (v === null || v === false) el.removeAttribute(k);
			else el.setAttribute(k, v === true ? "" : String(v));
		}
		const parent = info.parent ?? this;
		if (info.prepend) parent.insertBefore(el, parent.firstChild);
		else parent.appendChild(el);
		cb?.(el);
		return el;
	};
}

installCompareDomHelpers();
