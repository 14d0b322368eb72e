/**
 * UI words of the comparison (view, Markdown table, CLI), in English and Korean.
 */
import type { Language } from "../model/settings";

export interface CompareLabels {
	title: string;
	/** Header of the first column. */
	dimension: string;
	groupNote: string;
	groupCatalog: string;
	rowSummary: string;
	rowProblems: string;
	rowSubTopics: string;
	rowImages: string;
	notCovered: string;
	noProblems: string;
	noSubTopics: string;
	noImages: string;
	noSummary: string;
	noFact: string;
	/** `{n}` = number of hidden items. */
	more: string;
	/** `{n}` = number of notes. */
	gathered: string;
	noModels: string;
	layoutTable: string;
	layoutCardsByModel: string;
	layoutCardsByDimension: string;
	layoutLabel: string;
	modelSwitcher: string;
	source: string;
	sources: string;
	line: string;
	stackDiagram: string;
	emptyView: string;
	/** Command names (the plugin prefixes its own name). */
	commandOpen: string;
	commandInsert: string;
}

const EN: CompareLabels = {
	title: "Deployment comparison",
	dimension: "Dimension",
	groupNote: "From your note",
	groupCatalog: "Reference",
	rowSummary: "Summary",
	rowProblems: "Problems",
	rowSubTopics: "Sub-topics",
	rowImages: "Images",
	notCovered: "Not covered in this note",
	noProblems: "No problems section in this note",
	noSubTopics: "No sub-topics",
	noImages: "No images",
	noSummary: "No summary lines",
	noFact: "No reference fact",
	more: "… {n} more",
	gathered: "Gathered from {n} container notes",
	noModels: "No deployment model found in this note; showing the reference facts.",
	layoutTable: "Table",
	layoutCardsByModel: "Cards by model",
	layoutCardsByDimension: "Cards by dimension",
	layoutLabel: "Layout",
	modelSwitcher: "Model",
	source: "Source",
	sources: "Sources",
	line: "Line {n}",
	stackDiagram: "Stack diagram",
	emptyView: "Open a note to compare its deployment models.",
	commandOpen: "Open deployment comparison",
	commandInsert: "Insert deployment comparison table",
};

const KO: CompareLabels = {
	title: "배포 방식 비교",
	dimension: "항목",
	groupNote: "내 노트에서",
	groupCatalog: "참고 자료",
	rowSummary: "요약",
	rowProblems: "문제점",
	rowSubTopics: "하위 주제",
	rowImages: "이미지",
	notCovered: "이 노트에서 다루지 않음",
	noProblems: "이 노트에는 문제점 섹션이 없음",
	noSubTopics: "하위 주제 없음",
	noImages: "이미지 없음",
	noSummary: "요약 줄 없음",
	noFact: "참고 사실 없음",
	more: "… {n}개 더 있음",
	gathered: "컨테이너 노트 {n}개에서 모음",
	noModels: "이 노트에서 배포 방식을 찾지 못했습니다. 참고 자료만 보여 줍니다.",
	layoutTable: "표",
	layoutCardsByModel: "방식별 카드",
	layoutCardsByDimension: "항목별 카드",
	layoutLabel: "보기",
	modelSwitcher: "방식",
	source: "출처",
	sources: "출처",
	line: "{n}번째 줄",
	stackDiagram: "구성도",
	emptyView: "노트를 열면 배포 방식을 비교해 보여 줍니다.",
	commandOpen: "배포 방식 비교 열기",
	commandInsert: "배포 방식 비교 표 삽입",
};

/**
 * Labels in a language (English for anything else).
 *
 * @example
 * compareLabels("ko").notCovered; // "이 노트에서 다루지 않음"
 */
export function compareLabels(lang: Language): CompareLabels {
	return lang === "ko" ? KO : EN;
}

/**
 * Fills `{name}` placeholders.
 *
 * @example
 * fill("… {n} more", { n: 3 }); // "… 3 more"
 */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
