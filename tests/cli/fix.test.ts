import { afterAll, describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { fixSummaryLines } from "../../src/cli/fix-command";
import { messages } from "../../src/cli/i18n";
import { cleanup, cli, ruleCounts, snapshot, tempVault } from "./helpers";
import { assertJsonReport } from "./json-shape";

afterAll(cleanup);

// CRLF line endings and a BOM on purpose: fixes must keep both.
const NOTE = "\uFEFF#docker\r\n# 설치 방법\r\n## 도커 엔진\r\n- [엔진](#설치 방법#도커 엔진) 참고\r\n- [위](<#설치 방법>) 그대로\r\n";

describe("fix --dry-run", () => {
	it("prints a unified diff and writes nothing", async () => {
		const dir = tempVault({ "a.md": NOTE, "b.md": "# 제목\n" });
		const before = snapshot(dir);
		const r = await cli(["fix", "--dry-run"], dir);
		expect(r.out).toBe(
			[
				"--- a/a.md",
				"+++ b/a.md",
				"@@ -1,5 +1,5 @@",
				" \uFEFF#docker",
				" # 설치 방법",
				" ## 도커 엔진",
				"-- [엔진](#설치 방법#도커 엔진) 참고",
				"+- [엔진](#설치%20방법#도커%20엔진) 참고",
				" - [위](<#설치 방법>) 그대로",
				"",
			].join("\n"),
		);
		expect(r.err).toContain("a.md: 1 fix would be applied");
		expect(snapshot(dir)).toEqual(before);
		expect(r.code).toBe(0);
	});
});

describe("fix", () => {
	it("writes through a temporary file and rename, keeps the rest byte for byte, and is idempotent", async () => {
		const dir = tempVault({ "a.md": NOTE });
		const file = path.join(dir, "a.md");
		const inode = statSync(file).ino;
		const r = await cli(["fix"], dir);
		expect(r.code).toBe(0);
		expect(r.out).toContain("a.md: 1 fix applied");
		expect(r.out).toContain("1 fix in 1 note");
		const fixed = readFileSync(file, "utf8");
		expect(fixed).toBe(NOTE.replace("(#설치 방법#도커 엔진)", "(#설치%20방법#도커%20엔진)"));
		// A rename replaces the inode; an in-place write would keep it.
		expect(statSync(file).ino).not.toBe(inode);
		expect(readdirSync(dir)).toEqual(["a.md"]);
		// Second run: nothing left to fix, nothing written.
		const inode2 = statSync(file).ino;
		const again = await cli(["fix"], dir);
		expect(again.out).toContain("Nothing to fix.");
		expect(statSync(file).ino).toBe(inode2);
		const json = assertJsonReport(JSON.parse((await cli(["check", "--format", "json"], dir)).out));
		expect(json.notes.flatMap((n) => n.diagnostics).filter((d) => d.fix?.safe)).toEqual([]);
	});

	it("reports the errors that remain and exits 1 for them", async () => {
		const dir = tempVault({ "a.md": "#docker\n# 개요\n[x](#개요 없음)\n" });
		const r = await cli(["fix"], dir);
		expect(r.code).toBe(1);
		expect(r.out).toContain("Remaining after fixes:");
		expect(r.out).toMatch(/a\.md:3:1 {2}error {2}heading-missing/);
		expect(readFileSync(path.join(dir, "a.md"), "utf8")).toBe("#docker\n# 개요\n[x](#개요%20없음)\n");
	});

	it("with --format json prints the report after fixes on stdout only", async () => {
		const dir = tempVault({ "a.md": NOTE });
		const r = await cli(["fix", "--format", "json"], dir);
		const json = assertJsonReport(JSON.parse(r.out));
		expect(ruleCounts(json)).toEqual({});
		expect(r.err).toContain("a.md: 1 fix applied");
	});

	it("exits 2 on an unreadable vault and never writes outside it", async () => {
		const outside = tempVault({ "victim.md": "# 밖\n" });
		const dir = tempVault({ "a.md": "#docker\n[밖](../" + path.basename(outside) + "/victim.md#밖 없음)\n" });
		expect((await cli(["fix", "missing-dir"], dir)).code).toBe(2);
		const before = snapshot(outside);
		await cli(["fix"], dir);
		expect(snapshot(outside)).toEqual(before);
	});

	it("speaks Korean", async () => {
		const dir = tempVault({ "a.md": NOTE });
		const r = await cli(["fix", "--lang", "ko"], dir);
		expect(r.out).toContain("a.md: 수정 1개 적용");
		expect(r.out).toContain("노트 1개에 수정 1개");
		writeFileSync(path.join(dir, "b.md"), "# b\n");
		expect((await cli(["fix", "--lang", "ko"], dir)).out).toContain("수정할 것이 없습니다.");
	});
});

describe("fix summary", () => {
	it("says nothing to fix only when no note with fixes was left unchanged", () => {
		const en = messages("en");
		expect(fixSummaryLines(en, { fixes: 0, files: 0, failed: 0, dryRun: false })).toEqual(["Nothing to fix."]);
		// Every write failed (read-only folder): not "Nothing to fix".
		expect(fixSummaryLines(en, { fixes: 0, files: 0, failed: 2, dryRun: false })).toEqual(["2 notes with fixes left unchanged (see above)"]);
		expect(fixSummaryLines(en, { fixes: 3, files: 1, failed: 1, dryRun: false })).toEqual(["3 fixes in 1 note", "1 note with fixes left unchanged (see above)"]);
		expect(fixSummaryLines(en, { fixes: 1, files: 1, failed: 0, dryRun: true })).toEqual(["Dry run: 1 fix in 1 note would be applied; nothing written"]);
		expect(fixSummaryLines(messages("ko"), { fixes: 0, files: 0, failed: 1, dryRun: false })).toEqual(["수정할 것이 있는 노트 1개를 바꾸지 못했습니다 (위 참고)"]);
	});
});
