/**
 * Command-line parsing: a small hand-written parser (no dependency) that knows
 * every flag, so a typo is a usage error (exit 2) instead of being ignored.
 */
import type { Language } from "../core/model/settings";
import { isConfigDirName } from "./stored-settings";

export type Command = "check" | "fix" | "toc" | "compare" | "help" | "version";

/** Parsed command line. */
export interface CliArgs {
	command: Command;
	/** Positional arguments after the command (VAULT or NOTE). */
	positionals: string[];
	all: boolean;
	format: "text" | "json" | "markdown" | "github" | null;
	siteRoot: string | null;
	imageFolder: string | null;
	tags: string[] | null;
	lang: Language | null;
	dryRun: boolean;
	write: boolean;
	vault: string | null;
	/** The vault's config folder, where the plugin's settings are read (`null`: `.obsidian`). */
	configDir: string | null;
	/** `--no-settings`: ignore the plugin's settings stored in the vault. */
	noSettings: boolean;
	/** `--max-warnings N` (check): more warnings than N fail the run too (`null`: warnings never do). */
	maxWarnings: number | null;
}

/** A usage error: the key of a message and its arguments. */
export type UsageError =
	| { kind: "unknownCommand"; value: string }
	| { kind: "unknownOption"; value: string }
	| { kind: "missingValue"; option: string }
	| { kind: "badValue"; option: string; value: string; allowed: string }
	| { kind: "tooManyArgs"; value: string }
	| { kind: "noteRequired"; command: string };

const COMMANDS = new Set(["check", "fix", "toc", "compare"]);
const VALUE_OPTIONS = new Set(["--format", "--site-root", "--image-folder", "--tags", "--lang", "--vault", "--config-dir", "--max-warnings"]);

/**
 * Parses `argv` (without `node` and the script).
 *
 * @example
 * parseArgs(["check", "vault", "--format", "json"]);
 * // { ok: true, args: { command: "check", positionals: ["vault"], format: "json", ... } }
 */
export function parseArgs(argv: readonly string[]): { ok: true; args: CliArgs } | { ok: false; error: UsageError } {
	const args: CliArgs = {
		command: "help",
		positionals: [],
		all: false,
		format: null,
		siteRoot: null,
		imageFolder: null,
		tags: null,
		lang: null,
		dryRun: false,
		write: false,
		vault: null,
		configDir: null,
		noSettings: false,
		maxWarnings: null,
	};
	let command: string | null = null;
	let onlyPositionals = false;
	for (let i = 0; i < argv.length; i++) {
		const token = argv[i] ?? "";
		if (onlyPositionals || !token.startsWith("-") || token === "-") {
			if (command === null) {
				if (!COMMANDS.has(token)) return { ok: false, error: { kind: "unknownCommand", value: token } };
				command = token;
			} else args.positionals.push(token);
			continue;
		}
		if (token === "--") {
			onlyPositionals = true;
			continue;
		}
		if (token === "-h" || token === "--help") return { ok: true, args: { ...args, command: "help" } };
		if (token === "-v" || token === "--version") return { ok: true, args: { ...args, command: "version" } };
		const eq = token.indexOf("=");
		const name = eq > 0 ? token.slice(0, eq) : token;
		let value: string | null = eq > 0 ? token.slice(eq + 1) : null;
		if (VALUE_OPTIONS.has(name)) {
			if (value === null) {
				const next = argv[i + 1];
				if (next === undefined || (next.startsWith("--") && next.length > 2)) return { ok: false, error: { kind: "missingValue", option: name } };
				value = next;
				i++;
			}
			const error = setValue(args, name, value);
			if (error) return { ok: false, error };
			continue;
		}
		if (value !== null) return { ok: false, error: { kind: "unknownOption", value: token } };
		if (name === "--all") args.all = true;
		else if (name === "--dry-run") args.dryRun = true;
		else if (name === "--write") args.write = true;
		else if (name === "--no-settings") args.noSettings = true;
		else return { ok: false, error: { kind: "unknownOption", value: token } };
	}
	if (command === null) return { ok: true, args };
	args.command = command as Command;
	return validate(args);
}

function setValue(args: CliArgs, name: string, value: string): UsageError | null {
	switch (name) {
		case "--format":
			if (value !== "text" && value !== "json" && value !== "markdown" && value !== "github") return { kind: "badValue", option: name, value, allowed: "text, json, markdown, github" };
			args.format = value;
			return null;
		case "--lang":
			if (value !== "ko" && value !== "en") return { kind: "badValue", option: name, value, allowed: "ko, en" };
			args.lang = value;
			return null;
		case "--tags": {
			const tags = value
				.split(",")
				.map((t) => t.trim().replace(/^#/, ""))
				.filter((t) => t.length > 0);
			if (tags.length === 0) return { kind: "badValue", option: name, value, allowed: "a comma-separated list of tags" };
			args.tags = tags;
			return null;
		}
		case "--site-root":
			args.siteRoot = value;
			return null;
		case "--image-folder":
			args.imageFolder = value;
			return null;
		case "--max-warnings":
			// Digits only: `-1`, `1.5` or `1e3` is a typo, not a limit.
			if (!/^\d{1,9}$/.test(value)) return { kind: "badValue", option: name, value, allowed: "a whole number, such as 0" };
			args.maxWarnings = Number(value);
			return null;
		case "--config-dir":
			if (!isConfigDirName(value)) return { kind: "badValue", option: name, value, allowed: "one folder name inside the vault, such as .obsidian" };
			args.configDir = value;
			return null;
		default:
			args.vault = value;
			return null;
	}
}

/** Per-command checks: argument counts, formats each command accepts, flags that belong to one command. */
function validate(args: CliArgs): { ok: true; args: CliArgs } | { ok: false; error: UsageError } {
	const { command, positionals } = args;
	const fail = (error: UsageError) => ({ ok: false as const, error });
	if (command === "compare") return { ok: true, args };
	if (command === "check" || command === "fix") {
		// One vault folder, or notes (several allowed); collect.ts tells them apart on disk.
		if ((args.format === "markdown" || args.format === "github") && command === "fix") return fail({ kind: "badValue", option: "--format", value: args.format, allowed: "text, json" });
		if (args.write) return fail({ kind: "unknownOption", value: "--write" });
		if (args.dryRun && command === "check") return fail({ kind: "unknownOption", value: "--dry-run" });
		if (args.maxWarnings !== null && command === "fix") return fail({ kind: "unknownOption", value: "--max-warnings" });
		if (args.vault !== null && positionals.length === 0) return fail({ kind: "noteRequired", command: `${command} --vault` });
		return { ok: true, args };
	}
	// toc
	if (positionals.length === 0) return fail({ kind: "noteRequired", command });
	if (positionals.length > 1) return fail({ kind: "tooManyArgs", value: positionals[1] ?? "" });
	if (args.dryRun) return fail({ kind: "unknownOption", value: "--dry-run" });
	if (args.format !== null) return fail({ kind: "unknownOption", value: "--format" });
	if (args.maxWarnings !== null) return fail({ kind: "unknownOption", value: "--max-warnings" });
	return { ok: true, args };
}
