// MinIO: what a running deployment can take.
//  - A server pool's layout (servers, drives per server, and so the erasure
//    set size) is fixed when MinIO first formats its drives (format.json on
//    every drive records the sets); a deployment grows by adding a server
//    pool, never by widening one (MinIO docs "Expand a Distributed MinIO
//    Deployment", min.io/docs/minio/linux/operations/install-deploy-manage/expand-minio-deployment.html;
//    minio/minio discussion #12114: "you cannot change the configuration of
//    your existing one"). Removing a pool needs `mc admin decommission` first
//    (".../decommission-server-pool.html").
//  - MINIO_STORAGE_CLASS_STANDARD parity applies to objects written after the
//    change; existing objects keep the parity they were written with (MinIO
//    docs, "Erasure Code Settings", storage-class).
//  - Drives are claims named <template>-<statefulset>-<ordinal>: a StatefulSet
//    under another name or namespace starts on new, empty claims.
//  - A new pool changes every server's command line; servers on the new list
//    cannot use the drives of servers still on the old one, so all restart at
//    once (MinIO's expansion procedure; STORAGE.md "Add a server pool").
//  - Pools in another order: MinIO accepts it (poolMeta.validate in
//    cmd/erasure-server-pool-decom.go: "pool order is changing, its okay to
//    allow it"; tried on the pinned release, test/minio/pool-order.test.ts:
//    every object stays readable). It is a new command line all the same, so
//    every server restarts at once, as for a new pool.
import type { SpecPath } from '../../diagnostics/diagnostic.ts';
import { slug } from '../../emit/runbooks/markdown.ts';
import { CHANGES_HEADINGS as H, STORAGE_HEADINGS } from '../../emit/runbooks/headings.ts';
import type { Reason } from '../change.ts';
import type { FieldSource } from './kubernetes.ts';
import { minioStore, type MinioPool, type MinioStore } from '../../model/minio-pools.ts';
import { allowsVolumeExpansion } from './storage-classes.ts';
import { diffOf, type Rule, type TransitionContext, type Verdict } from './rule.ts';

export const RULE_POOL_LAYOUT = 'VEIL-CHANGE-010';
export const RULE_PARITY = 'VEIL-CHANGE-011';
export const RULE_POOL_REMOVED = 'VEIL-CHANGE-012';
export const RULE_STORE_MOVED = 'VEIL-CHANGE-013';
export const RULE_POOL_ADDED = 'VEIL-CHANGE-014';
export const RULE_POOL_ORDER = 'VEIL-CHANGE-015';

/** A reason on the pool's StatefulSet: its diff when it changed, else the StatefulSet as state. */
function onStatefulSet(t: TransitionContext, sts: { namespace: string; name: string }, ownerPath: SpecPath, reason: Reason): Verdict {
  const d = diffOf(t, 'StatefulSet', sts.namespace, sts.name);
  return d ? { target: { resource: d.key }, reason } : { target: { state: { kind: 'StatefulSet', namespace: sts.namespace, name: sts.name, file: null, ownerPath } }, reason };
}

// erasure.data is not compared: with the set size fixed, data + parity = set
// size, so another data is either a parity change (VEIL-CHANGE-011) or a spec
// whose sets do not fit, which the policy denies on its own (VEIL-MINIO-*).
function layoutChange(before: MinioPool, after: MinioPool): { path: SpecPath; what: string } | null {
  if (before.servers !== after.servers) return { path: after.paths.servers, what: `${before.servers} -> ${after.servers} servers` };
  if (before.drivesPerServer !== after.drivesPerServer) return { path: after.paths.drivesPerServer, what: `${before.drivesPerServer} -> ${after.drivesPerServer} drives per server` };
  if (before.setSize !== after.setSize) return { path: after.paths.erasure, what: `erasure sets of ${before.setSize ?? 'no valid size'} -> ${after.setSize ?? 'no valid size'} drives` };
  return null;
}

function poolLabel(p: MinioPool): string {
  return `${p.id === 'first' ? 'the first server pool' : `server pool ${p.id}`} (StatefulSet ${p.statefulSet.name})`;
}

function sameStore(a: MinioStore, b: MinioStore): boolean {
  return a.namespace === b.namespace && a.name === b.name;
}

