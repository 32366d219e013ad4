// The MinIO erasure layout as drawing data: per server pool, servers x drives
// with the erasure set of each drive (the model's layout, compiler/model/erasure.ts),
// how each set splits an object into data and parity blocks, and what losing
// one node takes, from the model's nodeLoss facts. Nothing here decides a
// MinIO rule: set sizes, quorums and verdicts are the model's. Pure: no I/O.
import type { Model } from '../../model/build-model.ts';
import { layout } from '../../model/erasure.ts';
import type { NodeLossFact, PoolFacts } from '../../model/facts.ts';
import { formatBytes } from '../../model/quantity.ts';
import { lostPerSet } from '../../report/explain.ts';
import { driveName } from '../flux/minio-args.ts';

/** Server columns a pool draws at most; the rest are laid out alike and only counted. */
export const COLUMN_LIMIT = 16;
/** Rows of the node-loss table, at most. */
export const LOSS_ROW_LIMIT = 24;

export interface ServerColumn {
  /** Index of the server in its pool (pod NAME-index). */
  server: number;
  /** The node it runs on (the pool's nodes, in order), or null when the pool lists too few. */
  node: string | null;
  address: string | null;
  /** Whether this is the node the picture shows lost. */
  lost: boolean;
}

export interface DriveCell {
  server: number;
  /** Drive index on its server: the mount `data<drive>`. */
  drive: number;
  /** Erasure set index (0-based), or null when MinIO forms no sets. */
  set: number | null;
  lost: boolean;
}

export interface PoolLayout {
  name: string;
  index: number;
  servers: number;
  drivesPerServer: number;
  totalDrives: number;
  /** `125 GiB` */
  driveSize: string;
  storageClass: string;
  /** MinIO's set size for this pool, or null when none fits (MinIO refuses to start). */
  setSize: number | null;
  setCount: number;
  /** Blocks of each object: data and parity, in a set of setSize drives. */
  dataBlocks: number;
  parityBlocks: number;
  readQuorum: number;
  writeQuorum: number;
  /** The columns drawn: every server, or a window of whole set periods around the lost node. */
  columns: ServerColumn[];
  /** Servers not drawn (laid out like the drawn ones). */
  hiddenServers: number;
  /** Drive row names, `data0`, `data1`, ... */
  driveNames: string[];
  /** The drives of the drawn columns, by drive then server. */
  drives: DriveCell[];
  /** What losing the shown node takes from this pool (the model's fact), or null when it hosts none of its servers. */
  loss: { drivesPerSet: number; sets: number } | null;
}

export interface NodeLossRow {
  node: string;
  /** `2`, `2 in each of 2 sets`, or per pool when there are several. */
  lost: string;
  readsSurvive: boolean;
  writesSurvive: boolean;
}

export interface ErasurePicture {
  cluster: string;
  /** objectStore.name and namespace. */
  store: string;
  namespace: string;
  parity: number;
  totalDrives: number;
  raw: string;
  usable: string;
  required: string | null;
  readNodeTolerance: number;
  writeNodeTolerance: number;
  requiredNodeFailures: number;
  pools: PoolLayout[];
  /** The node whose loss is drawn over the pools, and the model's verdict on it; null when no node hosts a server. */
  shownLoss: NodeLossFact | null;
  /** Every node's loss, as the model states it (at most LOSS_ROW_LIMIT rows). */
  nodeLoss: NodeLossRow[];
  nodeLossNotShown: number;
}

/**
 * The node whose loss the picture draws: the one that costs most by the model's
 * verdicts (reads and writes stop, then writes, then the most drives), the first
 * listed on a tie, so the drawing shows the worst case when nodes differ.
 */
export function shownLoss(facts: readonly NodeLossFact[]): NodeLossFact | null {
  const cost = (f: NodeLossFact) => [(f.readsSurvive ? 0 : 2) + (f.writesSurvive ? 0 : 1), f.pools.reduce((a, p) => a + p.drivesPerSet * p.sets, 0)] as const;
  let best: NodeLossFact | null = null;
  for (const f of facts) {
    if (!best) { best = f; continue; }
    const [a, b] = [cost(f), cost(best)];
    if (a[0] > b[0] || (a[0] === b[0] && a[1] > b[1])) best = f;
  }
  return best;
}

