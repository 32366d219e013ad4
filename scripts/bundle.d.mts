/** Output file (relative to the repository root) -> entry source, for every bundle in dist/. */
export function bundleEntries(): Record<string, string>;
/** Every bundle's text, by output file relative to the repository root. */
export function bundle(): Promise<Record<string, string>>;
