// `npm run bench`: checks that our checker finds every planted problem, then times
// it against the read floor and the peers, and writes bench/results.md.
// Bundled and started by scripts/bench.mjs (which also bundles our core).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, freemem, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { scoreOurs, scorePeer, type Accuracy, type CliJsonReport, type OursAccuracy } from "./accuracy";
import type { Manifest } from "./generate-vault";
import { peakMemorySource, runMeasured, type RunResult } from "./measure";
import { ensurePeers, makePeers, peerVersion, type Peer } from "./peers";
import { topSelfTime, type HotFunction } from "./profile";
import { writeResults, type BenchResults, type Row, type VaultResult } from "./report";
import { combineLatency, median, type LatencyRun } from "./stats";
import { ensureVault } from "./vault-cache";
import { measureHostile } from "./hostile";

interface Options {
	sizes: number[];
	runs: number;
	peerRuns: number;
	peers: boolean;
	hub: boolean;
	build: boolean;
	profile: boolean;
	/** Time the hostile notes (scripts/bench/hostile.ts). */
	hostile: boolean;
	mlcTimeoutS: number;
	peerTimeoutS: number;
	reusePeers: boolean;
	latencyIterations: number;
	/** Separate processes measuring the re-check latency (their medians are combined). */
	latencyRuns: number;
	seed: string;
}

function parseOptions(argv: string[]): Options {
	const opts: Options = { sizes: [1000, 10000], runs: 5, peerRuns: 3, peers: true, hub: true, build: true, profile: true, hostile: true, mlcTimeoutS: 120, peerTimeoutS: 600, reusePeers: false, latencyIterations: 500, latencyRuns: 3, seed: "container-notes-bench" };
	for (const arg of argv) {
		const [key, value = ""] = arg.replace(/^--/, "").split("=");
		if (key === "quick") Object.assign(opts, { sizes: [1000], runs: 3, peerRuns: 1, hub: false, profile: false, hostile: false, latencyIterations: 200, latencyRuns: 1 });
		else if (key === "sizes") opts.sizes = value.split(",").map(Number).filter((n) => n > 1);
		else if (key === "runs") opts.runs = Math.max(1, Number(value));
		else if (key === "peer-runs") opts.peerRuns = Math.max(1, Number(value));
		else if (key === "no-peers") opts.peers = false;
		else if (key === "reuse-peers") opts.reusePeers = true;
		else if (key === "no-hub") opts.hub = false;
		else if (key === "no-build") opts.build = false;
		else if (key === "no-profile") opts.profile = false;
		else if (key === "no-hostile") opts.hostile = false;
		else if (key === "mlc-timeout") opts.mlcTimeoutS = Number(value);
		else if (key === "peer-timeout") opts.peerTimeoutS = Number(value);
		else if (key === "latency-iterations") opts.latencyIterations = Number(value);
		else if (key === "latency-runs") opts.latencyRuns = Math.max(1, Number(value));
		else if (key === "seed") opts.seed = value;
		else if (key === "help") {
			console.log("npm run bench -- [--quick] [--sizes=1000,10000] [--runs=5] [--peer-runs=3] [--head] [--no-peers] [--reuse-peers] [--no-hub] [--no-build] [--no-profile] [--no-hostile] [--render-only] [--mlc-timeout=120] [--peer-timeout=600] [--latency-iterations=500] [--latency-runs=3] [--seed=S]");
			process.exit(0);
		}
	}
	return opts;
}

const repo = process.cwd();
/** Where the measured product code is built: the working tree, or a snapshot of HEAD (`--head`). */
const codeDir = process.env.BENCH_CODE_DIR || repo;
const codeRev = process.env.BENCH_CODE_REV ?? "";
const benchDir = join(repo, "bench");
const peersDir = join(benchDir, ".peers");
const buildDir = join(peersDir, "build");
const coreBundle = process.env.BENCH_CORE ?? "";
const coreError = process.env.BENCH_CORE_ERROR ?? "";
const hubDir = resolve(repo, "..", "shared", "corpora", "obsidian-hub");
const log = (line: string): void => console.log(`[bench] ${line}`);

