// How a transition reads: one line per change with its class, the spec line
// it comes from and why (text), or one object per change (json).
import { ACTIONS, changeLabel, type Action } from '../transition/change.ts';
import type { PlacedChange, Transition } from '../transition/transition.ts';
import type { Style } from './text.ts';

const SIGN: Record<Action, string> = { create: '+', update: '~', delete: '-', replace: '-/+', procedure: '?', forbidden: '!' };

/** One change as `plan --base --format json` prints it. */
export function changeJson(c: PlacedChange, specFile: string, outDir: string): Record<string, unknown> {
  const judged = c.reasons.filter((r) => r.rule);
  const procedure = c.reasons.find((r) => r.procedure)?.procedure;
  return {
    kind: c.kind,
    namespace: c.namespace,
    name: c.name,
    apiVersion: c.apiVersion || null,
    file: c.file,
    action: c.action,
    reasons: c.reasons.map((r) => r.text),
    rules: [...new Set(judged.map((r) => r.rule!))],
    refusedBy: c.reasons.find((r) => r.action === 'forbidden')?.refusedBy ?? null,
    lost: c.reasons.filter((r) => r.lost).map((r) => r.lost).join('; ') || null,
    kept: c.reasons.filter((r) => r.kept).map((r) => r.kept).join('; ') || null,
    procedure: procedure ? `${outDir}/docs/CHANGES.md#${procedure}` : null,
    path: c.path,
    specFile,
    line: c.line,
    column: c.column,
    fields: c.fields.map((f) => ({ path: f.path, before: f.before ?? null, after: f.after ?? null })),
  };
}

/** How many changes of each class. */
export function actionCounts(t: Transition): Record<Action, number> {
  const counts = Object.fromEntries(ACTIONS.map((a) => [a, 0])) as Record<Action, number>;
  for (const c of t.changes) counts[c.action]++;
  return counts;
}

/** `transition from REV (COMMIT) to SPEC` */
export function transitionHeader(t: Transition, specFile: string): string {
  return `transition from ${t.base.rev} (${t.base.commit.slice(0, 12)}) to ${specFile}`;
}

/** `N change(s): 1 forbidden, 2 update`, strongest class first. */
export function transitionSummaryLine(t: Transition): string {
  const counts = actionCounts(t);
  const parts = [...ACTIONS].reverse().filter((a) => counts[a]).map((a) => `${counts[a]} ${a}`);
  return t.changes.length ? `${t.changes.length} change(s): ${parts.join(', ')}` : 'no change to what is deployed';
}

/** One line per change and an indented line per reason. */
export function changeLines(t: Transition, specFile: string, s: Style): string[] {
  const lines: string[] = [];
  const paint = (a: Action, text: string) => (a === 'forbidden' ? s.red(text) : a === 'procedure' || a === 'replace' || a === 'delete' ? s.yellow(text) : text);
  for (const c of t.changes) {
    const where = c.file ? ` (${c.file})` : '';
    lines.push(`${paint(c.action, `${SIGN[c.action].padStart(3)} ${c.action.padEnd(9)}`)} ${s.bold(changeLabel(c))}${s.dim(where)} ${s.dim(`${specFile}:${c.line}`)}`);
    for (const r of c.reasons) {
      lines.push(`      ${r.rule ? `${s.cyan(r.rule)} ` : ''}${r.text}${r.lost ? `; lost: ${r.lost}` : ''}${r.kept ? `; kept: ${r.kept}` : ''}`);
    }
  }
  return lines;
}
