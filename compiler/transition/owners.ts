// Which part of the spec a compiled object comes from, by the Flux folder it
// is compiled into (compiler/emit/flux/layout.ts). A finding about an object
// points there when no rule names a more precise spec value.
import type { SpecPath } from '../diagnostics/diagnostic.ts';
import { FOLDER, type KustomizationName } from '../emit/flux/layout.ts';
import type { Model } from '../model/build-model.ts';
import type { Resource } from './resources.ts';

const BY_FOLDER: Record<KustomizationName, SpecPath> = {
  sources: ['versions', 'charts'],
  'infra-controllers': ['loadBalancer'],
  'infra-configs': ['loadBalancer'],
  'infra-ingress': ['ingress'],
  'gateway-api': ['ingress'],
  'infra-gateway': ['ingress'],
  gateway: ['ingress'],
  monitoring: ['monitoring'],
  storage: ['objectStore'],
};

/** The spec path a compiled object comes from (its component, or the pool for MetalLB objects). */
export function ownerPath(model: Model, r: Pick<Resource, 'kind' | 'name' | 'file'>): SpecPath {
  const rel = r.file.replace(/^flux\/[^/]+\//, '');
  if (!rel.includes('/') || rel.startsWith('bootstrap/')) return ['flux'];
  const name = stageOf(r.file);
  if (name) {
    if (name === 'infra-configs') {
      const i = (model.spec.loadBalancer?.pools ?? []).findIndex((p) => p.name === r.name);
      if (i >= 0) return ['loadBalancer', 'pools', i];
    }
    return BY_FOLDER[name];
  }
  return [];
}

/**
 * The Flux Kustomization (stage) that applies a compiled file, by its folder
 * under flux/<cluster>/ (whatever the cluster was called); null for the entry
 * folder and the bootstrap glue.
 */
export function stageOf(file: string): KustomizationName | null {
  const rel = file.replace(/^flux\/[^/]+\//, '');
  const hit = (Object.entries(FOLDER) as [KustomizationName, string][]).find(([, folder]) => rel.startsWith(`${folder}/`));
  return hit ? hit[0] : null;
}
