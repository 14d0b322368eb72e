/**
 * What gray-matter's YAML engine (js-yaml 3) reads from the text between front-matter
 * fences, as `grayMatterParser` calls it (nothing counts as `{}`), or the error it
 * throws: the reference for src/cli/plain-front-matter.ts.
 */
import matter from "gray-matter";

export function jsYaml(yaml: string): unknown {
	const engine = (matter as unknown as { engines: { yaml: { parse(s: string): unknown } } }).engines.yaml;
	try {
		return engine.parse("\n" + yaml) ?? {};
	} catch (e) {
		return { thrown: String(e) };
	}
}
