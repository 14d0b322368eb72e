import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCompare } from "../../src/cli/compare-command";
import { captureIO } from "../../src/cli/io";
import { DEPLOYMENT_NOTE, IMAGE_NOTE, XSS_NOTE } from "./fixtures";
import { splitRow } from "./table-helpers";

const dir = mkdtempSync(join(tmpdir(), "cn-compare-"));
writeFileSync(join(dir, "deploy.md"), DEPLOYMENT_NOTE);
writeFileSync(join(dir, "image.md"), IMAGE_NOTE);
writeFileSync(join(dir, "xss.md"), XSS_NOTE);
writeFileSync(join(dir, "ext.json"), JSON.stringify({ models: [{ id: "serverless", name: { en: "Serverless", ko: "서버리스" }, keywords: ["serverless"] }] }));
writeFileSync(join(dir, "bad.json"), "{ nope");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function compare(argv: string[], env: Record<string, string> = {}) {
	const cap = captureIO({ cwd: dir, env });
	const code = await runCompare(argv, cap.io);
	return { code, out: cap.out(), err: cap.err() };
}

describe("container-notes compare", () => {
	it("prints a valid Markdown table by default (exit 0)", async () => {
		const { code, out, err } = await compare(["deploy.md"]);
		expect(code).toBe(0);
		expect(err).toBe("");
		const rows = out.split("\n").filter((l) => l.startsWith("|"));
		expect(rows.length).toBe(2 + 4 + 12);
		for (const r of rows) expect(splitRow(r)).toHaveLength(5);
		expect(out).toContain("Traditional deployment");
	});

	it("follows --lang and the locale", async () => {
		expect((await compare(["deploy.md", "--lang", "ko"])).out).toContain("| 항목 | 전통적 배포 |");
		expect((await compare(["deploy.md"], { LANG: "ko_KR.UTF-8" })).out).toContain("| 항목 | 전통적 배포 |");
		expect((await compare(["deploy.md", "--lang=en"], { LANG: "ko_KR.UTF-8" })).out).toContain("| Dimension |");
	});

	it("prints JSON with --format json", async () => {
		const { code, out } = await compare(["deploy.md", "--format", "json"]);
		expect(code).toBe(0);
		const json = JSON.parse(out) as { columns: Array<{ modelId: string; covered: boolean; origin: { path: string; line: number } }> };
		expect(json.columns.map((c) => c.modelId)).toEqual(["traditional", "virtualized", "container", "kubernetes"]);
		expect(json.columns[1]?.origin).toEqual({ path: "deploy.md", line: DEPLOYMENT_NOTE.split("\n").indexOf("### Virtualized Deployment") + 1 });
	});

	it("exits 1 with the reference table when the note covers no model", async () => {
		const { code, out, err } = await compare(["image.md"]);
		expect(code).toBe(1);
		expect(out).toContain("| **Unit of deployment** |");
		expect(out).not.toContain("From your note");
		expect(err).toContain("No deployment model found");
	});

	it("escapes hostile text", async () => {
		const { out } = await compare(["xss.md"]);
		expect(out).not.toMatch(/<img|<script/);
		for (const r of out.split("\n").filter((l) => l.startsWith("|"))) expect(splitRow(r)).toHaveLength(5);
	});

	it("merges a catalog extension", async () => {
		const { code, out } = await compare(["deploy.md", "--catalog", "ext.json"]);
		expect(code).toBe(0);
		expect(out.split("\n")[0]).toBe("| Dimension | Traditional deployment | Virtualized deployment | Container deployment | Kubernetes | Serverless |");
	});

	it.each([
		[[], "compare needs a note"],
		[["deploy.md", "--format", "yaml"], "Invalid value for --format: yaml"],
		[["deploy.md", "--bogus"], "Unknown option: --bogus"],
		[["deploy.md", "other.md"], "Unexpected argument: other.md"],
		[["deploy.md", "--format"], "--format needs a value"],
		[["missing.md"], "Cannot read missing.md: ENOENT"],
		[["deploy.md", "--catalog", "bad.json"], "Catalog extension bad.json:"],
	])("exits 2 on %j", async (argv, message) => {
		const { code, out, err } = await compare(argv);
		expect(code).toBe(2);
		expect(out).toBe("");
		expect(err).toContain(message);
	});

	it("prints usage with --help", async () => {
		const { code, out } = await compare(["--help"]);
		expect(code).toBe(0);
		expect(out).toContain("container-notes compare NOTE");
	});
});
