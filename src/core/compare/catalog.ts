/**
 * The built-in catalog: four deployment models in evolution order, each described
 * on the same dimensions, in English and Korean, with the public sources the facts
 * paraphrase. Pure data: extend it with `mergeCatalog` / `parseCatalogExtension`.
 *
 * Facts are short paraphrases, never quotations; each lists the sources that
 * support it. Where a fact is a consequence of a source rather than its words
 * (e.g. "a machine failure stops every app on it" from "multiple applications run
 * on a physical server"), the source given is the one the consequence follows from.
 */
import type { Catalog, CatalogFact, CatalogSource } from "./catalog-types";
import type { Language } from "../model/settings";

// Source ids, named once: facts cite them many times.
const K8S_OVERVIEW = "k8s-overview";
const K8S_WHY = "k8s-why";
const K8S_NOT = "k8s-not";
const K8S_ARCHITECTURE = "k8s-architecture";
const K8S_NAMESPACES = "k8s-namespaces";
const DOCKER_CONTAINER = "docker-container";
const MAN_NAMESPACES = "man-namespaces";
const MAN_CHROOT = "man-chroot";
const MAN_CGROUPS = "man-cgroups";

/**
 * A fact in the catalog's shape (`{ text: { en, ko }, sources }`); a helper only to keep
 * the bundled plugin small.
 *
 * @example
 * fact("Fast", "빠르다", "docker-container"); // { text: { en: "Fast", ko: "빠르다" }, sources: ["docker-container"] }
 */
function fact(en: string, ko: string, ...sources: string[]): CatalogFact {
	return { text: { en, ko }, sources };
}

/**
 * A page of the Kubernetes documentation in English and Korean (the Korean page may lack the English anchor).
 *
 * @example
 * k8s("k8s-architecture", "Cluster architecture", "클러스터 아키텍처", "architecture/").url; // { en: "https://kubernetes.io/docs/concepts/architecture/", ko: "https://kubernetes.io/ko/docs/concepts/architecture/" }
 */
function k8s(id: string, en: string, ko: string, path: string, anchor = "", koAnchor = anchor): CatalogSource {
	const page = (lang: string, a: string) => `https://kubernetes.io/${lang}docs/concepts/${path}${a}`;
	return { id, title: { en: `Kubernetes documentation, ${en}`, ko: `쿠버네티스 문서, ${ko}` }, url: { en: page("", anchor), ko: page("ko/", koAnchor) } };
}

/**
 * A Linux manual page.
 *
 * @example
 * man("man-chroot", "chroot", 2).url; // "https://man7.org/linux/man-pages/man2/chroot.2.html"
 */
function man(id: string, page: string, section: number): CatalogSource {
	return { id, title: { en: `Linux manual page ${page}(${section})`, ko: `리눅스 매뉴얼 페이지 ${page}(${section})` }, url: `https://man7.org/linux/man-pages/man${section}/${page}.${section}.html` };
}

/**
 * The address of a source in a language.
 *
 * @example
 * sourceUrl({ id: "a", title: { en: "A", ko: "A" }, url: { en: "https://e/en", ko: "https://e/ko" } }, "ko"); // "https://e/ko"
 */
export function sourceUrl(source: CatalogSource, lang: Language): string {
	return typeof source.url === "string" ? source.url : source.url[lang] || source.url.en;
}

/**
 * The default catalog.
 *
 * @example
 * DEFAULT_CATALOG.models.map((m) => m.id); // ["traditional", "virtualized", "container", "kubernetes"]
 * DEFAULT_CATALOG.models[2]?.facts["shared"]?.text.en; // "The host's operating system kernel, shared by all its containers"
 */
