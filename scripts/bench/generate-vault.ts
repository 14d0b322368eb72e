// Deterministic vault generator for `npm run bench`.
//
// Builds container notes modelled on the seed note (a heading-path TOC, Korean and
// English headings at levels 1-4 with repeated leaves such as `문제점`, images under
// `img/이미지 창고/`, cross-note heading and block links, fenced code holding
// link-like text, `#Container #Docker` tags) and plants known problems, recording
// each one's path, line and rule in a manifest.
//
// Every note is rendered in two dialects with the same line structure, so one
// manifest line number holds for both:
//  - `obsidian`: what our checker reads (wikilinks, heading paths `#A#B`, block refs,
//    vault-absolute `/img/이미지%20창고/...` images);
//  - `gfm`: the same notes for the peers (Markdown links only, relative paths,
//    GitHub-style heading slugs), so each peer gets the dialect it understands.
import { Rng } from "./prng";
import { CODE_BLOCKS, FOLDERS, H1, H2, H3, LEAVES, SUBJECTS, TOPICS, sentence } from "./vocabulary";

/** A problem the generator plants on purpose. */
export type PlantedKind = "heading-missing-same" | "heading-missing-cross" | "note-missing" | "block-missing" | "image-missing" | "link-unparsed";

/**
 * Where one planted problem is: the checker must report `rule` at `path`:`line`.
 *
 * @example
 * // { id: "p7", kind: "heading-missing-same", rule: "heading-missing", path: "Docker/x.md", line: 57,
 * //   obsidian: "- 참고: [삭제된 섹션](#삭제된%20섹션%207)", gfm: "- 참고: [삭제된 섹션](#삭제된-섹션-7)", target: "#삭제된 섹션 7" }
 */
export interface PlantedProblem {
	id: string;
	kind: PlantedKind;
	rule: string;
	path: string;
	/** 1-based line, the same in both dialects. */
	line: number;
	/** The whole line in the obsidian dialect. */
	obsidian: string;
	/** The whole line in the gfm dialect. */
	gfm: string;
	/** What the broken reference points at, for humans. */
	target: string;
}

/** Generator parameters. @example `{ notes: 1000, seed: "container-notes-bench" }` */
export interface VaultParams {
	notes: number;
	seed?: string;
	/** Length of the one big note (note 0), for the per-note latency bench. */
	bigNoteLines?: number;
}

/** Counts describing a generated vault. */
export interface VaultStats {
	notes: number;
	lines: number;
	bytes: number;
	headings: number;
	links: number;
	imageRefs: number;
	images: number;
	codeBlocks: number;
	blockRefs: number;
	plantedByRule: Record<string, number>;
}

/** The planted problems and how the vault was made. */
export interface Manifest {
	version: number;
	params: Required<VaultParams>;
	bigNotePath: string;
	stats: VaultStats;
	planted: PlantedProblem[];
}

/** A vault in memory: note texts per dialect, image paths, the manifest. */
export interface GeneratedVault {
	params: Required<VaultParams> & { version: number };
	bigNotePath: string;
	dialects: { obsidian: Map<string, string>; gfm: Map<string, string> };
	/** Image files that exist (the missing ones are only referenced). */
	images: string[];
	manifest: Manifest;
}

interface GenHeading {
	index: number;
	level: number;
	text: string;
	parent: number | null;
	slug: string;
}

interface GenNote {
	index: number;
	big: boolean;
	folder: string;
	name: string;
	path: string;
	headings: GenHeading[];
	blocks: { id: string; section: number }[];
	crlf: boolean;
}

/** Bump when the output changes, so cached vaults under bench/.vaults are regenerated. */
export const GENERATOR_VERSION = 3;

/** Folder holding images, as a vault path. */
export const IMAGE_FOLDER = "img/이미지 창고";

/** A valid 1x1 PNG. */
export const PNG_BYTES: Uint8Array = Uint8Array.from(
	atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="),
	(c) => c.charCodeAt(0),
);

/** Problems the generator plants, with the rule our checker must report for each. */
export const PLANTED_KINDS: Record<PlantedKind, string> = {
	"heading-missing-same": "heading-missing",
	"heading-missing-cross": "heading-missing",
	"note-missing": "note-missing",
	"block-missing": "block-missing",
	"image-missing": "image-missing",
	"link-unparsed": "link-unparsed",
};

