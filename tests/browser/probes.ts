/**
 * Layout and contrast measurements run inside the page (`page.evaluate(probe, arg)`).
 * Each function is self-contained: playwright serialises its source, so it may not
 * use anything from this module's scope.
 *
 * @example
 * const overflow = await page.evaluate(overflowProbe, "#pane");
 * expect(overflow.offenders).toEqual([]);
 */

/** An element that sticks out of the pane, scrolls sideways or is cut off. */
export interface OverflowOffender {
	what: string;
	kind: "outside-pane" | "scrolls-sideways" | "clipped";
	px: number;
}

export interface OverflowResult {
	viewportWidth: number;
	documentScrollWidth: number;
	paneClientWidth: number;
	paneScrollWidth: number;
	offenders: OverflowOffender[];
	/** Text shortened on purpose with an ellipsis (reported, allowed). */
	ellipsized: string[];
	checked: number;
}

/**
 * Horizontal overflow of the element matching `paneSelector`: the document wider than the
 * viewport, the pane wider than its box, any descendant past the pane's edges, any
 * descendant that scrolls sideways or clips content without an ellipsis.
 */
export function overflowProbe(paneSelector: string): OverflowResult {
	const describe = (el: Element): string => {
		const cls = Array.from(el.classList).join(".");
		const text = (el.textContent ?? "").trim().slice(0, 40);
		return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ""}${text ? ` "${text}"` : ""}`;
	};
	const pane = document.querySelector(paneSelector) as HTMLElement;
	const paneRect = pane.getBoundingClientRect();
	const paneStyle = getComputedStyle(pane);
	const left = paneRect.left + parseFloat(paneStyle.borderLeftWidth);
	const right = left + pane.clientWidth;
	const offenders: OverflowOffender[] = [];
	const ellipsized: string[] = [];
	let checked = 0;
	for (const el of Array.from(pane.querySelectorAll("*"))) {
		const style = getComputedStyle(el);
		if (style.display === "none" || style.visibility === "hidden") continue;
		const r = el.getBoundingClientRect();
		if (r.width === 0 && r.height === 0) continue;
		checked++;
		// Inside a container that scrolls sideways on purpose, the container itself is judged.
		let scroller = el.parentElement;
		let insideScroller = false;
		while (scroller && scroller !== pane) {
			const ox = getComputedStyle(scroller).overflowX;
			if (ox === "auto" || ox === "scroll") {
				insideScroller = true;
				break;
			}
			scroller = scroller.parentElement;
		}
		if (!insideScroller && el.namespaceURI !== "http://www.w3.org/2000/svg") {
			const past = Math.max(r.right - right, left - r.left);
			if (past > 1) offenders.push({ what: describe(el), kind: "outside-pane", px: Math.ceil(past) });
		}
		// Form fields scroll their own value; a long value in a narrow field is not layout overflow.
		if (el.namespaceURI !== "http://www.w3.org/1999/xhtml" || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName)) continue;
		// (Tag names, not instanceof: the page has no Obsidian `instanceOf` helper.)
		const extra = el.scrollWidth - el.clientWidth;
		if (extra <= 1 || el.clientWidth === 0) continue;
		if (style.overflowX === "auto" || style.overflowX === "scroll") offenders.push({ what: describe(el), kind: "scrolls-sideways", px: extra });
		else if (style.overflowX === "hidden" || style.overflowX === "clip") {
			if (style.textOverflow === "ellipsis") ellipsized.push(describe(el));
			else offenders.push({ what: describe(el), kind: "clipped", px: extra });
		}
	}
	return {
		viewportWidth: window.innerWidth,
		documentScrollWidth: document.documentElement.scrollWidth,
		paneClientWidth: pane.clientWidth,
		paneScrollWidth: pane.scrollWidth,
		offenders,
		ellipsized,
		checked,
	};
}

/** One run of text and its measured contrast. */
export interface ContrastSample {
	what: string;
	classes: string;
	tag: string;
	text: string;
	ratio: number;
	required: number;
	color: string;
	background: string;
}

/**
 * WCAG 2 contrast of every visible piece of text under `rootSelector` (elements with
 * their own text, plus form fields) against its effective background: the element's
 * and its ancestors' background colours composited up to the first opaque one, with
 * `opacity` applied to the text. Disabled controls are exempt, as in WCAG.
 * Large text (24 px, or 18.66 px bold) needs 3, everything else 4.5.
 */
export function contrastProbe(rootSelector: string): ContrastSample[] {
	type Rgba = [number, number, number, number];
	const ctx = new OffscreenCanvas(1, 1).getContext("2d", { willReadFrequently: true }) as OffscreenCanvasRenderingContext2D;
	const parse = (css: string): Rgba => {
		const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(css);
		if (m) {
			const a = m[4] === undefined ? 1 : m[4].endsWith("%") ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
			return [parseFloat(m[1] as string), parseFloat(m[2] as string), parseFloat(m[3] as string), a];
		}
		// Other syntaxes (color(), oklab(), color-mix results): let the canvas convert.
		ctx.clearRect(0, 0, 1, 1);
		ctx.fillStyle = "rgba(0,0,0,0)";
		ctx.fillStyle = css;
		ctx.fillRect(0, 0, 1, 1);
		const d = ctx.getImageData(0, 0, 1, 1).data;
		return [d[0] as number, d[1] as number, d[2] as number, (d[3] as number) / 255];
	};
	const over = (top: Rgba, bottom: Rgba): Rgba => {
		const a = top[3];
		return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
	};
	const luminance = (c: Rgba): number => {
		const lin = (v: number) => {
			const s = v / 255;
			return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
		};
		return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
	};
	const background = (el: Element): Rgba => {
		const layers: Rgba[] = [];
		let base: Rgba = [255, 255, 255, 1];
		for (let e: Element | null = el; e; e = e.parentElement) {
			const bg = parse(getComputedStyle(e).backgroundColor);
			if (bg[3] >= 1) {
				base = bg;
				break;
			}
			if (bg[3] > 0) layers.push(bg);
		}
		for (let i = layers.length - 1; i >= 0; i--) base = over(layers[i] as Rgba, base);
		return base;
	};
	const opacity = (el: Element): number => {
		let o = 1;
		for (let e: Element | null = el; e; e = e.parentElement) o *= parseFloat(getComputedStyle(e).opacity);
		return o;
	};
	const hex = (c: Rgba) => `#${c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, "0")).join("")}`;
	const root = document.querySelector(rootSelector) as HTMLElement;
	const samples: ContrastSample[] = [];
	for (const el of Array.from(root.querySelectorAll("*"))) {
		// Fields count by their value (placeholders and check boxes are the host theme's, not text the user reads).
		const input = el.tagName === "INPUT" ? (el as HTMLInputElement) : null;
		const textInput = input !== null && ["text", "search", "number", "url", "email", ""].includes(input.type);
		const field = textInput || el.tagName === "SELECT" || el.tagName === "TEXTAREA";
		const ownText = Array.from(el.childNodes)
			.filter((n) => n.nodeType === Node.TEXT_NODE)
			.map((n) => n.textContent ?? "")
			.join("")
			.trim();
		const text = field ? (el as HTMLInputElement).value.trim() : input !== null ? "" : ownText;
		if (!text || el.namespaceURI === "http://www.w3.org/2000/svg" || el.tagName === "OPTION") continue;
		const style = getComputedStyle(el);
		const r = el.getBoundingClientRect();
		if (style.visibility === "hidden" || r.width === 0 || r.height === 0) continue;
		if (el.closest("button:disabled, input:disabled, select:disabled, textarea:disabled, [aria-disabled='true']")) continue;
		const bg = background(el);
		const fgRaw = parse(style.color);
		const fg = over([fgRaw[0], fgRaw[1], fgRaw[2], fgRaw[3] * opacity(el)], bg);
		const l1 = luminance(fg);
		const l2 = luminance(bg);
		const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
		const size = parseFloat(style.fontSize);
		const bold = parseInt(style.fontWeight, 10) >= 700;
		const required = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
		const cls = Array.from(el.classList).join(".");
		samples.push({
			what: `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ""} "${text.slice(0, 30)}"`,
			classes: cls,
			tag: el.tagName.toLowerCase(),
			text,
			ratio: Math.round(ratio * 100) / 100,
			required,
			color: hex(fg),
			background: hex(bg),
		});
	}
	return samples;
}
