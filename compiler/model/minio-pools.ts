// The object store as a list of server pools, each with its own servers,
// drives, size, class and erasure set size, and the StatefulSet that runs it:
// the seam the transition rules (compiler/transition/rules/minio.ts) and the
// CHANGES runbook read. Today's spec has one pool (the objectStore itself);
// when the spec grows explicit pools, only this function changes.
import type { SpecPath } from '../diagnostics/diagnostic.ts';
import type { Model } from './build-model.ts';

export interface MinioPool {
  /** Identity across revisions: a pool keeps it as long as it exists. */
  id: string;
  /** The pool in the spec (for the single pool, objectStore itself). */
  path: SpecPath;
  servers: number;
  drivesPerServer: number;
  driveSize: string;
  storageClass: string;
  /** The erasure set size MinIO chose when it formatted the pool; null when none fits. */
  setSize: number | null;
  statefulSet: { namespace: string; name: string };
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
  const at = (k: string): SpecPath => ['objectStore', k];
  return {
    namespace: os.namespace,
    name: os.name,
    parity: os.erasure.parity,
    paths: { name: at('name'), namespace: at('namespace'), parity: ['objectStore', 'erasure', 'parity'] },
    pools: [{
      id: '1',
      path: ['objectStore'],
      servers: os.servers,
      drivesPerServer: os.drivesPerServer,
      driveSize: os.driveSize,
      storageClass: os.storageClass,
      setSize: e.setSize,
      statefulSet: { namespace: os.namespace, name: os.name },
      paths: { servers: at('servers'), drivesPerServer: at('drivesPerServer'), driveSize: at('driveSize'), storageClass: at('storageClass'), erasure: at('erasure') },
    }],
  };
}
