// What a reconciled cluster must look like, read from the API server and
// judged against the model: each entry point's (and the object store's)
// LoadBalancer Service has the spec's address from MetalLB; every
// StatefulSet is Ready; each MinIO server runs on a node its pool allows, one
// per node, with every drive's claim Bound to a volume on that node; every
// claim the tree makes without an operator exists and no claim is left
// Pending. Each check returns problems as sentences (empty = good).
import type { Model } from '../../compiler/model/build-model.ts';
import type { E2ECluster } from './cluster.ts';
import type { Reconciler } from './reconcile.ts';
import { claims } from './seed.ts';

/** The LoadBalancer addresses the spec asks for: entry points (in their namespaces) and a dedicated object-store address. */
export function expectedAddresses(model: Model): { what: string; namespace: string | null; address: string }[] {
  const out = model.facts.ingress.map((e) => ({ what: `${e.role} entry point (${e.controller})`, namespace: e.namespace as string | null, address: e.address }));
  const os = model.spec.objectStore;
  if (os?.exposure.mode === 'loadBalancer' && os.exposure.address) out.push({ what: 'object store', namespace: os.namespace, address: os.exposure.address });
  return out;
}

/** Every LoadBalancer Service has an address, and each address the spec asks for is held by a Service in the right namespace. */
export async function addressProblems(cluster: E2ECluster, model: Model): Promise<string[]> {
  const services = (await cluster.list('/api/v1/services')).filter((s) => s.spec.type === 'LoadBalancer');
  const problems: string[] = [];
  const ipOf = (s: any): string[] => (s.status?.loadBalancer?.ingress ?? []).map((i: any) => i.ip);
  for (const s of services) {
    if (!ipOf(s).length) problems.push(`Service ${s.metadata.namespace}/${s.metadata.name} (LoadBalancer) has no address`);
  }
  for (const e of expectedAddresses(model)) {
    const holders = services.filter((s) => ipOf(s).includes(e.address));
    if (!holders.length) problems.push(`no LoadBalancer Service has ${e.address}, the ${e.what}'s address`);
    else if (e.namespace && !holders.some((s) => s.metadata.namespace === e.namespace)) {
      problems.push(`${e.address} (${e.what}) went to ${holders.map((s) => `${s.metadata.namespace}/${s.metadata.name}`).join(', ')}, not to a Service in ${e.namespace}`);
    }
  }
  return problems;
}

/** Every StatefulSet has all replicas Ready at its current revision. */
export async function statefulSetProblems(cluster: E2ECluster): Promise<string[]> {
  const problems: string[] = [];
  for (const s of await cluster.list('/apis/apps/v1/statefulsets')) {
    const want = s.spec.replicas ?? 1;
    const ready = s.status?.readyReplicas ?? 0;
    if (ready !== want || s.status?.observedGeneration !== s.metadata.generation) {
      problems.push(`StatefulSet ${s.metadata.namespace}/${s.metadata.name}: ${ready}/${want} Ready (observed generation ${s.status?.observedGeneration ?? 'none'} of ${s.metadata.generation})`);
    }
  }
  return problems;
}

/** The node a local PersistentVolume lives on (its required node affinity on kubernetes.io/hostname). */
function volumeNode(pv: any): string | null {
  for (const term of pv?.spec?.nodeAffinity?.required?.nodeSelectorTerms ?? []) {
    for (const m of term.matchExpressions ?? []) if (m.key === 'kubernetes.io/hostname' && m.operator === 'In' && m.values?.length === 1) return m.values[0];
  }
  return null;
}

/**
 * Each MinIO pool's servers: pod NAME-i runs on a node of the pool's `nodes`,
 * no two on one node, and each of its drives' claims is Bound to a volume on
 * that same node. Also: no claim anywhere is left unbound.
 */
