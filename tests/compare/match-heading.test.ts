import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOG } from "../../src/core/compare/catalog";
import { matchModelHeading, mentionsAny, PROBLEM_WORDS } from "../../src/core/compare/match-heading";

const match = (t: string) => matchModelHeading(t, DEFAULT_CATALOG.models);

describe("matchModelHeading", () => {
	it.each([
		["Traditional Deployment", "traditional", "strong"],
		["전통적 배포", "traditional", "strong"],
		["전통적인 배포 시대", "traditional", "strong"],
		["Virtualized Deployment", "virtualized", "strong"],
		["가상화된 배포 시대", "virtualized", "strong"],
		["VM 배포", "virtualized", "strong"],
		["Container Deployment", "container", "strong"],
		["컨테이너 배포", "container", "strong"],
		["컨테이너 개발 시대", "container", "strong"],
		["Kubernetes Deployment", "kubernetes", "strong"],
		["2. Container deployment era", "container", "strong"],
		["Kubernetes", "kubernetes", "name"],
		["쿠버네티스", "kubernetes", "name"],
		["k8s", "kubernetes", "name"],
		["쿠버네티스 (K8s)", "kubernetes", "name"],
		["Container orchestration", "kubernetes", "name"],
		["가상화", "virtualized", "name"],
		["Containers", "container", "name"],
		["컨테이너 기술 발전", "container", "weak"],
		["컨테이너 기술의 발전", "container", "weak"],
		["Kubernetes API", "kubernetes", "weak"],
		["Kubernetes Deployment 생성", "kubernetes", "weak"],
	])("%s -> %s (%s)", (text, modelId, strength) => {
		expect(match(text)).toEqual({ modelId, strength });
	});

	it.each(["Containers vs VMs", "개요", "Hypervisor", "문제점", "VMware tools", "containerd 설치", "", "###"])("%s -> no model", (text) => {
		expect(match(text)).toBeNull();
	});
});

describe("mentionsAny(PROBLEM_WORDS)", () => {
	it.each(["문제점", "단점", "한계", "Problems", "Cons", "Limitations", "Known issues"])("%s is a problems heading", (t) => {
		expect(mentionsAny(t, PROBLEM_WORDS)).toBe(true);
	});
	it.each(["Hypervisor", "Constraints of nothing", "consensus"])("%s is not", (t) => {
		expect(mentionsAny(t, PROBLEM_WORDS)).toBe(false);
	});
});
