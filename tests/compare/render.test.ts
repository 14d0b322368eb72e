// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from "vitest";
import "./dom-helpers";
import { extractModels } from "../../src/core/compare/extract";
import { buildComparison, type ComparisonViewModel } from "../../src/core/compare/view-model";
import { scanNote } from "../../src/core/scan/scan-note";
import { renderComparison } from "../../src/obsidian/compare/render";
import { DEPLOYMENT_NOTE, XSS_NOTE } from "./fixtures";

function vmOf(text: string, lang: "en" | "ko" = "en", path = "Docker/deploy-basics.md"): ComparisonViewModel {
	return buildComparison(extractModels(scanNote(text), path), { lang });
}

function lineOf(text: string, needle: string): number {
	return text.split("\n").indexOf(needle) + 1;
}

let host: HTMLElement;
beforeEach(() => {
	document.body.empty();
	host = document.body.createDiv();
});

describe("renderComparison: table", () => {
	it("draws a header row of models and one body row per view-model row, plus group rows", () => {
		const vm = vmOf(DEPLOYMENT_NOTE);
		renderComparison(host, vm, { layout: "table" });
		const table = host.querySelector("table.container-notes-compare-table");
		expect(table).not.toBeNull();
		const heads = [...host.querySelectorAll("thead th.container-notes-compare-model .container-notes-compare-model-name")].map((e) => e.textContent);
		expect(heads).toEqual(["Traditional deployment", "Virtualized deployment", "Container deployment", "Kubernetes"]);
		expect(host.querySelectorAll("tbody tr[data-row]")).toHaveLength(vm.rows.length);
		expect([...host.querySelectorAll("tr.container-notes-compare-group th")].map((e) => e.textContent)).toEqual(["From your note", "Reference"]);
		expect(host.querySelector("thead th.container-notes-compare-corner")?.textContent).toBe("Dimension");
		// Row labels are <th scope=row> (the sticky first column).
		expect(host.querySelector('tr[data-row="note.problems"] th.container-notes-compare-row-label')?.getAttribute("scope")).toBe("row");
	});

	it("marks Kubernetes' missing problems section and shows the note's problems for the others", () => {
		renderComparison(host, vmOf(DEPLOYMENT_NOTE), { layout: "table" });
		const cells = host.querySelectorAll('tr[data-row="note.problems"] td');
		expect(cells[3]?.classList.contains("container-notes-compare-cell-none")).toBe(true);
		expect(cells[3]?.textContent).toBe("No problems section in this note");
		expect(cells[0]?.querySelectorAll("li.container-notes-compare-item-bullet")).toHaveLength(2);
	});

	it("shows 'Not covered in this note' for models the note lacks", () => {
		renderComparison(host, vmOf("## Container Deployment\n- a\n## Kubernetes Deployment\n- b\n"), { layout: "table" });
		const th = host.querySelectorAll("thead th.container-notes-compare-model");
		expect(th[0]?.classList.contains("is-not-covered")).toBe(true);
		expect(th[0]?.querySelector(".container-notes-compare-badge")?.textContent).toBe("Not covered in this note");
		const summary = host.querySelectorAll('tr[data-row="note.summary"] td');
		expect(summary[1]?.classList.contains("container-notes-compare-cell-not-covered")).toBe(true);
		expect(summary[2]?.textContent).toBe("a");
	});

	it("opens the note at the line of a clicked item, heading, or with Enter", () => {
		const onOpenLine = vi.fn();
		renderComparison(host, vmOf(DEPLOYMENT_NOTE), { layout: "table", onOpenLine });
		const chroot = [...host.querySelectorAll<HTMLElement>("li.container-notes-compare-link")].find((li) => li.textContent?.includes("chroot"));
		chroot?.click();
		expect(onOpenLine).toHaveBeenLastCalledWith("Docker/deploy-basics.md", lineOf(DEPLOYMENT_NOTE, "\t- chroot로 파일 시스템 루트를 바꾼다"));
		host.querySelector<HTMLElement>("thead .container-notes-compare-model-heading")?.click();
		expect(onOpenLine).toHaveBeenLastCalledWith("Docker/deploy-basics.md", lineOf(DEPLOYMENT_NOTE, "### Traditional Deployment"));
		const hyper = [...host.querySelectorAll<HTMLElement>("li.container-notes-compare-item-heading")].find((li) => li.textContent === "Hypervisor");
		hyper?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		expect(onOpenLine).toHaveBeenLastCalledWith("Docker/deploy-basics.md", lineOf(DEPLOYMENT_NOTE, "#### Hypervisor"));
		expect(onOpenLine).toHaveBeenCalledTimes(3);
		// The cell's background opens the cell's first line.
		host.querySelector<HTMLElement>('tr[data-row="note.problems"] td[data-model="virtualized"]')?.click();
		expect(onOpenLine).toHaveBeenLastCalledWith("Docker/deploy-basics.md", lineOf(DEPLOYMENT_NOTE, "- 모든 VM이 운영체제를 통째로 실어서 무겁다."));
		// Catalog cells open nothing.
		host.querySelector<HTMLElement>('tr[data-row="catalog.unit"] td')?.click();
		expect(onOpenLine).toHaveBeenCalledTimes(4);
	});

	it("gives catalog facts their source on hover (title) and as a link", () => {
		renderComparison(host, vmOf(DEPLOYMENT_NOTE), { layout: "table" });
		const li = host.querySelector('tr[data-row="catalog.isolation"] td[data-model="container"] li');
		expect(li?.getAttribute("title")).toContain("Linux manual page namespaces(7) — https://man7.org/linux/man-pages/man7/namespaces.7.html");
		const links = [...(li?.querySelectorAll("a.container-notes-compare-source") ?? [])].map((a) => a.getAttribute("href"));
		expect(links).toEqual([
			"https://man7.org/linux/man-pages/man7/namespaces.7.html",
			"https://man7.org/linux/man-pages/man2/chroot.2.html",
			"https://man7.org/linux/man-pages/man7/cgroups.7.html",
		]);
	});

	it("links only to web addresses", () => {
		const vm = vmOf(DEPLOYMENT_NOTE);
		const row = vm.rows.find((r) => r.id === "catalog.unit");
		const item = row?.cells[0]?.items[0];
		if (item?.origin.kind === "catalog") item.origin.sources = [{ id: "bad", title: "Bad", url: "javascript:alert(1)" }, { id: "ok", title: "Ok", url: "https://ok.example/" }];
		renderComparison(host, vm, { layout: "table" });
		const links = [...host.querySelectorAll('tr[data-row="catalog.unit"] td a')].map((a) => a.getAttribute("href"));
		expect(links[0]).toBe("https://ok.example/");
		expect(links).not.toContain("javascript:alert(1)");
	});

	it("draws a themed SVG stack per model in the table's first body row, not in the sticky header", () => {
		renderComparison(host, vmOf(DEPLOYMENT_NOTE), { layout: "table" });
		expect(host.querySelectorAll("thead svg")).toHaveLength(0);
		const row = host.querySelector("tbody tr:first-child");
		expect(row?.classList.contains("container-notes-compare-stack-row")).toBe(true);
		expect(row?.querySelector("th")?.textContent).toBe("Stack diagram");
		const svgs = host.querySelectorAll("tbody tr:first-child td svg.container-notes-stack");
		expect(svgs).toHaveLength(4);
		const rows = (svg: Element | undefined) => [...(svg?.querySelectorAll("g.container-notes-stack-box") ?? [])].map((g) => `${g.getAttribute("data-kind")}×${g.querySelectorAll("rect").length}`);
		expect(rows(svgs[1])).toEqual(["app×2", "guest-os×2", "hypervisor×1", "host-os×1", "hardware×1"]);
		expect(rows(svgs[2])).toContain("container-engine×1");
		expect(rows(svgs[3])).toEqual(expect.arrayContaining(["control-plane×1", "node×2"]));
		// One label per row; a row of several boxes gets the spanning (haloed) label.
		expect([...(svgs[0]?.querySelectorAll("text") ?? [])].map((t) => t.textContent)).toEqual(["App", "Host OS", "Hardware"]);
		expect(svgs[0]?.querySelector("text")?.classList.contains("is-spanning")).toBe(true);
		expect(svgs[0]?.getAttribute("role")).toBe("img");
		// Laid out to the column's width: no view box to shrink the labels.
		expect(svgs[0]?.getAttribute("viewBox")).toBeNull();
		expect(svgs[0]?.getAttribute("width")).toBe("100%");
		const rects = [...(svgs[0]?.querySelectorAll("g[data-kind=app] rect") ?? [])];
		expect(rects.map((r) => [r.getAttribute("x"), r.getAttribute("width")])).toEqual([["0.00%", "32.00%"], ["34.00%", "32.00%"], ["68.00%", "32.00%"]]);
		// No colours in attributes: the theme's CSS variables colour the boxes.
		expect(svgs[0]?.querySelector("rect")?.getAttribute("fill")).toBeNull();
	});
});

