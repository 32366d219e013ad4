// `veilc check`: the gate CI runs. Schema and policies, a compile into a
// temporary folder, drift against the committed out/, then the real checkers
// over the compiled tree. Nothing here writes to out/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { OutputFile } from '../emit/output.ts';
import { compileModel, hasDeny, validateSpec, type Validated } from '../pipeline.ts';
import { computeDrift, hasDrift, type Drift } from '../verify/drift.ts';
import { VERIFIERS } from '../verify/verifiers.ts';
import type { ToolCheck, VerifyOptions } from '../verify/tool-check.ts';
import { readTree, writeTree } from '../write/write-out.ts';

export interface CheckOptions {
  spec: string;
  out: string;
  requireTools: boolean;
  /** Skip the external checkers entirely (benchmarks, quick local runs). */
  skipTools: boolean;
  verify: VerifyOptions;
}

export interface CheckResult {
  validated: Validated;
  diagnostics: Diagnostic[];
  /** null when the spec was denied and nothing was compiled. */
  files: OutputFile[] | null;
  drift: Drift | null;
  tools: ToolCheck[];
  /** Tools --require-tools demanded but that are not installed. */
  missingRequired: string[];
  passed: boolean;
}

export async function runCheck(o: CheckOptions): Promise<CheckResult> {
  const validated = await validateSpec(o.spec);
  const { diagnostics } = validated;
  if (hasDeny(diagnostics)) {
    return { validated, diagnostics, files: null, drift: null, tools: [], missingRequired: [], passed: false };
  }
  const files = compileModel(validated.model);
  const drift = computeDrift(files, readTree(o.out), o.out.replace(/\/$/, ''));
  const tools: ToolCheck[] = [];
  if (!o.skipTools) {
    const staging = mkdtempSync(join(tmpdir(), 'veilc-check-'));
    try {
      writeTree(staging, files);
      for (const verify of VERIFIERS) tools.push(await verify(staging, o.verify));
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  const missingRequired = o.requireTools ? tools.filter((t) => !t.ran).map((t) => t.tool) : [];
  const passed = !hasDrift(drift) && tools.every((t) => !t.ran || t.ok) && missingRequired.length === 0;
  return { validated, diagnostics, files, drift, tools, missingRequired, passed };
}
