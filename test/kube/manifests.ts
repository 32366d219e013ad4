// The Kubernetes objects of a compiled tree, one per YAML document, with
// where each came from, for tests that send them to a real API server.
import { parseAllDocuments } from 'yaml';
import type { OutputFile } from '../../compiler/emit/output.ts';

export interface ManifestDocument {
  /** Path of the compiled file, relative to out/ (e.g. `flux/veil/platform/storage/minio-statefulset.yaml`). */
  file: string;
  /** 0-based index of the document in that file. */
  index: number;
  apiVersion: string;
  kind: string;
  name: string;
  /** metadata.namespace as compiled (absent for cluster-scoped kinds, or when the applier decides). */
  namespace: string | undefined;
  /** The object as plain data. */
  object: Record<string, any>;
}

/** `flux/veil/sources.yaml#0 Kustomization flux-system/sources` */
export function describeDocument(d: ManifestDocument): string {
  return `${d.file}#${d.index} ${d.kind} ${d.namespace ? `${d.namespace}/` : ''}${d.name}`;
}

/** kustomization.yaml files configure kustomize; they are not API objects. */
function isKustomizeConfig(o: Record<string, any>): boolean {
  return typeof o.apiVersion === 'string' && o.apiVersion.startsWith('kustomize.config.k8s.io/');
}

/**
 * Every Kubernetes object in the `.yaml` files under `flux/` of a compiled
 * tree (the files `veilc compile` writes), in file order. Throws on a
 * document that is not YAML or lacks apiVersion, kind or metadata.name: the
 * emitters never write such a thing.
 */
export function manifestDocuments(files: readonly OutputFile[]): ManifestDocument[] {
  const out: ManifestDocument[] = [];
  for (const f of files) {
    if (!f.path.startsWith('flux/') || !f.path.endsWith('.yaml')) continue;
    parseAllDocuments(f.content).forEach((doc, index) => {
      if (doc.errors.length) throw new Error(`${f.path}#${index}: ${doc.errors[0]!.message}`);
      const object = doc.toJS() as Record<string, any> | null;
      if (object === null || isKustomizeConfig(object)) return;
      const { apiVersion, kind } = object;
      const name = object.metadata?.name;
      if (typeof apiVersion !== 'string' || typeof kind !== 'string' || typeof name !== 'string') {
        throw new Error(`${f.path}#${index}: not a Kubernetes object (apiVersion, kind, metadata.name)`);
      }
      out.push({ file: f.path, index, apiVersion, kind, name, namespace: object.metadata.namespace, object });
    });
  }
  return out;
}

/** A copy of `d` whose object `edit` changed (the original stays as it was). */
export function editDocument(d: ManifestDocument, edit: (object: Record<string, any>) => void): ManifestDocument {
  const object = structuredClone(d.object);
  edit(object);
  return { ...d, object, apiVersion: object.apiVersion, kind: object.kind, name: object.metadata?.name, namespace: object.metadata?.namespace };
}

/** The one document of `kind` named `name` (throws when there is not exactly one). */
export function findDocument(docs: readonly ManifestDocument[], kind: string, name: string): ManifestDocument {
  const hits = docs.filter((d) => d.kind === kind && d.name === name);
  if (hits.length !== 1) throw new Error(`expected one ${kind} ${name}, found ${hits.length}`);
  return hits[0]!;
}