/** Peer timings of earlier runs (peers do not change with our code; `--reuse-peers` skips re-running them). */
interface CachedPeer {
	date: string;
	row?: Row;
	accuracy?: Accuracy | undefined;
	/** For the untimed Obsidian-dialect pass: accuracy per peer. */
	obsidian?: Record<string, Accuracy>;
}
const peerCachePath = join(peersDir, "peer-cache.json");
const peerCache: Record<string, CachedPeer> = existsSync(peerCachePath) ? (JSON.parse(readFileSync(peerCachePath, "utf8")) as Record<string, CachedPeer>) : {};

function commandOutput(cmd: string, args: string[]): string {
	try {
		return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
	} catch {
		return "";
	}
}

function machine(): BenchResults["machine"] {
	const cpuinfo = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
	const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? "unknown";
	const load = existsSync("/proc/loadavg") ? readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ") : "n/a";
	return {
		cpu: model.trim(),
		cores: cpus().length,
		memoryGB: Math.round(totalmem() / 2 ** 30),
		freeMemoryGB: Math.round(freemem() / 2 ** 30),
		node: process.version,
		os: commandOutput("uname", ["-sr"]),
		loadAtStart: load,
		peakMemory: peakMemorySource(),
	};
}

/** Bytes of the notes (`.md`) under a folder, and their count. */
function noteBytes(dir: string): { notes: number; bytes: number; files: number } {
	let notes = 0;
	let bytes = 0;
	let files = 0;
	const walk = (d: string): void => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			if (e.name.startsWith(".") || e.name === "node_modules") continue;
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.isFile()) {
				files++;
				if (e.name.toLowerCase().endsWith(".md")) {
					notes++;
					bytes += statSync(p).size;
				}
			}
		}
	};
	walk(dir);
	return { notes, bytes, files };
}

