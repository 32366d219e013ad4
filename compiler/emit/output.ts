// What emitters return: files relative to the output folder. Emitters are pure;
// the write stage is the only place that touches the disk.

export interface OutputFile {
  /** POSIX path relative to out/, e.g. `flux/veil/infrastructure/controllers/metallb.yaml`. */
  readonly path: string;
  readonly content: string;
}

/**
 * The bytes of the files utf8File made, by file object. Kept out of the
 * object itself: a copy (`{ ...f, content }`) is then a plain file whose
 * bytes are its own content, never the original's, and serialising a file
 * never drags its bytes along.
 */
const UTF8 = new WeakMap<object, Uint8Array>();

/**
 * A file whose text is `bytes`, valid UTF-8 (they are kept, not copied): the
 * write stage hashes and writes them as they are, and `content` is decoded
 * from them on first read (drift, plan) and kept. For the runbooks, which run
 * to megabytes: joining a runbook's blocks into one string and encoding that
 * string again made two more copies of it, the joined one two bytes per
 * character as soon as a single character is outside Latin-1.
 */
export function utf8File(path: string, bytes: Uint8Array): OutputFile {
  let text: string | undefined;
  const file: OutputFile = {
    path,
    get content() {
      return (text ??= Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
    },
  };
  UTF8.set(file, bytes);
  return file;
}

/** A file's bytes as written: those utf8File was given, the bytes a file holds, or its text encoded as UTF-8. */
export function utf8Of(f: { readonly content: string | Uint8Array }): Uint8Array {
  // the bytes first: reading a runbook's content would decode it
  const bytes = UTF8.get(f);
  if (bytes) return bytes;
  return typeof f.content === 'string' ? Buffer.from(f.content, 'utf8') : f.content;
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
    .map((f) => (isNormalUtf8(UTF8.get(f)) ? f : { path: f.path, content: withOneFinalNewline(f.content.includes('\r') ? f.content.replace(/\r\n?/g, '\n') : f.content) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Whether utf8File's `bytes` already have LF endings alone and exactly one final newline (the file needs no copy). */
function isNormalUtf8(bytes: Uint8Array | undefined): boolean {
  if (!bytes) return false;
  const n = bytes.length;
  return n > 0 && bytes[n - 1] === 10 && (n === 1 || bytes[n - 2] !== 10) && !bytes.includes(13);
}

/** Trailing newlines trimmed to one, without a regex over megabytes of runbook text. */
function withOneFinalNewline(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return end === text.length - 1 ? text : `${text.slice(0, end)}\n`;
}
