// The Kubernetes objects of a compiled tree, by identity. Identity is what the
// API server keys an object by: API group, kind, namespace and name (a new API
// version of the same group is the same object). kustomize's own
// kustomization.yaml files (kustomize.config.k8s.io) configure a build and
// never reach the cluster, so they are not resources.
import { CORE_SCHEMA, loadAll } from 'js-yaml';
import type { OutputFile } from '../emit/output.ts';

export interface Resource {
  apiVersion: string;
  kind: string;
  /** '' for cluster-scoped objects (Namespace). */
  namespace: string;
  name: string;
  /** out/-relative path of the file that holds it. */
  file: string;
  object: Record<string, unknown>;
}

export interface ResourceSet {
  /** identity key -> resource */
  byKey: Map<string, Resource>;
  /** Documents that could not be read (a hand-edited or broken tree), as `file: problem`. */
  unreadable: string[];
}

const NOT_DEPLOYED = new Set(['kustomize.config.k8s.io']);

/** `apps/v1` -> `apps`; `v1` (the core group) -> ''. */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** The identity the API server keys an object by: `group|kind|namespace|name`. */
export function resourceKey(r: Pick<Resource, 'apiVersion' | 'kind' | 'namespace' | 'name'>): string {
  return `${apiGroup(r.apiVersion)}|${r.kind}|${r.namespace}|${r.name}`;
}

/** Every object of every YAML file under flux/ (the only part of out/ Flux applies). */
export function resourcesOf(files: readonly OutputFile[]): ResourceSet {
  const byKey = new Map<string, Resource>();
  const unreadable: string[] = [];
  for (const f of files) {
    if (!f.path.startsWith('flux/') || !/\.ya?ml$/.test(f.path)) continue;
    // js-yaml: ~10x faster than the yaml package here, and positions are not needed
    let docs: unknown[];
    try {
      docs = loadAll(f.content, { schema: CORE_SCHEMA });
    } catch (e) {
      unreadable.push(`${f.path}: ${(e as Error).message.split('\n')[0]}`);
      continue;
    }
    for (const doc of docs) {
      const obj = doc as Record<string, unknown> | null;
      if (!obj || typeof obj !== 'object' || Array.isArray(obj)) continue;
      const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : '';
      const kind = typeof obj.kind === 'string' ? obj.kind : '';
      const meta = (obj.metadata ?? {}) as { name?: unknown; namespace?: unknown };
      if (NOT_DEPLOYED.has(apiGroup(apiVersion))) continue;
      if (!apiVersion || !kind || typeof meta.name !== 'string') { unreadable.push(`${f.path}: a document without apiVersion, kind or metadata.name`); continue; }
      const r: Resource = { apiVersion, kind, namespace: typeof meta.namespace === 'string' ? meta.namespace : '', name: meta.name, file: f.path, object: obj };
      byKey.set(resourceKey(r), r);
    }
  }
  return { byKey, unreadable };
}
