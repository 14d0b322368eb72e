/**
 * Panel states for screenshots and page tests: a Korean container note with every kind
 * of row (errors with fixes and suggestions, a warning, long unbroken text), and a vault list.
 */
import { LineIndex } from "../../../src/core/model/position";
import type { Diagnostic, NoteReport, RuleId, Severity } from "../../../src/core/model/diagnostic";
import type { Language } from "../../../src/core/model/settings";
import type { PanelState } from "../../../src/obsidian/panel/panel-model";

export const SAMPLE_NOTE = [
	"---",
	"tags: [Docker, container/runtime]",
	"---",
	"- [배포 방식의 변화](#배포 방식의 변화)",
	"\t- [전통적인 배포](#배포 방식의 변화#전통적인 배포)",
	"\t- [가상화 배포](#배포 방식의 변화#가상화배포)",
	"- [[컨테이너 런타임 비교표#containerd와 CRI-O의 차이점]]",
	"",
	"# 배포 방식의 변화",
	"## 전통적인 배포",
	"## 가상화 배포",
	"![구조도](/img/이미지 창고/Pasted image 20221230100905.png)",
	"![[very-long-file-name-without-any-spaces-that-should-wrap-inside-the-sidebar-20240101.png]]",
	"",
].join("\n");

function diag(needle: string, rule: RuleId, severity: Severity, message: string, suggestion: string | null, fix: { title: string; text: string; safe: boolean } | null): Diagnostic {
	const start = SAMPLE_NOTE.indexOf(needle);
	const span = new LineIndex(SAMPLE_NOTE).span(start, start + needle.length);
	return { rule, severity, path: "컨테이너/Docker 기초.md", span, message, suggestion, fix: fix && { title: fix.title, safe: fix.safe, edits: [{ span, expected: needle, text: fix.text }] } };
}

/** The sample note's report. */
export function sampleReport(): NoteReport {
	return {
		path: "컨테이너/Docker 기초.md",
		tags: ["#docker", "#container/runtime"],
		matchedTags: ["#docker", "#container/runtime"],
		isContainerNote: true,
		skipped: null,
		diagnostics: [
			diag("#배포 방식의 변화#전통적인 배포", "link-unparsed", "error", "Obsidian does not read this as a link: the destination has raw spaces.", "Encode the spaces as %20", { title: "Encode spaces as %20", text: "#배포%20방식의%20변화#전통적인%20배포", safe: true }),
			diag("#배포 방식의 변화#가상화배포", "heading-missing", "error", "No heading “가상화배포” under “배포 방식의 변화”.", "Did you mean “가상화 배포”?", { title: "Link to “가상화 배포”", text: "#배포%20방식의%20변화#가상화%20배포", safe: false }),
			diag("컨테이너 런타임 비교표#containerd와 CRI-O의 차이점", "note-missing", "error", "The note “컨테이너 런타임 비교표” does not exist.", null, null),
			diag("/img/이미지 창고/Pasted image 20221230100905.png", "image-missing", "error", "No file at /img/이미지 창고/Pasted image 20221230100905.png", "A file with hyphens exists: Pasted-image-20221230100905.png", { title: "Use Pasted-image-20221230100905.png", text: "/img/이미지%20창고/Pasted-image-20221230100905.png", safe: true }),
			diag("very-long-file-name-without-any-spaces-that-should-wrap-inside-the-sidebar-20240101.png", "image-outside-folder", "warning", "very-long-file-name-without-any-spaces-that-should-wrap-inside-the-sidebar-20240101.png is outside /img/이미지 창고", null, null),
		],
	};
}

/** A full panel: the sample note active, five vault rows, optional progress. */
export function samplePanelState(language: Language = "ko", progress: PanelState["vault"]["progress"] = null): PanelState {
	void language;
	return {
		active: { kind: "report", path: "컨테이너/Docker 기초.md", report: sampleReport(), scopeAll: false, canUpdateToc: true },
		vault: {
			progress,
			rows: [
				{ path: "컨테이너/Docker 기초.md", errors: 4, warnings: 1, infos: 0 },
				{ path: "컨테이너/쿠버네티스 파드 스케줄링과 어피니티 규칙 정리 (실습 포함).md", errors: 2, warnings: 0, infos: 0 },
				{ path: "Kubernetes/Pod affinity.md", errors: 0, warnings: 3, infos: 0 },
				{ path: "Docker Compose.md", errors: 0, warnings: 0, infos: 0 },
			],
		},
		canCompare: true,
	};
}
