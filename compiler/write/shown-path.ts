// Paths and file text veilc prints come partly from the repository, i.e. from
// whoever wrote the pull request: a file name holding a newline and `::error::`
// would become a GitHub workflow command, an escape sequence would repaint the
// terminal. Control characters are shown as escapes (compiler/text/visible.ts).
import { visible } from '../text/visible.ts';

/** A path for a message: control characters (newline included) made visible, a trailing slash dropped. */
export function shownPath(p: string): string {
  return visible(p.length > 1 ? p.replace(/\/+$/, '') : p);
}
