// How `check` describes drift and the external checkers, per format.
import type { CheckResult } from '../gate/check.ts';
import type { JunitCheck } from '../report/junit.ts';
import type { ToolCheck } from '../verify/tool-check.ts';

export function toolLine(t: ToolCheck): string {
  if (!t.ran) return `${t.tool}: skipped (${t.skipped ?? 'not installed'})`;
  return `${t.tool}: ${t.ok ? 'ok' : 'FAILED'}, ${t.checked} checked${t.problems.length ? `\n${t.problems.map((p) => `  ${p}`).join('\n')}` : ''}`;
}

export function checkNotes(r: CheckResult, outDir: string): string[] {
  if (!r.files) return ['compile skipped: the spec is denied'];
  const notes: string[] = [];
  const d = r.drift!;
  const n = d.added.length + d.changed.length + d.removed.length;
  if (n) {
    notes.push(`drift: ${outDir}/ differs from what the spec compiles to (${d.added.length} added, ${d.changed.length} changed, ${d.removed.length} removed); run \`veilc compile\` and commit, or revert the hand edit`);
    for (const p of d.added) notes.push(`  added:   ${outDir}/${p}`);
    for (const p of d.changed) notes.push(`  changed: ${outDir}/${p}`);
    for (const p of d.removed) notes.push(`  removed: ${outDir}/${p}`);
    notes.push(...d.diffs);
  } else {
    notes.push(`drift: none (${r.files.length} files match ${outDir}/)`);
  }
  if (r.glue) {
    notes.push(r.glue.matches
      ? `bootstrap glue: ${r.glue.copy} matches ${outDir}/${r.glue.compiled}`
      : `bootstrap glue: ${r.glue.copy} differs from ${outDir}/${r.glue.compiled}; copy it again (cp ${outDir}/${r.glue.compiled} ${r.glue.copy}) and commit, or Flux keeps syncing the old settings`);
  }
  if (r.tools.length === 0) notes.push('external checkers: not run (--skip-tools)');
  notes.push(...r.tools.map(toolLine));
  if (r.missingRequired.length) notes.push(`--require-tools: missing ${r.missingRequired.join(', ')}`);
  return notes;
}

export function checkSummary(r: CheckResult): Record<string, unknown> {
  return {
    passed: r.passed,
    outFromRepositoryRoot: r.placed.place.outDir,
    repository: r.placed.repository !== null,
    filesChecked: r.files?.length ?? 0,
    drift: r.drift ? { added: r.drift.added, changed: r.drift.changed, removed: r.drift.removed } : null,
    tools: r.tools.map((t) => ({ tool: t.tool, ran: t.ran, ok: t.ok, checked: t.checked, skipped: t.skipped ?? null, problems: t.problems })),
    bootstrapGlue: r.glue,
    documentsChecked: r.tools.find((t) => t.tool === 'kubeconform')?.checked ?? 0,
    missingRequiredTools: r.missingRequired,
  };
}

export function junitChecks(r: CheckResult): JunitCheck[] {
  const checks: JunitCheck[] = [];
  if (r.drift) {
    const d = r.drift;
    const n = d.added.length + d.changed.length + d.removed.length;
    checks.push({ name: 'drift', ...(n ? { failure: [...d.added.map((p) => `added ${p}`), ...d.changed.map((p) => `changed ${p}`), ...d.removed.map((p) => `removed ${p}`)].join('\n') } : {}) });
  }
  if (r.glue) checks.push({ name: 'bootstrap-glue', ...(r.glue.matches ? {} : { failure: `${r.glue.copy} differs from out/${r.glue.compiled}` }) });
  for (const t of r.tools) {
    checks.push({ name: t.tool, ...(!t.ran ? (r.missingRequired.includes(t.tool) ? { failure: `not installed: ${t.skipped}` } : { skipped: t.skipped ?? 'not installed' }) : !t.ok ? { failure: t.problems.join('\n') } : {}) });
  }
  return checks;
}
