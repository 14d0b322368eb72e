/**
 * A container note whose headings, link texts, link targets, list items and even its
 * path carry markup that would set `window.__pwned` if it ever became HTML, and
 * `javascript:` links. Written for the browser tests.
 *
 * @example
 * const { report, rows } = await hostileReport();
 */
import { Checker } from "../../src/core/check/checker";
import type { NoteReport } from "../../src/core/model/diagnostic";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { MemoryVault } from "../../src/core/vault/memory-vault";
import { vaultRows, type VaultRow } from "../../src/obsidian/panel/panel-model";

export const SCRIPT = "<script>window.__pwned=1</script>";
export const IMG = `<img src=x onerror="window.__pwned=1">`;
export const JS_LINK = "javascript:alert(1)";

/** No `/` in the markup here: it would split the path into folders. */
export const PATH_MARKUP = `${IMG} <svg onload="window.__pwned=1">`;
export const HOSTILE_PATH = `노트/${PATH_MARKUP}.md`;

export const HOSTILE_NOTE = [
	"#Docker #Container",
	`# ${SCRIPT} 배포 정리`,
	`## ${IMG} 제목`,
	`## [링크 제목](${JS_LINK})`,
	"",
	`- [${SCRIPT}](#${SCRIPT})`,
	`- [${IMG}](#없는 제목 ${IMG})`,
	`- [클릭](${JS_LINK})`,
	`- [[없는 노트 ${IMG}#${SCRIPT}]]`,
	`- ![${IMG}](/img/이미지 창고/${SCRIPT}.png)`,
	"",
	"## Traditional Deployment",
	`- 물리 서버 ${IMG} 한 대`,
	`- [여기](${JS_LINK}) 를 누르세요`,
	"### 문제점",
	`- ${SCRIPT} 앱끼리 충돌`,
	"## Virtualized Deployment",
	`- 가상 머신 <svg onload="window.__pwned=1"></svg>`,
	`### Hypervisor ${IMG}`,
	`- <iframe src="${JS_LINK}"></iframe> 하이퍼바이저`,
	"## Container Deployment",
	`- 컨테이너 <a href="${JS_LINK}">링크</a> ${SCRIPT}`,
	"## Kubernetes Deployment",
	`- 클러스터 <object data=x></object> ${IMG}`,
	"",
].join("\n");

/** The checker's real report of the hostile note, and the vault rows with it. */
export async function hostileReport(): Promise<{ report: NoteReport; rows: VaultRow[] }> {
	const files = { [HOSTILE_PATH]: HOSTILE_NOTE, [`다른/${IMG}.md`]: `#Docker\n- [x](#${SCRIPT})\n` };
	const checker = new Checker(new MemoryVault(files), DEFAULT_CHECK_SETTINGS);
	const vault = await checker.checkVault();
	const report = vault.notes.find((n) => n.path === HOSTILE_PATH);
	if (!report) throw new Error("hostile note not checked");
	return { report, rows: vaultRows(vault.notes, false) };
}
