// Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): self time per function.
import { readFileSync } from "node:fs";

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	hitCount?: number;
	children?: number[];
}

interface CpuProfile {
	nodes: ProfileNode[];
	samples?: number[];
	timeDeltas?: number[];
	startTime: number;
	endTime: number;
}

/** One function's share of the samples. */
export interface HotFunction {
	name: string;
	where: string;
	selfMs: number;
	selfPercent: number;
}

/**
 * The functions with the most self time.
 *
 * @example
 * topSelfTime("bench/.peers/prof/x.cpuprofile", 10)[0]; // { name: "scanNote", where: "core.cjs:812", selfMs: 120, selfPercent: 18.5 }
 */
export function topSelfTime(file: string, count: number): HotFunction[] {
	const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const selfUs = new Map<number, number>();
	const samples = profile.samples ?? [];
	const deltas = profile.timeDeltas ?? [];
	for (let i = 0; i < samples.length; i++) {
		const id = samples[i] ?? 0;
		// A sample's time is the delta to the next one.
		const dt = deltas[i + 1] ?? 0;
		selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, dt));
	}
	const totals = new Map<string, HotFunction>();
	let all = 0;
	for (const [id, us] of selfUs) {
		const node = byId.get(id);
		if (!node) continue;
		all += us;
		const name = node.callFrame.functionName || "(anonymous)";
		const file = node.callFrame.url.replace(/^.*\//, "") || "(native)";
		const where = `${file}:${node.callFrame.lineNumber + 1}`;
		const key = `${name}@${where}`;
		const entry = totals.get(key) ?? { name, where, selfMs: 0, selfPercent: 0 };
		entry.selfMs += us / 1000;
		totals.set(key, entry);
	}
	const list = [...totals.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, count);
	for (const h of list) h.selfPercent = all > 0 ? (100 * h.selfMs * 1000) / all : 0;
	return list;
}
