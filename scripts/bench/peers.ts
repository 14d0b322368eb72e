// The link checkers a user would otherwise pick, installed on demand into
// bench/.peers/ (git-ignored; never dependencies of the plugin), how each is run
// offline, and how its output is read back as (file, line) findings.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";

/** One problem a peer reported: a vault-relative path and a line, or the destination it names. */
export interface Finding {
	path: string;
	line: number | null;
	/** Destination as printed (peers that give no line numbers). */
	dest: string | null;
	message: string;
}

/** How to run one peer and read its output. */
export interface Peer {
	id: string;
	/** npm package holding the tool (its version is reported). */
	pkg: string;
	/** What it checks, and what it cannot see, for the results page. */
	checks: string;
	misses: string;
	/** Command and arguments to run on a vault folder (cwd is the vault). */
	command(vaultDir: string): { cmd: string; args: string[] };
	parse(stdout: string, stderr: string, vaultDir: string): Finding[];
	/** Findings are matched by destination rather than line. */
	byDest?: boolean;
	/** The tool splits one report over stdout and stderr: run it with both in one stream. */
	mergeOutput?: boolean;
}

const PACKAGES = ["markdownlint-cli2", "remark-cli", "remark-validate-links", "markdown-link-check", "check-md"];

/**
 * Installs the peers into `peersDir` unless they are already there.
 *
 * @example
 * ensurePeers("bench/.peers", console.log);
 */
export function ensurePeers(peersDir: string, log: (line: string) => void): void {
	const missing = PACKAGES.filter((p) => !existsSync(join(peersDir, "node_modules", p, "package.json")));
	if (missing.length === 0) return;
	mkdirSync(peersDir, { recursive: true });
	if (!existsSync(join(peersDir, "package.json"))) writeFileSync(join(peersDir, "package.json"), '{ "name": "bench-peers", "private": true }\n');
	log(`installing peers into ${peersDir}: ${missing.join(", ")}`);
	execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix", peersDir, ...PACKAGES], { stdio: "inherit" });
}

/** Installed version of a peer package, or `null`. */
export function peerVersion(peersDir: string, pkg: string): string | null {
	try {
		const json = JSON.parse(readFileSync(join(peersDir, "node_modules", pkg, "package.json"), "utf8")) as { version?: string };
		return json.version ?? null;
	} catch {
		return null;
	}
}

/** Writes the peers' configuration files (MD051 only; no network for markdown-link-check). */
function writeConfigs(peersDir: string): { markdownlint: string; mlc: string } {
	const dir = join(peersDir, "config");
	mkdirSync(dir, { recursive: true });
	const markdownlint = join(dir, ".markdownlint-cli2.jsonc");
	writeFileSync(markdownlint, JSON.stringify({ config: { default: false, MD051: true } }, null, "\t"));
	const mlc = join(dir, "markdown-link-check.json");
	// Offline: every http(s) link is ignored, so only local files and anchors are checked.
	writeFileSync(mlc, JSON.stringify({ ignorePatterns: [{ pattern: "^https?:" }, { pattern: "^mailto:" }], aliveStatusCodes: [200] }, null, "\t"));
	return { markdownlint, mlc };
}

