/**
 * The CLI as a function: `run(argv, io)` parses the command line, dispatches to a
 * command and returns the exit code (0 no errors, 1 errors found, 2 bad usage or
 * unreadable vault). `main.ts` calls it with the real process; tests call it in-process.
 */
import { parseArgs, type UsageError } from "./args";
import { runCheck } from "./check-command";
import { runCompare } from "./compare-command";
import { runFix } from "./fix-command";
import { languageFromEnv, messages, peekLanguage, type CliMessages } from "./i18n";
import type { CliIO } from "./io";
import { errorText } from "./open-vault";
import { runToc } from "./toc-command";
import { VERSION } from "./version";

/**
 * Runs the CLI.
 *
 * @example
 * const code = await run(["check", "examples/vault", "--format", "json"], io);
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
	const language = peekLanguage(argv) ?? languageFromEnv(io.env);
	const msgs = messages(language);
	try {
		// compare parses its own options (--format markdown|json).
		if (argv[0] === "compare") return await runCompare(argv.slice(1), io);
		const parsed = parseArgs(argv);
		if (!parsed.ok) {
			io.stderr.write(`${usageMessage(parsed.error, msgs)}\n${msgs.seeHelp}\n`);
			return 2;
		}
		const { args } = parsed;
		switch (args.command) {
			case "help":
				io.stdout.write(`${msgs.usage}\n`);
				return 0;
			case "version":
				io.stdout.write(`${VERSION}\n`);
				return 0;
			case "check":
				return await runCheck(args, io, language, msgs);
			case "fix":
				return await runFix(args, io, language, msgs);
			case "toc":
				return await runToc(args, io, language, msgs);
			default:
				return await runCompare(argv.slice(1), io);
		}
	} catch (e) {
		// Never a stack trace for the user: one line, and exit 2 (the run did not complete).
		io.stderr.write(`${msgs.internalError(errorText(e))}\n`);
		return 2;
	}
}

/**
 * A usage error as text.
 *
 * @example
 * usageMessage({ kind: "unknownOption", value: "--fast" }, messages("en")); // "Unknown option: --fast"
 */
export function usageMessage(error: UsageError, msgs: CliMessages): string {
	switch (error.kind) {
		case "unknownCommand":
			return msgs.unknownCommand(error.value);
		case "unknownOption":
			return msgs.unknownOption(error.value);
		case "missingValue":
			return msgs.missingValue(error.option);
		case "badValue":
			return msgs.badValue(error.option, error.value, error.allowed);
		case "tooManyArgs":
			return msgs.tooManyArgs(error.value);
		default:
			return msgs.noteRequired(error.command);
	}
}
