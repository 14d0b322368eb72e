/** Small DOM helpers shared by the panel's render functions. */

/**
 * Makes an element act like a button for mouse and keyboard: focusable, `role=button`,
 * and activated by a click, Enter or Space.
 *
 * @example
 * activatable(row, "Open Docker.md", () => openNote("Docker.md"));
 */
export function activatable(el: HTMLElement, label: string, run: () => void): void {
	el.setAttr("tabindex", 0);
	el.setAttr("role", "button");
	el.setAttr("aria-label", label);
	el.addEventListener("click", (evt) => {
		evt.preventDefault();
		run();
	});
	el.addEventListener("keydown", (evt) => {
		if (evt.key === "Enter" || evt.key === " ") {
			evt.preventDefault();
			run();
		}
	});
}

/**
 * A real `<button>` with text; `onClick` runs on click (Enter and Space come free with buttons).
 *
 * @example
 * button(actionsEl, "Fix all", "container-notes-fix-all", () => fixAll());
 */
export function button(parent: HTMLElement, text: string, cls: string, onClick: () => void, disabled = false): HTMLButtonElement {
	const el = parent.createEl("button", { text, cls: ["container-notes-button", cls] });
	el.setAttr("type", "button");
	el.disabled = disabled;
	el.addEventListener("click", (evt) => {
		evt.preventDefault();
		if (!el.disabled) onClick();
	});
	return el;
}
