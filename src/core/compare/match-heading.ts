/**
 * Which deployment model a heading names, and how surely.
 *
 * - `strong`: a model keyword plus a deployment word ("Traditional Deployment",
 *   "전통적 배포", "Container deployment era", "Kubernetes Deployment").
 * - `name`: nothing but a model's names ("Kubernetes", "쿠버네티스 (k8s)", "가상화").
 *   Such a heading alone is too common ("## Container" in a note about images), so
 *   extraction accepts it only when the note names a second model too.
 * - `weak`: a keyword among other words ("컨테이너 기술 발전", "Kubernetes API"): a
 *   parent or unrelated section, never taken as a model section.
 *
 * A heading naming two models ("Containers vs VMs") names none, except that an
 * orchestration keyword wins over "container" ("Container orchestration").
 */
import type { CatalogModel } from "./catalog-types";

export type HeadingMatchStrength = "strong" | "name" | "weak";

export interface HeadingMatch {
	modelId: string;
	strength: HeadingMatchStrength;
}

/** Words that make a heading about deploying (English and Korean). */
const DEPLOYMENT_WORDS = ["deployment", "deployments", "deploy", "era", "배포", "시대", "방식"];
/** Words that may stand beside a model name without changing the topic. */
const FILLER_WORDS = ["the", "model", "a", "an", "based", "기반", "중심", "환경", "개발"];
/** Problems subsections. */
export const PROBLEM_WORDS = ["문제점", "문제", "단점", "한계점", "한계", "problems", "problem", "cons", "limitations", "limitation", "drawbacks", "drawback", "disadvantages", "issues", "pitfalls"];

function isWordChar(c: string | undefined): boolean {
	return c !== undefined && /[a-z0-9]/.test(c);
}

/** Lower-cases and turns punctuation into spaces (keeps letters of any script, digits). */
export function normalizeHeadingWords(text: string): string {
	return text
		.toLowerCase()
		.normalize("NFC")
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
}

/**
 * Finds `word` in normalized `text`. ASCII words need word boundaries ("vm" is not
 * in "vmware"); Korean words may carry particles ("가상화를").
 * Returns the index or -1.
 */
export function findWord(text: string, word: string): number {
	const ascii = /^[\x20-\x7e]+$/.test(word);
	let from = 0;
	for (;;) {
		const i = text.indexOf(word, from);
		if (i < 0) return -1;
		if (!ascii || (!isWordChar(text[i - 1]) && !isWordChar(text[i + word.length]))) return i;
		from = i + 1;
	}
}

/** Removes every occurrence of the words (longest first) from normalized text. */
function removeWords(text: string, words: readonly string[]): string {
	let out = ` ${text} `;
	for (const w of [...words].sort((a, b) => b.length - a.length)) {
		const norm = normalizeHeadingWords(w);
		if (norm === "") continue;
		for (let i = findWord(out, norm); i >= 0; i = findWord(out, norm)) out = `${out.slice(0, i)} ${out.slice(i + norm.length)}`;
	}
	return out.replace(/\s+/g, " ").trim();
}

/**
 * Does the heading text mention any of `words`?
 *
 * @example
 * mentionsAny("#### 문제점", PROBLEM_WORDS); // true
 * mentionsAny("Hypervisor", PROBLEM_WORDS); // false
 */
export function mentionsAny(text: string, words: readonly string[]): boolean {
	const norm = normalizeHeadingWords(text);
	return words.some((w) => findWord(norm, normalizeHeadingWords(w)) >= 0);
}

/**
 * The model a heading names, or `null`.
 *
 * @example
 * matchModelHeading("Virtualized Deployment", DEFAULT_CATALOG.models); // { modelId: "virtualized", strength: "strong" }
 * matchModelHeading("쿠버네티스", DEFAULT_CATALOG.models); // { modelId: "kubernetes", strength: "name" }
 * matchModelHeading("컨테이너 기술 발전", DEFAULT_CATALOG.models); // { modelId: "container", strength: "weak" }
 * matchModelHeading("Containers vs VMs", DEFAULT_CATALOG.models); // null
 */
export function matchModelHeading(text: string, models: readonly CatalogModel[]): HeadingMatch | null {
	const norm = normalizeHeadingWords(text);
	if (norm === "") return null;
	let hits = models.filter((m) => m.keywords.some((k) => findWord(norm, normalizeHeadingWords(k)) >= 0));
	if (hits.length === 0) return null;
	if (hits.length > 1 && hits.some((m) => m.id === "kubernetes")) hits = hits.filter((m) => m.id !== "container");
	if (hits.length !== 1) return null;
	const model = hits[0] as CatalogModel;
	const hasDeploymentWord = DEPLOYMENT_WORDS.some((w) => findWord(norm, w) >= 0);
	// Left over: numbering ("1.") and Korean particles after a removed keyword ("전통적인" -> "인") do not count.
	const rest = removeWords(norm, [...model.keywords, ...DEPLOYMENT_WORDS, ...FILLER_WORDS])
		.split(" ")
		.filter((w) => w !== "" && !/^\d+$/.test(w) && !/^[\uac00-\ud7a3]$/.test(w));
	if (hasDeploymentWord && rest.length === 0) return { modelId: model.id, strength: "strong" };
	if (rest.length === 0) return { modelId: model.id, strength: "name" };
	return { modelId: model.id, strength: "weak" };
}
