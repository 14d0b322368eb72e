/**
 * Incremental checking against checking from scratch (fast-check, model-based): after
 * any sequence of edits, creations, deletions and renames, re-checking only the notes
 * the checker names (as the plugin does) leaves every note's diagnostics exactly as a
 * fresh checker of the same vault reports them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Checker } from "../../src/core/check/checker";
import type { Diagnostic } from "../../src/core/model/diagnostic";
import { DEFAULT_CHECK_SETTINGS } from "../../src/core/model/settings";
import { MemoryVault } from "../../src/core/vault/memory-vault";

const NOTES = ["A.md", "B.md", "sub/C.md", "sub/A.md"];
const FILES = [...NOTES, "img/x.png", "x.png", "sub/y.png"];
const LINES = [
	"# H1", "## H2", "### H3", "## H2", "# 개요", "text ^blk", "^other",
	"[[A#H1]]", "[[A#H2]] [[A#H1#H2]]", "[[B#개요]]", "[[B#^blk]]", "[[sub/C#H3]]", "[[C#H1]]", "[[A]] [[Missing#H1]]",
	"[x](B.md#H2) [y](sub/C.md#개요) [z](<A.md#H1>)", "[[#H1]] [[#H2]] [[#^blk]]", "[a](#H1 H2)",
	"![[x.png]] ![[y.png]] ![i](/img/x.png) ![j](img/X.png)", "#Docker", "```", "", "- [H1](#H1)\n- [H2](#H1#H2)",
	"[[a#h1]] [[b#^BLK]] [[Sub/c#H3]]", "![k](./y.png) ![l](../x.png) [m](../A.md#H1)", "---\ntags: [container]\n---", "%%", "[[A#H1|alias]] ![[B#개요]]",
];
const TEXT = fc.array(fc.constantFrom(...LINES), { maxLength: 12 }).map((lines) => lines.join("\n"));

type Op =
	| { kind: "edit"; path: string; text: string }
	| { kind: "create"; path: string; text: string }
	| { kind: "delete"; path: string }
	| { kind: "rename"; from: string; to: string };

const OP: fc.Arbitrary<Op> = fc.oneof(
	fc.record({ kind: fc.constant("edit" as const), path: fc.constantFrom(...NOTES), text: TEXT }),
	fc.record({ kind: fc.constant("create" as const), path: fc.constantFrom(...FILES), text: TEXT }),
	fc.record({ kind: fc.constant("delete" as const), path: fc.constantFrom(...FILES) }),
	fc.record({ kind: fc.constant("rename" as const), from: fc.constantFrom(...FILES), to: fc.constantFrom(...FILES) }),
);

const SETTINGS = DEFAULT_CHECK_SETTINGS;
const shown = (ds: readonly Diagnostic[]): string[] => ds.map((d) => `${d.span.start.line}:${d.span.start.column} ${d.rule} ${d.message}`);

describe("incremental checking", () => {
	it("re-checking the notes the checker names matches a fresh check, whatever happens to the vault", async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(TEXT, { minLength: 3, maxLength: 3 }), fc.array(OP, { maxLength: 12 }), fc.constantFrom("all" as const, "tagged" as const), async (texts, ops, scope) => {
				const vault = new MemoryVault({ "A.md": texts[0] ?? "", "B.md": texts[1] ?? "", "sub/C.md": texts[2] ?? "", "img/x.png": "" });
				const settings = { ...SETTINGS, scope };
				const checker = new Checker(vault, settings);
				const displayed = new Map((await checker.checkVault()).notes.map((n) => [n.path, shown(n.diagnostics)]));
				const exists = (p: string) => vault.get(p) !== undefined;
				for (const op of ops) {
					let affected: string[] = [];
					if (op.kind === "edit") {
						if (!exists(op.path)) continue;
						vault.set(op.path, op.text);
						affected = checker.noteChanged(op.path, op.text);
					} else if (op.kind === "create") {
						if (exists(op.path)) continue;
						vault.set(op.path, op.path.endsWith(".md") ? op.text : "");
						affected = checker.fileCreated(op.path);
					} else if (op.kind === "delete") {
						if (!exists(op.path)) continue;
						vault.delete(op.path);
						displayed.delete(op.path);
						affected = checker.fileDeleted(op.path);
					} else {
						// A note stays a note and an image an image (Obsidian renames keep the extension).
						if (!exists(op.from) || exists(op.to) || op.from.endsWith(".md") !== op.to.endsWith(".md")) continue;
						vault.rename(op.from, op.to);
						const moved = displayed.get(op.from);
						displayed.delete(op.from);
						if (moved) displayed.set(op.to, moved);
						affected = checker.fileRenamed(op.from, op.to);
					}
					for (const p of affected) if (exists(p)) displayed.set(p, shown((await checker.checkNote(p)).diagnostics));
					const fresh = await new Checker(vault, settings).checkVault();
					for (const note of fresh.notes) expect(displayed.get(note.path), `${note.path} after ${JSON.stringify(op)}`).toEqual(shown(note.diagnostics));
					expect([...displayed.keys()].sort()).toEqual(fresh.notes.map((n) => n.path).sort());
				}
			}),
			{ numRuns: 300 },
		);
	}, 60_000);
});
