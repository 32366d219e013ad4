// `veilc check`: the gate CI runs. Schema and policies, a compile into a
// temporary folder, drift against the committed out/, then the real checkers
// over the compiled tree. Nothing here writes to out/.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { bootstrapGlueFile, fluxBootstrapPath } from '../emit/flux/layout.ts';
import type { OutputFile } from '../emit/output.ts';
import type { Model } from '../model/build-model.ts';
import { compileModel, hasDeny, validateSpec, type Validated } from '../pipeline.ts';
import { placeOutput, type PlacedOutput } from '../place/output-place.ts';
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
  /** Where --out sits in its Git repository: the Flux paths and commands the compile is judged with. */
  placed: PlacedOutput;
  validated: Validated;
  diagnostics: Diagnostic[];
  /** null when the spec was denied and nothing was compiled. */
  files: OutputFile[] | null;
  drift: Drift | null;
  tools: ToolCheck[];
  /** The hand-kept copy of the bootstrap glue Kustomization, when the repository has one. */
  glue: GlueCopy | null;
  /** Tools --require-tools demanded but that are not installed. */
  missingRequired: string[];
  passed: boolean;
}

export interface GlueCopy {
  /** e.g. clusters/veil/veil.yaml, relative to the repository root */
  copy: string;
  /** e.g. flux/veil/bootstrap/veil.yaml, relative to out/ */
  compiled: string;
  matches: boolean;
}

/**
 * The user copies out/flux/<cluster>/bootstrap/<cluster>.yaml to the bootstrap
 * path (COLD-START); a stale copy keeps Flux on an old path or interval.
 * `root`: the Git repository root the bootstrap path is relative to.
 */
export function glueCopy(model: Model, files: readonly OutputFile[], root: string): GlueCopy | null {
  const spec = model.spec;
  if (!spec.loadBalancer && !spec.ingress && !spec.monitoring && !spec.objectStore) return null;
  const compiled = bootstrapGlueFile(spec);
  const expected = files.find((f) => f.path === compiled);
  const copy = `${fluxBootstrapPath(spec).replace(/^\.\//, '')}/${spec.cluster.name}.yaml`;
  const at = join(root, copy);
  if (!expected || !existsSync(at)) return null;
  return { copy, compiled, matches: readFileSync(at, 'utf8') === expected.content };
}

export async function runCheck(o: CheckOptions): Promise<CheckResult> {
  const placed = placeOutput(o.out, o.spec);
  const validated = await validateSpec(o.spec, placed.place);
  const { diagnostics } = validated;
  if (hasDeny(diagnostics)) {
    return { placed, validated, diagnostics, files: null, drift: null, glue: null, tools: [], missingRequired: [], passed: false };
  }
  const files = compileModel(validated.model);
  const drift = computeDrift(files, readTree(o.out), o.out.replace(/\/$/, ''));
  const glue = glueCopy(validated.model, files, placed.root);
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
  const passed = !hasDrift(drift) && glue?.matches !== false && tools.every((t) => !t.ran || t.ok) && missingRequired.length === 0;
  return { placed, validated, diagnostics, files, drift, glue, tools, missingRequired, passed };
}
