// Hostile notes: shapes that once made one note's check quadratic (a TOC of 20,000 entries,
// 64,000 block links into 64,000 block ids, thousands of look-alike headings...), each written
// at two sizes, 4× apart. The CLI must check the larger one in at most 6× the time of the smaller
// one (linear, with room for noise): a note may be huge, but it must never stall a check.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** One hostile note's timings (Node start-up taken out). */
export interface HostileResult {
	name: string;
	/** Bytes of the smaller and the larger note. */
	bytes: [number, number];
	/** Check time of the smaller and the larger note, ms (the best of the runs, start-up subtracted). */
	ms: [number, number];
	/** Larger ÷ smaller time. */
	ratio: number;
	error?: string;
}

const heading = (i: number): string => `제목 ${i}`;
const lines = (count: number, line: (i: number) => string): string => Array.from({ length: count }, (_, i) => line(i)).join("\n");

/**
 * The hostile notes at size `n` (about `n` characters of their main construct), by name.
 *
 * @example
 * hostileNotes(1000).find(([name]) => name === "toc-huge"); // ["toc-huge", "#Docker\n- [a](#a)\n..."]
 */
export function hostileNotes(n: number): [string, string][] {
	const notes: Record<string, string> = {
		"open-brackets": "[".repeat(n),
		"backticks": "` ``".repeat(n / 4),
		"nested-parens": "[a](" + "(".repeat(n) + ")".repeat(n) + ")",
		"nested-quotes": ">".repeat(n) + " x",
		"comment-open": "%%\n" + "[a](#b)\n".repeat(n / 10),
		"many-links": "[a](#b) ".repeat(n / 8),
		"toc-huge": "- [a](#a)\n".repeat(n / 10) + "# b\n",
		"toc-nested": lines(n / 20, (i) => "\t".repeat(i % 4) + `- [${heading(i)}](#${encodeURI(heading(i))})`) + "\n\n" + lines(n / 20, (i) => "#".repeat(1 + (i % 4)) + " " + heading(i)),
		"headings-many": lines(n / 10, (i) => "#".repeat(1 + (i % 6)) + " " + heading(i)) + "\n" + lines(n / 10, (i) => `[x](#${encodeURI(heading(i))})`),
		"headings-alike": lines(n / 20, (i) => "#".repeat(1 + (i % 6)) + " " + heading(i % 7)) + "\n" + lines(n / 20, (i) => `[x](#${heading(i % 7)}#${heading((i + 1) % 7)}#${heading((i + 3) % 7)})`.replace(/ /g, "%20")),
		"headings-nfd": lines(n / 20, (i) => "# " + heading(i)) + "\n" + lines(n / 20, (i) => `[[#${heading(i).normalize("NFD")}]]`),
		"block-ids": lines(n / 10, (i) => `x ^b${i}`) + "\n" + lines(n / 10, (i) => `[[#^b${i}]]`),
		"block-missing": lines(n / 10, (i) => `x ^b${i}`) + "\n" + "[[#^zz]]\n".repeat(n / 100),
		"tags-many": lines(1, () => Array.from({ length: n / 5 }, (_, i) => `#t${i}`).join(" ")),
		"cross-note": lines(n / 20, (i) => `[x](target.md#${encodeURI(heading(i))})`),
		"cross-missing": lines(n / 20, (i) => `[[target#없는 ${i}]]`),
		"images-raw-spaces": "![a](/img/이미지 창고/x y.png)\n".repeat(n / 20),
		"property-links": "---\nup:\n" + '  - "[[x#y]]"\n'.repeat(n / 15) + "---\n",
	};
	// Every note is a container note (the CLI checks it) and `target.md` holds the headings cross-note links reach.
	return [...Object.entries(notes).map(([name, text]): [string, string] => [name, "#Docker\n" + text]), ["target", lines(n / 20, (i) => "#".repeat(1 + (i % 3)) + " " + heading(i))]];
}

/**
 * Writes the hostile notes at size `n` into `dir` (a vault with its image folder), replacing it.
 *
 * @example
 * writeHostileVault("bench/.vaults/hostile-160000", 160000);
 */
export function writeHostileVault(dir: string, n: number): Map<string, number> {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, ".obsidian"), { recursive: true });
	mkdirSync(join(dir, "img", "이미지 창고"), { recursive: true });
	writeFileSync(join(dir, "img", "이미지 창고", "x.png"), "x");
	const bytes = new Map<string, number>();
	for (const [name, text] of hostileNotes(n)) {
		writeFileSync(join(dir, `${name}.md`), text);
		bytes.set(name, Buffer.byteLength(text));
	}
	return bytes;
}

/** What `measureHostile` needs to run the CLI: wall time of one run, or an error. */
export type RunCli = (args: string[]) => Promise<{ wallMs: number; ok: boolean; stderr: string }>;

/** Sizes of the two hostile vaults: the larger's notes are 4× the smaller's. */
export const HOSTILE_SIZES: [number, number] = [160_000, 640_000];

/**
 * Checks each hostile note at both sizes with the CLI (`check NOTE --vault DIR`), `runs` times,
 * keeping the best wall time less the start-up (a one-line note's best time).
 *
 * @example
 * const results = await measureHostile(join(vaultsRoot, "hostile"), 3, run);
 * results.filter((r) => r.ratio > 6); // the notes that grow faster than their text
 */
export async function measureHostile(root: string, runs: number, run: RunCli): Promise<HostileResult[]> {
	const dirs = HOSTILE_SIZES.map((n) => join(root, String(n)));
	const bytes = HOSTILE_SIZES.map((n, i) => writeHostileVault(dirs[i] as string, n));
	const best = async (dir: string, note: string): Promise<{ ms: number; error?: string }> => {
		let ms = Number.POSITIVE_INFINITY;
		for (let i = 0; i < runs; i++) {
			const r = await run(["check", join(dir, note), "--vault", dir, "--format", "json"]);
			if (!r.ok) return { ms: Number.NaN, error: r.stderr.slice(0, 300) };
			ms = Math.min(ms, r.wallMs);
		}
		return { ms };
	};
	const startup: number[] = [];
	for (const dir of dirs) {
		writeFileSync(join(dir, "one-line.md"), "#Docker\nx\n");
		startup.push((await best(dir, "one-line.md")).ms);
	}
	const results: HostileResult[] = [];
	for (const [name] of hostileNotes(1000)) {
		if (name === "target") continue;
		const small = await best(dirs[0] as string, `${name}.md`);
		const large = await best(dirs[1] as string, `${name}.md`);
		// At least a millisecond each: a note faster than start-up's noise is linear enough.
		const ms: [number, number] = [Math.max(1, small.ms - (startup[0] ?? 0)), Math.max(1, large.ms - (startup[1] ?? 0))];
		const error = small.error ?? large.error;
		results.push({ name, bytes: [bytes[0]?.get(name) ?? 0, bytes[1]?.get(name) ?? 0], ms, ratio: ms[1] / ms[0], ...(error ? { error } : {}) });
	}
	return results;
}
