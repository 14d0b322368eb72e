import { describe, expect, it } from "vitest";
import { hostileNotes, type HostileResult } from "../../scripts/bench/hostile";
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

describe("hostile notes", () => {
	const note = (name: string, ms: [number, number], error?: string): HostileResult => ({ name, bytes: [1000, 4000], ms, ratio: ms[1] / ms[0], ...(error ? { error } : {}) });
	const withHostile = (hostile: HostileResult[] | null): BenchResults => ({ ...results([]), hostile });
	const target = "(4× the text: ≤ 6× the time)";

	it("pass when every note's time grows at most 6× for 4× the text, or stays quick", () => {
		const v = verdict(withHostile([note("toc-huge", [50, 210]), note("tags-many", [5, 60])]), target);
		expect(v.pass).toBe(true);
		// tags-many grows ×12, but within 100 ms: its ratio is noise, not the worst.
		expect(v.detail).toContain("2 notes; worst ×4.2 (toc-huge, of the 1 over 100 ms)");
	});

	it("fail on a note that grows faster than its text, or that the CLI could not check", () => {
		const v = verdict(withHostile([note("toc-huge", [200, 3200]), note("block-ids", [50, 150]), note("tags-many", [1, Number.NaN], "timed out after 120 s")]), target);
		expect(v.pass).toBe(false);
		expect(v.detail).toBe("toc-huge ×16.0, tags-many failed");
	});

	it("are not judged when not measured", () => {
		expect(verdict(withHostile(null), target).pass).toBeNull();
	});
});

describe("hostile notes' text", () => {
	it("is the same on every run, tagged, and 4× longer at 4× the size", () => {
		const small = hostileNotes(16_000);
		expect(hostileNotes(16_000)).toEqual(small);
		const large = new Map(hostileNotes(64_000));
		for (const [name, text] of small) {
			if (name !== "target") expect(text.startsWith("#Docker\n"), name).toBe(true);
			const ratio = (large.get(name) ?? "").length / text.length;
			expect(ratio, name).toBeGreaterThan(3.5);
			expect(ratio, name).toBeLessThan(4.5);
		}
	});
});
