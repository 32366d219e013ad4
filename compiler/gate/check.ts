// `veilc check`: the gate CI runs. Schema and policies, a compile into a
// temporary folder, drift against the committed out/, then the real checkers
// over the compiled tree. Nothing here writes to out/. It may run on a pull
// request: out/, the spec and the glue copy are read with lstat semantics (a
// link is reported, never followed), and the checkers run on a temporary copy
// compiled from the spec, never on the committed files.
import { lstatSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { bootstrapGlueFile, fluxBootstrapPath } from '../emit/flux/layout.ts';
import type { OutputFile } from '../emit/output.ts';
import type { Model } from '../model/build-model.ts';
import { compileModel, hasDeny, validateSpec, type Validated } from '../pipeline.ts';
import { placeOutput, type PlacedOutput } from '../place/output-place.ts';
import { computeDrift, hasDrift, type Drift } from '../verify/drift.ts';
import { VERIFIERS } from '../verify/verifiers.ts';
import type { ToolCheck, VerifyOptions } from '../verify/tool-check.ts';
import { withIo } from '../write/io-error.ts';
import { manifestFile, specFromTree } from '../write/manifest.ts';
import { shownPath } from '../write/shown-path.ts';
import { readOutSnapshot } from '../write/snapshot.ts';
import { KIND_WORDS, kindOf, lstatOrNull, readRegularFile, writeTree } from '../write/tree.ts';

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
  /** Set when the copy is not a regular file (a link is never followed): `a symbolic link`. */
  notAFile?: string;
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
  const st = withIo('read', at, () => lstatOrNull(at));
  if (!expected || !st) return null;
  const text = st.isFile() ? withIo('read', at, () => readRegularFile(at)) : null;
  if (text === null) return { copy, compiled, matches: false, notAFile: KIND_WORDS[kindOf(st)] };
  return { copy, compiled, matches: text === expected.content };
}

/**
 * The gate reads only a regular spec file: a spec that is a link (say to
 * /proc/self/environ) would have its target's lines quoted in code frames.
 */
function refuseLinkedSpec(specFile: string): void {
  let st;
  try {
    st = lstatSync(specFile);
  } catch {
    return; // missing or unreadable: the load stage says so
  }
  if (!st.isFile()) {
    throw new UsageError(`refusing to check ${shownPath(specFile)}: it is ${KIND_WORDS[kindOf(st)]}, and the gate reads only a regular spec file`,
      'commit the spec itself, not a link to it');
  }
}

export async function runCheck(o: CheckOptions): Promise<CheckResult> {
  refuseLinkedSpec(o.spec);
  const placed = placeOutput(o.out, o.spec);
  const validated = await validateSpec(o.spec, placed.place);
  const { diagnostics } = validated;
  if (hasDeny(diagnostics)) {
    return { placed, validated, diagnostics, files: null, drift: null, glue: null, tools: [], missingRequired: [], passed: false };
  }
  const files = compileModel(validated.model);
  const committed = await readOutSnapshot(o.out);
  const expected = [...files, manifestFile(files, specFromTree(committed.target.abs, o.spec))];
  const drift = computeDrift(expected, committed, o.out.replace(/\/+$/, '') || o.out);
  const glue = glueCopy(validated.model, files, placed.root);
  const tools: ToolCheck[] = [];
  if (!o.skipTools) {
    const staging = withIo('create a temporary folder in', tmpdir(), () => mkdtempSync(join(tmpdir(), 'veilc-check-')));
    try {
      withIo('write', staging, () => writeTree(staging, files));
      for (const verify of VERIFIERS) tools.push(await verify(staging, o.verify));
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  const missingRequired = o.requireTools ? tools.filter((t) => !t.ran).map((t) => t.tool) : [];
  const passed = !hasDrift(drift) && glue?.matches !== false && tools.every((t) => !t.ran || t.ok) && missingRequired.length === 0;
  return { placed, validated, diagnostics, files, drift, glue, tools, missingRequired, passed };
}
