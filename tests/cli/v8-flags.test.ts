import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { applyV8Flags, CLI_V8_FLAGS } from "../../src/cli/v8-flags";

describe("the CLI's V8 flags", () => {
	it("are applied one by one", () => {
		const set: string[] = [];
		applyV8Flags((flag) => set.push(flag));
		expect(set).toEqual([...CLI_V8_FLAGS]);
		expect(set).toContain("--max-inlined-bytecode-size-cumulative=200");
		// Peak memory of a large check depended on luck without it (v8-flags.ts says why).
		expect(set).toContain("--no-allocation-site-pretenuring");
	});

	it("are flags this Node knows (setFlagsFromString would ignore a misspelt one in silence)", () => {
		for (const flag of CLI_V8_FLAGS) {
			const run = spawnSync(process.execPath, [flag, "-e", "0"], { encoding: "utf8" });
			expect(run.stderr, flag).toBe("");
			expect(run.status, flag).toBe(0);
		}
		// The check above can fail: Node refuses a flag it does not know.
		expect(spawnSync(process.execPath, ["--max-inlined-bytecode-size-cumulativ=200", "-e", "0"]).status).not.toBe(0);
	});
});
