// The object store as the transition rules and the CHANGES runbook read it:
// its server pools (facts.erasure.pools: the top-level objectStore fields are
// the first pool, objectStore.pools the ones added after it), each with the
// spec paths of its layout and the StatefulSet that runs it, and the
// deployment-wide parity. A pool's identity across revisions is `first` for
// the first pool and its spec name for the others.
import type { SpecPath } from '../diagnostics/diagnostic.ts';
import type { Model } from './build-model.ts';

export interface MinioPool {
  /** Identity across revisions: `first`, or the pool's name in objectStore.pools. */
  id: string;
  /** The pool in the spec: ['objectStore'] or ['objectStore', 'pools', i]. */
  path: SpecPath;
  servers: number;
  drivesPerServer: number;
  driveSize: string;
  storageClass: string;
  /** The erasure set size MinIO chose when it formatted the pool; null when none fits. */
  setSize: number | null;
  statefulSet: { namespace: string; name: string };
  /** Where each layout value is written (an added pool without its own storageClass inherits objectStore's). */
  paths: { servers: SpecPath; drivesPerServer: SpecPath; driveSize: SpecPath; storageClass: SpecPath; erasure: SpecPath };
}

export interface MinioStore {
  namespace: string;
  name: string;
  /** MINIO_STORAGE_CLASS_STANDARD parity, deployment-wide. */
  parity: number;
  paths: { name: SpecPath; namespace: SpecPath; parity: SpecPath };
  pools: MinioPool[];
}

export function minioStore(model: Model): MinioStore | null {
  const os = model.spec.objectStore;
  const e = model.facts.erasure;
  if (!os || !e) return null;
  return {
    namespace: os.namespace,
    name: os.name,
    parity: e.parity,
    paths: { name: ['objectStore', 'name'], namespace: ['objectStore', 'namespace'], parity: ['objectStore', 'erasure', 'parity'] },
    pools: e.pools.map((p): MinioPool => {
      const added = p.index > 0 ? os.pools[p.index - 1]! : undefined;
      const at = (k: string): SpecPath => [...p.path, k];
      return {
        id: added ? added.name : 'first',
        path: p.path,
        servers: p.servers,
        drivesPerServer: p.drivesPerServer,
        driveSize: p.driveSize,
        storageClass: p.storageClass,
        setSize: p.setSize,
        statefulSet: { namespace: os.namespace, name: p.name },
        paths: {
          servers: at('servers'), drivesPerServer: at('drivesPerServer'), driveSize: at('driveSize'), erasure: at('erasure'),
          storageClass: added && added.storageClass === undefined ? ['objectStore', 'storageClass'] : at('storageClass'),
        },
      };
    }),
  };
}