function node(args: string[], cwd = repo, timeoutMs = 600_000): Promise<RunResult> {
	return runMeasured(process.execPath, args, { cwd, timeoutMs, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
}

function parseJsonLine<T>(stdout: string): T | null {
	const line = stdout.trim().split("\n").pop() ?? "";
	try {
		return JSON.parse(line) as T;
	} catch {
		return null;
	}
}

function rowFrom(tool: string, runs: RunResult[], notes: number, bytes: number, extra: Partial<Row> = {}): Row {
	const ok = runs.filter((r) => !r.timedOut);
	const wall = ok.length > 0 ? median(ok.map((r) => r.wallMs)) : Number.NaN;
	const rss = runs.map((r) => r.maxRssKB ?? 0);
	return {
		tool,
		runs: ok.length,
		medianMs: wall,
		cpuMs: ok.some((r) => r.cpuMs !== null) ? median(ok.map((r) => r.cpuMs ?? 0)) : null,
		notesPerS: notes / (wall / 1000),
		mbPerS: bytes / 2 ** 20 / (wall / 1000),
		peakMB: rss.length > 0 ? Math.max(...rss) / 1024 : null,
		timedOutAfterS: null,
		...extra,
	};
}

/** Runs `fn` up to `max` times; stops after the first when a run is slow (`slowMs`) or timed out. */
async function repeat(max: number, slowMs: number, fn: () => Promise<RunResult>): Promise<RunResult[]> {
	const runs: RunResult[] = [];
	for (let i = 0; i < max; i++) {
		const r = await fn();
		runs.push(r);
		if (r.timedOut || r.wallMs > slowMs) break;
	}
	return runs;
}

async function benchVault(
	label: string,
	dir: string,
	gfmDir: string | null,
	manifest: Manifest | null,
	opts: Options,
	peers: Peer[],
): Promise<VaultResult> {
	const size = noteBytes(dir);
	const result: VaultResult = { label, dir: dir.replace(repo + "/", ""), notes: size.notes, files: size.files, bytes: size.bytes, rows: [], manifest, ours: null, oursError: null, peerAccuracy: {}, peerObsidianAccuracy: {}, cliCounts: null };
	const cli = join(codeDir, "dist", "cli.cjs");
	const cliArgs = [cli, "check", dir, "--all", "--format", "json"];

	// 1. Correctness first: a wrong checker is not timed.
	let oursOk = false;
	if (!existsSync(cli)) result.oursError = "dist/cli.cjs missing (build failed?)";
	else {
		log(`${label}: verifying our checker`);
		const first = await node(cliArgs);
		const report = parseJsonLine<CliJsonReport>(first.stdout);
		if (!report) result.oursError = `CLI printed no JSON report (exit ${first.code}): ${first.stderr.slice(0, 400)}`;
		else {
			result.cliCounts = countCli(report);
			if (manifest) {
				const score: OursAccuracy = scoreOurs(report, manifest.planted);
				result.ours = score;
				oursOk = score.found === score.planted && score.falsePositives === 0;
				if (!oursOk) result.oursError = `checker is wrong: found ${score.found}/${score.planted} planted, ${score.falsePositives} unexpected errors — not timed`;
			} else oursOk = true;
		}
	}

	// 2. Floor and our CLI, interleaved so that load changes on the shared machine hit both alike.
	log(`${label}: floor${oursOk ? " and our CLI" : ""} x${opts.runs}`);
	const floorRuns: RunResult[] = [];
	const cliRuns: RunResult[] = [];
	for (let i = 0; i < opts.runs; i++) {
		floorRuns.push(await node([join(buildDir, "floor-worker.mjs"), dir]));
		if (oursOk) cliRuns.push(await node(cliArgs));
	}
	const floorInner = floorRuns.map((r) => parseJsonLine<{ ms: number }>(r.stdout)?.ms ?? Number.NaN);
	result.rows.push(rowFrom("floor (read + 1 regex pass, Node)", floorRuns, size.notes, size.bytes, { kind: "floor", innerMs: median(floorInner) }));
	if (oursOk) result.rows.push(rowFrom("container-notes CLI (end to end)", cliRuns, size.notes, size.bytes, { kind: "ours-cli" }));

	// 3. Our core in-process, notes already in memory.
	if (oursOk && coreBundle) {
		log(`${label}: core in-process x${opts.runs}`);
		const r = await node([join(buildDir, "core-worker.mjs"), coreBundle, dir, "full", String(opts.runs)]);
		const out = parseJsonLine<{ runsMs: number[]; counts: Record<string, number> }>(r.stdout);
		if (out) {
			const med = median(out.runsMs);
			result.rows.push({
				tool: "container-notes core (in memory)",
				kind: "ours-core",
				runs: out.runsMs.length,
				medianMs: med,
				cpuMs: null,
				notesPerS: size.notes / (med / 1000),
				mbPerS: size.bytes / 2 ** 20 / (med / 1000),
				peakMB: r.maxRssKB === null ? null : r.maxRssKB / 1024,
				timedOutAfterS: null,
				firstMs: out.runsMs[0],
				note: `the CLI's checker options (targets outlined ahead of their turn); includes holding the vault's text in memory; first (cold) run ${Math.round(out.runsMs[0] ?? 0)} ms`,
			});
			result.coreCounts = out.counts;
		} else result.oursError = `${result.oursError ?? ""} core worker failed: ${r.stderr.slice(0, 300)}`.trim();
	}

	// 4. Peers, on the dialect each understands (gfm variant) when there is one.
	for (const peer of peers) {
		const target = gfmDir ?? dir;
		const cacheKey = `${peer.id}|${peerVersion(peersDir, peer.pkg) ?? ""}|${target}|${size.notes}|${size.bytes}|${manifest?.version ?? 0}`;
		const cached = opts.reusePeers ? peerCache[cacheKey] : undefined;
		if (cached?.row) {
			log(`${label}: ${peer.id} (reusing the timing of ${cached.date})`);
			result.rows.push({ ...cached.row, note: `${cached.row.note ? `${cached.row.note}; ` : ""}timing reused from the run of ${cached.date}` });
			if (cached.accuracy) result.peerAccuracy[peer.id] = cached.accuracy;
			continue;
		}
		const { cmd, args } = peer.command(target);
		const isMlc = peer.pkg === "markdown-link-check";
		const timeoutMs = (isMlc && size.notes > 2000 ? opts.mlcTimeoutS : opts.peerTimeoutS) * 1000;
		log(`${label}: ${peer.id}${oursOk ? " (each run paired with one of our CLI)" : ""}`);
		// Our CLI runs just before each peer run, so that the pair sees the same load.
		const ratios: number[] = [];
		const runs = await repeat(opts.peerRuns, 30_000, async () => {
			const ours = oursOk ? await node(cliArgs) : null;
			const r = await runMeasured(cmd, args, { cwd: target, timeoutMs, mergeOutput: peer.mergeOutput === true, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
			if (ours && !r.timedOut && ours.wallMs > 0) ratios.push(r.wallMs / ours.wallMs);
			return r;
		});
		const row = rowFrom(peer.id, runs, size.notes, size.bytes, { kind: "peer" });
		if (ratios.length > 0) row.pairedRatio = median(ratios);
		if (runs.some((r) => r.timedOut)) row.timedOutAfterS = Math.round(timeoutMs / 1000);
		const done = runs.find((r) => !r.timedOut);
		if (done && manifest) result.peerAccuracy[peer.id] = scorePeer(peer.parse(done.stdout, done.stderr, target), manifest.planted, peer.byDest === true, "gfm");
		else if (done) row.note = `${peer.parse(done.stdout, done.stderr, target).length} findings`;
		result.rows.push(row);
		peerCache[cacheKey] = { date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC", row, accuracy: result.peerAccuracy[peer.id] };
		writeFileSync(peerCachePath, JSON.stringify(peerCache));
	}
	return result;
}

function obsidianDialectCache(key: string): Record<string, Accuracy> | null {
	return peerCache[key]?.obsidian ?? null;
}

function countCli(report: CliJsonReport): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const n of report.notes) for (const d of n.diagnostics) counts[`${d.severity}:${d.rule}`] = (counts[`${d.severity}:${d.rule}`] ?? 0) + 1;
	return counts;
}

/** One untimed run of each peer on the Obsidian dialect: what a user pointing it at a real vault gets. */
async function peersOnObsidianDialect(result: VaultResult, dir: string, manifest: Manifest, peers: Peer[], opts: Options): Promise<void> {
	for (const peer of peers) {
		const { cmd, args } = peer.command(dir);
		log(`${result.label}: ${peer.id} on the Obsidian dialect (accuracy only)`);
		const r = await runMeasured(cmd, args, { cwd: dir, timeoutMs: opts.mlcTimeoutS * 1000 * 3, mergeOutput: peer.mergeOutput === true, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
		if (!r.timedOut) result.peerObsidianAccuracy[peer.id] = scorePeer(peer.parse(r.stdout, r.stderr, dir), manifest.planted, peer.byDest === true, "obsidian");
	}
}

const lastResultsPath = join(peersDir, "last-results.json");

async function main(): Promise<void> {
	if (process.argv.includes("--render-only")) {
		// Re-writes results.md and README-performance.md from the last run's measurements.
		printVerdicts(writeResults(JSON.parse(readFileSync(lastResultsPath, "utf8")) as BenchResults, benchDir));
		return;
	}
	const opts = parseOptions(process.argv.slice(2));
	const started = new Date();
	const results: BenchResults = {
		started: started.toISOString(),
		finished: "",
		machine: machine(),
		options: { ...opts },
		versions: {},
		build: { ok: false, mainJsKB: null, output: "" },
		vaults: [],
		latency: null,
		onload: null,
		profile: null,
		hostile: null,
		coreError: coreError || null,
		codeRev,
	};

	if (opts.build) {
		log(`npm run build${codeDir === repo ? "" : ` (in ${codeDir.replace(repo + "/", "")})`}`);
		try {
			const out = execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: codeDir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
			results.build = { ok: true, mainJsKB: null, output: out.slice(-400) };
		} catch (e) {
			const err = e as { stdout?: string; stderr?: string };
			results.build = { ok: false, mainJsKB: null, output: `${err.stdout ?? ""}${err.stderr ?? ""}`.slice(-800) };
		}
	}
	if (existsSync(join(codeDir, "main.js"))) results.build.mainJsKB = statSync(join(codeDir, "main.js")).size / 1024;

	let peers: Peer[] = [];
	if (opts.peers) {
		try {
			ensurePeers(peersDir, log);
			peers = makePeers(peersDir);
		} catch (e) {
			log(`peers unavailable: ${String(e)}`);
		}
	}
	results.versions = {
		node: process.version,
		"container-notes": (JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { version: string }).version,
		"remark-cli": peerVersion(peersDir, "remark-cli"),
		...Object.fromEntries(peers.map((p) => [p.pkg, peerVersion(peersDir, p.pkg)])),
	};

	const vaultsRoot = join(benchDir, ".vaults");
	let latencyVault: { dir: string; bigNotePath: string } | null = null;
	for (const notes of opts.sizes) {
		const v = ensureVault(vaultsRoot, { notes, seed: opts.seed }, log);
		const r = await benchVault(`generated ${notes.toLocaleString("en")} notes`, v.obsidianDir, v.gfmDir, v.manifest, opts, peers);
		if (notes === Math.min(...opts.sizes) && peers.length > 0) {
			const key = `obsidian-dialect|${v.obsidianDir}|${v.manifest.version}`;
			const cached = opts.reusePeers ? obsidianDialectCache(key) : null;
			if (cached) r.peerObsidianAccuracy = cached;
			else {
				await peersOnObsidianDialect(r, v.obsidianDir, v.manifest, peers, opts);
				peerCache[key] = { date: new Date().toISOString(), obsidian: r.peerObsidianAccuracy };
				writeFileSync(peerCachePath, JSON.stringify(peerCache));
			}
		}
		results.vaults.push(r);
		latencyVault = { dir: v.obsidianDir, bigNotePath: v.manifest.bigNotePath };
	}
	if (opts.hub && existsSync(hubDir)) results.vaults.push(await benchVault("obsidian-hub (real, 6,600 notes)", hubDir, null, null, opts, peers));
	else if (opts.hub) log(`no ${hubDir}: real-vault run skipped`);

	if (coreBundle && latencyVault) {
		log(`one-note re-check latency (${opts.latencyIterations} edits, ${opts.latencyRuns} processes)`);
		const runs: LatencyRun[] = [];
		let error: string | null = null;
		for (let i = 0; i < opts.latencyRuns && error === null; i++) {
			const r = await node([join(buildDir, "core-worker.mjs"), coreBundle, latencyVault.dir, "latency", String(opts.latencyIterations), latencyVault.bigNotePath]);
			const run = parseJsonLine<LatencyRun>(r.stdout);
			if (run && typeof run.medianMs === "number") runs.push(run);
			else error = r.stderr.slice(0, 500) || "no result";
		}
		results.latency = error === null ? combineLatency(runs) : { error };
		if (results.latency) (results.latency as Record<string, unknown>).vault = latencyVault.dir.replace(repo + "/", "");
	}

	const cli = join(codeDir, "dist", "cli.cjs");
	if (opts.hostile && existsSync(cli)) {
		log("hostile notes at two sizes, 4× apart (3 runs each)");
		results.hostile = await measureHostile(join(vaultsRoot, "hostile"), 3, async (args) => {
			const r = await node([cli, ...args], repo, 120_000);
			// Exit 1 means problems found, which most hostile notes have.
			return { wallMs: r.wallMs, ok: !r.timedOut && (r.code === 0 || r.code === 1), stderr: r.timedOut ? "timed out after 120 s" : r.stderr };
		});
	}

	if (existsSync(join(codeDir, "main.js"))) {
		log("plugin onload under the stub");
		const r = await node([join(buildDir, "onload-worker.mjs"), join(codeDir, "main.js"), "30"]);
		results.onload = parseJsonLine(r.stdout) ?? { error: r.stderr.slice(0, 500) };
	}

	const coreWorks = results.vaults.some((v) => v.rows.some((r) => r.kind === "ours-core"));
	if (opts.profile && coreBundle && latencyVault && coreWorks) {
		log("profiling the in-process core (node --cpu-prof)");
		const profDir = join(peersDir, "prof");
		rmSync(profDir, { recursive: true, force: true });
		mkdirSync(profDir, { recursive: true });
		await node(["--cpu-prof", "--cpu-prof-dir", profDir, join(buildDir, "core-worker.mjs"), coreBundle, latencyVault.dir, "full", "2"]);
		const file = readdirSync(profDir).find((f) => f.endsWith(".cpuprofile"));
		if (file) {
			const hot: HotFunction[] = topSelfTime(join(profDir, file), 15);
			results.profile = { file: join(profDir, file).replace(repo + "/", ""), vault: latencyVault.dir.replace(repo + "/", ""), hot };
		}
	}

	results.finished = new Date().toISOString();
	writeFileSync(lastResultsPath, JSON.stringify(results));
	printVerdicts(writeResults(results, benchDir));
}

/** Prints PASS/FAIL per target. */
function printVerdicts(verdicts: ReturnType<typeof writeResults>): void {
	console.log("");
	for (const v of verdicts) console.log(`${v.pass === null ? "SKIP" : v.pass ? "PASS" : "FAIL"}  ${v.target}: ${v.detail}`);
	console.log(`\nwrote bench/results.md and bench/README-performance.md`);
}

export type { Accuracy };
await main();
