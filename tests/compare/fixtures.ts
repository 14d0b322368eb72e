/**
 * Test notes written for these tests. The first mirrors the seed note's structure
 * (TOC, parent section with an image, four model sections, `문제점` under the first
 * two, `Hypervisor` under the second, tags at the end) with different sentences.
 */

/** Mirrors the seed: models as level-3 headings under a parent section. */
export const DEPLOYMENT_NOTE = `---
slug: "deploy-basics"
---
- [들어가며](#들어가며)
	- [배포 방식의 변천](#들어가며#배포 방식의 변천)
		- [Traditional Deployment](#배포 방식의 변천#Traditional Deployment)
			- [문제점](#Traditional Deployment#문제점)
		- [Virtualized Deployment](#배포 방식의 변천#Virtualized Deployment)
			- [Hypervisor](#Virtualized Deployment#Hypervisor)
			- [문제점](#Virtualized Deployment#문제점)
		- [Container Deployment](#배포 방식의 변천#Container Deployment)
		- [Kubernetes Deployment](#배포 방식의 변천#Kubernetes Deployment)
	- [정리](#들어가며#정리)


# 들어가며
## 배포 방식의 변천
![evolution.png](/img/이미지 창고/evolution.png)
- 서비스를 싸고 안정적으로 굴리려는 고민이 배포 방식을 바꿔 왔다.
	- 서버 비용
	- 자원 활용률

### Traditional Deployment
- 물리 서버 한 대에 여러 애플리케이션을 함께 올린다

#### 문제점
- 같은 라이브러리를 서로 다른 버전으로 요구하면 앱끼리 부딪힌다.
- 한 앱이 CPU를 독차지하면 옆 앱이 느려진다.
>앱마다 따로 떼어 놓을 방법은 없을까?

### Virtualized Deployment
- 한 서버 위에 여러 가상 머신을 띄운다
- 호스트 OS 위에서 Hypervisor가 VM들을 관리한다
- VM마다 Guest OS가 따로 돈다

#### Hypervisor
- 물리 자원을 나눠 각 Guest OS에 건네준다
- VM 생성과 삭제를 맡는다

#### 문제점
- 모든 VM이 운영체제를 통째로 실어서 무겁다.
- 하이퍼바이저 자체도 메모리를 잡아먹는다.

### Container Deployment
- 게스트 OS 없이 호스트 커널을 나눠 쓰는 방식이다
- 컨테이너 엔진(예: Docker Engine)이 컨테이너를 띄운다
- 격리에는 커널 기능을 쓴다
	- chroot로 파일 시스템 루트를 바꾼다
	- namespace로 PID와 네트워크를 나눈다

### Kubernetes Deployment
- 여러 서버에 흩어진 컨테이너를 한 클러스터로 묶어 관리한다

## 정리
![summary.png](/img/이미지 창고/summary.png)

---

#Container #Docker
`;

/** Korean names only, as bare headings (corroborated by each other). */
export const KOREAN_NOTE = `# 배포 방식 정리

## 전통적인 배포
- 서버 한 대, 앱 여러 개

## 가상화
- VM 여러 대
### 단점
1. 무거운 게스트 OS

## 컨테이너
- 커널 공유
\`\`\`bash
- not a bullet: docker run --rm alpine
## not a heading
\`\`\`

## 쿠버네티스 (k8s)
- 클러스터에서 컨테이너 관리
`;

/** A Docker note whose "Container" heading is about images and containers, not the deployment model. */
export const IMAGE_NOTE = `# Docker 구성요소
## Image
- 컨테이너를 만드는 틀
## Container
- 이미지를 실행한 것

#Container #Docker
`;

/** Hostile text in a sub-topic heading and in bullets. */
export const XSS_NOTE = `# Notes
## Container Deployment
- <img src=x onerror=alert(1)> and a | pipe
- <script>alert("bullet")</script>
### <img src=x onerror=alert(2)>
- sub bullet \\| with an escaped pipe
## Kubernetes Deployment
- fine
`;
