// What the Flux output cannot express, as findings at the spec line, so the
// pipeline can deny before emitting instead of compiling something that lies.
//
// A MinIO pool's StatefulSet name over 52 characters (VEIL-FLUX-005): the
// StatefulSet controller labels each pod controller-revision-hash=NAME-HASH
// with a 10-character hash, a label value may have at most 63 characters, and
// the API server refuses every pod (kubernetes/kubernetes#64023, open; the
// name itself is valid, so nothing else catches it). Pool names are appended
// to objectStore.name, so this is the pools' own length limit.
//
// (VEIL-FLUX-001, per-node drive sizes, is gone with objectStore.driveSizeOverrides:
// see compiler/schema/removed-keys.ts.)
//
// Where Flux bootstrap and the compiled tree live in Git (VEIL-FLUX-002..004, 006):
// bootstrap commits its own manifests under <bootstrapPath>/flux-system/ and
// its Kustomization (named after the Flux namespace, prune: true) syncs
// <bootstrapPath>. Inside out/, a compile would delete them and Flux would
// prune its own controllers. Overlapping the compiled entry folder, one
// Kustomization would apply the other's files: a folder without a
// kustomization.yaml is applied with every manifest below it (Flux docs,
// Kustomization ".spec.path"), and a folder with one would hide flux-system/
// or the glue file. The glue Kustomization is named after the cluster, so
// that name must not be taken by another Kustomization in the Flux namespace.
// A flux.path other than where the compile writes the tree (model.place) is
// only a warning: the tree may be published there by other means.
import { posix } from 'node:path';
import type { Finding } from '../../diagnostics/diagnostic.ts';
import type { Model } from '../../model/build-model.ts';
import { compiledFluxGitPath, defaultBootstrapPath, fluxBootstrapPath, fluxGitPath, fluxLayout, outGitDir } from './layout.ts';

export const RULE_BOOTSTRAP_IN_OUT = 'VEIL-FLUX-002';
export const RULE_BOOTSTRAP_OVERLAP = 'VEIL-FLUX-003';
export const RULE_GLUE_NAME = 'VEIL-FLUX-004';
export const RULE_STATEFULSET_NAME = 'VEIL-FLUX-005';
export const RULE_PATH_ELSEWHERE = 'VEIL-FLUX-006';

/** Longest StatefulSet name whose pods Kubernetes can label (63 - '-' - 10-character revision hash). */
export const MAX_STATEFULSET_NAME = 52;

/** Everything the pipeline denies before emitting Flux output. */
export function fluxFindings(model: Model): Finding[] {
  return [...outputRefusals(model), ...layoutFindings(model)];
}

/** What the emitted manifests themselves cannot express: emitFlux refuses to run on these. */
export function outputRefusals(model: Model): Finding[] {
  return statefulSetNames(model);
}

function statefulSetNames(model: Model): Finding[] {
  const os = model.spec.objectStore;
  const pools = model.facts.erasure?.pools ?? [];
  if (!os) return [];
  return pools.filter((p) => p.name.length > MAX_STATEFULSET_NAME).map((p): Finding => ({
    rule: RULE_STATEFULSET_NAME,
    severity: 'deny',
    path: p.index === 0 ? ['objectStore', 'name'] : [...p.path, 'name'],
    message: `the StatefulSet name ${p.name} has ${p.name.length} characters: Kubernetes labels each of its pods controller-revision-hash=${p.name}-<10-character hash>, a label value has at most 63 characters, so no server of this pool would ever start`,
    hint: `keep ${p.index === 0 ? 'objectStore.name' : 'objectStore.name, a dash and the pool name'} within ${MAX_STATEFULSET_NAME} characters`,
  }));
}

/** Repository path as segments: `./a/b/`, `a/./b` and `a/b` are the same folder. */
function segments(p: string): string[] {
  return posix.normalize(p).split('/').filter((x) => x !== '' && x !== '.');
}

