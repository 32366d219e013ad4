// What emitters return: files relative to the output folder. Emitters are pure;
// the write stage is the only place that touches the disk.

export interface OutputFile {
  /** POSIX path relative to out/, e.g. `flux/veil/infrastructure/controllers/metallb.yaml`. */
  path: string;
  content: string;
  /**
   * The content as UTF-8, when the emitter built it so (the runbooks, which
   * run to megabytes): the write stage hashes and writes these bytes, and
   * `content` is decoded from them only when something reads it.
   */
  readonly utf8?: Uint8Array;
}

/**
 * A file whose text is `bytes` (UTF-8). Its `content` is decoded on first read
 * and kept. Joining a runbook's blocks into one string and encoding that
 * string again made two more copies of megabytes of text, the joined one two
 * bytes per character as soon as a single character is outside Latin-1.
 */
export function utf8File(path: string, bytes: Uint8Array): OutputFile {
  let text: string | undefined;
  return {
    path,
    utf8: bytes,
    get content() {
      return (text ??= Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
    },
  };
}

/** A file's bytes as written: its `utf8` when it has one, else its content encoded as UTF-8. */
export function utf8Of(f: OutputFile): Uint8Array {
  return f.utf8 ?? Buffer.from(f.content, 'utf8');
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
    .map((f) => (f.utf8 && isNormalUtf8(f.utf8) ? f : { path: f.path, content: withOneFinalNewline(f.content.includes('\r') ? f.content.replace(/\r\n?/g, '\n') : f.content) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Whether UTF-8 `bytes` already have LF endings alone and exactly one final newline (no copy needed). */
function isNormalUtf8(bytes: Uint8Array): boolean {
  const n = bytes.length;
  return n > 0 && bytes[n - 1] === 10 && (n === 1 || bytes[n - 2] !== 10) && !bytes.includes(13);
}

/** Trailing newlines trimmed to one, without a regex over megabytes of runbook text. */
function withOneFinalNewline(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return end === text.length - 1 ? text : `${text.slice(0, end)}\n`;
}
