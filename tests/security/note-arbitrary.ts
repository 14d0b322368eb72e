/**
 * fast-check generators for notes that mix every construct the scanner knows
 * (headings, TOCs with heading-path links, wikilinks, embeds, images, block ids,
 * tags, front matter, fences, inline code, comments, math) with random characters,
 * odd line endings, a BOM and NFD Hangul. Used by the fuzzing tests.
 */
import fc from "fast-check";

/** Heading texts: Korean, duplicates (`문제점` twice), spaces, punctuation Obsidian strips. */
export const HEADING_TEXTS = ["개요", "문제점", "컨테이너 기술 발전", "Traditional Deployment", "Virtualized Deployment", "Hypervisor", "도커 엔진", "Step 1: 설치", "a|b", "목차", "Table of contents", "Pod Affinity"];

/** Files of the surrounding vault (besides the generated note). */
export const VAULT_FILES: Record<string, string> = {
	"Other.md": "# 개요\n## 문제점\n### 세부\n## 문제점\n단락 ^blk-1\n",
	"Sub/Deep note.md": "# Deep\n## 아래\n",
	"img/이미지 창고/Pasted image 20221230100905.png": "PNG",
	"img/이미지 창고/Pasted-image-20221231.png": "PNG",
	"img/이미지 창고/Diagram.PNG": "PNG",
	["img/이미지 창고/" + "한글 그림.png".normalize("NFD")]: "PNG",
	"assets/elsewhere.png": "PNG",
};

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** Characters that tend to break parsers: delimiters of every construct, controls, odd Unicode. */
const NASTY = ["[", "]", "(", ")", "<", ">", "#", "^", "|", "!", "`", "~", "%", "$", "\\", "*", "_", "-", ":", "/", " ", "\t", "\r", "\n", "\u00a0", "\u200b", "\ufeff", "\ud800", "\udc00", "가", "\u1100", "\u1161", "\u11a8", "😀", "\u0301", "'", '"', "=", "{", "}", "&", ";"];

/** Random text: mostly troublesome characters, some arbitrary code units (lone surrogates included; NUL excluded: it makes a note binary). */
export const noise: fc.Arbitrary<string> = fc.string({
	unit: fc.oneof(
		{ weight: 6, arbitrary: pick(NASTY) },
		{ weight: 2, arbitrary: fc.integer({ min: 1, max: 0xffff }).map((c) => String.fromCharCode(c)) },
		{ weight: 1, arbitrary: fc.constantFrom("a", "b", "x", "개", "요") },
	),
	maxLength: 12,
});

const headingText = fc.oneof({ weight: 5, arbitrary: pick(HEADING_TEXTS) }, { weight: 1, arbitrary: noise });

/** A heading path `#A#B`, written raw, percent-encoded or as the bare text. */
const subpath = fc.array(headingText, { minLength: 1, maxLength: 3 }).map((segs) => "#" + segs.join("#"));

const encodeSpaces = (s: string) => s.replace(/ /g, "%20");

const tocLine = fc
	.tuple(fc.integer({ min: 0, max: 3 }), pick(["-", "*", "1."]), headingText, subpath, pick(["raw", "encoded", "angle", "wiki", "unbalanced"] as const))
	.map(([depth, marker, text, sub, style]) => {
		const indent = "\t".repeat(depth);
		switch (style) {
			case "raw":
				return `${indent}${marker} [${text}](${sub})`;
			case "encoded":
				return `${indent}${marker} [${text}](${encodeSpaces(sub)})`;
			case "angle":
				return `${indent}${marker} [${text}](<${sub}>)`;
			case "wiki":
				return `${indent}${marker} [[${sub}|${text}]]`;
			default:
				return `${indent}${marker} [${text}](<${sub})`;
		}
	});

const heading = fc
	.tuple(fc.integer({ min: 1, max: 7 }), headingText, fc.boolean(), fc.boolean())
	.map(([level, text, closing, block]) => `${"#".repeat(level)} ${text}${closing ? " ##" : ""}${block ? " ^h-1" : ""}`);

const wikilink = fc
	.tuple(pick(["", "Other", "other", "Sub/Deep note", "Missing", "Deep note", "../../../etc/passwd", "/etc/passwd"]), fc.option(subpath), fc.option(pick(["^blk-1", "^nope", "^BLK-1"])), fc.option(noise), fc.boolean())
	.map(([note, sub, block, alias, embed]) => `${embed ? "!" : ""}[[${note}${block ? "#" + block : (sub ?? "")}${alias !== null ? "|" + alias : ""}]]`);