export async function placementProblems(cluster: E2ECluster, model: Model): Promise<string[]> {
  const problems: string[] = [];
  const pvcs = await cluster.list('/api/v1/persistentvolumeclaims');
  const pvs = new Map((await cluster.list('/api/v1/persistentvolumes')).map((pv) => [pv.metadata.name, pv]));
  for (const c of pvcs) if (c.status?.phase !== 'Bound') problems.push(`claim ${c.metadata.namespace}/${c.metadata.name} is ${c.status?.phase ?? 'not bound'}`);
  // the claims a chart makes directly (Grafana's): one of the spec's size and class in the component's namespace
  const m = model.spec.monitoring;
  for (const c of claims(model).filter((x) => !x.byOperator && !x.owner.startsWith('minio '))) {
    const found = pvcs.some((p) => p.metadata.namespace === m?.namespace && p.spec.storageClassName === c.storageClass && p.spec.resources?.requests?.storage === c.size);
    if (!found) problems.push(`no ${c.size} ${c.storageClass} claim for ${c.owner} in ${m?.namespace}`);
  }
  const os = model.spec.objectStore;
  if (!os) return problems;
  const pods = new Map((await cluster.list(`/api/v1/namespaces/${os.namespace}/pods`)).map((p) => [p.metadata.name, p]));
  for (const pool of model.facts.erasure?.pools ?? []) {
    const used = new Map<string, string>();
    for (let i = 0; i < pool.servers; i++) {
      const name = `${pool.name}-${i}`;
      const pod = pods.get(name);
      const node: string | undefined = pod?.spec?.nodeName;
      if (!node) {
        problems.push(`MinIO server ${os.namespace}/${name} is not scheduled`);
        continue;
      }
      if (!pool.nodes.includes(node)) problems.push(`MinIO server ${name} runs on ${node}, which pool ${pool.name} does not allow (${pool.nodes.join(', ')})`);
      if (used.has(node)) problems.push(`MinIO servers ${used.get(node)} and ${name} share node ${node}`);
      used.set(node, name);
      const claims = (pod.spec.volumes ?? []).filter((v: any) => v.persistentVolumeClaim).map((v: any) => v.persistentVolumeClaim.claimName as string);
      if (claims.length !== pool.drivesPerServer) problems.push(`MinIO server ${name} has ${claims.length} claims, not ${pool.drivesPerServer} drives`);
      for (const claimName of claims) {
        const claim = pvcs.find((c) => c.metadata.namespace === os.namespace && c.metadata.name === claimName);
        const pv = claim?.spec?.volumeName ? pvs.get(claim.spec.volumeName) : undefined;
        if (!pv) problems.push(`claim ${claimName} of ${name} has no volume`);
        else if (volumeNode(pv) !== node) problems.push(`claim ${claimName} of ${name} (on ${node}) is bound to a volume on ${volumeNode(pv)}`);
        else if (claim.spec.storageClassName !== pool.storageClass) problems.push(`claim ${claimName} has class ${claim.spec.storageClassName}, pool ${pool.name} asks for ${pool.storageClass}`);
      }
    }
  }
  return problems;
}

/** Every problem of the three checks. */
export async function outcomeProblems(cluster: E2ECluster, model: Model): Promise<string[]> {
  return [...(await addressProblems(cluster, model)), ...(await statefulSetProblems(cluster)), ...(await placementProblems(cluster, model))];
}

/** The tier's verdict on one reconcile. */
export interface Verdict {
  ok: boolean;
  /** From bootstrap (or the last push) to the end of the judgement, ms. */
  elapsedMs: number;
  /** Objects not Ready, or outcome problems; empty when ok. */
  problems: string[];
}

/**
 * Judges the reconcile of the last commit: every Kustomization and
 * HelmRelease Ready at that revision within `boundMs`, then (workloads of a
 * Kustomization without `wait` may lag) the outcome checks pass within what
 * is left of the bound.
 */
export async function judge(r: Reconciler, boundMs: number): Promise<Verdict> {
  const end = Date.now() + boundMs;
  const report = await r.awaitReady(boundMs);
  if (!report.ready) return { ok: false, elapsedMs: report.elapsedMs, problems: report.pending };
  for (;;) {
    const problems = await outcomeProblems(r.cluster, r.workspace.model);
    if (!problems.length || Date.now() > end) return { ok: !problems.length, elapsedMs: r.elapsedMs(), problems };
    await new Promise((res) => setTimeout(res, 2000));
  }
}
