/**
 * A small Korean vault checked by the real checker (Korean messages), for the panel
 * screenshots: the active note has a fixable and an unfixable error of each kind, a
 * suggestion-only fix, a long unbroken file name and a stale TOC; the vault section
 * lists four container notes.
 *
 * @example
 * const state = await samplePanel(); // PanelState for panelPage()
 */
import { Checker } from "../../src/core/check/checker";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { vaultRows, type PanelState } from "../../src/obsidian/panel/panel-model";

export const ACTIVE_PATH = "컨테이너/도커 입문.md";

const FILES: Record<string, string> = {
	[ACTIVE_PATH]: [
		"---",
		"tags: [Docker, container/runtime]",
		"---",
		"- [배포가 바뀌어 온 길](#배포가%20바뀌어%20온%20길)",
		"\t- [서버에 바로 설치](#배포가 바뀌어 온 길#서버에 바로 설치)",
		"\t- [가상 머신](#배포가%20바뀌어%20온%20길#가상머신)",
		"- [[런타임 비교 노트#runc와 crun 비교]]",
		"",
		"# 배포가 바뀌어 온 길",
		"## 서버에 바로 설치",
		"## 가상 머신",
		"- 종류는 [하이퍼바이저](#하이퍼바이저%20종류)에 정리했다",
		"### 하이퍼바이저의 종류",
		"![흐름도](/img/이미지%20창고/Screen%20shot%2020230105093012.png)",
		"![[an-extremely-long-diagram-file-name-with-no-spaces-at-all-for-wrapping-20240101.png]]",
		"",
	].join("\n"),
	"img/이미지 창고/Screen-shot-20230105093012.png": "",
	"an-extremely-long-diagram-file-name-with-no-spaces-at-all-for-wrapping-20240101.png": "",
	"컨테이너/쿠버네티스 파드 배치와 어피니티 규칙 한눈에 보기 (실습 포함).md": "#Container\n- [[없는 노트]]\n- [스케줄러](#없는 제목)\n",
	"Kubernetes/Node affinity.md": "#Container\n![[diagram.png]]\n",
	"diagram.png": "",
	"Docker Compose.md": "#Docker\n# 서비스\n- [서비스](#서비스)\n",
	"일기/2024-01-01.md": "오늘은 쉬는 날\n",
};

/** The panel for the active note, from a real check of the vault in Korean. */
export async function samplePanel(): Promise<PanelState> {
	const checker = new Checker(new MemoryVault(FILES), { ...DEFAULT_CHECK_SETTINGS, language: "ko" });
	const vault = await checker.checkVault();
	const report = vault.notes.find((n) => n.path === ACTIVE_PATH);
	if (!report) throw new Error(`${ACTIVE_PATH} not checked`);
	return {
		active: { kind: "report", path: ACTIVE_PATH, report, scopeAll: false, canUpdateToc: true },
		vault: { progress: null, rows: vaultRows(vault.notes, false) },
		canCompare: true,
	};
}