const mdLink = fc
	.tuple(pick(["", "Other.md", "Other", "Sub/Deep%20note.md", "Sub/Deep note.md", "Missing.md", "../../../etc/passwd", "/etc/passwd", "file:///etc/passwd", "javascript:alert(1)", "https://example.com/a b"]), fc.option(subpath), noise)
	.map(([dest, sub, text]) => `[${text}](${dest}${sub ?? ""})`);

const IMAGE_DESTS = [
	"/img/이미지 창고/Pasted image 20221230100905.png",
	"/img/이미지 창고/Pasted-image-20221230100905.png",
	"/img/이미지%20창고/Pasted-image-20221231.png",
	"</img/이미지 창고/Pasted-image-20221231.png>",
	"/img/이미지 창고/diagram.png",
	"/img/이미지 창고/" + "한글 그림.png",
	"/img/이미지 창고/" + "한글 그림.png".normalize("NFD"),
	"img/이미지 창고/없는 그림.png",
	"assets/elsewhere.png",
	"/img/이미지 창고/<img src=x onerror=alert(1)>.png",
];
const image = fc.tuple(pick(IMAGE_DESTS), noise, fc.boolean()).map(([dest, alt, wiki]) => (wiki ? `![[${dest.replace(/^<|>$/g, "")}|100]]` : `![${alt}](${dest})`));

const tag = pick(["#Container", "#docker", "#container/runtime", "#태그", "#1984", "(#개요", "tags#not"]);

const block = fc.oneof(
	fc.tuple(pick(["```", "~~~", "````"]), noise, fc.boolean()).map(([f, body, close]) => `${f}js\n[x](#in code)\n${body}${close ? "\n" + f : ""}`),
	noise.map((n) => `\`${n}\``),
	fc.tuple(noise, fc.boolean()).map(([n, close]) => `<!-- [x](#hidden) ${n}${close ? " -->" : ""}`),
	fc.tuple(noise, fc.boolean()).map(([n, close]) => `%% [[#개요]] ${n}${close ? " %%" : ""}`),
	fc.tuple(noise, fc.boolean()).map(([n, close]) => `$$\n${n}\n${close ? "$$" : ""}`),
	noise.map((n) => `inline $x^2$ and ${n}`),
	pick(["단락 끝 ^blk-2", "^solo", "> [!note] callout [x](#개요)", "| a | [x](#개요) |", "[label]: #개요 문제점", "[ref][label]", "    [x](#indented code)"]),
);

const FRONT_MATTERS = [
	"---\ntags: [Container, Docker]\n---\n",
	"---\ntags: Container, docker\n---\n",
	"---\ntags:\n  - container\n  - 태그\n---\n",
	"---\ntags: [Container, b\nslug: x\n---\n",
	"---\n: : :\n\t- [\n---\n",
	"---js\n{ tags: ['docker'], x: globalThis.__pwned = 1 }\n---\n",
	"---\ntags: [docker]\n",
	"---\n---\n",
];

/** A heading outline with duplicates (`문제점`) and a heading reachable only in document order (`세부` under `정리`, not `개요`). */
const SKELETON = ["# 개요", "## Traditional Deployment", "### 문제점", "## Virtualized Deployment", "### Hypervisor", "### 문제점", "# 정리", "### 세부"];

/** A leading TOC: same-note links, some stale, some fragile or ambiguous, some unparsed. */
const TOC_ENTRIES = [
	"- [개요](#개요)",
	"\t- [Traditional Deployment](#개요#Traditional Deployment)",
	"\t\t- [문제점](#Traditional Deployment#문제점)",
	"\t- [Virtualized Deployment](#개요#Virtualized%20Deployment)",
	"\t\t- [Hypervisor](<#Virtualized Deployment#Hypervisor>)",
	"\t\t- [문제점](#문제점)",
	"- [정리](#정리)",
	"\t\t- [세부](#개요#세부)",
	"- [옛 제목](#옛 제목)",
];
const tocAndOutline = fc
	.tuple(fc.subarray(TOC_ENTRIES, { minLength: 1 }), fc.subarray(SKELETON, { minLength: 2 }), fc.boolean())
	.map(([toc, outline, shuffled]) => [...toc, "", ...(shuffled ? [...outline].reverse() : outline)]);

