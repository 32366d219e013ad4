// The facts of the MinIO deployment: its server pools (the top-level
// objectStore fields are the first, objectStore.pools the ones added after),
// each with its own erasure sets, quorums and capacity; the deployment-wide
// parity; totals; what losing each node does; and the computed fixes the
// policies may offer. Pure: no I/O.
//
// MinIO facts (pinned release, see erasure.ts for the per-pool geometry):
//  - cmd/endpoint-ellipses.go mergeDisksLayoutFromArgs: each pool is one
//    server argument, expanded and split into sets on its own;
//  - cmd/erasure-server-pool.go newErasureServerPools: one parity for all
//    pools (MINIO_STORAGE_CLASS_STANDARD, or the default for the FIRST pool's
//    set size), validated against every pool's set size (parity <= size/2);
//  - cmd/erasure-server-pool.go getPoolIdx / getPoolInfoExistingWithOpts: a
//    new object may land in any pool, and a pool that lost read quorum is
//    where writes are sent, so the deployment keeps working only while every
//    pool keeps its quorum: its tolerance is the least of its pools'.
import type { Spec } from '../schema/spec-types.ts';
import { chooseSetSize, defaultParity, maxParity, nodeTolerance, possibleSetSizes, quorum, setSpread, setsPerServer, symmetryLength } from './erasure.ts';
import { erasureAlternatives } from './erasure-alternatives.ts';
import type { ErasureFacts, ErasureHints, NodeLossFact, Path, PoolFacts } from './facts.ts';

type ObjectStore = NonNullable<Spec['objectStore']>;

/** One pool as the spec declares it, the first pool and the added ones alike. */
export interface PoolSpec {
  index: number;
  /** The pool's StatefulSet name. */
  name: string;
  path: Path;
  servers: number;
  drivesPerServer: number;
  driveSize: string;
  storageClass: string;
  nodes: string[];
  data: number;
}

/** The pool's StatefulSet name: objectStore.name for the first pool, NAME-POOL for the others. */
export function poolStatefulSetName(os: ObjectStore, poolName?: string): string {
  return poolName === undefined ? os.name : `${os.name}-${poolName}`;
}

export function poolSpecs(os: ObjectStore): PoolSpec[] {
  return [
    { index: 0, name: os.name, path: ['objectStore'], servers: os.servers, drivesPerServer: os.drivesPerServer, driveSize: os.driveSize, storageClass: os.storageClass, nodes: os.nodes, data: os.erasure.data },
    ...os.pools.map((p, i): PoolSpec => ({
      index: i + 1,
      name: poolStatefulSetName(os, p.name),
      path: ['objectStore', 'pools', i],
      servers: p.servers,
      drivesPerServer: p.drivesPerServer,
      driveSize: p.driveSize,
      storageClass: p.storageClass ?? os.storageClass,
      nodes: p.nodes,
      data: p.erasure.data,
    })),
  ];
}

/** Bytes of a quantity at a spec path; the model stage reports what cannot be converted. */
export type ToBytes = (quantity: string, path: Path) => number;

/** Usable bytes of a pool: (N-P)/N of every drive, in integers ((d/N)*T*size in floating point can land a byte short). */
function usable(setSize: number, parity: number, totalDrives: number, driveBytes: number): number {
  const p = Math.min(parity, setSize);
  return Number((BigInt(setSize - p) * BigInt(totalDrives) * BigInt(driveBytes)) / BigInt(setSize));
}

function poolFacts(ps: PoolSpec, os: ObjectStore, declared: Set<string>, bytes: ToBytes): PoolFacts {
  const parity = os.erasure.parity;
  const total = ps.servers * ps.drivesPerServer;
  const setSize = total >= 2 ? chooseSetSize(ps.servers, ps.drivesPerServer) ?? null : null;
  const requested = ps.data + parity;
  // quorum arithmetic follows the set MinIO will really form; fall back to the requested size when none fits
  const n = setSize ?? requested;
  const q = quorum(n, Math.min(parity, n));
  const serverNodes = ps.nodes.slice(0, ps.servers);
  // geometry only where MinIO forms sets and the parity is one it accepts; otherwise the pool survives nothing
  const spread = setSize !== null ? setSpread(ps.servers, setSize) : { hosts: 0, drivesPerHost: 0 };
  const tolerance = setSize !== null && parity <= maxParity(setSize) ? nodeTolerance(spread, q, Math.min(ps.servers, serverNodes.length)) : { reads: 0, writes: 0 };
  const driveBytes = bytes(ps.driveSize, [...ps.path, 'driveSize']);
  return {
    index: ps.index,
    name: ps.name,
    path: ps.path,
    servers: ps.servers,
    drivesPerServer: ps.drivesPerServer,
    totalDrives: total,
    driveSize: ps.driveSize,
    driveBytes,
    storageClass: ps.storageClass,
    nodes: ps.nodes,
    serverNodes,
    unknownNodes: ps.nodes.filter((x) => !declared.has(x)),
    possibleSetSizes: possibleSetSizes(total, symmetryLength(ps.servers, ps.drivesPerServer)),
    setSize,
    setCount: Math.ceil(total / n),
    requestedSetSize: requested,
    data: ps.data,
    hostsPerSet: spread.hosts,
    drivesPerHostInSet: spread.drivesPerHost,
    readQuorum: q.readQuorum,
    writeQuorum: q.writeQuorum,
    parityWriteQuorum: q.parityWriteQuorum,
    readDriveTolerance: q.readDriveTolerance,
    writeDriveTolerance: q.writeDriveTolerance,
    readNodeTolerance: tolerance.reads,
    writeNodeTolerance: tolerance.writes,
    rawBytes: total * driveBytes,
    usableBytes: usable(n, parity, total, driveBytes),
    alternatives: erasureAlternatives({
      servers: ps.servers, drivesPerServer: ps.drivesPerServer, data: ps.data, parity,
      allowedNodes: ps.nodes.length, requiredNodeFailures: os.require.nodeFailures, parityFixed: ps.index > 0,
    }),
  };
}

