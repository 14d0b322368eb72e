import { describe, expect, it } from "vitest";
import type { Tag } from "../../src/core/model/scan";
import { matchWatchedTags, normalizeTag } from "../../src/core/tags/container";

const tag = (t: string, source: Tag["source"] = "body"): Tag => ({ tag: t, source, span: null });

describe("normalizeTag", () => {
	it("lower-cases and puts exactly one #", () => {
		expect(normalizeTag("Container")).toBe("#container");
		expect(normalizeTag("##Docker")).toBe("#docker");
		expect(normalizeTag(" #Container/Runtime/ ")).toBe("#container/runtime");
		expect(normalizeTag("#")).toBe("");
		expect(normalizeTag("#컨테이너")).toBe("#컨테이너");
	});
});

describe("matchWatchedTags", () => {
	const watched = ["Container", "Docker"];
	it("matches case-insensitively, front matter and body alike", () => {
		expect(matchWatchedTags([tag("docker", "frontmatter"), tag("#CONTAINER")], watched)).toEqual(["#docker", "#container"]);
	});
	it("counts nested tags under a watched tag, not mere prefixes", () => {
		expect(matchWatchedTags([tag("#Container/Runtime"), tag("#Containers"), tag("#DockerHub")], watched)).toEqual([
			"#container/runtime",
		]);
	});
	it("watched tags may be written with # or nested", () => {
		expect(matchWatchedTags([tag("#k8s/pod"), tag("#k8s")], ["#K8s/Pod"])).toEqual(["#k8s/pod"]);
	});
	it("de-duplicates, keeps order, and is empty for a non-container note", () => {
		expect(matchWatchedTags([tag("#Docker"), tag("#docker"), tag("#Container")], watched)).toEqual(["#docker", "#container"]);
		expect(matchWatchedTags([tag("#Kubernetes")], watched)).toEqual([]);
		expect(matchWatchedTags([tag("#Docker")], [])).toEqual([]);
		expect(matchWatchedTags([tag("#Docker")], ["", "#"])).toEqual([]);
	});
});
