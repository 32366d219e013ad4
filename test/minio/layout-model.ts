// veil.spec.yaml with the object store laid out as a test asks, and each
// pool's compiled MinIO argument read from the Flux output: what the real
// MinIO tests start their servers with.
import { parse } from 'yaml';
import { emitFlux } from '../../compiler/emit/flux/emit-flux.ts';
import type { Model } from '../../compiler/model/build-model.ts';
import { modelFromData, rawSpec } from '../fixtures/fixtures.ts';
import type { PoolOfArgs } from './deployment.ts';

export interface PoolLayout { servers: number; drivesPerServer: number; data: number }

const NODES = ['meteor-1', 'meteor-2', 'meteor-3', 'meteor-4'];

/**
 * veil.spec.yaml with the first pool and then the added pools in the order
 * given (named b, c, ... unless `names` says otherwise), parity EC:2.
 */
export function layoutModel(pools: PoolLayout[], driveSize = '10Gi', names?: string[]): Model {
  const raw = rawSpec('veil');
  raw.nodes.push({ name: 'meteor-4', address: '192.168.0.204', role: 'agent' });
  const [first, ...more] = pools as [PoolLayout, ...PoolLayout[]];
  Object.assign(raw.objectStore, {
    servers: first.servers, drivesPerServer: first.drivesPerServer, driveSize, erasure: { data: first.data, parity: 2 },
    nodes: NODES.slice(0, first.servers), require: { nodeFailures: 1 },
    pools: more.map((p, i) => ({ name: names?.[i] ?? String.fromCharCode(98 + i), servers: p.servers, drivesPerServer: p.drivesPerServer, driveSize, erasure: { data: p.data }, nodes: NODES.slice(0, p.servers) })),
  });
  return modelFromData(raw);
}

/** Each pool's compiled argument, from the StatefulSet the Flux output really contains. */
export function compiledPools(m: Model): PoolOfArgs[] {
  const sts = emitFlux(m).filter((f) => f.path.endsWith('minio-statefulset.yaml')).flatMap((f) => f.content.split(/^---$/m).map((d) => parse(d)).filter(Boolean));
  const args = sts[0].spec.template.spec.containers[0].args as string[];
  return m.facts.erasure!.pools.map((p, i) => ({ name: p.name, servers: p.servers, arg: args[5 + i]! }));
}
