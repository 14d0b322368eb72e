/** Types for scripts/install-plugin.mjs (used by its test). */
export interface InstallArgs {
	vault: string;
	configDir: string;
	build: boolean;
}
export interface InstallResult {
	id: string;
	version: string;
	target: string;
	enabled: boolean;
}
export function parseArgs(argv: string[]): InstallArgs;
export function needsBuild(root: string): boolean;
export function enablePlugin(listPath: string, id: string): boolean;
export function installPlugin(options: { root?: string; vault: string; configDir?: string; build?: boolean; log?: (message: string) => void }): InstallResult;