/** Which servers to draw: all, or whole set periods (sets repeat every setSize servers) around the lost node's server. */
function window(p: PoolFacts, lostServer: number): { start: number; count: number } {
  if (p.servers <= COLUMN_LIMIT) return { start: 0, count: p.servers };
  const period = p.setSize !== null && p.setSize < p.servers ? p.setSize : 1;
  const count = Math.max(period, Math.floor(COLUMN_LIMIT / period) * period);
  const start = lostServer < count ? 0 : Math.floor(lostServer / period) * period;
  return { start: Math.min(start, p.servers - count), count };
}

function poolLayout(model: Model, p: PoolFacts, loss: NodeLossFact | null): PoolLayout {
  const parity = model.facts.erasure!.parity;
  const addresses = new Map(model.spec.nodes.map((n) => [n.name, n.address]));
  const lostServer = loss ? p.serverNodes.indexOf(loss.node) : -1;
  const w = window(p, lostServer);
  const columns: ServerColumn[] = [];
  for (let s = w.start; s < w.start + w.count; s++) {
    const node = p.serverNodes[s] ?? null;
    columns.push({ server: s, node, address: node === null ? null : addresses.get(node) ?? null, lost: node !== null && node === loss?.node });
  }
  const lostColumns = new Set(columns.filter((c) => c.lost).map((c) => c.server));
  const inWindow = (s: number) => s >= w.start && s < w.start + w.count;
  const drives: DriveCell[] = p.setSize === null
    ? columns.flatMap((c) => Array.from({ length: p.drivesPerServer }, (_, d) => ({ server: c.server, drive: d, set: null, lost: lostColumns.has(c.server) })))
    : layout(p.servers, p.drivesPerServer, p.setSize).filter((slot) => inWindow(slot.server)).map((slot) => ({ server: slot.server, drive: slot.drive, set: slot.set, lost: lostColumns.has(slot.server) }));
  const fact = loss?.pools.find((l) => l.pool === p.name) ?? null;
  const size = p.setSize ?? p.requestedSetSize;
  const parityBlocks = Math.min(parity, size);
  return {
    name: p.name,
    index: p.index,
    servers: p.servers,
    drivesPerServer: p.drivesPerServer,
    totalDrives: p.totalDrives,
    driveSize: formatBytes(p.driveBytes),
    storageClass: p.storageClass,
    setSize: p.setSize,
    setCount: p.setCount,
    dataBlocks: size - parityBlocks,
    parityBlocks,
    readQuorum: p.readQuorum,
    writeQuorum: p.writeQuorum,
    columns,
    hiddenServers: p.servers - w.count,
    driveNames: Array.from({ length: p.drivesPerServer }, (_, d) => driveName(d)),
    drives,
    loss: fact ? { drivesPerSet: fact.drivesPerSet, sets: fact.sets } : null,
  };
}

/** The picture's data, or null when the spec declares no object store. */
export function erasureLayout(model: Model): ErasurePicture | null {
  const e = model.facts.erasure;
  const os = model.spec.objectStore;
  if (!e || !os) return null;
  const loss = shownLoss(e.nodeLoss);
  const multiple = e.pools.length > 1;
  return {
    cluster: model.spec.cluster.name,
    store: os.name,
    namespace: os.namespace,
    parity: e.parity,
    totalDrives: e.totalDrives,
    raw: formatBytes(e.rawBytes),
    usable: formatBytes(e.usableBytes),
    required: e.requiredUsableBytes === null ? null : formatBytes(e.requiredUsableBytes),
    readNodeTolerance: e.readNodeTolerance,
    writeNodeTolerance: e.writeNodeTolerance,
    requiredNodeFailures: e.requiredNodeFailures,
    pools: e.pools.map((p) => poolLayout(model, p, loss)),
    shownLoss: loss,
    nodeLoss: e.nodeLoss.slice(0, LOSS_ROW_LIMIT).map((f) => ({ node: f.node, lost: lostPerSet(f, multiple), readsSurvive: f.readsSurvive, writesSurvive: f.writesSurvive })),
    nodeLossNotShown: Math.max(0, e.nodeLoss.length - LOSS_ROW_LIMIT),
  };
}