describe("renderComparison: cards and layout", () => {
	it("shows one card per model with a switcher", () => {
		renderComparison(host, vmOf(DEPLOYMENT_NOTE), { layout: "cards" });
		expect(host.querySelector("table")).toBeNull();
		const tabs = host.querySelectorAll<HTMLElement>(".container-notes-compare-switch");
		expect(tabs).toHaveLength(4);
		expect(host.querySelector(".container-notes-compare-card")?.getAttribute("data-model")).toBe("traditional");
		expect(host.querySelector(".container-notes-compare-card svg.container-notes-stack")).not.toBeNull();
		tabs[1]?.click();
		const card = host.querySelector(".container-notes-compare-card");
		expect(card?.getAttribute("data-model")).toBe("virtualized");
		expect(card?.textContent).toContain("Hypervisor");
		expect(host.querySelectorAll(".container-notes-compare-switch")[1]?.getAttribute("aria-selected")).toBe("true");
	});

	it("moves between model tabs with arrow keys, Home and End (roving tab index)", () => {
		renderComparison(host, vmOf(DEPLOYMENT_NOTE), { layout: "cards" });
		const state = () =>
			[...host.querySelectorAll<HTMLElement>("[role=tablist] [role=tab]")].map((t) => `${t.getAttribute("data-model")}:${t.getAttribute("aria-selected")}:${t.getAttribute("tabindex")}`);
		expect(state()).toEqual(["traditional:true:0", "virtualized:false:-1", "container:false:-1", "kubernetes:false:-1"]);
		const press = (key: string) => {
			const active = host.querySelector<HTMLElement>(".container-notes-compare-switch.is-active");
			const ev = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true });
			active?.dispatchEvent(ev);
			return ev.defaultPrevented;
		};
		expect(press("ArrowRight")).toBe(true);
		expect(state()[1]).toBe("virtualized:true:0");
		expect(host.querySelector(".container-notes-compare-card")?.getAttribute("data-model")).toBe("virtualized");
		// Focus follows the selected tab (the switcher is redrawn).
		expect(document.activeElement?.getAttribute("data-model")).toBe("virtualized");
		press("End");
		expect(document.activeElement?.getAttribute("data-model")).toBe("kubernetes");
		press("ArrowRight");
		expect(state()[0]).toBe("traditional:true:0");
		press("ArrowLeft");
		expect(state()[3]).toBe("kubernetes:true:0");
		press("Home");
		expect(state()[0]).toBe("traditional:true:0");
		press("ArrowDown");
		expect(host.querySelector(".container-notes-compare-card")?.getAttribute("data-model")).toBe("virtualized");
		// Other keys are left alone.
		expect(press("a")).toBe(false);
		expect(state().filter((s) => s.endsWith(":0"))).toEqual(["virtualized:true:0"]);
	});

	it("shows one card per dimension when toggled, and remembers the choice", () => {
		const onLayoutChange = vi.fn();
		const handle = renderComparison(host, vmOf(DEPLOYMENT_NOTE), { layout: "table", onLayoutChange });
		host.querySelector<HTMLElement>('[data-layout-choice="cards-dimension"]')?.click();
		expect(onLayoutChange).toHaveBeenCalledWith("cards", "dimension");
		expect(handle.effectiveLayout()).toBe("cards");
		const cards = host.querySelectorAll(".container-notes-compare-card[data-row]");
		expect(cards).toHaveLength(vmOf(DEPLOYMENT_NOTE).rows.length);
		expect(cards[0]?.querySelectorAll(".container-notes-compare-card-row")).toHaveLength(4);
		// update() keeps the chosen layout.
		handle.update(vmOf(DEPLOYMENT_NOTE, "ko"));
		expect(host.querySelector(".container-notes-compare-card-title")?.textContent).toBe("요약");
	});

	it("switches between table and cards at 480 px in auto layout", () => {
		const handle = renderComparison(host, vmOf(DEPLOYMENT_NOTE), { layout: "auto", initialWidth: 900 });
		expect(host.querySelector("table")).not.toBeNull();
		handle.setWidth(320);
		expect(handle.effectiveLayout()).toBe("cards");
		expect(host.querySelector("table")).toBeNull();
		expect(host.querySelector(".container-notes-compare")?.getAttribute("data-layout")).toBe("cards");
		handle.setWidth(600);
		expect(host.querySelector("table")).not.toBeNull();
		handle.destroy();
		expect(host.childElementCount).toBe(0);
	});

	it("keeps the scroll position across live updates", () => {
		const handle = renderComparison(host, vmOf(DEPLOYMENT_NOTE), { layout: "table" });
		const before = host.querySelector(".container-notes-compare-table-wrap");
		if (before) before.scrollTop = 120;
		handle.update(vmOf(DEPLOYMENT_NOTE.replace("VM 생성과 삭제를 맡는다", "VM을 만들고 지운다")));
		const after = host.querySelector(".container-notes-compare-table-wrap");
		expect(after).not.toBe(before);
		expect(after?.scrollTop).toBe(120);
		expect(host.textContent).toContain("VM을 만들고 지운다");
	});

	it("says when no model was found", () => {
		renderComparison(host, vmOf("# Nothing here\n- a\n"), { layout: "table" });
		expect(host.querySelector(".container-notes-compare-notice")?.textContent).toBe("No deployment model found in this note; showing the reference facts.");
		expect(host.querySelector('tr[data-row="note.summary"]')).toBeNull();
		expect(host.querySelectorAll("tbody tr[data-row]")).toHaveLength(12);
	});

	it("asks for a note when there is none", () => {
		renderComparison(host, buildComparison(null, { lang: "ko" }), { layout: "table" });
		expect(host.querySelector(".container-notes-compare-title")?.textContent).toBe("배포 방식 비교");
		expect(host.querySelector(".container-notes-compare-notice")?.textContent).toBe("노트를 열면 배포 방식을 비교해 보여 줍니다.");
	});
});

describe("renderComparison: note text is text", () => {
	it("shows hostile headings and bullets as characters, creating no elements from them", () => {
		const vm = vmOf(XSS_NOTE);
		for (const layout of ["table", "cards"] as const) {
			host.empty();
			const handle = renderComparison(host, vm, { layout, cardMode: "dimension" });
			expect(host.querySelector("img")).toBeNull();
			expect(host.querySelector("script")).toBeNull();
			expect(host.textContent).toContain("<img src=x onerror=alert(1)> and a | pipe");
			expect(host.textContent).toContain("<img src=x onerror=alert(2)>");
			expect(host.textContent).toContain('<script>alert("bullet")</script>');
			handle.destroy();
		}
	});

	it("keeps a hostile title as text too", () => {
		const vm = { ...vmOf(DEPLOYMENT_NOTE), title: "<img src=x onerror=alert(3)>" };
		renderComparison(host, vm, { layout: "cards" });
		expect(host.querySelector(".container-notes-compare-title")?.textContent).toBe("<img src=x onerror=alert(3)>");
		expect(host.querySelector("img")).toBeNull();
	});
});
