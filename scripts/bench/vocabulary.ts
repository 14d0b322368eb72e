// Word pools for the bench's generated vaults. Written for the bench (not copied
// from the seed or the corpora); headings mix Korean and English like the seed.
import type { Rng } from "./prng";

/** Level-1 headings. */
export const H1 = ["개요", "설치", "구성", "운영", "실습", "정리", "네트워크", "스토리지", "보안", "Overview", "Setup", "Architecture", "Operations", "Reference"];

/** Level-2 headings; two carry punctuation that `stripHeading` removes. */
export const H2 = [
	"컨테이너 기술 발전",
	"컨테이너 기술의 발전",
	"이미지 빌드",
	"볼륨 마운트",
	"포트 포워딩",
	"리소스 제한",
	"로그 수집",
	"멀티 스테이지 빌드",
	"CI 파이프라인",
	"Secrets 관리",
	"Image Layers",
	"Build Cache",
	"Container Runtime",
	"Namespaces and cgroups",
	"Docker Compose",
	"Health Checks",
	"Private Registry",
	"Pod Scheduling",
	"Service Discovery",
	"Rolling Updates",
	"Step 1: 준비",
	"Docker vs. VM (비교)",
];

/** Level-3 headings. */
export const H3 = [
	"Traditional Deployment",
	"Virtualized Deployment",
	"Container Deployment",
	"Kubernetes Deployment",
	"Hypervisor",
	"기본 명령어",
	"환경 변수",
	"Dockerfile 작성",
	"데이터 보존",
	"이미지 태그 전략",
	"레지스트리 인증",
	"Bridge Network",
	"Overlay Network",
	"Host Network",
	"Bind Mount",
	"tmpfs Mount",
	"ENTRYPOINT vs CMD",
	"Layer Caching",
	"cgroup v2",
	"User Namespace",
	"Liveness Probe",
	"Readiness Probe",
	"Node Affinity",
	"Pod Affinity",
	"Taints and Tolerations",
	"Restart Policy",
];

/** Level-4 headings: deliberately repeated under several parents in one note (like `문제점`). */
export const LEAVES = ["문제점", "장점", "예시", "주의사항", "해결 방법", "Example", "Notes", "Limitations"];

/** Note-name parts: `<topic> <subject> <number>`. */
export const TOPICS = ["Docker", "Kubernetes", "컨테이너", "Podman", "Linux", "클라우드"];
export const SUBJECTS = ["파트 기초", "네트워크", "스토리지", "Compose 정리", "이미지 빌드", "Pod 스케줄링", "보안 점검", "Troubleshooting", "Runtime Notes", "Volume Guide"];

/** Folders notes live in ("" = vault root). */
export const FOLDERS = ["Docker", "Docker/기초", "Kubernetes", "Cloud/클라우드 기초", "Linux", ""];

const KO_SUBJECTS = ["컨테이너는", "이미지는", "볼륨은", "네트워크 드라이버는", "오케스트레이터는", "각 레이어는", "런타임은", "스케줄러는", "레지스트리는", "헬스 체크는"];
const KO_PREDICATES = [
	"호스트 커널을 공유한다.",
	"읽기 전용 레이어 위에 쓰기 레이어를 얹는다.",
	"재시작되어도 데이터를 유지한다.",
	"격리된 네임스페이스 안에서 동작한다.",
	"선언한 상태로 클러스터를 맞춘다.",
	"다이제스트로 캐시된다.",
	"자원 사용량을 cgroup으로 제한한다.",
	"노드의 여유 자원을 보고 배치한다.",
	"태그와 다이제스트로 이미지를 찾는다.",
	"실패하면 컨테이너를 다시 띄운다.",
];
const EN_SENTENCES = [
	"Each layer is cached by the digest of its inputs.",
	"A bind mount exposes a host folder inside the container.",
	"The scheduler places a pod on a node with enough free memory.",
	"Health checks decide when traffic reaches a new replica.",
	"Build arguments do not persist into the final image.",
	"Use a named volume when the data must outlive the container.",
	"Overlay networks span several hosts through VXLAN.",
	"Restart policies apply only to containers the daemon started.",
];

/**
 * One line of prose, Korean or English.
 *
 * @example
 * sentence(new Rng("x")); // "컨테이너는 호스트 커널을 공유한다."
 */
export function sentence(rng: Rng): string {
	if (rng.chance(0.7)) return `${rng.pick(KO_SUBJECTS)} ${rng.pick(KO_PREDICATES)}`;
	return rng.pick(EN_SENTENCES);
}

/** Fenced code blocks whose text looks like links, headings, tags and images but is not. */
export const CODE_BLOCKS: readonly (readonly string[])[] = [
	["```bash", "# 헤딩처럼 보이는 주석 #Container", 'docker run -v "/img/이미지 창고:/data" nginx', 'echo "[[없는 노트#없는 헤딩]] ![x](/img/이미지%20창고/nope.png)"', "```"],
	["```yaml", "# [목차](#없는%20목차)", "image: registry.local/app:1.0", "labels: { doc: \"[[Gone Note#^gone]]\" }", "```"],
	["~~~dockerfile", "FROM alpine:3.20", "# ![[Pasted image 19990101000000.png]]", "RUN echo '[broken](Missing%20Note.md#Nope)'", "~~~"],
];
