import { describe, expect, it } from "vitest";
import { extractModels, gatherModels } from "../../src/core/compare/extract";
import { DEFAULT_CATALOG } from "../../src/core/compare/catalog";
import { buildComparison } from "../../src/core/compare/view-model";
import { scanNote } from "../../src/core/scan/scan-note";
import { DEPLOYMENT_NOTE, IMAGE_NOTE, KOREAN_NOTE, XSS_NOTE } from "./fixtures";

function lineOf(text: string, needle: string): number {
	const i = text.split("\n").findIndex((l) => l === needle);
	if (i < 0) throw new Error(`fixture has no line ${needle}`);
	return i + 1;
}

describe("extractModels on a note shaped like the seed", () => {
	const ex = extractModels(scanNote(DEPLOYMENT_NOTE), "Docker/deploy-basics.md");
	const byId = (id: string) => ex.sections.find((s) => s.modelId === id);

	it("finds all four models, in evolution order, at their headings", () => {
		expect(ex.sections.map((s) => s.modelId)).toEqual(["traditional", "virtualized", "container", "kubernetes"]);
		expect(ex.sections.map((s) => s.heading)).toEqual(["Traditional Deployment", "Virtualized Deployment", "Container Deployment", "Kubernetes Deployment"]);
		expect(byId("traditional")?.line).toBe(lineOf(DEPLOYMENT_NOTE, "### Traditional Deployment"));
		expect(byId("kubernetes")?.line).toBe(lineOf(DEPLOYMENT_NOTE, "### Kubernetes Deployment"));
		expect(ex.sections.every((s) => s.path === "Docker/deploy-basics.md" && s.strength === "strong")).toBe(true);
	});

	it("does not take the parent section or the TOC for a model", () => {
		// "배포 방식의 변천" holds the word 배포 but names no model; the TOC's link lines are not headings.
		expect(ex.sections.filter((s) => s.modelId === "container")).toHaveLength(1);
		expect(byId("container")?.level).toBe(3);
	});

	it("gives traditional and virtualized their two problems, with lines", () => {
		for (const id of ["traditional", "virtualized"]) {
			const problems = byId(id)?.problems;
			expect(problems?.heading).toBe("문제점");
			const bullets = problems?.items.filter((i) => i.kind === "bullet") ?? [];
			expect(bullets).toHaveLength(2);
		}
		const trad = byId("traditional")?.problems;
		expect(trad?.items[0]?.text).toBe("같은 라이브러리를 서로 다른 버전으로 요구하면 앱끼리 부딪힌다.");
		expect(trad?.items[0]?.line).toBe(lineOf(DEPLOYMENT_NOTE, "- 같은 라이브러리를 서로 다른 버전으로 요구하면 앱끼리 부딪힌다."));
		// The closing question is kept, as a quote, not as a third problem bullet.
		expect(trad?.items[2]).toMatchObject({ kind: "quote", text: "앱마다 따로 떼어 놓을 방법은 없을까?" });
	});

	it("gives virtualized the Hypervisor sub-topic with its bullets, and not the problems", () => {
		const v = byId("virtualized");
		expect(v?.subTopics.map((t) => t.heading)).toEqual(["Hypervisor"]);
		expect(v?.subTopics[0]?.items.map((i) => i.text)).toEqual(["물리 자원을 나눠 각 Guest OS에 건네준다", "VM 생성과 삭제를 맡는다"]);
		expect(v?.items.map((i) => i.line)).toEqual([
			lineOf(DEPLOYMENT_NOTE, "- 한 서버 위에 여러 가상 머신을 띄운다"),
			lineOf(DEPLOYMENT_NOTE, "- 호스트 OS 위에서 Hypervisor가 VM들을 관리한다"),
			lineOf(DEPLOYMENT_NOTE, "- VM마다 Guest OS가 따로 돈다"),
		]);
	});

	it("finds chroot and namespaces in the container section, nested one level", () => {
		const items = byId("container")?.items ?? [];
		const chroot = items.find((i) => i.text.includes("chroot"));
		const ns = items.find((i) => i.text.includes("namespace"));
		expect(chroot?.depth).toBe(1);
		expect(ns?.depth).toBe(1);
		expect(items[0]?.depth).toBe(0);
	});

	it("finds no problems section for Kubernetes, and the view model says so", () => {
		expect(byId("kubernetes")?.problems).toBeNull();
		const vm = buildComparison(ex, { lang: "en" });
		const cell = vm.rows.find((r) => r.id === "note.problems")?.cells[3];
		expect(cell).toMatchObject({ status: "none", placeholder: "No problems section in this note", items: [] });
		const ko = buildComparison(ex, { lang: "ko" });
		expect(ko.rows.find((r) => r.id === "note.problems")?.cells[3]?.placeholder).toBe("이 노트에는 문제점 섹션이 없음");
	});

	it("keeps the parent section's images out of the models", () => {
		expect(ex.sections.flatMap((s) => s.images)).toEqual([]);
	});
});

