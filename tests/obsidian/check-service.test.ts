// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { CheckService, type CheckerPort } from "../../src/obsidian/check-service";
import { ObsidianVault } from "../../src/obsidian/obsidian-vault";
import { shim } from "../shims/obsidian";
import { fakeApp } from "./fakes";

function vaultOf(n: number): Record<string, string> {
	const files: Record<string, string> = {};
	for (let i = 0; i < n; i++) {
		files[`notes/n${i}.md`] =
			i % 20 === 0
				? `#docker\n# 개요 ${i}\n\n- [a](#개요 ${i})\n- [[notes/n${i + 1}#Part ${i + 1}]]\n`
				: `# Part ${i}\n\nPlain text about ${i}, linking [[notes/n${(i + 7) % n}]].\n`;
	}
	return files;
}

/** A real checker that counts what the service asks of it. */
function counting(vault: ObsidianVault) {
	const real = new Checker(vault, DEFAULT_CHECK_SETTINGS);
	const calls = { checkVault: 0, checkNote: [] as string[] };
	const port: CheckerPort = {
		updateSettings: (s) => real.updateSettings(s),
		refreshFiles: () => real.refreshFiles(),
		scan: (p, t) => real.scan(p, t),
		checkNote: (p, t) => {
			calls.checkNote.push(p);
			return real.checkNote(p, t);
		},
		checkVault: (o) => {
			calls.checkVault++;
			return real.checkVault(o);
		},
		noteChanged: (p, t) => real.noteChanged(p, t),
		fileCreated: (p) => real.fileCreated(p),
		fileDeleted: (p) => real.fileDeleted(p),
		fileRenamed: (a, b) => real.fileRenamed(a, b),
	};
	return { port, calls };
}

describe("check service", () => {
	it("should index 10,000 notes in slices without a long freeze, reporting progress", async () => {
		shim.reset();
		const fake = fakeApp(vaultOf(10000));
		const vault = new ObsidianVault(fake.app);
		const { port } = counting(vault);
		const service = new CheckService(vault, () => DEFAULT_CHECK_SETTINGS, () => port);
		let progressEvents = 0;
		service.subscribe(() => progressEvents++);

		// Probe: how long the event loop is blocked at most while indexing runs.
		let last = performance.now();
		let worst = 0;
		let ticks = 0;
		let probing = true;
		const tick = () => {
			ticks++;
			const now = performance.now();
			worst = Math.max(worst, now - last);
			last = now;
			if (probing) window.setTimeout(tick, 0);
		};
		window.setTimeout(tick, 0);
		const started = performance.now();
		await service.indexVault();
		probing = false;
		worst = Math.max(worst, performance.now() - last);
		const total = performance.now() - started;

		expect(service.indexed).toBe(true);
		expect(service.progress).toBeNull();
		expect(service.report("notes/n0.md")?.isContainerNote).toBe(true);
		expect(service.report("notes/n0.md")?.diagnostics.map((d) => d.rule)).toContain("link-unparsed");
		expect(progressEvents).toBeGreaterThan(2);
		console.log(`indexed 10,000 notes in ${total.toFixed(0)} ms; longest block ${worst.toFixed(1)} ms`);
		// Without slicing the whole index would be one block, and the probe could run at most twice (once
		// before, once after). A fixed larger count would depend on how fast the machine indexes (about
		// 300 ms here, 12 ms slices), so the bound is the one that slicing alone explains.
		// (Wall-clock gaps also include time the shared machine gives to other processes, hence the loose bound.)
		expect(ticks).toBeGreaterThanOrEqual(4);
		expect(worst).toBeLessThan(total / 2);
		// Only notes with a fix keep their checked text.
		expect(service.vault.lastRead.size).toBe(500);
	}, 60000);

	it("should stop a full check that a newer one supersedes (settings typed quickly)", async () => {
		const fake = fakeApp(vaultOf(2000));
		const vault = new ObsidianVault(fake.app);
		let reads = 0;
		const read = vault.readNote.bind(vault);
		vault.readNote = (p: string) => {
			reads++;
			return read(p);
		};
		const { port, calls } = counting(vault);
		const service = new CheckService(vault, () => DEFAULT_CHECK_SETTINGS, () => port);
		const first = service.indexVault();
		await new Promise((r) => window.setTimeout(r, 0));
		// How far the first run got in its first slice depends on the machine's speed (a fast one
		// reads most of this vault in 12 ms): count only what is read once it is superseded.
		const beforeSuperseded = reads;
		const second = service.indexVault();
		const third = service.indexVault();
		await Promise.all([first, second, third]);
		expect(service.indexed).toBe(true);
		expect(service.progress).toBeNull();
		expect(service.report("notes/n1999.md")).toBeDefined();
		expect(calls.checkVault).toBeLessThanOrEqual(3);
		const afterSuperseded = reads - beforeSuperseded;
		// One full run, measured on a fresh service.
		reads = 0;
		await new CheckService(vault, () => DEFAULT_CHECK_SETTINGS, () => counting(vault).port).indexVault();
		const single = reads;
		expect(single).toBeGreaterThan(1999);
		console.log(`after being superseded, the runs read ${afterSuperseded} notes; one full run ${single}`);
		// Superseded runs stop at their next slice check (every 50 notes): the first and the second
		// each read at most 50 more notes and their few link targets; the third reads the vault once.
		expect(afterSuperseded).toBeLessThan(single + 150);
	});

	it("should re-check only the changed note and its dependents on an edit, never the whole vault", async () => {
		const fake = fakeApp(vaultOf(200));
		const vault = new ObsidianVault(fake.app);
		const { port, calls } = counting(vault);
		const service = new CheckService(vault, () => DEFAULT_CHECK_SETTINGS, () => port);
		await service.indexVault();
		expect(calls.checkVault).toBe(1);
		expect(service.report("notes/n20.md")?.diagnostics.some((d) => d.rule === "heading-missing")).toBe(false);

		// n21's heading is renamed: n20 links to it and must be re-checked; nothing else.
		const edited = "# Renamed\n\nPlain text.\n";
		fake.texts.set("notes/n21.md", edited);
		service.noteChanged("notes/n21.md", edited);
		service.noteChanged("notes/n21.md", edited);
		await new Promise((r) => window.setTimeout(r, 400));
		expect(calls.checkVault).toBe(1);
		expect([...calls.checkNote].sort()).toEqual(["notes/n20.md", "notes/n21.md"]);
		expect(service.report("notes/n20.md")?.diagnostics.some((d) => d.rule === "heading-missing")).toBe(true);

		// A deleted target: its dependents are re-checked, the note's report goes.
		calls.checkNote.length = 0;
		fake.texts.delete("notes/n41.md");
		service.fileDeleted("notes/n41.md");
		await new Promise((r) => window.setTimeout(r, 50));
		expect(calls.checkNote).toEqual(["notes/n40.md"]);
		expect(service.report("notes/n41.md")).toBeUndefined();
		expect(service.report("notes/n40.md")?.diagnostics.some((d) => d.rule === "note-missing")).toBe(true);
		expect(calls.checkVault).toBe(1);
		service.dispose();
	});
});
