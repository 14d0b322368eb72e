/**
 * The CLI's own text (usage, summaries, errors) in English and Korean. Diagnostic
 * messages come from the core (`src/core/i18n/`); these are only the frame around them.
 */
import type { Language } from "../core/model/settings";

const en = {
	usage: [
		"Usage: container-notes <command> [options]",
		"",
		"Commands:",
		"  check [VAULT]        Check container notes (every note with --all)",
		"  check NOTE...        Check these notes only, against their whole vault",
		"  fix [VAULT|NOTE...]  Apply the safe fixes (--dry-run prints a diff, writes nothing)",
		"  toc NOTE             Print the note's regenerated table of contents (--write rewrites it)",
		"  compare NOTE         Compare deployment models described in a note",
		"",
		"Options:",
		"  --all                Check every note, not only notes tagged #Container or #Docker",
		"  --format FORMAT      Output of check: text (default), json, markdown, or github",
		"                       (GitHub Actions annotations)",
		"  --site-root DIR      Folder a leading / maps to (e.g. static for Docusaurus)",
		"  --image-folder PATH  Image folder as notes write it (default /img/이미지 창고)",
		"  --tags a,b           Tags that make a note a container note (default Container,Docker)",
		"  --lang ko|en         Language of messages (default: the plugin's language setting, else LANG)",
		"  --max-warnings N     With check: exit 1 also when there are more than N warnings",
		"  --dry-run            With fix: print a unified diff and write nothing",
		"  --write              With toc: rewrite the table of contents in place",
		"  --vault DIR          With NOTE: the vault the notes belong to (default: the nearest",
		"                       folder above the first note holding .obsidian; for check and fix,",
		"                       else its Git repository)",
		"  --config-dir NAME    The vault's config folder (default .obsidian)",
		"  --no-settings        Ignore the plugin's settings stored in the vault",
		"  -h, --help           Show this help",
		"  -v, --version        Show the version",
		"",
		"The plugin's settings in VAULT/.obsidian/plugins/container-notes/data.json (tags, image",
		"folder, site root, scope, link encoding, rule levels, language) apply; options override them.",
		"",
		"Exit status: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 bad usage",
		"or unreadable vault.",
	].join("\n"),
	summary: (checked: number, errors: number, warnings: number, infos: number) =>
		`${plural(checked, "note")} checked, ${plural(errors, "error")}, ${plural(warnings, "warning")}` +
		(infos > 0 ? `, ${plural(infos, "info")}` : ""),
	scannedOf: (scanned: number) => `(${plural(scanned, "note")} in the vault)`,
	namedOf: (named: number) => `(${plural(named, "note")} named)`,
	fixableHint: (n: number) => `${plural(n, "problem")} can be fixed safely: run container-notes fix (with --dry-run to see the changes first)`,
	vaultGuessed: (note: string, configDir: string, vault: string) => `No ${configDir} folder above ${note}: the vault is taken to be ${vault} (--vault names another)`,
	tooManyWarnings: (n: number, max: number) => `${plural(n, "warning")}, more than --max-warnings ${max} allows`,
	noNotes: "No container notes found (use --all to check every note).",
	suggestion: "hint",
	fixable: "fixable",
	unknownCommand: (c: string) => `Unknown command: ${c}`,
	unknownOption: (o: string) => `Unknown option: ${o}`,
	missingValue: (o: string) => `Option ${o} needs a value`,
	badValue: (o: string, v: string, allowed: string) => `Invalid value for ${o}: ${v} (expected ${allowed})`,
	tooManyArgs: (a: string) => `Unexpected argument: ${a}`,
	noteRequired: (c: string) => `${c} needs a NOTE argument`,
	seeHelp: "Run container-notes --help for usage.",
	vaultUnreadable: (p: string, why: string) => `Cannot read the vault ${p}: ${why}`,
	notADirectory: "not a directory",
	siteRootOutside: (p: string) => `The site root ${p} is not a folder inside the vault`,
	settingsUsed: (file: string) => `Using the plugin's settings in ${file} (--no-settings ignores them)`,
	settingsFieldsIgnored: (file: string, fields: string) => `${file}: invalid ${fields} ignored; the default is used instead`,
	settingsIgnored: (file: string, why: string) => `Ignoring the plugin's settings in ${file}: ${why}; the defaults are used`,
	siteRootHint: (found: number, missing: number, folder: string) =>
		`${found} of ${plural(missing, "missing image")} written with a leading / ${found === 1 ? "exists" : "exist"} under ${folder}/. If the site serves ${folder}/ at its root ` +
		`(Docusaurus, Hugo: static; Next.js, Astro: public), run with --site-root ${folder} or set the site root in the plugin's settings.`,
	settingsWhy: { notFile: "not a file", tooLarge: "larger than 1 MB", notJson: "not valid JSON", notObject: "not a JSON object" },
	noteUnreadable: (p: string, why: string) => `Cannot read the note ${p}: ${why}`,
	noteNotMarkdown: "not a Markdown note (.md)",
	noteOutsideVault: (p: string, v: string) => `The note ${p} is not inside the vault ${v}`,
	fixedFile: (p: string, n: number) => `${p}: ${plural(n, "fix", "fixes")} applied`,
	wouldFixFile: (p: string, n: number) => `${p}: ${plural(n, "fix", "fixes")} would be applied`,
	refused: (p: string, why: string) => `${p}: a fix was refused: ${why}`,
	changedMeanwhile: (p: string) => `${p}: changed on disk after it was checked; not written`,
	writeFailed: (p: string, why: string) => `${p}: could not be written: ${why}`,
	fixSummary: (fixes: number, files: number) => `${plural(fixes, "fix", "fixes")} in ${plural(files, "note")}`,
	fixDrySummary: (fixes: number, files: number) => `Dry run: ${plural(fixes, "fix", "fixes")} in ${plural(files, "note")} would be applied; nothing written`,
	nothingToFix: "Nothing to fix.",
	notFixed: (n: number) => `${plural(n, "note")} with fixes left unchanged (see above)`,
	remaining: "Remaining after fixes:",
	noToc: (p: string) => `${p} has no table of contents; printing a new one (--write inserts it)`,
	tocWritten: (p: string) => `${p}: table of contents rewritten`,
	tocInserted: (p: string) => `${p}: table of contents inserted`,
	tocUpToDate: (p: string) => `${p}: table of contents is up to date`,
	noteFailed: (p: string, why: string) => `${p}: not checked: ${why}`,
	internalError: (why: string) => `Internal error: ${why}`,
};

