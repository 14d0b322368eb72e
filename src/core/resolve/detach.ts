/**
 * A copy of a string that shares no memory with the string it came from.
 *
 * JavaScript engines make `text.slice(a, b)` a view into `text` (V8: a "sliced
 * string"), so a short link path or heading kept as a cache key would keep the
 * whole note it was cut from alive, long after that note's text changed. The
 * long-lived caches (NFC forms, parsed subpaths, heading keys, name keys) store
 * detached keys. Costs one small copy per cache insertion, nothing on a hit.
 *
 * @example
 * const note = "# 개요\n" + "x".repeat(100000);
 * const key = detach(note.slice(2, 4)); // "개요", without pinning the 100 KB note
 */
export function detach(s: string): string {
	// Concatenation makes a new string; slicing it flattens that into fresh memory.
	return (" " + s).slice(1);
}

/**
 * `compute`, remembered per input text: the long-lived caches above in one shape. Keys
 * are detached copies and `compute` sees the copy (so a result that is a slice of its
 * input pins nothing either); at `limit` entries the cache starts over.
 *
 * @example
 * const keyOf = memoByText(headingKey, 20000);
 * keyOf("What is Docker?"); // "what is docker", computed once
 */
export function memoByText<T>(compute: (text: string) => T, limit: number): (text: string) => T {
	const cache = new Map<string, T>();
	return (text) => {
		let value = cache.get(text);
		if (value === undefined) {
			if (cache.size >= limit) cache.clear();
			const key = detach(text);
			value = compute(key);
			cache.set(key, value);
		}
		return value;
	};
}
