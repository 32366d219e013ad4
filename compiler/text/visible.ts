// Control characters made visible in everything veilc echoes or renders from
// the spec: reports, whatever the output (compiler/report/redact.ts), and
// runbook text (compiler/emit/runbooks/markdown.ts). An ANSI escape sequence
// (ESC [ ...) in a spec line must not recolour, move or erase a CI log or a
// terminal, a bidirectional override must not reorder what the reader sees
// (CVE-2021-42574, "Trojan Source"), and a NUL or a lone carriage return must
// not hide the rest of a line.
// Sources: Unicode Standard Annex #9 (explicit directional formatting
// characters), ECMA-48 (C0 and C1 control functions).

/**
 * C0 controls but tab and line feed, DEL, C1 controls, the Arabic letter
 * mark, zero-width characters and directional marks, line and paragraph
 * separators, directional embeddings, overrides and isolates, the word
 * joiner and invisible operators, and the byte-order mark.
 */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;

/** `\x1b` for a code up to 0xff, `\u202e` above: ASCII text a reader can quote back. */
export function escapeChar(c: string): string {
  const code = c.codePointAt(0)!;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every invisible or terminal-controlling character written as
 * its escape. `lines: true` keeps line feeds (multi-line notes); otherwise a
 * line feed is shown as `\x0a` too, so one finding stays one line.
 */
export function visible(text: string, opts: { lines?: boolean } = {}): string {
  const out = text.replace(INVISIBLE, escapeChar);
  return opts.lines ? out : out.replace(/\n/g, escapeChar);
}

const ONE_INVISIBLE = new RegExp(`^${INVISIBLE.source}$`, 'u');

/** Whether `c` (one code point) is shown as an escape by `visible` (line feeds included). */
export function isInvisible(c: string): boolean {
  return c === '\n' || ONE_INVISIBLE.test(c);
}

const ANY_INVISIBLE = new RegExp(`${INVISIBLE.source}|\\n`, 'u');

/** Whether any character of `text` is one isInvisible is true for: one scan, not a test per character. */
export function hasInvisible(text: string): boolean {
  return ANY_INVISIBLE.test(text);
}
