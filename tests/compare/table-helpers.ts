/**
 * Reads GFM tables the way Obsidian splits them, for the comparison tests.
 *
 * @example
 * splitRow("| a \\| b | c |"); // ["a \\| b", "c"]
 */
export function splitRow(line: string): string[] {
	const cells: string[] = [];
	let current = "";
	let backslashes = 0;
	for (const ch of line) {
		if (ch === "|" && backslashes % 2 === 0) {
			cells.push(current);
			current = "";
		} else current += ch;
		backslashes = ch === "\\" ? backslashes + 1 : 0;
	}
	cells.push(current);
	// A row starts and ends with a pipe: drop the empty outer pieces.
	return cells.slice(1, -1).map((c) => c.trim());
}

/** The leading table lines of a Markdown text. */
export function tableLines(md: string): string[] {
	const lines = md.split("\n");
	const end = lines.findIndex((l) => !l.startsWith("|"));
	return lines.slice(0, end < 0 ? lines.length : end);
}
