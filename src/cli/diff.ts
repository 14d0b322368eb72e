/**
 * A line diff (Myers' O(ND) algorithm) and its unified-diff rendering, for
 * `container-notes fix --dry-run`. Small and dependency-free; fixes change few
 * lines, so D stays small even in large notes.
 */

/** One line of an edit script. */
export interface DiffOp {
	kind: "equal" | "delete" | "insert";
	/** The line with its line ending (`\n`, `\r\n`, `\r` or none at the end of the text). */
	line: string;
}

/** Beyond this many differing lines, the changed middle is shown as one block (keeps time and memory bounded). */
const MAX_EDIT_DISTANCE = 4000;

/**
 * Splits a text into lines, each keeping its line ending, so a changed line ending is a changed line.
 *
 * @example
 * splitLines("a\r\nb"); // ["a\r\n", "b"]
 */
export function splitLines(text: string): string[] {
	const lines: string[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || c === 13) {
			if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
			lines.push(text.slice(start, i + 1));
			start = i + 1;
		}
	}
	if (start < text.length) lines.push(text.slice(start));
	return lines;
}

/**
 * The shortest edit script turning `a` into `b`.
 *
 * @example
 * diffLines(["x\n", "y\n"], ["x\n", "z\n"]).map((o) => o.kind); // ["equal", "delete", "insert"]
 */
export function diffLines(a: readonly string[], b: readonly string[]): DiffOp[] {
	let prefix = 0;
	while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
	let suffix = 0;
	while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
	const ops: DiffOp[] = a.slice(0, prefix).map((line) => ({ kind: "equal", line }));
	const midA = a.slice(prefix, a.length - suffix);
	const midB = b.slice(prefix, b.length - suffix);
	ops.push(...myers(midA, midB));
	for (const line of a.slice(a.length - suffix)) ops.push({ kind: "equal", line });
	return ops;
}

function myers(a: readonly string[], b: readonly string[]): DiffOp[] {
	const n = a.length;
	const m = b.length;
	if (n === 0) return b.map((line) => ({ kind: "insert", line }));
	if (m === 0) return a.map((line) => ({ kind: "delete", line }));
	const max = Math.min(n + m, MAX_EDIT_DISTANCE);
	const offset = max + 1;
	let v = new Int32Array(2 * max + 3);
	const trace: Int32Array[] = [];
	let found = false;
	for (let d = 0; d <= max && !found; d++) {
		trace.push(v.slice());
		const next = v.slice();
		for (let k = -d; k <= d; k += 2) {
			let x: number;
			if (k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0))) x = v[offset + k + 1] ?? 0;
			else x = (v[offset + k - 1] ?? 0) + 1;
			let y = x - k;
			while (x < n && y < m && a[x] === b[y]) {
				x++;
				y++;
			}
			next[offset + k] = x;
			if (x >= n && y >= m) {
				found = true;
				break;
			}
		}
		v = next;
	}
	if (!found) return [...a.map((line): DiffOp => ({ kind: "delete", line })), ...b.map((line): DiffOp => ({ kind: "insert", line }))];
	// Walk the trace back from (n, m) to (0, 0).
	const ops: DiffOp[] = [];
	let x = n;
	let y = m;
	for (let d = trace.length - 1; d >= 0; d--) {
		const vd = trace[d] ?? new Int32Array(0);
		const k = x - y;
		let prevK: number;
		if (k === -d || (k !== d && (vd[offset + k - 1] ?? 0) < (vd[offset + k + 1] ?? 0))) prevK = k + 1;
		else prevK = k - 1;
		const prevX = d === 0 ? 0 : (vd[offset + prevK] ?? 0);
		const prevY = prevX - prevK;
		while (x > prevX && y > prevY) {
			ops.push({ kind: "equal", line: a[x - 1] ?? "" });
			x--;
			y--;
		}
		if (d > 0) {
			if (x === prevX) ops.push({ kind: "insert", line: b[y - 1] ?? "" });
			else ops.push({ kind: "delete", line: a[x - 1] ?? "" });
		}
		x = prevX;
		y = prevY;
	}
	return ops.reverse();
}

/**
 * A unified diff (`diff -u` format, 3 lines of context) between two texts; `""` when equal.
 * Lines are shown without their endings; a missing final newline is marked as `diff` does.
 *
 * @example
 * unifiedDiff("a.md", "x\ny\n", "x\nz\n");
 * // "--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n x\n-y\n+z\n"
 */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
	if (before === after) return "";
	const ops = diffLines(splitLines(before), splitLines(after));
	const out: string[] = [`--- a/${path}`, `+++ b/${path}`];
	// Index of each op in the old and new texts.
	let i = 0;
	while (i < ops.length) {
		// Find the next change.
		while (i < ops.length && ops[i]?.kind === "equal") i++;
		if (i >= ops.length) break;
		const start = Math.max(0, i - context);
		let end = i;
		// Extend the hunk while changes are within 2*context lines of each other.
		let lastChange = i;
		while (end < ops.length) {
			if (ops[end]?.kind !== "equal") lastChange = end;
			else if (end - lastChange > 2 * context) break;
			end++;
		}
		const stop = Math.min(ops.length, lastChange + context + 1);
		let oldLine = 1;
		let newLine = 1;
		for (let j = 0; j < start; j++) {
			const kind = ops[j]?.kind;
			if (kind !== "insert") oldLine++;
			if (kind !== "delete") newLine++;
		}
		let oldCount = 0;
		let newCount = 0;
		const body: string[] = [];
		for (let j = start; j < stop; j++) {
			const op = ops[j];
			if (!op) continue;
			const mark = op.kind === "equal" ? " " : op.kind === "delete" ? "-" : "+";
			if (op.kind !== "insert") oldCount++;
			if (op.kind !== "delete") newCount++;
			body.push(mark + op.line.replace(/\r?\n$|\r$/, ""));
			if (!/[\r\n]$/.test(op.line)) body.push("\\ No newline at end of file");
		}
		out.push(`@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@`, ...body);
		i = stop;
	}
	return out.join("\n") + "\n";
}

function range(start: number, count: number): string {
	// diff -u writes an empty range as "start-1,0".
	if (count === 0) return `${start - 1},0`;
	return count === 1 ? `${start}` : `${start},${count}`;
}