/** What losing each node does: server i of a pool runs on the pool's i-th listed node. */
function nodeLoss(pools: PoolFacts[]): NodeLossFact[] {
  const byNode = new Map<string, NodeLossFact>();
  for (const p of pools) {
    if (p.setSize === null) continue;
    const sets = setsPerServer(p.servers, p.drivesPerServer, p.setSize);
    for (const node of p.serverNodes) {
      let fact = byNode.get(node);
      if (!fact) byNode.set(node, fact = { node, pools: [], readsSurvive: true, writesSurvive: true });
      fact.pools.push({ pool: p.name, drivesPerSet: p.drivesPerHostInSet, sets });
      fact.readsSurvive &&= p.readNodeTolerance >= 1;
      fact.writesSurvive &&= p.writeNodeTolerance >= 1;
    }
  }
  return [...byNode.values()];
}

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

/**
 * The fixes the MinIO rules may suggest, each computed to meet what it is
 * suggested for, or null. Parity is deployment-wide, so a parity change is
 * judged on every pool at once; a drive size is suggested for the last pool,
 * the one a growing deployment is still laying out.
 */
function hints(pools: PoolFacts[], parity: number, requiredUsable: number | null, requiredNodes: number): ErasureHints {
  const none: ErasureHints = { parityForNodeFailures: null, parityForUsable: null, driveBytesForUsable: null, driveBytesForHeadroom: null };
  if (!pools.length || pools.some((p) => p.setSize === null || p.setSize !== p.requestedSetSize)) return none;
  const sized = pools as (PoolFacts & { setSize: number })[];
  const highest = Math.min(...sized.map((p) => maxParity(p.setSize)));
  const usableAt = (pp: number) => sized.reduce((a, p) => a + usable(p.setSize, pp, p.totalDrives, p.driveBytes), 0);
  const toleranceAt = (pp: number) => Math.min(...sized.map((p) => {
    const t = nodeTolerance(setSpread(p.servers, p.setSize), quorum(p.setSize, pp), Math.min(p.servers, p.serverNodes.length));
    return Math.min(t.reads, t.writes);
  }));
  const meetsUsable = (pp: number) => requiredUsable === null || usableAt(pp) >= requiredUsable;
  let parityForNodeFailures: number | null = null;
  if (toleranceAt(parity) < requiredNodes) {
    for (let pp = parity + 1; pp <= highest; pp++) if (toleranceAt(pp) >= requiredNodes && meetsUsable(pp)) { parityForNodeFailures = pp; break; }
  }
  let parityForUsable: number | null = null;
  if (!meetsUsable(parity)) {
    for (let pp = Math.min(parity - 1, highest); pp >= 0; pp--) if (meetsUsable(pp) && toleranceAt(pp) >= requiredNodes) { parityForUsable = pp; break; }
  }
  const last = sized[sized.length - 1]!;
  const driveFor = (target: number): number | null => {
    const data = BigInt(last.setSize - Math.min(parity, last.setSize));
    if (data <= 0n) return null;
    const fromOthers = BigInt(usableAt(parity) - last.usableBytes);
    const need = BigInt(target) - fromOthers;
    if (need <= 0n) return null;
    // smallest size s with floor(data * total * s / N) >= need
    return Number(ceilDiv(need * BigInt(last.setSize), data * BigInt(last.totalDrives)));
  };
  return {
    parityForNodeFailures,
    parityForUsable,
    driveBytesForUsable: requiredUsable === null ? null : driveFor(requiredUsable),
    driveBytesForHeadroom: requiredUsable === null ? null : driveFor(Number(ceilDiv(BigInt(requiredUsable) * 11n, 10n))),
  };
}

export function erasureFacts(spec: Spec, bytes: ToBytes): ErasureFacts {
  const os = spec.objectStore!;
  const declared = new Set(spec.nodes.map((x) => x.name));
  const pools = poolSpecs(os).map((ps) => poolFacts(ps, os, declared, bytes));
  const first = pools[0]!;
  const parity = os.erasure.parity;
  const requiredUsable = os.require.usable ? bytes(os.require.usable, ['objectStore', 'require', 'usable']) : null;
  return {
    parity,
    defaultParity: first.setSize === null ? null : defaultParity(first.setSize),
    storageClassStandard: `EC:${parity}`,
    storageClassStandardRequired: first.setSize === null || defaultParity(first.setSize) !== parity,
    pools,
    totalDrives: pools.reduce((a, p) => a + p.totalDrives, 0),
    rawBytes: pools.reduce((a, p) => a + p.rawBytes, 0),
    usableBytes: pools.reduce((a, p) => a + p.usableBytes, 0),
    requiredUsableBytes: requiredUsable,
    requiredNodeFailures: os.require.nodeFailures,
    readNodeTolerance: Math.min(...pools.map((p) => p.readNodeTolerance)),
    writeNodeTolerance: Math.min(...pools.map((p) => p.writeNodeTolerance)),
    nodeLoss: nodeLoss(pools),
    hints: hints(pools, parity, requiredUsable, os.require.nodeFailures),
  };
}