export const DEFAULT_CATALOG: Catalog = {
	version: 1,
	sources: [
		k8s(K8S_OVERVIEW, "Overview: Going back in time", "개요: 여정 돌아보기", "overview/", "#going-back-in-time", ""),
		k8s(K8S_WHY, "Overview: Why you need Kubernetes and what it can do", "개요: 쿠버네티스가 왜 필요하고 무엇을 할 수 있나", "overview/#why-you-need-kubernetes-and-what-can-it-do"),
		k8s(K8S_NOT, "Overview: What Kubernetes is not", "개요: 쿠버네티스가 아닌 것", "overview/", "#what-kubernetes-is-not", ""),
		k8s(K8S_ARCHITECTURE, "Cluster architecture", "클러스터 아키텍처", "architecture/"),
		k8s(K8S_NAMESPACES, "Namespaces", "네임스페이스", "overview/working-with-objects/namespaces/"),
		{
			id: DOCKER_CONTAINER,
			title: { en: "Docker documentation, What is a container?", ko: "Docker 문서, What is a container? (컨테이너란?)" },
			url: "https://docs.docker.com/get-started/docker-concepts/the-basics/what-is-a-container/",
		},
		man(MAN_NAMESPACES, "namespaces", 7),
		man(MAN_CHROOT, "chroot", 2),
		man(MAN_CGROUPS, "cgroups", 7),
	],
	// [id, English, Korean]
	dimensions: (
		[
			["unit", "Unit of deployment", "배포 단위"],
			["isolation", "What isolates apps", "격리 방식"],
			["shared", "What is shared", "공유하는 것"],
			["overhead", "Resource overhead", "자원 오버헤드"],
			["performance", "Performance", "성능"],
			["startup", "Start-up time", "시작 시간"],
			["density", "Density", "집적도"],
			["portability", "Portability", "이식성"],
			["scaling", "Scaling and orchestration", "확장과 오케스트레이션"],
			["failure", "Failure handling", "장애 처리"],
			["solved", "Problem it solved", "해결한 문제"],
			["left", "Problem it left", "남긴 문제"],
		] as const
	).map(([id, en, ko]) => ({ id, label: { en, ko } })),
	layerLabels: {
		hardware: { en: "Hardware", ko: "하드웨어" },
		"host-os": { en: "Host OS", ko: "호스트 OS" },
		hypervisor: { en: "Hypervisor", ko: "하이퍼바이저" },
		"guest-os": { en: "Guest OS", ko: "게스트 OS" },
		"container-engine": { en: "Container engine", ko: "컨테이너 엔진" },
		container: { en: "Container", ko: "컨테이너" },
		app: { en: "App", ko: "앱" },
		node: { en: "Node", ko: "노드" },
		"control-plane": { en: "Control plane", ko: "컨트롤 플레인" },
	},
	models: [
		{
			id: "traditional",
			name: { en: "Traditional deployment", ko: "전통적 배포" },
			keywords: ["traditional", "bare metal", "bare-metal", "physical server", "전통적", "전통", "물리 서버", "베어메탈"],
			stack: [{ kind: "app", count: 3 }, { kind: "host-os" }, { kind: "hardware" }],
			facts: {
				unit: fact("An application installed directly on a physical server", "물리 서버에 직접 설치한 애플리케이션", K8S_OVERVIEW),
				isolation: fact("None: there is no way to set resource boundaries between the apps of one server", "없음: 한 서버의 애플리케이션들 사이에 리소스 경계를 정할 방법이 없다", K8S_OVERVIEW),
				shared: fact("Everything: the hardware and the one operating system", "전부: 하드웨어와 하나의 운영체제", K8S_OVERVIEW),
				overhead: fact("No virtualization layer, but one-app-per-server setups leave resources underused", "가상화 계층은 없지만, 서버 하나에 앱 하나씩 두면 리소스가 남아 논다", K8S_OVERVIEW),
				performance: fact("Runs on the bare hardware, but one app can take most resources and slow the others", "하드웨어에서 바로 실행되지만, 한 앱이 리소스 대부분을 차지해 다른 앱이 느려질 수 있다", K8S_OVERVIEW),
				startup: fact("Adding capacity means providing and setting up another physical server", "용량을 늘리려면 물리 서버를 새로 마련해 설치해야 한다", K8S_OVERVIEW),
				density: fact("Low when each app gets its own server to avoid interference", "간섭을 피하려고 앱마다 서버를 따로 두면 낮다", K8S_OVERVIEW),
				portability: fact("Tied to the server it was installed on", "설치된 서버에 묶인다", K8S_OVERVIEW),
				scaling: fact("By maintaining more physical servers, which is expensive", "물리 서버를 더 유지하는 방식이라 비용이 크다", K8S_OVERVIEW),
				failure: fact("Apps share one machine, so a machine failure stops all of them", "앱들이 한 머신을 공유하므로 머신 장애가 모두를 멈춘다", K8S_OVERVIEW),
				solved: fact("The starting point: applications run on physical servers", "출발점: 애플리케이션을 물리 서버에서 실행", K8S_OVERVIEW),
				left: fact("Resource allocation: one app can starve the others; one server per app costs too much", "리소스 할당: 한 앱이 다른 앱의 자원을 빼앗고, 앱마다 서버를 두면 비용이 크다", K8S_OVERVIEW),
			},
		},
		{
			id: "virtualized",
			name: { en: "Virtualized deployment", ko: "가상화 배포" },
			keywords: ["virtualized", "virtualised", "virtualization", "virtualisation", "virtual machine", "virtual machines", "vm", "vms", "가상화", "가상 머신", "가상머신"],
			stack: [{ kind: "app", count: 2 }, { kind: "guest-os", count: 2 }, { kind: "hypervisor" }, { kind: "host-os" }, { kind: "hardware" }],
			facts: {
				unit: fact("A virtual machine: a full machine with its own operating system on virtualized hardware", "가상 머신: 가상화된 하드웨어 위에서 자체 운영체제까지 실행하는 완전한 머신", K8S_OVERVIEW),
				isolation: fact("VMs separate apps; one app's information cannot be freely accessed by another", "VM이 앱을 격리하여 한 앱의 정보에 다른 앱이 자유롭게 접근할 수 없다", K8S_OVERVIEW),
				shared: fact("The physical server's hardware, through the hypervisor; each VM has its own kernel", "하이퍼바이저를 통해 물리 서버의 하드웨어를 공유하고, VM마다 커널이 따로 있다", K8S_OVERVIEW, DOCKER_CONTAINER),
				overhead: fact("High: every VM runs a whole operating system with its own kernel and drivers", "크다: VM마다 커널과 드라이버를 갖춘 운영체제 전체가 돈다", DOCKER_CONTAINER),
				performance: fact("Uses a server's resources better than one app per server; the hypervisor adds a layer under each app", "서버 하나에 앱 하나보다 자원을 잘 쓰지만, 앱 아래에 하이퍼바이저 계층이 더해진다", K8S_OVERVIEW),
				startup: fact("Slower: a VM boots a whole guest operating system", "느리다: VM은 게스트 운영체제 전체를 부팅한다", DOCKER_CONTAINER),
				density: fact("Several VMs on one physical server's CPU", "물리 서버 한 대의 CPU에서 여러 VM", K8S_OVERVIEW),
				portability: fact("VM images are heavier to create than container images", "VM 이미지는 컨테이너 이미지보다 만들기 무겁다", K8S_OVERVIEW),
				scaling: fact("Apps are added or updated easily; physical resources become a cluster of disposable VMs", "앱을 쉽게 추가·업데이트하고, 물리 자원을 폐기 가능한 VM 클러스터로 쓴다", K8S_OVERVIEW),
				failure: fact("A faulty app stays inside its VM; VMs are disposable and can be replaced", "문제 있는 앱은 자기 VM 안에 머물고, VM은 폐기 후 교체할 수 있다", K8S_OVERVIEW),
				solved: fact("Isolation between apps and better use of server resources", "앱 간 격리와 서버 자원의 효율적 활용", K8S_OVERVIEW),
				left: fact("A full OS per VM: heavy images, slow boots, resource overhead", "VM마다 OS 전체: 무거운 이미지, 느린 부팅, 자원 오버헤드", DOCKER_CONTAINER, K8S_OVERVIEW),
			},
		},
		{
			id: "container",
			name: { en: "Container deployment", ko: "컨테이너 배포" },
			keywords: ["container", "containers", "containerized", "containerised", "컨테이너"],
			stack: [{ kind: "container", count: 3 }, { kind: "container-engine" }, { kind: "host-os" }, { kind: "hardware" }],
			facts: {
				unit: fact("A container: an isolated process with the files it needs, started from an image", "컨테이너: 필요한 파일을 갖춘 격리된 프로세스로, 이미지에서 시작한다", DOCKER_CONTAINER),
				isolation: fact("Kernel features: namespaces give each container its own process IDs, network and mounts; chroot changes its root directory; cgroups limit its resources", "커널 기능: 네임스페이스로 프로세스 ID·네트워크·마운트를 분리하고, chroot로 루트 디렉터리를 바꾸며, cgroups로 자원을 제한한다", MAN_NAMESPACES, MAN_CHROOT, MAN_CGROUPS),
				shared: fact("The host's operating system kernel, shared by all its containers", "호스트 운영체제의 커널을 모든 컨테이너가 공유한다", DOCKER_CONTAINER, K8S_OVERVIEW),
				overhead: fact("Low: no guest operating system per app", "작다: 앱마다 게스트 운영체제가 없다", DOCKER_CONTAINER, K8S_OVERVIEW),
				performance: fact("Apps run as processes on the host kernel; resource isolation makes performance predictable", "앱이 호스트 커널 위의 프로세스로 돌고, 자원 격리로 성능을 예측할 수 있다", DOCKER_CONTAINER, K8S_OVERVIEW),
				startup: fact("Fast: starting a container starts a process, not an operating system", "빠르다: 컨테이너 시작은 운영체제가 아닌 프로세스 시작이다", DOCKER_CONTAINER),
				density: fact("High: containers share one kernel, so more apps fit on less infrastructure", "높다: 커널 하나를 공유해 적은 인프라에 더 많은 앱이 들어간다", DOCKER_CONTAINER, K8S_OVERVIEW),
				portability: fact("Decoupled from the infrastructure: runs the same on a laptop, on premises and in clouds", "인프라와 분리되어 랩탑, 온프레미스, 클라우드에서 똑같이 동작한다", K8S_OVERVIEW),
				scaling: fact("Containers start quickly, but many of them across servers need a system to manage them", "컨테이너는 빨리 뜨지만, 여러 서버의 많은 컨테이너를 관리할 시스템이 필요하다", K8S_WHY),
				failure: fact("When a container goes down, another one has to be started", "컨테이너가 다운되면 다른 컨테이너를 다시 시작해야 한다", K8S_WHY),
				solved: fact("Light isolation without a guest OS per app; the same environment from development to production", "앱마다 게스트 OS 없이 가벼운 격리, 개발부터 운영까지 같은 환경", K8S_OVERVIEW, DOCKER_CONTAINER),
				left: fact("Running containers in production without downtime: restarts, scaling and failover across machines", "운영 환경에서 중단 없이 컨테이너 운영: 여러 머신에 걸친 재시작, 확장, 장애 조치", K8S_WHY),
			},
		},
		{
			id: "kubernetes",
			name: { en: "Kubernetes", ko: "쿠버네티스" },
			keywords: ["kubernetes", "k8s", "쿠버네티스", "container orchestration", "orchestration", "오케스트레이션"],
			stack: [{ kind: "control-plane" }, { kind: "container", count: 4 }, { kind: "container-engine", count: 2 }, { kind: "node", count: 2 }],
			facts: {
				unit: fact("Pods of containers, placed on the worker nodes of a cluster", "컨테이너를 묶은 파드, 클러스터의 워커 노드에 배치된다", K8S_ARCHITECTURE),
				isolation: fact("Container isolation on each node; Kubernetes namespaces isolate groups of resources within a cluster", "노드마다 컨테이너 격리, 쿠버네티스 네임스페이스로 클러스터 안의 리소스 그룹을 격리한다", K8S_NAMESPACES, K8S_ARCHITECTURE),
				shared: fact("Each node's kernel is shared by its containers; the nodes are pooled under one control plane", "노드의 커널은 그 노드의 컨테이너가 공유하고, 노드들은 하나의 컨트롤 플레인 아래 모인다", K8S_ARCHITECTURE),
				overhead: fact("A control plane plus agents on every node (kubelet, container runtime, kube-proxy)", "컨트롤 플레인과 노드마다 도는 에이전트(kubelet, 컨테이너 런타임, kube-proxy)", K8S_ARCHITECTURE),
				performance: fact("Container performance; bin packing places containers by their CPU and memory needs", "컨테이너 수준의 성능, 빈 패킹이 CPU·메모리 요구량에 맞춰 컨테이너를 배치한다", K8S_WHY),
				startup: fact("Containers start fast; the scheduler first picks a node for each new Pod", "컨테이너는 빨리 뜨고, 스케줄러가 먼저 새 파드를 실행할 노드를 고른다", K8S_ARCHITECTURE),
				density: fact("High: automatic bin packing makes the best use of node resources", "높다: 자동 빈 패킹으로 노드 자원을 가장 잘 활용한다", K8S_WHY),
				portability: fact("Runs on premises and on major public clouds; workloads are declared, not scripted", "온프레미스와 주요 퍼블릭 클라우드에서 실행되고, 워크로드를 선언적으로 기술한다", K8S_OVERVIEW, K8S_NOT),
				scaling: fact("Automated scaling, rollouts and rollbacks toward a declared desired state", "선언한 의도한 상태를 향한 자동 확장, 롤아웃, 롤백", K8S_WHY),
				failure: fact("Self-healing: restarts and replaces failed containers and kills those failing health checks", "자동 복구: 실패한 컨테이너를 재시작·교체하고 상태 검사에 응답하지 않는 컨테이너를 죽인다", K8S_WHY),
				solved: fact("Running containers resiliently as a distributed system: scaling, failover, deployment patterns", "분산 시스템으로서 컨테이너를 탄력적으로 실행: 확장, 장애 조치, 배포 패턴", K8S_WHY),
				left: fact("Not a full platform: logging, monitoring, CI/CD and middleware are left to the user", "완전한 플랫폼이 아니다: 로깅, 모니터링, CI/CD, 미들웨어는 사용자 몫이다", K8S_NOT),
			},
		},
	],
};
