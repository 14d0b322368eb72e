/** A strict validator of the version-1 JSON report: exactly these keys, these types. */
import { expect } from "vitest";
import type { JsonReport } from "../../src/core/report/json-report";

const isInt = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 1;

function range(o: Record<string, unknown>): void {
	for (const k of ["line", "column", "endLine", "endColumn"]) expect(isInt(o[k]), `${k} is a 1-based integer`).toBe(true);
}

/** Asserts that `value` has exactly the documented shape; returns it typed. */
export function assertJsonReport(value: unknown): JsonReport {
	const r = value as Record<string, unknown>;
	expect(Object.keys(r)).toEqual(["version", "summary", "notes"]);
	expect(r.version).toBe(1);
	const s = r.summary as Record<string, unknown>;
	expect(Object.keys(s)).toEqual(["notesScanned", "notesChecked", "errors", "warnings", "infos"]);
	for (const v of Object.values(s)) expect(Number.isInteger(v)).toBe(true);
	const notes = r.notes as Record<string, unknown>[];
	expect(Array.isArray(notes)).toBe(true);
	expect(notes.length).toBe(s.notesChecked);
	let errors = 0;
	let warnings = 0;
	let infos = 0;
	for (const n of notes) {
		expect(Object.keys(n)).toEqual(["path", "tags", "diagnostics"]);
		const p = n.path as string;
		expect(typeof p).toBe("string");
		expect(p).toBe(p.normalize("NFC"));
		expect(p.includes("\\") || p.startsWith("/")).toBe(false);
		expect((n.tags as unknown[]).every((t) => typeof t === "string" && t.startsWith("#") && t === t.toLowerCase())).toBe(true);
		for (const d of n.diagnostics as Record<string, unknown>[]) {
			expect(Object.keys(d)).toEqual(["rule", "severity", "line", "column", "endLine", "endColumn", "message", "suggestion", "fix"]);
			expect(typeof d.rule).toBe("string");
			expect(["error", "warning", "info"]).toContain(d.severity);
			if (d.severity === "error") errors++;
			else if (d.severity === "warning") warnings++;
			else infos++;
			range(d);
			expect(typeof d.message).toBe("string");
			expect(d.suggestion === null || typeof d.suggestion === "string").toBe(true);
			if (d.fix !== null) {
				const f = d.fix as Record<string, unknown>;
				expect(Object.keys(f)).toEqual(["title", "safe", "edits"]);
				expect(typeof f.title).toBe("string");
				expect(typeof f.safe).toBe("boolean");
				for (const e of f.edits as Record<string, unknown>[]) {
					expect(Object.keys(e)).toEqual(["line", "column", "endLine", "endColumn", "text"]);
					range(e);
					expect(typeof e.text).toBe("string");
				}
			}
		}
	}
	expect({ errors, warnings, infos }).toEqual({ errors: s.errors, warnings: s.warnings, infos: s.infos });
	return value as JsonReport;
}
