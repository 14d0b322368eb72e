/**
 * `container-notes compare NOTE [--format markdown|json] [--lang ko|en] [--catalog FILE.json]`
 *
 * Prints the deployment-models comparison of one note: a Markdown table (default)
 * or the view model as JSON. Exit codes: 0 the note covers at least one model;
 * 1 it covers none (the reference table is still printed); 2 bad usage, or the
 * note or catalog file cannot be read.
 */
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { compareNote, comparisonToJson, comparisonToMarkdown, DEFAULT_CATALOG, mergeCatalog, parseCatalogExtension, type Catalog } from "../core/compare";
import type { Language } from "../core/model/settings";
import { scanNote } from "../core/scan/scan-note";
import { languageFromEnv } from "./i18n";
import type { CliIO } from "./io";

const MAX_NOTE_BYTES = 8 * 1024 * 1024;

interface CompareArgs {
	note: string | null;
	format: "markdown" | "json";
	lang: Language | null;
	catalog: string | null;
	help: boolean;
}

const TEXT = {
	en: {
		usage: "Usage: container-notes compare NOTE [--format markdown|json] [--lang ko|en] [--catalog FILE.json]",
		noteRequired: "compare needs a note: container-notes compare NOTE",
		unknownOption: (o: string) => `Unknown option: ${o}`,
		missingValue: (o: string) => `${o} needs a value`,
		badValue: (o: string, v: string, allowed: string) => `Invalid value for ${o}: ${v} (allowed: ${allowed})`,
		tooMany: (v: string) => `Unexpected argument: ${v}`,
		unreadable: (p: string, why: string) => `Cannot read ${p}: ${why}`,
		tooLarge: (p: string) => `Skipped ${p}: larger than 8 MB`,
		badCatalog: (p: string, why: string) => `Catalog extension ${p}: ${why}`,
		noModels: "No deployment model found in this note (exit 1); the table shows the reference facts.",
	},
	ko: {
		usage: "사용법: container-notes compare 노트 [--format markdown|json] [--lang ko|en] [--catalog 파일.json]",
		noteRequired: "compare에는 노트가 필요합니다: container-notes compare 노트",
		unknownOption: (o: string) => `알 수 없는 옵션: ${o}`,
		missingValue: (o: string) => `${o}에 값이 필요합니다`,
		badValue: (o: string, v: string, allowed: string) => `${o} 값이 잘못되었습니다: ${v} (가능한 값: ${allowed})`,
		tooMany: (v: string) => `예상하지 못한 인자: ${v}`,
		unreadable: (p: string, why: string) => `${p}을(를) 읽을 수 없습니다: ${why}`,
		tooLarge: (p: string) => `${p} 건너뜀: 8 MB보다 큼`,
		badCatalog: (p: string, why: string) => `카탈로그 확장 ${p}: ${why}`,
		noModels: "이 노트에서 배포 방식을 찾지 못했습니다(종료 코드 1). 표에는 참고 자료만 있습니다.",
	},
};

function parse(argv: readonly string[], t: (typeof TEXT)["en"]): { ok: true; args: CompareArgs } | { ok: false; message: string } {
	const args: CompareArgs = { note: null, format: "markdown", lang: null, catalog: null, help: false };
	let onlyPositionals = false;
	for (let i = 0; i < argv.length; i++) {
		const token = argv[i] ?? "";
		if (onlyPositionals || !token.startsWith("-") || token === "-") {
			if (args.note !== null) return { ok: false, message: t.tooMany(token) };
			args.note = token;
			continue;
		}
		if (token === "--") {
			onlyPositionals = true;
			continue;
		}
		if (token === "-h" || token === "--help") {
			args.help = true;
			continue;
		}
		const eq = token.indexOf("=");
		const name = eq > 0 ? token.slice(0, eq) : token;
		if (name !== "--format" && name !== "--lang" && name !== "--catalog") return { ok: false, message: t.unknownOption(name) };
		let value = eq > 0 ? token.slice(eq + 1) : null;
		if (value === null) {
			const next = argv[i + 1];
			if (next === undefined || next.startsWith("--")) return { ok: false, message: t.missingValue(name) };
			value = next;
			i++;
		}
		if (name === "--format") {
			if (value !== "markdown" && value !== "json") return { ok: false, message: t.badValue(name, value, "markdown, json") };
			args.format = value;
		} else if (name === "--lang") {
			if (value !== "en" && value !== "ko") return { ok: false, message: t.badValue(name, value, "en, ko") };
			args.lang = value;
		} else args.catalog = value;
	}
	return { ok: true, args };
}

function why(e: unknown): string {
	if (typeof e === "object" && e !== null && "code" in e && typeof e.code === "string") return e.code;
	return e instanceof Error ? e.message : String(e);
}

function peekLang(argv: readonly string[]): Language | null {
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const v = a === "--lang" ? argv[i + 1] : a?.startsWith("--lang=") ? a.slice(7) : undefined;
		if (v === "en" || v === "ko") return v;
	}
	return null;
}

/**
 * Runs `compare` (argv after the word `compare`).
 *
 * @example
 * const code = await runCompare(["notes/Docker.md", "--format", "json"], io); // 0, JSON on io.stdout
 */
export async function runCompare(argv: readonly string[], io: CliIO): Promise<number> {
	const lang = peekLang(argv) ?? languageFromEnv(io.env);
	const t = TEXT[lang];
	const parsed = parse(argv, t);
	if (!parsed.ok) {
		io.stderr.write(`${parsed.message}\n${t.usage}\n`);
		return 2;
	}
	const { args } = parsed;
	if (args.help) {
		io.stdout.write(`${t.usage}\n`);
		return 0;
	}
	if (args.note === null) {
		io.stderr.write(`${t.noteRequired}\n${t.usage}\n`);
		return 2;
	}

	let catalog: Catalog = DEFAULT_CATALOG;
	if (args.catalog !== null) {
		const file = resolve(io.cwd, args.catalog);
		let json: unknown;
		try {
			json = JSON.parse(await readFile(file, "utf8")) as unknown;
		} catch (e) {
			io.stderr.write(`${t.badCatalog(args.catalog, why(e))}\n`);
			return 2;
		}
		const { extension, errors } = parseCatalogExtension(json);
		const merged = mergeCatalog(DEFAULT_CATALOG, extension);
		for (const err of [...errors, ...merged.errors]) io.stderr.write(`${t.badCatalog(args.catalog, err)}\n`);
		catalog = merged.catalog;
	}

	const file = resolve(io.cwd, args.note);
	let text: string;
	try {
		const info = await stat(file);
		if (info.size > MAX_NOTE_BYTES) {
			io.stderr.write(`${t.tooLarge(args.note)}\n`);
			return 2;
		}
		text = await readFile(file, "utf8");
	} catch (e) {
		io.stderr.write(`${t.unreadable(args.note, why(e))}\n`);
		return 2;
	}
	// The note's path as the user wrote it, with `/` separators: that is what cells cite.
	const path = args.note.replace(/\\/g, "/");
	const vm = compareNote({ path, scan: scanNote(text) }, { lang, catalog });
	io.stdout.write(args.format === "json" ? comparisonToJson(vm) : comparisonToMarkdown(vm));
	if (!vm.anyCovered) {
		io.stderr.write(`${t.noModels}\n`);
		return 1;
	}
	return 0;
}
