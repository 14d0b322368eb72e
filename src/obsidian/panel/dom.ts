/** Small DOM helpers shared by the panel's render functions. */

/** Prefix of every class the plugin adds (styles.css selects on it). */
export const CLS = "container-notes-";

/**
 * Appends a `tag` element with the plugin's classes: each space-separated name in `cls`
 * gets the `container-notes-` prefix. `text` is set as text, never parsed as HTML.
 *
 * @example
 * el(section, "div", "empty skipped", "Not checked"); // <div class="container-notes-empty container-notes-skipped">
 */
export function el<K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, cls: string, text?: string, attr?: Record<string, string | number>): HTMLElementTagNameMap[K] {
	return parent.createEl(tag, { cls: cls.split(" ").map((c) => CLS + c), text, attr });
}

/** Runs `run` and keeps the event from doing anything else. */
function handled(run: () => unknown): (evt: Event) => void {
	return (evt) => {
		evt.preventDefault();
		run();
	};
}

/**
 * Makes an element act like a button for mouse and keyboard: focusable, `role=button`,
 * and activated by a click, Enter or Space.
 *
 * @example
 * activatable(row, "Open Docker.md", () => openNote("Docker.md"));
 */
export function activatable(target: HTMLElement, label: string, run: () => unknown): void {
	target.setAttrs({ tabindex: 0, role: "button", "aria-label": label });
	target.addEventListener("click", handled(run));
	const onKey = handled(run);
	target.addEventListener("keydown", (evt) => {
		if (evt.key === "Enter" || evt.key === " ") onKey(evt);
	});
}

/**
 * A real `<button>` with text and a plugin class; `onClick` runs on click (Enter and
 * Space come free with buttons).
 *
 * @example
 * button(actionsEl, "Fix all", "fix-all", () => fixAll());
 */
export function button(parent: HTMLElement, text: string, cls: string, onClick: () => unknown, disabled = false): HTMLButtonElement {
	const b = el(parent, "button", `button ${cls}`, text, { type: "button" });
	b.disabled = disabled;
	b.addEventListener(
		"click",
		handled(() => {
			if (!b.disabled) onClick();
		}),
	);
	return b;
}
