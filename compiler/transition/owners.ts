// Which part of the spec a compiled object comes from, by the Flux folder it
// is compiled into (compiler/emit/flux/layout.ts). A finding about an object
// points there when no rule names a more precise spec value.
import type { SpecPath } from '../diagnostics/diagnostic.ts';
import { FOLDER, fluxOutDir, type KustomizationName } from '../emit/flux/layout.ts';
import type { Model } from '../model/build-model.ts';
import type { Resource } from './resources.ts';

const BY_FOLDER: Record<KustomizationName, SpecPath> = {
  sources: ['versions', 'charts'],
  'infra-controllers': ['loadBalancer'],
  'infra-configs': ['loadBalancer', 'pools'],
  monitoring: ['monitoring'],
  storage: ['objectStore'],
};

/** The spec path a compiled object comes from (its component, or the pool for MetalLB objects). */
export function ownerPath(model: Model, r: Pick<Resource, 'kind' | 'name' | 'file'>): SpecPath {
  const root = `${fluxOutDir(model.spec)}/`;
  // a tree compiled under another cluster name: strip whatever flux/<name>/ it had
  const rel = r.file.startsWith(root) ? r.file.slice(root.length) : r.file.replace(/^flux\/[^/]+\//, '');
  if (!rel.includes('/') || rel.startsWith('bootstrap/')) return ['flux'];
  for (const [name, folder] of Object.entries(FOLDER) as [KustomizationName, string][]) {
    if (!rel.startsWith(`${folder}/`)) continue;
    if (name === 'infra-controllers') return rel.endsWith('/ingress-nginx.yaml') ? ['ingress'] : ['loadBalancer'];
    if (name === 'infra-configs') {
      const i = (model.spec.loadBalancer?.pools ?? []).findIndex((p) => p.name === r.name);
      return i < 0 ? ['loadBalancer', 'pools'] : ['loadBalancer', 'pools', i];
    }
    return BY_FOLDER[name];
  }
  return [];
}
