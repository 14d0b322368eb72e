import { describe, expect, it } from "vitest";
import { verdicts, type BenchResults, type Row, type VaultResult } from "../../scripts/bench/report";

function timing(tool: string, kind: Row["kind"], medianMs: number, pairedRatio?: number): Row {
	const row: Row = { tool, kind, runs: 3, medianMs, cpuMs: null, notesPerS: 0, mbPerS: 0, peakMB: null, timedOutAfterS: null };
	if (pairedRatio !== undefined) row.pairedRatio = pairedRatio;
	return row;
}

function results(peers: Row[]): BenchResults {
	const vault: VaultResult = {
		label: "generated 1,000 notes",
		dir: "bench/.vaults/n1000/obsidian",
		notes: 1000,
		files: 2000,
		bytes: 4_000_000,
		rows: [timing("floor", "floor", 100), timing("container-notes CLI", "ours-cli", 400), ...peers],
		manifest: { version: 3, planted: [] } as unknown as VaultResult["manifest"],
		ours: { found: 10, planted: 10, falsePositives: 0 } as unknown as VaultResult["ours"],
		oursError: null,
		cliCounts: null,
		peerAccuracy: {},
		peerObsidianAccuracy: {},
	};
	return {
		started: "",
		finished: "",
		machine: { cpu: "test", cores: 2, memoryGB: 1, freeMemoryGB: 1, node: "v20", os: "linux", loadAtStart: "0", peakMemory: "" },
		options: {},
		versions: {},
		build: { ok: true, mainJsKB: 100, output: "" },
		vaults: [vault],
		latency: null,
		onload: null,
		profile: null,
		coreError: null,
		codeRev: "abc1234",
	};
}

function verdict(r: BenchResults, target: string) {
	const found = verdicts(r).find((v) => v.target.endsWith(target));
	if (!found) throw new Error(`no verdict ${target}`);
	return found;
}

describe("bench verdicts against peers", () => {
	it("should judge a peer by its paired ratio when it has one", () => {
		// Medians alone (380 ms against our 400 ms) would say the peer is faster;
		// measured in pairs, each peer run took 1.2 times our run just before it.
		const r = results([timing("check-md", "peer", 380, 1.2)]);
		const v = verdict(r, "faster than every peer");
		expect(v.pass).toBe(true);
		expect(v.detail).toBe("check-md 1.20×");
	});

	it("should fall back to the ratio of medians for an unpaired peer", () => {
		const r = results([timing("check-md", "peer", 380)]);
		const v = verdict(r, "faster than every peer");
		expect(v.pass).toBe(false);
		expect(v.detail).toBe("check-md 0.95×");
	});

	it("should use the paired ratio for the ≥N× targets too", () => {
		const r = results([timing("markdownlint-cli2 (MD051)", "peer", 8000, 14.5)]);
		const v = verdict(r, "≥15× faster than markdownlint-cli2");
		expect(v.pass).toBe(false);
		expect(v.detail).toContain("14×");
	});
});