/** A path printed by a tool, made vault-relative with `/`. */
function vaultPath(printed: string, vaultDir: string): string {
	const rel = isAbsolute(printed) ? relative(vaultDir, printed) : printed;
	return rel.replace(/\\/g, "/").replace(/^\.\//, "").normalize("NFC");
}

/**
 * The four peers.
 *
 * @example
 * makePeers("bench/.peers").map((p) => p.id); // ["markdownlint-cli2 (MD051)", "remark-validate-links", ...]
 */
export function makePeers(peersDir: string): Peer[] {
	const abs = (p: string): string => join(peersDir, p);
	const bin = (name: string): string => abs(join("node_modules", ".bin", name));
	const configs = writeConfigs(peersDir);
	return [
		{
			id: "markdownlint-cli2 (MD051)",
			pkg: "markdownlint-cli2",
			checks: "same-file `#fragment` links against GitHub-style heading slugs",
			misses: "links to other files and their headings, images, wikilinks, Obsidian heading paths `#A#B` and block refs",
			command: () => ({ cmd: bin("markdownlint-cli2"), args: ["--config", configs.markdownlint, "**/*.md"] }),
			parse: (stdout, stderr, vaultDir) => {
				const out: Finding[] = [];
				for (const line of `${stdout}\n${stderr}`.split("\n")) {
					const m = /^(.+?):(\d+)(?::\d+)? (?:error |warning )?(MD051\S*.*)$/.exec(line);
					if (m) out.push({ path: vaultPath(m[1] ?? "", vaultDir), line: Number(m[2]), dest: null, message: m[3] ?? "" });
				}
				return out;
			},
		},
		{
			id: "remark-validate-links",
			pkg: "remark-validate-links",
			checks: "Markdown links and images to local files, and headings in this and other files (GitHub slugs)",
			misses: "wikilinks and `![[embeds]]`, Obsidian heading paths `#A#B`, block refs, Obsidian's name-only path resolution",
			command: () => ({
				cmd: bin("remark"),
				args: ["--use", `${abs(join("node_modules", "remark-validate-links", "index.js"))}=repository:false`, "--quiet", "--no-stdout", "--no-color", "."],
			}),
			parse: (stdout, stderr, vaultDir) => {
				const out: Finding[] = [];
				let file = "";
				for (const line of `${stderr}\n${stdout}`.split("\n")) {
					const m = /^\s*(\d+):(\d+)(?:-\d+:\d+)?\s+(?:warning|error)\s+(.*)$/.exec(line);
					if (m) {
						if (file) out.push({ path: vaultPath(file, vaultDir), line: Number(m[1]), dest: null, message: (m[3] ?? "").trim() });
					} else if (/\.md$/i.test(line.trim()) && !/^\s/.test(line)) file = line.trim();
				}
				return out;
			},
		},
		{
			id: "markdown-link-check (offline)",
			pkg: "markdown-link-check",
			checks: "that each Markdown link's local file exists, and same-file `#anchors` (http links ignored: no network)",
			misses: "headings in other files, wikilinks, heading paths, block refs; gives no line numbers",
			byDest: true,
			mergeOutput: true,
			command: () => ({ cmd: bin("markdown-link-check"), args: ["-q", "-c", configs.mlc, "."] }),
			parse: (stdout, stderr, vaultDir) => {
				const out: Finding[] = [];
				let file = "";
				for (const line of `${stdout}\n${stderr}`.split("\n")) {
					const head = /dead links? found in (.+?) !\s*$/.exec(line) ?? /^FILE: (.+)$/.exec(line.trim());
					if (head) {
						file = head[1] ?? "";
						continue;
					}
					const m = /\[✖\] (\S+) → Status/.exec(line);
					if (m && file) out.push({ path: vaultPath(file, vaultDir), line: null, dest: m[1] ?? "", message: line.trim() });
				}
				return out;
			},
		},
		{
			id: "check-md",
			pkg: "check-md",
			checks: "Markdown links to local files and their `#hash` headings (its own slugger), images",
			misses: "wikilinks, Obsidian heading paths `#A#B`, block refs",
			command: (vaultDir) => ({ cmd: bin("check-md"), args: ["-c", vaultDir] }),
			parse: (stdout, stderr, vaultDir) => {
				const out: Finding[] = [];
				for (const line of `${stdout}\n${stderr}`.split("\n")) {
					const m = /^\s+(.+?): (.*) \((.+):(\d+):(\d+)\)\s*$/.exec(line);
					if (m) out.push({ path: vaultPath(m[3] ?? "", vaultDir), line: Number(m[4]), dest: null, message: `${m[1] ?? ""}: ${m[2] ?? ""}` });
				}
				return out;
			},
		},
	];
}