export type CliMessages = typeof en;

const ko: CliMessages = {
	usage: [
		"사용법: container-notes <명령> [옵션]",
		"",
		"명령:",
		"  check [VAULT]        컨테이너 노트를 검사합니다 (--all: 모든 노트)",
		"  check NOTE...        지정한 노트만, 볼트 전체를 기준으로 검사합니다",
		"  fix [VAULT|NOTE...]  안전한 수정을 적용합니다 (--dry-run: diff만 출력, 쓰지 않음)",
		"  toc NOTE             노트의 목차를 다시 만들어 출력합니다 (--write: 노트에 씀)",
		"  compare NOTE         노트에 설명된 배포 방식을 비교합니다",
		"",
		"옵션:",
		"  --all                #Container/#Docker 태그가 없는 노트도 모두 검사",
		"  --format FORMAT      check 출력 형식: text (기본), json, markdown, github",
		"                       (GitHub Actions 주석)",
		"  --site-root DIR      맨 앞 / 가 가리키는 폴더 (Docusaurus는 static)",
		"  --image-folder PATH  노트에 쓰인 이미지 폴더 (기본 /img/이미지 창고)",
		"  --tags a,b           컨테이너 노트로 볼 태그 (기본 Container,Docker)",
		"  --lang ko|en         메시지 언어 (기본: 플러그인의 언어 설정, 없으면 LANG 환경 변수)",
		"  --max-warnings N     check: 경고가 N개보다 많아도 종료 코드 1",
		"  --dry-run            fix: unified diff를 출력하고 아무것도 쓰지 않음",
		"  --write              toc: 목차를 노트에 다시 씀",
		"  --vault DIR          NOTE: 노트가 속한 볼트 (기본: 첫 노트 위에서 .obsidian 이 있는",
		"                       가장 가까운 폴더, check 와 fix 는 없으면 Git 저장소)",
		"  --config-dir NAME    볼트의 설정 폴더 (기본 .obsidian)",
		"  --no-settings        볼트에 저장된 플러그인 설정을 쓰지 않음",
		"  -h, --help           도움말",
		"  -v, --version        버전",
		"",
		"VAULT/.obsidian/plugins/container-notes/data.json 의 플러그인 설정(태그, 이미지 폴더,",
		"사이트 루트, 검사 범위, 링크 인코딩, 규칙 수준, 언어)을 따르며, 옵션이 설정보다 우선합니다.",
		"",
		"종료 코드: 0 오류 없음, 1 오류 있음 (또는 경고가 --max-warnings 보다 많음), 2 잘못된 사용법",
		"또는 읽을 수 없는 볼트.",
	].join("\n"),
	summary: (checked, errors, warnings, infos) =>
		`노트 ${checked}개 검사, 오류 ${errors}개, 경고 ${warnings}개` + (infos > 0 ? `, 정보 ${infos}개` : ""),
	scannedOf: (scanned) => `(볼트의 노트 ${scanned}개)`,
	namedOf: (named) => `(지정한 노트 ${named}개)`,
	fixableHint: (n) => `안전하게 고칠 수 있는 문제 ${n}개: container-notes fix 로 고칩니다 (--dry-run 을 붙이면 바뀔 내용만 먼저 봅니다)`,
	vaultGuessed: (note, configDir, vault) => `${note} 위에 ${configDir} 폴더가 없어 ${vault} 폴더를 볼트로 봅니다 (다른 볼트는 --vault 로 지정)`,
	tooManyWarnings: (n, max) => `경고 ${n}개: --max-warnings ${max} 보다 많습니다`,
	noNotes: "컨테이너 노트가 없습니다 (모든 노트를 검사하려면 --all).",
	suggestion: "제안",
	fixable: "자동 수정 가능",
	unknownCommand: (c) => `알 수 없는 명령: ${c}`,
	unknownOption: (o) => `알 수 없는 옵션: ${o}`,
	missingValue: (o) => `${o} 옵션에 값이 필요합니다`,
	badValue: (o, v, allowed) => `${o} 값이 잘못되었습니다: ${v} (${allowed} 중 하나)`,
	tooManyArgs: (a) => `예상하지 못한 인자: ${a}`,
	noteRequired: (c) => `${c} 명령에는 NOTE 인자가 필요합니다`,
	seeHelp: "사용법은 container-notes --help 를 보세요.",
	vaultUnreadable: (p, why) => `볼트 ${p} 를 읽을 수 없습니다: ${why}`,
	notADirectory: "폴더가 아닙니다",
	siteRootOutside: (p) => `사이트 루트 ${p} 는 볼트 안의 폴더가 아닙니다`,
	settingsUsed: (file) => `${file} 의 플러그인 설정을 따릅니다 (--no-settings 로 무시)`,
	settingsFieldsIgnored: (file, fields) => `${file}: 잘못된 ${fields} 값은 무시하고 기본값을 씁니다`,
	settingsIgnored: (file, why) => `${file} 의 플러그인 설정을 무시하고 기본값을 씁니다: ${why}`,
	siteRootHint: (found, missing, folder) =>
		`/ 로 시작하는 경로의 이미지 중 찾지 못한 ${missing}개 가운데 ${found}개가 ${folder}/ 아래에 있습니다. 사이트가 ${folder}/ 를 루트로 제공한다면 ` +
		`(Docusaurus, Hugo: static, Next.js, Astro: public) --site-root ${folder} 옵션을 주거나 플러그인 설정에서 사이트 루트를 지정하세요.`,
	settingsWhy: { notFile: "파일이 아닙니다", tooLarge: "1 MB보다 큽니다", notJson: "올바른 JSON이 아닙니다", notObject: "JSON 객체가 아닙니다" },
	noteUnreadable: (p, why) => `노트 ${p} 를 읽을 수 없습니다: ${why}`,
	noteNotMarkdown: "Markdown 노트(.md)가 아닙니다",
	noteOutsideVault: (p, v) => `노트 ${p} 가 볼트 ${v} 안에 없습니다`,
	fixedFile: (p, n) => `${p}: 수정 ${n}개 적용`,
	wouldFixFile: (p, n) => `${p}: 수정 ${n}개 적용 예정`,
	refused: (p, why) => `${p}: 수정을 거부했습니다: ${why}`,
	changedMeanwhile: (p) => `${p}: 검사 후 디스크에서 바뀌어 쓰지 않았습니다`,
	writeFailed: (p, why) => `${p}: 쓰지 못했습니다: ${why}`,
	fixSummary: (fixes, files) => `노트 ${files}개에 수정 ${fixes}개`,
	fixDrySummary: (fixes, files) => `시험 실행: 노트 ${files}개에 수정 ${fixes}개 적용 예정, 아무것도 쓰지 않음`,
	nothingToFix: "수정할 것이 없습니다.",
	notFixed: (n) => `수정할 것이 있는 노트 ${n}개를 바꾸지 못했습니다 (위 참고)`,
	remaining: "수정 후 남은 문제:",
	noToc: (p) => `${p} 에 목차가 없어 새 목차를 출력합니다 (--write 로 삽입)`,
	tocWritten: (p) => `${p}: 목차를 다시 썼습니다`,
	tocInserted: (p) => `${p}: 목차를 삽입했습니다`,
	tocUpToDate: (p) => `${p}: 목차가 최신입니다`,
	noteFailed: (p, why) => `${p}: 검사하지 못함: ${why}`,
	internalError: (why) => `내부 오류: ${why}`,
};

function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

/**
 * The CLI messages of a language.
 *
 * @example
 * messages("ko").summary(3, 1, 0, 0); // "노트 3개 검사, 오류 1개, 경고 0개"
 */
export function messages(language: Language): CliMessages {
	return language === "ko" ? ko : en;
}

/**
 * The default language from the environment (`LC_ALL`, then `LC_MESSAGES`, then `LANG`): Korean when it starts with `ko`.
 *
 * @example
 * languageFromEnv({ LANG: "ko_KR.UTF-8" }); // "ko"
 */
export function languageFromEnv(env: Record<string, string | undefined>): Language {
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
	return locale.toLowerCase().startsWith("ko") ? "ko" : "en";
}

/**
 * `--lang ko|en` from a command line before (or without) full parsing, so that even
 * usage errors come in the asked language; `null` when absent or invalid.
 *
 * @example
 * peekLanguage(["check", "--lang=ko"]); // "ko"
 */
export function peekLanguage(argv: readonly string[]): Language | null {
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const value = a === "--lang" ? argv[i + 1] : a?.startsWith("--lang=") ? a.slice(7) : undefined;
		if (value === "ko" || value === "en") return value;
	}
	return null;
}
