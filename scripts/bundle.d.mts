/** The text of every dist/ file, by path from the repository root. */
export function bundle(): Promise<Record<string, string>>;