describe("extractModels on other shapes", () => {
	it("reads Korean bare names when several models corroborate each other, and skips code blocks", () => {
		const ex = extractModels(scanNote(KOREAN_NOTE), "k.md");
		expect(ex.sections.map((s) => [s.modelId, s.heading])).toEqual([
			["traditional", "전통적인 배포"],
			["virtualized", "가상화"],
			["container", "컨테이너"],
			["kubernetes", "쿠버네티스 (k8s)"],
		]);
		expect(ex.sections[1]?.problems?.heading).toBe("단점");
		expect(ex.sections[1]?.problems?.items.map((i) => i.text)).toEqual(["무거운 게스트 OS"]);
		const container = ex.sections[2];
		expect(container?.items.map((i) => i.text)).toEqual(["커널 공유"]);
		expect(container?.subTopics).toEqual([]);
	});

	it("does not read a lone 'Container' heading as the deployment model", () => {
		expect(extractModels(scanNote(IMAGE_NOTE), "img.md").sections).toEqual([]);
	});

	it("ignores a heading naming two models", () => {
		const ex = extractModels(scanNote("## Containers vs VMs\n- a\n## Kubernetes Deployment\n- b\n"), "x.md");
		expect(ex.sections.map((s) => s.modelId)).toEqual(["kubernetes"]);
	});

	it("keeps hostile text as literal characters", () => {
		const ex = extractModels(scanNote(XSS_NOTE), "x.md");
		const c = ex.sections.find((s) => s.modelId === "container");
		expect(c?.items[0]?.text).toBe("<img src=x onerror=alert(1)> and a | pipe");
		expect(c?.subTopics[0]?.heading).toBe("<img src=x onerror=alert(2)>");
	});

	it("lists images inside a model section with their lines", () => {
		const text = "## Virtualized Deployment\n- a\n![vm stack](/img/이미지 창고/vm stack.png)\n## Container Deployment\n- b\n";
		const ex = extractModels(scanNote(text), "x.md");
		expect(ex.sections[0]?.images).toEqual([{ alt: "vm stack", target: "/img/이미지 창고/vm stack.png", line: 3 }]);
		expect(ex.sections[1]?.images).toEqual([]);
	});

	it("never throws on odd input", () => {
		for (const text of ["", "#", "###### Kubernetes\n", "- \n- [ ]\n>\n", "## Container Deployment\n\t\t\t- deep\n- [x] done\n  continued", "\r\n## Kubernetes deployment\r\n- a\r\n"]) {
			expect(() => buildComparison(extractModels(scanNote(text), "o.md"), { lang: "en" })).not.toThrow();
		}
		const crlf = extractModels(scanNote("\r\n## Kubernetes deployment\r\n- a\r\n"), "o.md");
		expect(crlf.sections[0]?.items[0]).toMatchObject({ text: "a", line: 3 });
	});
});

describe("gatherModels", () => {
	it("takes each model from the first note that covers it", () => {
		const notes = [
			{ path: "img.md", scan: scanNote(IMAGE_NOTE) },
			{ path: "k.md", scan: scanNote(KOREAN_NOTE) },
			{ path: "d.md", scan: scanNote(DEPLOYMENT_NOTE) },
		];
		const ex = gatherModels(notes, DEFAULT_CATALOG);
		// Strong ("…Deployment", "…배포") headings win over bare names.
		expect(ex.sections.map((s) => `${s.modelId}@${s.path}`)).toEqual(["traditional@k.md", "virtualized@d.md", "container@d.md", "kubernetes@d.md"]);
		expect(ex.paths).toEqual(["k.md", "d.md"]);
	});

	it("returns nothing from notes that cover no model", () => {
		expect(gatherModels([{ path: "img.md", scan: scanNote(IMAGE_NOTE) }]).sections).toEqual([]);
	});
});