/** a is b or a folder below it. */
function within(a: string, b: string): boolean {
  const sa = segments(a), sb = segments(b);
  return sb.length <= sa.length && sb.every((x, i) => x === sa[i]);
}

/** Where the bootstrap path and the glue Kustomization sit in Git: valid manifests, but a repository layout that breaks Flux. */
export function layoutFindings(model: Model): Finding[] {
  const { spec } = model;
  const boot = fluxBootstrapPath(spec), entry = fluxGitPath(model), out = outGitDir(model);
  // blame the value the user wrote (defaults never collide with each other)
  const bootAt = spec.flux.bootstrapPath !== undefined ? ['flux', 'bootstrapPath'] : ['flux', 'path'];
  const findings: Finding[] = [];
  if (within(boot, out)) {
    findings.push({
      rule: RULE_BOOTSTRAP_IN_OUT,
      severity: 'deny',
      path: ['flux', 'bootstrapPath'],
      message: `the Flux bootstrap path ${boot} is inside ${out}/, which \`veilc compile\` replaces wholesale: the next compile would delete the flux-system manifests bootstrap commits there, and Flux would prune its own controllers`,
      hint: `remove flux.bootstrapPath (default ${defaultBootstrapPath(spec)}) or choose a folder outside ${out}/`,
    });
  } else if (within(boot, entry) || within(entry, boot)) {
    findings.push({
      rule: RULE_BOOTSTRAP_OVERLAP,
      severity: 'deny',
      path: bootAt,
      message: segments(boot).join('/') === segments(entry).join('/')
        ? `the Flux bootstrap path and the compiled entry path are the same folder (${entry}): the flux-system Kustomization and the Kustomization ${spec.cluster.name} would both sync it`
        : `the Flux bootstrap path ${boot} and the compiled entry path ${entry} overlap: the Kustomization that syncs the outer folder would also apply the files of the inner one`,
      hint: `keep them apart, as in Flux's repository layout: remove flux.path and flux.bootstrapPath for the defaults, ${compiledFluxGitPath(model)} (the compiled tree) and ${defaultBootstrapPath(spec)} (bootstrap)`,
    });
  }
  if (spec.flux.path !== undefined && segments(entry).join('/') !== segments(compiledFluxGitPath(model)).join('/')) {
    findings.push({
      rule: RULE_PATH_ELSEWHERE,
      severity: 'warn',
      path: ['flux', 'path'],
      message: `flux.path is ${entry}, but this compile writes the Flux tree to ${compiledFluxGitPath(model)} (from the Git repository root): the Kustomization ${spec.cluster.name} would sync ${entry}, which holds no compiled tree unless you publish it there`,
      hint: `remove flux.path (the default follows --out: ${compiledFluxGitPath(model)}), or compile with the --out that puts the tree at ${entry}`,
    });
  }
  const taken = [spec.flux.namespace, ...fluxLayout(model).map((k) => k.name)];
  if (taken.includes(spec.cluster.name)) {
    findings.push({
      rule: RULE_GLUE_NAME,
      severity: 'deny',
      path: ['cluster', 'name'],
      message: `the cluster name ${spec.cluster.name} is also the name of ${spec.cluster.name === spec.flux.namespace ? "Flux bootstrap's own Kustomization (named after the Flux namespace)" : 'a compiled Flux Kustomization'}: the Kustomization that syncs the compiled tree is named after the cluster, and two Kustomizations cannot share a name in ${spec.flux.namespace}`,
      hint: `rename the cluster (cluster.name); the Kustomization names ${taken.join(', ')} are taken`,
    });
  }
  return findings;
}

/** Thrown by emitFlux when the model has a refusal the pipeline did not stop at. */
export class FluxRefusal extends Error {
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => `${f.rule} ${f.path.join('.')}: ${f.message}`).join('\n'));
    this.name = 'FluxRefusal';
  }
}
