// The gate's own failures as findings: drift (VEIL-CHECK-001), a stale copy of
// the bootstrap glue (VEIL-CHECK-002) and a checker's rejection (VEIL-CHECK-003)
// fail `check` just as a deny does, so they take the one finding shape and
// reach every report format (a SARIF result, a GitHub ::error, a JUnit
// failure) at the file and line that caused them.
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { visible } from '../text/visible.ts';
import type { OutputFile } from '../emit/output.ts';
import type { ToolCheck } from '../verify/tool-check.ts';
import type { CheckResult } from './check.ts';

const at = (file: string, line: number, rule: string, message: string, hint?: string): Diagnostic =>
  ({ rule, severity: 'deny', message, path: '', file, line, column: 1, endLine: line, endColumn: 1, ...(hint ? { hint } : {}) });

const RECOMPILE = 'run `veilc compile` and commit the output, or revert the hand edit';

/**
 * Deny findings for every cause of a failed gate other than the spec's own
 * findings. `outDir` is the output folder as the user named it (paths in
 * messages and locations start with it); `specFile` is the spec as given.
 * Locations are 1-based; a file the spec would compile but that is missing
 * from the output is located at the spec's first line.
 */
export function checkFindings(r: CheckResult, outDir: string, specFile: string): Diagnostic[] {
  const out = outDir.replace(/\/+$/, '') || '.';
  const found: Diagnostic[] = [];
  const d = r.drift;
  if (d) {
    for (const p of d.added) found.push(at(specFile, 1, 'VEIL-CHECK-001', `${out}/${p} is missing: the spec compiles it`, RECOMPILE));
    for (const p of d.changed) {
      const line = d.firstDifference[p] ?? 1;
      found.push(at(`${out}/${p}`, line, 'VEIL-CHECK-001', `${out}/${p} differs from what the spec compiles to (from line ${line})`, RECOMPILE));
    }
    for (const p of d.removed) found.push(at(`${out}/${p}`, 1, 'VEIL-CHECK-001', `${out}/${p} is not compiled from the spec any more`, `${RECOMPILE}; veilc compile removes what it wrote before`));
    for (const p of d.unknown) found.push(at(`${out}/${visible(p)}`, 1, 'VEIL-CHECK-001', `${out}/${visible(p)} was not written by veilc (not in its manifest)`, 'delete it, or `veilc compile --prune-unknown`'));
    for (const p of d.links) {
      const shown = p === '.' ? out : `${out}/${visible(p)}`;
      found.push(at(shown, 1, 'VEIL-CHECK-001', `${shown} is not a regular file where veilc writes (never followed)`, 'replace it with `veilc compile` output'));
    }
  }
  if (r.glue && !r.glue.matches) {
    found.push(at(join(r.placed.root, r.glue.copy), r.glue.line ?? 1, 'VEIL-CHECK-002', r.glue.notAFile
      ? `${r.glue.copy} is ${r.glue.notAFile}, not a copy of the compiled ${out}/${r.glue.compiled} (never followed)`
      : `${r.glue.copy} differs from the compiled ${out}/${r.glue.compiled}; Flux keeps syncing the old settings`,
      `cp ${out}/${r.glue.compiled} ${r.glue.copy} and commit`));
  }
  found.push(...toolFindings(r.tools, r.files ?? [], outDir, specFile));
  return found;
}

/**
 * VEIL-CHECK-003 for every problem of every checker that ran and failed (check,
 * compile --verify): at `<outDir>/<path>:<line>` when the problem names a
 * compiled file (`path: message` or `path:line: message`), else at the spec's
 * first line.
 */
export function toolFindings(tools: readonly ToolCheck[], files: readonly OutputFile[], outDir: string, specFile: string): Diagnostic[] {
  const out = outDir.replace(/\/+$/, '') || '.';
  const compiled = new Set(files.map((f) => f.path));
  const found: Diagnostic[] = [];
  for (const t of tools) {
    if (!t.ran || t.ok) continue;
    const hint = `${t.tool} judged the compiled tree, not the spec: a veilc bug, a case the rules miss, or the checker's options (schemas, --kubernetes-version)`;
    for (const problem of t.problems.length ? t.problems : [`${t.tool} failed without naming a problem`]) {
      const m = /^([^\s:]+)(?::(\d+))?(?::\d+)?: ([\s\S]*)$/.exec(problem);
      if (m && compiled.has(m[1]!)) found.push(at(`${out}/${m[1]}`, Number(m[2] ?? 1), 'VEIL-CHECK-003', `${t.tool} rejected ${out}/${m[1]}: ${m[3]}`, hint));
      else found.push(at(specFile, 1, 'VEIL-CHECK-003', `${t.tool} rejected the compiled tree: ${problem}`, hint));
    }
  }
  return found;
}
