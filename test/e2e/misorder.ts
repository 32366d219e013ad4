// Deliberately mis-ordered trees, for tests of the tier itself: the compiled
// tree with the Flux dependency order changed, the way a hand edit (or an
// older veilc) could get it wrong. veilc never emits these.
import { parse, stringify } from 'yaml';
import type { KustomizationName } from '../../compiler/emit/flux/layout.ts';
import type { OutputFile } from '../../compiler/emit/output.ts';
import type { TreeEdit } from './workspace.ts';

/** Sets `spec.dependsOn` of each named Flux Kustomization (flux/CLUSTER/NAME.yaml). */
export function reorder(dependsOn: Partial<Record<KustomizationName, KustomizationName[]>>): TreeEdit {
  return (files: OutputFile[]) => {
    const seen = new Set<string>();
    const out = files.map((f) => {
      const m = /^flux\/[^/]+\/([^/]+)\.yaml$/.exec(f.path);
      if (!m || !(m[1]! in dependsOn)) return f;
      const o = parse(f.content);
      if (o?.kind !== 'Kustomization') return f;
      seen.add(m[1]!);
      const deps = dependsOn[m[1] as KustomizationName]!;
      if (deps.length) o.spec.dependsOn = deps.map((name) => ({ name }));
      else delete o.spec.dependsOn;
      return { path: f.path, content: stringify(o) };
    });
    const missing = Object.keys(dependsOn).filter((n) => !seen.has(n));
    if (missing.length) throw new Error(`no Kustomization ${missing.join(', ')} in the tree`);
    return out;
  };
}

/**
 * The ingress controller (a Kustomization that waits) before the address
 * pool: under Helm 3's wait its release waits for a LoadBalancer address that
 * only the pool, applied after it, can give.
 */
export const ingressBeforePool = reorder({ 'infra-ingress': ['infra-controllers'], 'infra-configs': ['infra-ingress'] });

/**
 * The address pool before MetalLB: the pool's kinds do not exist until the
 * MetalLB chart installs its CRDs, which now waits for the pool. Deadlocks
 * under any wait strategy.
 */
export const poolBeforeMetallb = reorder({ 'infra-configs': ['sources'], 'infra-controllers': ['infra-configs'] });