/** One line (or a small block of lines) of note body. */
const piece: fc.Arbitrary<string | string[]> = fc.oneof(
	{ weight: 2, arbitrary: tocAndOutline },
	{ weight: 3, arbitrary: heading },
	{ weight: 3, arbitrary: tocLine },
	{ weight: 2, arbitrary: wikilink },
	{ weight: 2, arbitrary: mdLink },
	{ weight: 2, arbitrary: image },
	{ weight: 1, arbitrary: tag },
	{ weight: 2, arbitrary: block },
	{ weight: 2, arbitrary: noise },
	{ weight: 1, arbitrary: fc.constant("") },
);

/** How lines end: one style for the whole note, or mixed. */
const endings = pick(["lf", "crlf", "cr", "mixed"] as const);

/** A whole generated note and how it was built (for failure messages). */
export interface GeneratedNote {
	text: string;
	nfd: boolean;
	bom: boolean;
}

/**
 * A note text: optional BOM, optional front matter, pieces joined by line endings,
 * sometimes normalised to NFD as a whole.
 *
 * @example
 * fc.assert(fc.property(noteArbitrary, (note) => typeof note.text === "string"));
 */
export const noteArbitrary: fc.Arbitrary<GeneratedNote> = fc
	.record({
		bom: fc.boolean(),
		front: fc.option(pick(FRONT_MATTERS), { freq: 2 }),
		pieces: fc.array(piece, { minLength: 0, maxLength: 25 }),
		endings,
		seps: fc.array(pick(["\n", "\r\n", "\r"]), { minLength: 25, maxLength: 25 }),
		nfd: fc.boolean(),
		tagged: fc.boolean(),
		trailing: fc.boolean(),
	})
	.map(({ bom, front, pieces, endings: style, seps, nfd, tagged, trailing }) => {
		const sep = (i: number) => (style === "lf" ? "\n" : style === "crlf" ? "\r\n" : style === "cr" ? "\r" : (seps[i % seps.length] ?? "\n"));
		const flat = pieces.flatMap((p) => (typeof p === "string" ? [p] : p));
		const lines = tagged ? ["#Docker", ...flat] : flat;
		let body = "";
		lines.forEach((l, i) => {
			body += l + (i < lines.length - 1 || trailing ? sep(i) : "");
		});
		let fm = front ?? "";
		if (style !== "lf") fm = fm.replace(/\n/g, sep(0));
		let text = (bom ? "\ufeff" : "") + fm + body;
		if (nfd) text = text.normalize("NFD");
		return { text, nfd, bom };
	});

/** Characters made of surrogate pairs or combining marks: fixes must never split them. */
const WIDE = ["😀", "🐳", "👨‍👩‍👧", "𝔘", "가\u0301", "🏳️‍🌈"];

/** Replaces lone surrogates by U+FFFD, as a UTF-8 file on disk would hold them. */
export function wellFormed(text: string): string {
	let out = "";
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdbff) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next <= 0xdfff) {
				out += text[i] + (text[i + 1] ?? "");
				i++;
			} else out += "\ufffd";
		} else if (c >= 0xdc00 && c <= 0xdfff) out += "\ufffd";
		else out += text[i];
	}
	return out;
}

/** Whether a string has no lone surrogate. */
export function isWellFormed(text: string): boolean {
	return wellFormed(text) === text;
}

/**
 * A note as a file on disk could hold it (no lone surrogate), with emoji and other
 * multi-unit characters inserted at random places (never inside a pair).
 *
 * @example
 * fc.sample(wellFormedNoteArbitrary, 1)[0].includes("\ud800"); // false
 */
export const wellFormedNoteArbitrary: fc.Arbitrary<string> = fc
	.tuple(noteArbitrary, fc.array(fc.tuple(fc.nat(), pick(WIDE)), { maxLength: 20 }))
	.map(([note, inserts]) => {
		let text = wellFormed(note.text);
		for (const [at, wide] of inserts) {
			let p = at % (text.length + 1);
			const c = text.charCodeAt(p);
			if (p > 0 && c >= 0xdc00 && c <= 0xdfff) p--;
			text = text.slice(0, p) + wide + text.slice(p);
		}
		return text;
	});
