/**
 * What the seed note's structure must scan to (issue 2, "Must show"); shared by the
 * fixture copy and the real seed.
 */
import { expect } from "vitest";
import type { NoteScan } from "../../src/core/model/scan";

export const SEED_HEADINGS: Array<[number, string]> = [
	[1, "개요"],
	[2, "컨테이너 기술 발전"],
	[3, "Traditional Deployment"],
	[4, "문제점"],
	[3, "Virtualized Deployment"],
	[4, "Hypervisor"],
	[4, "문제점"],
	[3, "Container Deployment"],
	[3, "Kubernetes Deployment"],
	[2, "컨테이너 기술의 발전"],
];

export const SEED_TOC_SUBPATHS = [
	"#개요",
	"#개요#컨테이너 기술 발전",
	"#컨테이너 기술 발전#Traditional Deployment",
	"#Traditional Deployment#문제점",
	"#컨테이너 기술 발전#Virtualized Deployment",
	"#Virtualized Deployment#Hypervisor",
	"#Virtualized Deployment#문제점",
	"#컨테이너 기술 발전#Container Deployment",
	"#컨테이너 기술 발전#Kubernetes Deployment",
	"#개요#컨테이너 기술의 발전",
];

/** Asserts the seed's shape: 10 headings, 10 TOC links (9 unparsed), 2 unparsed images, 2 tags. */
export function expectSeedShape(scan: NoteScan): void {
	const text = scan.text;
	expect(scan.headings.map((h) => [h.level, h.text])).toEqual(SEED_HEADINGS);
	for (const h of scan.headings) expect(text.slice(h.span.start.offset, h.span.end.offset)).toBe("#".repeat(h.level) + " " + h.text);

	const toc = scan.links.filter((l) => !l.embed);
	expect(toc).toHaveLength(10);
	expect(toc.map((l) => l.subpath)).toEqual(SEED_TOC_SUBPATHS);
	expect(toc.every((l) => l.syntax === "markdown" && l.path === "" && !l.external)).toBe(true);
	expect(toc.filter((l) => !l.parsed)).toHaveLength(9);
	expect(toc[0]?.parsed).toBe(true);
	for (const l of toc.slice(1)) {
		expect(l.unparsedReason).toBe("whitespace");
		expect(l.destination).toContain(" ");
	}
	for (const l of toc) {
		expect(text.slice(l.destSpan.start.offset, l.destSpan.end.offset)).toBe(l.destination);
		expect(text.slice(l.span.start.offset, l.span.end.offset)).toBe(`[${l.text}](${l.destination})`);
		expect(l.linktext).toBe(l.destination);
	}

	const images = scan.links.filter((l) => l.embed);
	expect(images).toHaveLength(2);
	for (const img of images) {
		expect(img.syntax).toBe("markdown");
		expect(img.parsed).toBe(false);
		expect(img.unparsedReason).toBe("whitespace");
		expect(img.path.startsWith("/img/이미지 창고/")).toBe(true);
		expect(img.subpath).toBe("");
	}

	expect(scan.tags.map((t) => [t.tag, t.source])).toEqual([
		["#Container", "body"],
		["#Docker", "body"],
	]);
	for (const t of scan.tags) expect(text.slice(t.span?.start.offset, t.span?.end.offset)).toBe(t.tag);
	expect(scan.frontMatter?.closed).toBe(true);
	expect(scan.frontMatterTags.values).toEqual([]);
}
