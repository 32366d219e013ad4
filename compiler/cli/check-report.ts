// How `check` describes drift and the external checkers, per format.
import type { CheckResult } from '../gate/check.ts';
import type { JunitCheck } from '../report/junit.ts';
import type { ToolCheck } from '../verify/tool-check.ts';
import { hasDrift } from '../verify/drift.ts';
import { MANIFEST_NAME } from '../write/manifest.ts';
import { visible } from '../text/visible.ts';

export function toolLine(t: ToolCheck): string {
  if (!t.ran) return `${t.tool}: skipped (${t.skipped ?? 'not installed'})`;
  return `${t.tool}: ${t.ok ? 'ok' : 'FAILED'}, ${t.checked} checked${t.problems.length ? `\n${t.problems.map((p) => `  ${p}`).join('\n')}` : ''}`;
}

export function checkNotes(r: CheckResult, outDir: string): string[] {
  if (!r.files) return ['compile skipped: the spec is denied'];
  const notes: string[] = [];
  const d = r.drift!;
  const out = visible(outDir);
  const at = (p: string) => (p === '.' ? out : `${out}/${visible(p)}`);
  if (hasDrift(d)) {
    notes.push(`drift: ${out}/ differs from what the spec compiles to (${d.added.length} added, ${d.changed.length} changed, ${d.removed.length} removed, ${d.unknown.length} unknown, ${d.links.length} links); run \`veilc compile\` and commit, or revert the hand edit`);
    for (const p of d.added) notes.push(`  added:   ${at(p)}`);
    for (const p of d.changed) notes.push(`  changed: ${at(p)}`);
    for (const p of d.removed) notes.push(`  removed: ${at(p)}`);
    for (const p of d.unknown) notes.push(`  unknown: ${at(p)} (not in ${MANIFEST_NAME}: veilc did not write it; delete it, or \`veilc compile --prune-unknown\`)`);
    for (const p of d.links) notes.push(`  link:    ${at(p)} (not a regular file where veilc writes; never followed: replace it with \`veilc compile\` output)`);
    notes.push(...d.diffs);
  } else {
    notes.push(`drift: none (${r.files.length} files match ${out}/)`);
  }
  if (r.glue?.notAFile) {
    notes.push(`bootstrap glue: ${r.glue.copy} is ${r.glue.notAFile}, not a file (not followed); copy ${out}/${r.glue.compiled} there`);
  } else if (r.glue) {
    notes.push(r.glue.matches
      ? `bootstrap glue: ${r.glue.copy} matches ${out}/${r.glue.compiled}`
      : `bootstrap glue: ${r.glue.copy} differs from ${out}/${r.glue.compiled}; copy it again (cp ${out}/${r.glue.compiled} ${r.glue.copy}) and commit, or Flux keeps syncing the old settings`);
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
    drift: r.drift ? { added: r.drift.added, changed: r.drift.changed, removed: r.drift.removed, unknown: r.drift.unknown, links: r.drift.links } : null,
    tools: r.tools.map((t) => ({ tool: t.tool, ran: t.ran, ok: t.ok, checked: t.checked, skipped: t.skipped ?? null, problems: t.problems })),
    bootstrapGlue: r.glue,
    documentsChecked: r.tools.find((t) => t.tool === 'kubeconform')?.checked ?? 0,
    missingRequiredTools: r.missingRequired,
  };
}

/** JUnit cases for the checkers; drift and the glue copy are the VEIL-CHECK-001/002 rule cases (check-findings.ts). */
export function junitChecks(r: CheckResult): JunitCheck[] {
  return r.tools.map((t) => ({
    name: t.tool,
    ...(!t.ran ? (r.missingRequired.includes(t.tool) ? { failure: `not installed: ${t.skipped}` } : { skipped: t.skipped ?? 'not installed' }) : !t.ok ? { failure: t.problems.join('\n') } : {}),
  }));
}
