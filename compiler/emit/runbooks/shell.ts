// Shell text built from spec values. Values are schema-checked (labels,
// addresses, paths), but everything that reaches a command line still goes
// through `sh`, so a surprising value can never become shell syntax.

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** A single shell word: bare when it is plainly safe, else single-quoted. */
export function sh(value: string | number): string {
  const s = String(value);
  if (s !== '' && SAFE.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * `cat <<'DELIM'` body with a delimiter that does not occur in the text. The
 * quoted delimiter keeps the shell from expanding anything inside.
 */
export function heredoc(command: string, body: string, delimiter = 'EOF'): string {
  let d = delimiter;
  const lines = new Set(body.split('\n'));
  while (lines.has(d)) d = `${d}_`;
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
