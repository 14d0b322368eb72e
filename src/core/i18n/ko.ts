/** Korean messages. */
import type { MessageCatalog, TocDiff } from "./catalog";

const list = (items: string[], max = 3): string =>
	items.length <= max ? items.map((i) => `"${i}"`).join(", ") : `${items.slice(0, max).map((i) => `"${i}"`).join(", ")} 외 ${items.length - max}개`;

const linkTo = (path: string): string => `"${path}"(으)로 연결`;

function tocDetails(diff: TocDiff): string {
	const parts: string[] = [];
	if (diff.missing.length > 0) parts.push(`항목 없음: ${list(diff.missing)}`);
	if (diff.extra.length > 0) parts.push(`제목에 닿지 않는 항목: ${list(diff.extra)}`);
	if (diff.reordered) parts.push("항목 순서가 다름");
	if (diff.nesting) parts.push("들여쓰기 깊이가 다름");
	return parts.join("; ");
}

/** The suggestion and the fix title for a property's link without quotes. */
const QUOTES = "링크를 따옴표로 감싸기";

/**
 * @example
 * ko.headingMissing("#개요#설치", "Docker", null); // 'Docker에 "#개요#설치" 제목이 없습니다'
 */
export const ko: MessageCatalog = {
	linkUnparsed: (dest, reason, image) =>
		`Obsidian에서 ${image ? "이미지" : "링크"}로 인식되지 않습니다: 대상 "${dest}"${reason === "whitespace" ? "에 공백이 그대로 있습니다" : reason === "unquoted" ? "에 따옴표가 없습니다" : '의 "<"가 닫히지 않았습니다'}`,
	linkUnparsedSuggestion: (enc) => (enc === "percent" ? "공백을 %20으로 인코딩하세요" : enc === "angle" ? "대상을 <...>로 감싸세요" : QUOTES),
	linkUnparsedFix: (enc) => (enc === "percent" ? "공백을 %20으로 인코딩" : enc === "angle" ? "대상을 <...>로 감싸기" : QUOTES),

	headingMissing: (sub, note, github) =>
		`${note ?? "이 노트"}에 "${sub}" 제목이 없습니다${github === null ? "" : `: "${github}" 제목의 GitHub식 앵커이지만, Obsidian은 제목을 텍스트 그대로 연결합니다`}`,
	headingMissingSuggestion: (path) => `"${path}"을(를) 찾으셨나요?`,
	headingMissingNoSuggestion: () => "비슷한 제목을 찾지 못했습니다",
	headingMissingFix: linkTo,
	hintsNotCompared: () => "깨진 링크가 너무 많아 제안을 생략했습니다",

	headingFragile: (sub, reached, parent) =>
		`"${sub}" 경로는 문서 순서로 맞출 때만 "${reached.text}"(${reached.line}행)에 닿습니다: 실제 상위 제목은 "${parent.text}"(${parent.line}행)입니다`,
	headingFragileSuggestion: (path) => `두 해석 모두에서 동작하는 "${path}"(으)로 쓰세요`,
	headingFragileNoFix: () => "두 해석 모두에서 이 제목에 닿는 경로가 없습니다. 제목 이름을 바꾸세요",
	headingFragileFix: linkTo,

	headingAmbiguous: (seg, count, line) => `"${seg}"에 맞는 제목이 ${count}개입니다. Obsidian은 첫 번째(${line}행)를 엽니다`,
	headingAmbiguousSuggestion: (path) => `상위 제목으로 구분하세요: "${path}"`,
	headingAmbiguousNoFix: () => "첫 번째 제목에 구분할 상위 제목이 없습니다. 제목 중 하나의 이름을 바꾸세요",
	headingAmbiguousFix: linkTo,
	headingTwin: (line, first) => `이 항목의 제목(${line}행)은 ${first}행과 경로가 같아 Obsidian은 ${first}행을 엽니다`,
	headingTwinSuggestion: () => "링크로는 둘을 구분할 수 없습니다. 제목 중 하나의 이름을 바꾸세요",

	blockMissing: (id, note) => `${note ?? "이 노트"}에 "^${id}" 블록이 없습니다`,

	noteMissing: (path, sub) => `"${sub}" 링크의 노트가 없습니다: "${path}"`,
	outsideVault: (path) => `"${path}" 링크는 볼트 밖을 가리킵니다. 따라가지 않습니다`,

	imageMissing: (path) => `이미지를 찾을 수 없습니다: "${path}"`,
	imageMissingSuggestion: (c) => (c.length === 1 ? `비슷한 이름의 파일이 있습니다: "${c[0]}"` : `비슷한 이름의 파일들이 있습니다: ${list(c)}`),
	imageMissingFix: (path) => `"${path}" 사용`,
	imageSiteRoot: (path, folder) => `"${path}" 파일이 있습니다. "${folder}" 폴더가 사이트의 루트라면 사이트 루트로 설정하세요`,

	imageOutsideFolder: (path, folder) => `이미지가 이미지 폴더 "${folder}" 밖에 있습니다: "${path}"`,

	pathCaseMismatch: (w, a) => `"${w}" 링크는 Obsidian이 대소문자를 무시하기 때문에만 "${a}"에 맞습니다. 대소문자를 구분하는 호스트에서는 깨집니다`,
	pathCaseMismatchFix: (a) => `정확한 대소문자로 쓰기: "${a}"`,

	unicodeNormalization: (w, what) =>
		`"${w}" 링크는 ${what === "file" ? "파일 이름" : "제목"}과 유니코드 정규화(NFC/NFD)만 다릅니다. Obsidian은 둘을 같은 것으로 보지 않습니다`,
	unicodeNormalizationFix: () => "NFC로 정규화",
	unicodeNormalizationNoFix: () => "대상 자체가 NFC가 아닙니다. 대상 이름을 NFC로 바꾸세요",

	tocStale: (diff) => `목차가 제목과 맞지 않습니다: ${tocDetails(diff)}`,
	tocStaleFix: () => "목차 다시 만들기",
	tocInsertFix: () => "목차 넣기",

	frontmatterInvalid: (err, lang) =>
		lang === "" ? `프런트매터가 올바른 YAML이 아닙니다: ${err}` : `프런트매터가 YAML이 아닌 "---${lang}"입니다. 실행하지 않습니다: ${err}`,

	blockUnclosed: (f) => `${f ? "코드 블록" : "주석"}이 닫히지 않아 Obsidian이 노트의 나머지를 ${f ? "코드로" : "주석으로"} 읽고 그 안의 링크와 제목을 무시합니다`,

	tagsCommaString: (v) => `"tags: ${v}" 값은 여러 태그를 쓴 한 문자열이라 Obsidian 1.9부터 무시됩니다`,
	tagsCommaStringFix: (l) => `태그를 YAML 목록으로 쓰기: ${l}`,

	skipped: (r) =>
		r.kind === "binary"
			? "건너뜀: 바이너리 내용"
			: r.kind === "too-large"
				? `건너뜀: ${r.bytes}바이트로 한도 ${r.limit}바이트를 넘습니다`
				: `건너뜀: 읽을 수 없음 (${r.error})`,
};
