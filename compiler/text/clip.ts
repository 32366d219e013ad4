// Bounds on how much spec text a finding echoes. The input cap (1 MiB) lets a
// spec hold a key, a value or a line of about a megabyte; echoed whole in a
// message, a path and a code frame, one finding would weigh megabytes in
// every report format. One way of clipping, everywhere:
//
//   "…" stands where text was left out, and " (N characters)" follows, once,
//   with the length of the whole text it was taken from, in UTF-16 code units
//   (what columns count: SARIF columnKind utf16CodeUnits).
//
// - A message may quote a piece of user text (a key, a value, a path segment)
//   only whole, up to QUOTE_MAX characters; a longer one it only counts,
//   `… (N characters)` (quoteOrCount). A cut quote could keep part of a secret
//   that the detectors, seeing only the part, no longer recognise.
// - Every text a report echoes is clipped after the redaction pass has masked
//   secrets and made control characters visible (compiler/report/redact.ts),
//   so a cut can split a `****` or an escape, never a secret (clip):
//   a text within its limit is shown whole; a longer one first has each long
//   run (the characters between spaces, dots, brackets and quotes) cut to its
//   first RUN_HEAD characters, `kkkk… (1000000 characters)`, which keeps a
//   message's words and a path's other segments; if still too long, the text
//   is cut to its first `max` characters.
// - A source line longer than LINE_MAX is cut to a window of WINDOW
//   characters around the finding's column (windowExcerpt), so the caret
//   still stands under the finding; the finding's line and column themselves
//   are never changed.
import { formatPath, type Excerpt, type SpecPath } from '../diagnostics/diagnostic.ts';

/** Longest piece of user text a message quotes (the value quoting in validate-schema.ts uses it too). */
export const QUOTE_MAX = 64;

/** Per-field limits of the report pass, in UTF-16 code units. */
export const CLIP = {
  /** Messages, hints, waiver reasons, notes (per line), check output (per line). */
  text: 2000,
  /**
   * Spec paths as displayed. The waiver schema caps `path` at 512 characters,
   * so every path a waiver can name is shown whole.
   */
  path: 512,
  /** A source line up to this long is shown whole. */
  line: 160,
  /** Width of the window shown of a longer line, and how much of it precedes the finding. */
  window: 120,
  before: 40,
  /** A run longer than this is cut to its first `runHead` characters. */
  run: 128,
  runHead: 32,
} as const;

const ELLIPSIS = '…';
const RUN = /[^\s.[\]`"']+/g;

/** The marker after clipped text: `… (N characters)`. */
export function omitted(length: number): string {
  return `${ELLIPSIS} (${length} characters)`;
}

/** `text` whole when at most QUOTE_MAX characters, else only its length: `… (N characters)`. */
export function quoteOrCount(text: string): string {
  return text.length <= QUOTE_MAX ? text : omitted(text.length);
}

/** A spec path as a message may quote it: each key by `quoteOrCount` (`nodes[0].labels.… (1000000 characters)`). */
export function quotePath(path: SpecPath): string {
  return formatPath(path.map((seg) => (typeof seg === 'string' ? quoteOrCount(seg) : seg)));
}

/** `i` moved back off the middle of a surrogate pair, so a cut never leaves half a character. */
function boundary(text: string, i: number): number {
  if (i <= 0 || i >= text.length) return i;
  const lo = text.charCodeAt(i), hi = text.charCodeAt(i - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff ? i - 1 : i;
}

function head(text: string, n: number, length = text.length): string {
  return `${text.slice(0, boundary(text, n))}${omitted(length)}`;
}

/**
 * `text` (already masked and escaped) clipped to about `max` code units plus
 * a marker: long runs first, then the whole. `lines: true` clips each line
 * on its own (multi-line notes and tool output).
 */
export function clip(text: string, max: number = CLIP.text, opts: { lines?: boolean } = {}): string {
  if (opts.lines && text.includes('\n')) return text.split('\n').map((l) => clip(l, max)).join('\n');
  if (text.length <= max) return text;
  const runs = text.replace(RUN, (r) => (r.length > CLIP.run ? head(r, CLIP.runHead) : r));
  return runs.length <= max ? runs : head(runs, max, text.length);
}

/**
 * A source line (already masked and escaped) cut to a window around its
 * underlined span when longer than `CLIP.line`: `…window… (N characters)`,
 * with `start`/`end` moved to the window's columns. The span's start is
 * always inside the window; its end is clipped to the window.
 */
export function windowExcerpt(e: Excerpt): Excerpt {
  const n = e.text.length;
  if (n <= CLIP.line) return e;
  const from = boundary(e.text, Math.max(0, Math.min(e.start - 1 - CLIP.before, n - CLIP.window)));
  const to = boundary(e.text, Math.min(n, from + CLIP.window));
  const left = from > 0 ? ELLIPSIS : '';
  const text = `${left}${e.text.slice(from, to)}${to < n ? ELLIPSIS : ''} (${n} characters)`;
  const shift = left.length - from;
  const start = e.start + shift;
  const end = Math.min(e.end, to + 1) + shift;
  return { text, start, end: Math.max(end, start + 1) };
}
