// How `veilc plan` reads: per output file, each item added (+), changed (~) or
// removed (-), and inside a changed item each value with its old and new
// value, as `terraform plan` shows an update in place (+ in cyan: Style has no green).
import type { Plan } from '../gate/plan.ts';
import { showValue } from '../gate/plan-values.ts';
import type { Style } from './text.ts';

const SIGN = { add: '+', change: '~', remove: '-' } as const;

/** The plan's lines, without trailing newlines; `outDir` prefixes every file path as the user named the folder. */
export function planLines(plan: Plan, outDir: string, s: Style): string[] {
  const out = outDir.replace(/\/+$/, '') || '.';
  const paint = { add: s.cyan, change: s.yellow, remove: s.red } as const;
  const lines: string[] = [];
  let lastFile = '';
  for (const c of plan.changes) {
    if (c.file !== lastFile) { lines.push(s.bold(`${out}/${c.file}`)); lastFile = c.file; }
    lines.push(`  ${paint[c.change](SIGN[c.change])} ${c.item}`);
    for (const f of c.fields ?? []) {
      if (f.before === undefined) lines.push(`      ${s.cyan('+')} ${f.path}: ${showValue(f.after)}`);
      else if (f.after === undefined) lines.push(`      ${s.red('-')} ${f.path}: ${showValue(f.before)}`);
      else lines.push(`      ${s.yellow('~')} ${f.path}: ${showValue(f.before)} -> ${showValue(f.after)}`);
    }
    if (c.lines) {
      for (const l of c.lines.removed) lines.push(`      ${s.red('-')} ${l}`);
      for (const l of c.lines.added) lines.push(`      ${s.cyan('+')} ${l}`);
      if (c.lines.more) lines.push(s.dim(`      … ${c.lines.more} more changed line(s)`));
    }
  }
  return lines;
}

/** `N change(s) in F file(s): …; run <apply> to apply`, or that the folder is up to date. */
export function planSummary(plan: Plan, outDir: string, apply = 'veilc compile'): string {
  const out = outDir.replace(/\/+$/, '') || '.';
  const n = plan.filesAdded.length + plan.filesChanged.length + plan.filesRemoved.length;
  const count = (k: 'add' | 'change' | 'remove') => plan.changes.filter((c) => c.change === k).length;
  return n
    ? `${plan.changes.length} change(s) in ${n} file(s): ${count('add')} to add, ${count('change')} to change, ${count('remove')} to remove; files ${plan.filesAdded.length} added, ${plan.filesChanged.length} changed, ${plan.filesRemoved.length} removed; run \`${apply}\` to apply`
    : `${out}/ is up to date`;
}

/** Whether the plan changes anything: what `--detailed-exitcode` reports as exit 2. */
export function planHasChanges(plan: Plan): boolean {
  return plan.filesAdded.length + plan.filesChanged.length + plan.filesRemoved.length > 0;
}
