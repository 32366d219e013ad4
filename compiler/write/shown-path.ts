// Paths and file text veilc prints come partly from the repository, i.e. from
// whoever wrote the pull request: a file name holding a newline and `::error::`
// would become a GitHub workflow command, an escape sequence would repaint the
// terminal. Control characters are shown as escapes instead.

// C0 (except tab), DEL, C1, and the Unicode bidi controls (Trojan Source, CVE-2021-42574)
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `s` with every control character (newline included) written as `\xNN` or `\u{NNNN}`. */
export function visible(s: string): string {
  return s.replace(CONTROL, (c) => {
    const n = c.codePointAt(0)!;
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u{${n.toString(16)}}`;
  });
}

/** A path for a message: control characters made visible, a trailing slash dropped. */
export function shownPath(p: string): string {
  return visible(p.length > 1 ? p.replace(/\/+$/, '') : p);
}
