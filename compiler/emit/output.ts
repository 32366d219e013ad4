// What emitters return: files relative to the output folder. Emitters are pure;
// the write stage is the only place that touches the disk.

export interface OutputFile {
  /** POSIX path relative to out/, e.g. `flux/veil/infrastructure/controllers/metallb.yaml`. */
  path: string;
  content: string;
}

export class NotImplementedError extends Error {
  constructor(stage: string) {
    super(`${stage}: not implemented yet`);
    this.name = 'NotImplementedError';
  }
}

/** Sorted by path, LF endings, one trailing newline: the bytes never depend on emission order or platform. */
export function normalizeFiles(files: readonly OutputFile[]): OutputFile[] {
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`two emitters wrote ${f.path}`);
    if (!/^[a-z0-9][-a-zA-Z0-9_.]*(\/[a-zA-Z0-9_][-a-zA-Z0-9_.]*)*$/.test(f.path) || f.path.split('/').includes('..')) {
      throw new Error(`refusing unsafe output path ${JSON.stringify(f.path)}`);
    }
    seen.add(f.path);
  }
  return [...files]
    .map((f) => ({ path: f.path, content: withOneFinalNewline(f.content.includes('\r') ? f.content.replace(/\r\n?/g, '\n') : f.content) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Trailing newlines trimmed to one, without a regex over megabytes of runbook text. */
function withOneFinalNewline(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return end === text.length - 1 ? text : `${text.slice(0, end)}\n`;
}
