// Human output: file:line:col, severity, rule, message, a code frame and the hint.
import { countBySeverity, type Diagnostic, type Excerpt } from '../diagnostics/diagnostic.ts';

export interface Style { red(s: string): string; yellow(s: string): string; dim(s: string): string; bold(s: string): string; cyan(s: string): string }

const wrap = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
export const colour: Style = { red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22), cyan: wrap(36, 39) };
export const plain: Style = { red: (s) => s, yellow: (s) => s, dim: (s) => s, bold: (s) => s, cyan: (s) => s };

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function pickStyle(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Style {
  return stream.isTTY && !env.NO_COLOR ? colour : plain;
}

/** A diagnostic as text; its code frame is its excerpt, already made safe by the redaction pass. */
export function formatDiagnostic(d: Diagnostic, s: Style): string {
  const sev = d.waived ? s.dim('waived') : d.severity === 'deny' ? s.red('deny') : s.yellow('warn');
  const lines = [`${s.bold(`${d.file}:${d.line}:${d.column}`)} ${sev} ${s.cyan(d.rule)} ${d.path ? `${s.dim(d.path)}: ` : ''}${d.message}`];
  if (d.excerpt) lines.push(s.dim(codeFrame(d.line, d.excerpt)));
  if (d.hint) lines.push(`  hint: ${d.hint}`);
  if (d.waived) lines.push(`  waived until ${d.waived.expires}: ${d.waived.reason}`);
  return lines.join('\n');
}

/** A two-line code frame: the line with its number, and a caret under the finding (at most 80 wide). */
export function codeFrame(line: number, e: Excerpt): string {
  const gutter = String(line).padStart(4);
  const width = Math.min(Math.max(1, e.end - e.start), 80);
  return `${gutter} | ${e.text}\n${' '.repeat(gutter.length)} | ${' '.repeat(Math.max(0, e.start - 1))}${'^'.repeat(width)}`;
}

export function formatSummary(diags: readonly Diagnostic[], rulesEvaluated: number | undefined, s: Style): string {
  const c = countBySeverity(diags);
  const parts = [`${c.deny} denied`, `${c.warn} warning${c.warn === 1 ? '' : 's'}`, `${c.waived} waived`];
  if (rulesEvaluated !== undefined) parts.push(`${rulesEvaluated} rules evaluated`);
  const line = parts.join(', ');
  return c.deny ? s.red(line) : c.warn ? s.yellow(line) : line;
}