/** Probability per note of planting each kind (images: per image reference). */
const PLANT_RATE = {
	"heading-missing-same": 0.05,
	"heading-missing-cross": 0.06,
	"note-missing": 0.04,
	"block-missing": 0.04,
	"link-unparsed": 0.04,
	image: 0.05,
};

/** Obsidian's `stripHeading`: what heading comparison ignores. */
export function stripHeading(text: string): string {
	return text
		.replace(/[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\\r\n]/g, " ")
		.replace(/\s+/g, " ")
		.trim();
}

/** Obsidian's `stripHeadingForLink`: how Obsidian writes a heading inside a generated wikilink. */
export function stripHeadingForLink(text: string): string {
	return text
		.replace(/([:#|^\\\r\n]|%%|\[\[|]])/g, " ")
		.replace(/\s+/g, " ")
		.trim();
}

/**
 * Percent-encodes what a Markdown destination cannot hold raw (spaces, parentheses,
 * `%`, `<`, `>`); Korean stays raw, as Obsidian users write it.
 *
 * @example
 * encodeDest("Traditional Deployment#문제점"); // "Traditional%20Deployment#문제점"
 */
export function encodeDest(text: string): string {
	return text.replace(/[ ()%<>]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
}

/**
 * GitHub-style heading slug (github-slugger): lower case, punctuation dropped, spaces to `-`.
 *
 * @example
 * githubSlug("Docker vs. VM (비교)"); // "docker-vs-vm-비교"
 */
export function githubSlug(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "")
		.replace(/ /g, "-");
}

/** Relative POSIX path from a folder to a file path (both vault-relative). */
function relativePath(fromFolder: string, toPath: string): string {
	const from = fromFolder ? fromFolder.split("/") : [];
	const to = toPath.split("/");
	let common = 0;
	while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
	const up = from.length - common;
	const parts: string[] = [];
	for (let i = 0; i < up; i++) parts.push("..");
	return parts.concat(to.slice(common)).join("/");
}

function pad(n: number, width: number): string {
	return String(n).padStart(width, "0");
}

/** Picks a heading text not yet used in this note (keys compared like Obsidian does). */
function uniqueHeading(rng: Rng, pool: readonly string[], used: Set<string>): string {
	const options = pool.filter((t) => !used.has(stripHeading(t).toLowerCase()));
	let text: string;
	if (options.length > 0) text = rng.pick(options);
	else {
		const base = rng.pick(pool);
		let k = 2;
		while (used.has(stripHeading(`${base} ${k}`).toLowerCase())) k++;
		text = `${base} ${k}`;
	}
	used.add(stripHeading(text).toLowerCase());
	return text;
}

/**
 * Heading outline of one note. Levels 1-3 are unique inside the note; level-4 leaves
 * repeat under different parents (Obsidian's one-segment link would reach the first).
 */
function makeHeadings(rng: Rng, big: boolean): GenHeading[] {
	const used = new Set<string>();
	const headings: GenHeading[] = [];
	const add = (level: number, text: string, parent: number | null): number => {
		const h: GenHeading = { index: headings.length, level, text, parent, slug: "" };
		headings.push(h);
		return h.index;
	};
	const h1Count = big ? 14 : rng.int(1, 2);
	for (let a = 0; a < h1Count; a++) {
		const h1 = add(1, uniqueHeading(rng, H1, used), null);
		const h2Count = rng.int(2, 3);
		for (let b = 0; b < h2Count; b++) {
			const h2 = add(2, uniqueHeading(rng, H2, used), h1);
			const h3Count = rng.int(0, 2);
			for (let c = 0; c < h3Count; c++) {
				const h3 = add(3, uniqueHeading(rng, H3, used), h2);
				const leaves = rng.shuffle(LEAVES).slice(0, rng.int(0, 2));
				for (const leaf of leaves) add(4, leaf, h3);
			}
		}
	}
	return headings;
}

/** Whether a heading's text occurs more than once in its note. */
function isDuplicate(note: GenNote, h: GenHeading): boolean {
	const key = stripHeading(h.text).toLowerCase();
	return note.headings.some((o) => o !== h && stripHeading(o.text).toLowerCase() === key);
}

/**
 * Segments of a heading path that reach `h` under both readings (each segment
 * inside the previous one's section): one segment when unique, else an ancestor first.
 */
function headingPath(rng: Rng, note: GenNote, h: GenHeading): GenHeading[] {
	const chain: GenHeading[] = [];
	for (let i: number | null = h.index; i !== null; i = heading(note, i).parent) chain.unshift(heading(note, i));
	const dup = isDuplicate(note, h);
	const r = rng.next();
	if (chain.length === 1) return [h];
	if (!dup && r < 0.5) return [h];
	if (r < 0.75 || chain.length === 2) return [chain[chain.length - 2] as GenHeading, h];
	if (r < 0.88) return [chain[0] as GenHeading, h]; // skips levels: `#H1#leaf`
	return chain;
}

/**
 * Generates a vault in memory.
 *
 * @example
 * const vault = generateVault({ notes: 50, seed: "s" });
 * vault.dialects.obsidian.get(vault.bigNotePath).split("\n").length; // about 2000
 * vault.manifest.planted[0]; // { rule: "heading-missing", path: "...", line: 57, ... }
 */
export function generateVault(params: VaultParams): GeneratedVault {
	const seed = params.seed ?? "container-notes-bench";
	const count = Math.max(2, Math.floor(params.notes));
	const bigNoteLines = params.bigNoteLines ?? 2000;
	const rng = new Rng(`${seed}/${count}`);

	// Phase 1: names, folders, headings, block ids (links need every note's outline).
	const notes: GenNote[] = [];
	for (let i = 0; i < count; i++) {
		const big = i === 0;
		const folder = big ? "Docker" : rng.pick(FOLDERS);
		let name = big ? `Docker-파트-기초 대형 노트 ${pad(i, 5)}` : `${rng.pick(TOPICS)} ${rng.pick(SUBJECTS)} ${pad(i, 5)}`;
		if (!big && rng.chance(0.2)) name = name.replace(/ /g, "-");
		const path = folder ? `${folder}/${name}.md` : `${name}.md`;
		const headings = makeHeadings(rng, big);
		const blocks: GenNote["blocks"] = [];
		const blockCount = big ? 20 : rng.int(0, 2);
		for (let k = 0; k < blockCount; k++) blocks.push({ id: `blk-${i}-${k}`, section: rng.int(0, headings.length - 1) });
		notes.push({ index: i, big, folder, name, path, headings, blocks, crlf: !big && rng.chance(0.02) });
	}
	for (const note of notes) {
		// GitHub slugs in document order, with -1, -2 for repeats (github-slugger).
		const seen = new Map<string, number>();
		for (const h of note.headings) {
			const base = githubSlug(h.text);
			const n = seen.get(base) ?? 0;
			h.slug = n === 0 ? base : `${base}-${n}`;
			seen.set(base, n + 1);
		}
	}

	const planted: PlantedProblem[] = [];
	const images: string[] = [];
	let imageCounter = 0;
	let plantCounter = 0;
	const stats = { notes: count, lines: 0, bytes: 0, headings: 0, links: 0, imageRefs: 0, codeBlocks: 0, blockRefs: 0 };
	const obsidian = new Map<string, string>();
	const gfm = new Map<string, string>();
	const encoder = new TextEncoder();

	for (const note of notes) {
		const o: string[] = [];
		const g: string[] = [];
		/** Adds one line in both dialects; returns its 1-based line number. */
		const line = (ob: string, gf: string = ob): number => {
			o.push(ob);
			g.push(gf);
			return o.length;
		};
		const plant = (kind: PlantedKind, lineNo: number, target: string): void => {
			planted.push({ id: `p${plantCounter++}`, kind, rule: PLANTED_KINDS[kind], path: note.path, line: lineNo, obsidian: o[lineNo - 1] ?? "", gfm: g[lineNo - 1] ?? "", target });
		};
		const otherNote = (): GenNote => {
			let j = rng.int(0, count - 1);
			if (j === note.index) j = (j + 1) % count;
			return notes[j] as GenNote;
		};
		const gfmTarget = (target: GenNote): string => encodeDest(relativePath(note.folder, target.path));

		// Front matter.
		const fm = rng.next();
		if (fm < 0.6) {
			line("---");
			line(`slug: "${note.name.replace(/ /g, "-")}"`);
			line("---");
		} else if (fm < 0.8) {
			line("---");
			line("tags:");
			line("  - container");
			line("  - docker");
			line("---");
		}

		// Table of contents in the seed's style: tabs, immediate parent in the path, but encoded.
		for (const h of note.headings) {
			const parent = h.parent === null ? null : heading(note, h.parent);
			const dest = parent ? `#${parent.text}#${h.text}` : `#${h.text}`;
			const indent = "\t".repeat(h.level - 1);
			line(`${indent}- [${h.text}](${encodeDest(dest)})`, `${indent}- [${h.text}](#${h.slug})`);
		}
		line("");
		line("");

		// Decide what to plant in this note, then spread it over the sections.
		const plants: { kind: PlantedKind; section: number }[] = [];
		for (const kind of ["heading-missing-same", "heading-missing-cross", "note-missing", "block-missing", "link-unparsed"] as const) {
			if (rng.chance(PLANT_RATE[kind] * (note.big ? 20 : 1))) plants.push({ kind, section: rng.int(0, note.headings.length - 1) });
		}

		for (const h of note.headings) {
			line(`${"#".repeat(h.level)} ${h.text}`);
			stats.headings++;
			const bodyLines = note.big ? rng.int(4, 8) : rng.int(1, 3);
			for (let b = 0; b < bodyLines; b++) {
				line(`- ${sentence(rng)}`);
				if (rng.chance(0.25)) line(`\t- ${sentence(rng)}`);
			}
			if (rng.chance(0.12)) {
				// An image: Markdown with a vault-absolute path (like the seed), or an embed by name.
				const ts = `2022${pad(1230100905 + imageCounter++ * 7, 10)}`;
				const missing = rng.chance(PLANT_RATE.image);
				const wiki = rng.chance(0.3);
				const file = wiki ? `Pasted image ${ts}.png` : `Pasted-image-${ts}.png`;
				const path = `${IMAGE_FOLDER}/${file}`;
				if (!missing) images.push(path);
				stats.imageRefs++;
				const gfmLine = `![${file}](${encodeDest(relativePath(note.folder, path))})`;
				const n = wiki ? line(`![[${file}]]`, gfmLine) : line(`![${file}](/${encodeDest(path)})`, gfmLine);
				if (missing) plant("image-missing", n, path);
			}
			for (const block of note.blocks) {
				if (block.section !== h.index) continue;
				line("");
				// The gfm dialect has no block ids: the same sentence without the id.
				const text = sentence(rng);
				line(`${text} ^${block.id}`, text);
				line("");
			}
			if (rng.chance(0.35)) {
				// A cross-note heading link: wikilink (some with alias) or Markdown link.
				const target = otherNote();
				const th = heading(target, rng.int(0, target.headings.length - 1));
				const segs = headingPath(rng, target, th);
				const style = rng.next();
				const gfmLink = `[${th.text}](${gfmTarget(target)}#${th.slug})`;
				stats.links++;
				if (style < 0.45) {
					const sub = segs.map((s) => stripHeadingForLink(s.text)).join("#");
					line(`- 관련: [[${target.name}#${sub}]]`, `- 관련: ${gfmLink}`);
				} else if (style < 0.65) {
					const sub = segs.map((s) => stripHeadingForLink(s.text)).join("#");
					line(`- See [[${target.name}#${sub}|${th.text}]]`, `- See ${gfmLink}`);
				} else {
					const sub = segs.map((s) => s.text).join("#");
					line(`- 참고: [${th.text}](${encodeDest(`${target.name}.md#${sub}`)})`, `- 참고: ${gfmLink}`);
				}
			}
			if (rng.chance(0.08)) {
				// A same-note heading link.
				const th = heading(note, rng.int(0, note.headings.length - 1));
				const sub = headingPath(rng, note, th).map((s) => s.text).join("#");
				stats.links++;
				line(`- 위의 [${th.text}](#${encodeDest(sub)}) 참고`, `- 위의 [${th.text}](#${th.slug}) 참고`);
			}
			if (rng.chance(0.07)) {
				// A block link to another note's block.
				const target = otherNote();
				const block = target.blocks.length > 0 ? target.blocks[rng.int(0, target.blocks.length - 1)] : undefined;
				if (block) {
					const th = heading(target, block.section);
					stats.blockRefs++;
					line(`- 근거: [[${target.name}#^${block.id}]]`, `- 근거: [${th.text}](${gfmTarget(target)}#${th.slug})`);
				}
			}
			if (rng.chance(0.07)) {
				stats.codeBlocks++;
				line("");
				for (const codeLine of rng.pick(CODE_BLOCKS)) line(codeLine);
				line("");
			}
			if (rng.chance(0.05)) line("- 링크가 아닌 예: `[[Gone Note#Nope]]` 와 `![x](/img/없음.png)`");
			if (rng.chance(0.05)) {
				line(`>${sentence(rng)}`);
				line("");
			}
			if (rng.chance(0.03)) line("- 공식 문서: [Docker docs](https://docs.docker.com/engine/)");

			for (const p of plants) {
				if (p.section !== h.index) continue;
				const k = plantCounter;
				if (p.kind === "heading-missing-same") {
					const n = line(`- 참고: [삭제된 섹션](#${encodeDest(`삭제된 섹션 ${k}`)})`, `- 참고: [삭제된 섹션](#삭제된-섹션-${k})`);
					plant(p.kind, n, `#삭제된 섹션 ${k}`);
				} else if (p.kind === "heading-missing-cross") {
					const target = otherNote();
					const parent = heading(target, 0);
					const wiki = rng.chance(0.5);
					const gf = `- 관련: [없는 하위 섹션](${gfmTarget(target)}#없는-하위-섹션-${k})`;
					const n = wiki
						? line(`- 관련: [[${target.name}#${stripHeadingForLink(parent.text)}#없는 하위 섹션 ${k}]]`, gf)
						: line(`- 관련: [없는 하위 섹션](${encodeDest(`${target.name}.md#${parent.text}#없는 하위 섹션 ${k}`)})`, gf);
					plant(p.kind, n, `${target.path}#없는 하위 섹션 ${k}`);
				} else if (p.kind === "note-missing") {
					const wiki = rng.chance(0.5);
					const gf = `- 이전 글: [Archived Draft](Archived%20Draft%20${k}.md#overview)`;
					const n = wiki ? line(`- 이전 글: [[삭제된 노트 ${k}#개요]]`, gf) : line(`- 이전 글: [Archived Draft](Archived%20Draft%20${k}.md#Overview)`, gf);
					plant(p.kind, n, wiki ? `삭제된 노트 ${k}` : `Archived Draft ${k}.md`);
				} else if (p.kind === "block-missing") {
					const target = otherNote();
					const n = line(`- 근거: [[${target.name}#^gone-${k}]]`, `- 근거: [근거](${gfmTarget(target)}#gone-${k})`);
					plant(p.kind, n, `${target.path}#^gone-${k}`);
				} else if (p.kind === "link-unparsed") {
					// Seed-style raw spaces: not a link in Obsidian (nor in CommonMark), though the heading exists.
					const th = note.headings.find((x) => x.text.includes(" ") && !isDuplicate(note, x) && !/[()]/.test(x.text));
					if (!th) continue;
					const n = line(`- 다시 보기: [${th.text}](#${th.text})`);
					plant(p.kind, n, `#${th.text}`);
				}
			}
		}

		// Footer like the seed: a rule, the tags, a rule (blank lines keep `---` from making setext headings).
		line("");
		line("---");
		line("");
		const tags = rng.next();
		line(tags < 0.85 ? "#Container #Docker" : tags < 0.95 ? "#container/runtime #Kubernetes" : "#Linux #메모");
		line("");
		line("---");
		line("");

		if (note.big) {
			// Pad the big note to its target length with plain bullets before the footer.
			const footer = o.splice(o.length - 7, 7);
			const gFooter = g.splice(g.length - 7, 7);
			while (o.length + footer.length < bigNoteLines) line(`- ${sentence(rng)}`);
			o.push(...footer);
			g.push(...gFooter);
		}

		const eol = note.crlf ? "\r\n" : "\n";
		const ot = o.join(eol);
		obsidian.set(note.path, ot);
		gfm.set(note.path, g.join(eol));
		stats.lines += o.length;
		stats.bytes += encoder.encode(ot).length;
	}

	const byRule: Record<string, number> = {};
	for (const p of planted) byRule[p.rule] = (byRule[p.rule] ?? 0) + 1;
	const bigNotePath = (notes[0] as GenNote).path;
	return {
		params: { version: GENERATOR_VERSION, notes: count, seed, bigNoteLines },
		bigNotePath,
		dialects: { obsidian, gfm },
		images,
		manifest: { version: GENERATOR_VERSION, params: { notes: count, seed, bigNoteLines }, bigNotePath, stats: { ...stats, images: images.length, plantedByRule: byRule }, planted },
	};
}

/** The heading at `index` (indexes come from the same note, so it exists). */
function heading(note: GenNote, index: number): GenHeading {
	return note.headings[index] as GenHeading;
}
