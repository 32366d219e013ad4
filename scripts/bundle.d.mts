/** Output file (relative to the repository root) -> entry source, for every bundle in dist/. */
export function bundleEntries(): Record<string, string>;
/** Every bundle's text, by output file relative to the repository root. */
export function bundle(): Promise<Record<string, string>>;
/** The code cache files scripts/bundle.mjs makes (compiler/cli/bundle-loader.cjs), relative to the repository root. */
export function v8CacheFiles(): string[];
/** Why the code cache of `bundle` (relative) does not fit its text (the committed one by default), or null when it does. */
export function staleCache(bundle: string, text?: string): string | null;
/** Makes the code cache of `bundle` (relative) into `out` (absolute; next to the bundle by default). */
export function makeCache(bundle: string, out?: string): void;
/** Library source edited as the bundles take it in: in `file` (relative to the root), `text` becomes `with`. */
export const SOURCE_PATCHES: readonly { file: string; text: string; with: string }[];
/** `entry` (relative to the repository root) bundled as the command bundles are, written to `outfile` (absolute). */
export function bundleProgram(entry: string, outfile: string): Promise<void>;
