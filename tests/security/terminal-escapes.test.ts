/**
 * `fix --dry-run` used to print the unified diff of note text raw, so
 * terminal control sequences inside a note (ESC `[2J` clear screen, OSC 8 hyperlinks, C1
 * CSI) reach the user's terminal and are interpreted. The text report already escapes
 * them (`oneLine` in src/cli/text-report.ts); now so do the diff (src/cli/diff.ts, printed by
 * src/cli/fix-command.ts), including its `--- a/<path>` header, and `toc NOTE`
 * (src/cli/toc-command.ts), when stdout is a terminal; piped output stays byte-exact.
 */
import { afterAll, describe, expect, it } from "vitest";
import { cleanup, cli, tempVault } from "../cli/helpers";

afterAll(cleanup);

/** Whether a line holds a control character other than tab (C0, DEL, C1). */
function hasControl(line: string): boolean {
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if ((c < 0x20 && c !== 0x09) || (c >= 0x7f && c <= 0x9f)) return true;
	}
	return false;
}

describe("fix --dry-run on a terminal", () => {
	it("escapes control characters from note text and file names", async () => {
		const dir = tempVault({
			"a\u001b[2J.md": "#Docker\n[x](#\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007 \u001b[31mRED 없음)\n# \u009b31m제목\n",
		});
		const r = await cli(["fix", "--dry-run"], dir, { isTTY: true, stderrIsTTY: true, env: { LANG: "en_US.UTF-8", NO_COLOR: "1" } });
		expect(r.code).toBe(1);
		for (const line of r.out.split("\n")) expect(hasControl(line), JSON.stringify(line)).toBe(false);
	});
});

describe("toc on a terminal", () => {
	it("escapes control characters from heading text", async () => {
		const dir = tempVault({ "a.md": "- [x](#x)\n# \u001b]8;;https://evil.example\u0007제목\u001b]8;;\u0007\n## \u009b2J둘\n" });
		const r = await cli(["toc", "a.md"], dir, { isTTY: true, stderrIsTTY: true, env: { LANG: "en_US.UTF-8", NO_COLOR: "1" } });
		expect(r.code).toBe(0);
		for (const line of r.out.split("\n")) expect(hasControl(line), JSON.stringify(line)).toBe(false);
	});
});

describe("fix --dry-run piped", () => {
	it("keeps the diff byte-exact so it still applies as a patch", async () => {
		const dir = tempVault({ "a.md": "#Docker\n[x](#제목 \u001b[31m하나)\n# 제목 \u001b[31m하나\n" });
		const r = await cli(["fix", "--dry-run"], dir, { isTTY: false, stderrIsTTY: false, env: { LANG: "en_US.UTF-8", NO_COLOR: "1" } });
		expect(r.out).toContain("\u001b[31m");
		expect(r.out).not.toContain("\\u{1b}");
	});
});