/** VEIL-CHANGE-010..015: pool layouts, parity, removed pools and moves, pool by pool (model/minio-pools.ts). */
export const minioRule: Rule = (t) => {
  const base = t.base.model && minioStore(t.base.model);
  const next = minioStore(t.next.model);
  if (!base || !next) return [];
  const out: Verdict[] = [];
  if (!sameStore(base, next)) {
    const path = base.name !== next.name ? next.paths.name : next.paths.namespace;
    const text = `the object store moves from ${base.namespace}/${base.name} to ${next.namespace}/${next.name}: Flux prunes the old StatefulSet and creates one that starts on new, empty drives`;
    for (const p of base.pools) {
      out.push(onStatefulSet(t, p.statefulSet, path, {
        action: 'procedure', rule: RULE_STORE_MOVED, specPath: path, procedure: slug(H.recreateStore),
        text, kept: 'the old drives (claims are retained: persistentVolumeClaimRetentionPolicy whenDeleted Retain) and their data, no longer served', lost: 'every object, until it is copied over (mc mirror)',
      }));
    }
    return out;
  }
  const after = new Map(next.pools.map((p) => [p.id, p]));
  for (const b of base.pools) {
    const a = after.get(b.id);
    if (!a) {
      // the steps are in the CHANGES.md compiled from the deployed spec, which still has this pool
      out.push(onStatefulSet(t, b.statefulSet, ['objectStore'], {
        action: 'procedure', rule: RULE_POOL_REMOVED, specPath: ['objectStore'],
        text: `${poolLabel(b)} is removed: MinIO still holds objects there; decommission it (mc admin decommission start) and wait until it completes before the servers go`,
        hint: `decommission the pool before this change is deployed: "${H.decommission}" in the CHANGES.md of the deployed revision`,
      }));
      continue;
    }
    const layout = layoutChange(b, a);
    if (layout) {
      out.push(onStatefulSet(t, a.statefulSet, a.path, {
        action: 'forbidden', rule: RULE_POOL_LAYOUT, refusedBy: 'minio', specPath: layout.path, procedure: slug(H.recreateStore),
        text: `${poolLabel(a)}: ${layout.what}. MinIO fixed this pool's layout (${b.servers} servers x ${b.drivesPerServer} drives, erasure sets of ${b.setSize ?? '?'}) when it formatted the drives, and will not start on a different one. Add a server pool instead, or recreate the store and copy the data`,
      }));
    }
  }
  const before = new Set(base.pools.map((p) => p.id));
  for (const a of next.pools.filter((p) => !before.has(p.id))) {
    out.push(onStatefulSet(t, a.statefulSet, a.path, {
      action: 'create', rule: RULE_POOL_ADDED, specPath: a.path,
      text: `${poolLabel(a)} is added: every server's command line now lists ${next.pools.length} pools, and a server on the new list cannot use the drives of servers still on the old one; restart every MinIO server at once rather than let the StatefulSets roll`,
      hint: `follow STORAGE.md "${STORAGE_HEADINGS.addPool}" when Flux has applied it`,
    }));
  }
  // pools on both sides, in each side's order: a pool whose place among them changed moved
  const stayed = base.pools.filter((b) => after.has(b.id));
  const kept = next.pools.filter((a) => before.has(a.id));
  for (const a of kept.filter((p, i) => stayed[i]!.id !== p.id)) {
    out.push(onStatefulSet(t, a.statefulSet, a.path, {
      action: 'update', rule: RULE_POOL_ORDER, specPath: a.path,
      text: `${poolLabel(a)} moves to place ${next.pools.indexOf(a) + 1} on the server command line: MinIO accepts pools in another order and keeps every object, but servers with different pool lists cannot form one deployment; restart every MinIO server at once rather than let the StatefulSets roll`,
      hint: `restart the servers as in STORAGE.md "${STORAGE_HEADINGS.addPool}" when Flux has applied it`,
    }));
  }
  if (base.parity !== next.parity) {
    for (const p of next.pools) {
      out.push(onStatefulSet(t, p.statefulSet, p.path, {
        action: 'update', rule: RULE_PARITY, specPath: next.paths.parity,
        text: `parity EC:${base.parity} -> EC:${next.parity} (MINIO_STORAGE_CLASS_STANDARD) applies only to objects written from now on; existing objects keep EC:${base.parity} and its failure tolerance until they are rewritten`,
      }));
    }
  }
  return out;
};

/** Where the fields of a pool's StatefulSet come from in the spec (for the Kubernetes rules). */
export const minioFieldSource: FieldSource = (t, r, field) => {
  const store = minioStore(t.next.model);
  const pool = store?.pools.find((p) => p.statefulSet.namespace === r.namespace && p.statefulSet.name === r.name);
  if (!store || !pool) return null;
  const grow = allowsVolumeExpansion(pool.storageClass) === false ? slug(H.recreateStore) : slug(H.growClaims);
  if (/^spec\.volumeClaimTemplates\[\d+\]\.spec\.resources\.requests\.storage$/.test(field)) return { path: pool.paths.driveSize, procedure: grow };
  if (/^spec\.volumeClaimTemplates\[\d+\]\.spec\.storageClassName$/.test(field)) return { path: pool.paths.storageClass, procedure: slug(H.recreateStore) };
  if (/^spec\.volumeClaimTemplates/.test(field)) return { path: pool.paths.drivesPerServer, procedure: slug(H.recreateStore) };
  if (/^spec\.(serviceName|selector)/.test(field)) return { path: store.paths.name, procedure: slug(H.recreateStore) };
  return { path: pool.path, procedure: slug(H.recreateStore) };
};
