// Shell text built from spec values, the one shell escaping module. Values
// are schema-checked (labels, addresses, paths), but everything that reaches a
// command line still goes through `sh`, so a surprising value can never become
// shell syntax, nor put a control character or a line break into a runbook.

import { escapeChar, hasInvisible, isInvisible } from '../../text/visible.ts';

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * A single shell word: bare when it is plainly safe, else single-quoted. A
 * value with a line break, tab or control character is written with bash's
 * ANSI-C quoting (`$'...'`, escapes `\xHH` and `\uHHHH`), so the word stays
 * on one line and the runbook holds no raw control byte (bash(1), QUOTING).
 */
export function sh(value: string | number): string {
  const s = String(value);
  if (s !== '' && SAFE.test(s)) return s;
  // one scan of the word (COLD-START quotes a few long commands per node)
  if (!hasInvisible(s) && !s.includes('\t')) return `'${s.replace(/'/g, `'\\''`)}'`;
  return `$'${[...s].map((c) => (c === '\\' || c === "'" ? `\\${c}` : c === '\t' ? '\\t' : isInvisible(c) ? escapeChar(c) : c)).join('')}'`;
}

/**
 * `cat <<'DELIM'` body with a delimiter that does not occur in the text. The
 * quoted delimiter keeps the shell from expanding anything inside.
 */
export function heredoc(command: string, body: string, delimiter = 'EOF'): string {
  let d = delimiter;
  // a body without the delimiter anywhere has no line equal to it (the usual case: no split)
  if (body.includes(d)) {
    const lines = new Set(body.split('\n'));
    while (lines.has(d)) d = `${d}_`;
  }
  return `${command} <<'${d}'\n${body.replace(/\n+$/, '')}\n${d}`;
}

/** Joins a long command over several lines with ` \` continuations. */
export function continued(parts: readonly string[], indent = '  '): string {
  return parts.map((p, i) => (i === 0 ? p : `${indent}${p}`)).join(' \\\n');
}

/**
 * Converts a spec Duration (number-unit pairs: ms, s, m, h, d, w, y) to whole
 * seconds, for tools that only take Go durations (kubectl --timeout).
 */
export function durationSeconds(text: string): number {
  const unit: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800, y: 31536000 };
  let total = 0;
  for (const m of text.matchAll(/(\d+)(ms|s|m|h|d|w|y)/g)) total += Number(m[1]) * unit[m[2]!]!;
  return Math.ceil(total);
}

/**
 * `"$var/tail"`: a variable joined with a literal path, as one double-quoted
 * word when the tail has nothing the shell would expand inside quotes.
 */
export function underVar(expr: string, tail: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]*$/.test(tail) ? `"${expr}/${tail}"` : `"${expr}/"${sh(tail)}`;
}
