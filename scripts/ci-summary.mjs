// Prints one plain closing line ("Tests: N passed, N failed, N skipped") from vitest
// JSON reports, so CI logs state how many tests ran across every suite.
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
	if (!existsSync(file)) {
		console.error(`missing report: ${file}`);
		failed++;
		continue;
	}
	const report = JSON.parse(readFileSync(file, "utf8"));
	passed += report.numPassedTests ?? 0;
	failed += report.numFailedTests ?? 0;
	skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
	console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
