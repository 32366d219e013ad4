// STORAGE.md: the MinIO erasure layout this spec produces, what survives which
// failure (computed from the model's facts, worst case), and how to replace a
// drive or a node. Sources: MinIO erasure coding and healing docs
// (min.io/docs/minio/linux/operations/concepts/erasure-coding.html,
// .../concepts/healing.html), `mc admin heal` and `mc admin info` references;
// quorum arithmetic is compiler/model/erasure.ts's.
import type { Model } from '../../model/build-model.ts';
import { drivesPerServerInSet, setSpread, worstDrivesLost } from '../../model/erasure.ts';
import { driveName } from '../flux/minio-args.ts';
import type { ErasureFacts, PoolFacts } from '../../model/facts.ts';
import { formatBytes } from '../../model/quantity.ts';
import { lostPerSet } from '../../report/explain.ts';
import { exportKubeconfig, mcAlias, mcAliasBlock, navigation, title } from './common.ts';
import { BACKUP_HEADINGS, COLD_START_HEADINGS, STORAGE_HEADINGS } from './headings.ts';
import { configYaml, nodeConfigs } from './k3s-config.ts';
import { bullets, callout, code, fence, image, link, MarkdownDoc, numbered, slug, table } from './markdown.ts';
import { host, pictureLink, runbookLink } from './paths.ts';
import { heredoc, sh } from './shell.ts';

const yesNo = (b: boolean) => (b ? 'yes' : '**no**');

export interface FailureRow {
  failure: string;
  /** Worst case: the most drives one erasure set loses. */
  drivesLost: number;
  reads: boolean;
  writes: boolean;
}

/**
 * One drive, one node, two nodes (when the pool has that many servers), worst
 * case, as MinIO behaves: reads need the data drives of an object written at
 * full health, writes a majority of the set (and of its lock hosts).
 */
export function failureRows(p: PoolFacts): FailureRow[] {
  const rows: FailureRow[] = [];
  if (p.setSize === null) return rows;
  const spread = setSpread(p.servers, p.setSize);
  if (p.totalDrives >= 1) rows.push({ failure: 'One drive', drivesLost: 1, reads: 1 <= p.readDriveTolerance, writes: 1 <= p.writeDriveTolerance });
  const nodes = (k: number, failure: string) => rows.push({ failure, drivesLost: worstDrivesLost(spread, k), reads: p.readNodeTolerance >= k, writes: p.writeNodeTolerance >= k });
  if (p.serverNodes.length >= 1) nodes(1, 'One node');
  if (p.serverNodes.length >= 2) nodes(2, 'Two nodes');
  return rows;
}

/** The heading of a pool's section: its name is unique, so is the anchor. */
export function poolHeading(p: PoolFacts): string {
  return `Pool ${p.name}`;
}

/** Per-set tables stay readable up to this many sets and servers. */
const TABLE_LIMIT = 16;

function poolTopology(d: MarkdownDoc, e: ErasureFacts, p: PoolFacts): void {
  d.heading(3, poolHeading(p));
  if (p.setSize === null) {
    d.add(callout('IMPORTANT', `MinIO cannot split ${p.totalDrives} drives over ${p.servers} servers into erasure sets of 2 to 16 drives, so it will refuse to start. Change this pool's ${code('servers')} or ${code('drivesPerServer')}.`));
    return;
  }
  d.add(table(['Item', 'Value'], [
    ['StatefulSet', `${code(p.name)}${p.index === 0 ? ' (the first pool)' : ` (pool ${p.index + 1})`}`],
    ['Servers × drives per server', `${p.servers} × ${p.drivesPerServer} = ${p.totalDrives} drives on ${p.serverNodes.map(code).join(', ')}`],
    ['Drive size, class', `${formatBytes(p.driveBytes)}, ${code(p.storageClass)}`],
    ['Erasure sets', `${p.setCount} × ${p.setSize} drives, ${p.hostsPerSet === 1 ? 'all on one server' : `each on ${p.hostsPerSet} servers with ${p.drivesPerHostInSet} drive(s) each`}`],
    ['Data + parity per set', `${p.setSize - e.parity} + ${e.parity}`],
    ['Raw capacity', formatBytes(p.rawBytes)],
    ['Usable capacity', formatBytes(p.usableBytes)],
    ['Read quorum', `${p.readQuorum} drives of each set`],
    ['Write quorum', `${p.writeQuorum} drives of each set (a majority)`],
  ]));
  if (p.setCount <= TABLE_LIMIT && p.servers <= TABLE_LIMIT && p.serverNodes.length === p.servers) {
    d.add('Drives of each erasure set per node. MinIO fills sets from its drive list with the server index varying fastest, so each set spreads across nodes.');
    d.add(table(['Set', ...p.serverNodes.map(code)], drivesPerServerInSet(p.servers, p.drivesPerServer, p.setSize).map((set, i) => [String(i + 1), ...set.map(String)]), p.serverNodes.map((_, i) => i + 1)));
  }
}

export function storageRunbook(model: Model): MarkdownDoc {
  const d = new MarkdownDoc();
  d.heading(1, title('STORAGE', model));
  d.add(navigation('STORAGE'));
  const os = model.spec.objectStore;
  const e = model.facts.erasure;
  if (!os || !e) {
    d.add('The spec declares no object store: nothing to lay out.');
    return d;
  }
  const alias = mcAlias(model);
  const poolsText = e.pools.length === 1 ? 'one server pool' : `${e.pools.length} server pools (${e.pools.map((p) => code(p.name)).join(', ')}, in this order on every server's command line)`;
  d.add(`MinIO ${code(os.name)} in namespace ${code(os.namespace)}: ${poolsText}, ${e.totalDrives} drives in all, image ${code(model.spec.versions.images.minio)}.`);
  d.add(callout('WARNING', `MinIO's community edition has been in maintenance mode since December 2025 (${link('upstream notice', 'https://github.com/minio/minio/commit/27742d469462e1561c776f88ca7a1f26816d69e2')}): no new features, and security fixes only case by case. Keep the image pinned (it is, above), watch upstream, and keep the ${link('off-cluster mirror', runbookLink('BACKUPS', slug(BACKUP_HEADINGS.mirror)))} current so moving to another S3 server stays a copy away.`));

  d.heading(2, 'Topology');
  const firstPool = e.pools[0]!;
  d.add(table(['Item', 'Value'], [
    ['Server pools', e.pools.map((p) => code(p.name)).join(', ')],
    ['Parity (every pool)', `EC:${e.parity}${e.storageClassStandardRequired ? ` (set with ${code(`MINIO_STORAGE_CLASS_STANDARD=${e.storageClassStandard}`)})` : ' (MinIO\'s default)'}`],
    ['Raw capacity', formatBytes(e.rawBytes)],
    ['Usable capacity', `${formatBytes(e.usableBytes)}${e.requiredUsableBytes !== null ? ` (the spec requires ${formatBytes(e.requiredUsableBytes)})` : ''}`],
  ]));
  const parityNote = firstPool.setSize === null ? '' : e.defaultParity === e.parity
    ? ` Parity ${e.parity} is MinIO's default for the first pool's ${firstPool.setSize}-drive sets, which decide it for every pool.`
    : ` Parity ${e.parity} is set explicitly (MinIO's default, taken from the first pool's ${firstPool.setSize}-drive sets, would be ${e.defaultParity}).`;
  d.add(`MinIO chooses each pool's erasure-set size from that pool's own servers and drives; the parity is one setting for the whole deployment.${parityNote} A pool's layout is fixed once its drives are formatted: the deployment grows by ${link('adding a server pool', `#${slug(STORAGE_HEADINGS.addPool)}`)}.`);
  d.add(image(`Erasure layout of MinIO ${os.name}: each pool's servers and drives by erasure set, and what losing one node takes`, pictureLink('erasure-layout')));
  for (const p of e.pools) poolTopology(d, e, p);

  d.heading(2, 'What survives a failure');
  d.add(`Worst case over every choice of failed drives or nodes. Reads of an object written with all drives online need its data drives (the set minus the EC:${e.parity} parity). Writes need only a majority of the set: with MinIO's default, availability-optimised storage class, an object written while drives are offline gets one more parity block per offline drive (up to half the set), and the write is refused once half the set is offline. Every pool must keep its quorum: a new object may be written to any pool.`);
  for (const p of e.pools) {
    if (p.setSize === null) continue;
    if (e.pools.length > 1) d.add(`${code(p.name)}:`);
    d.add(table(['Failure', 'Drives lost in one set (worst case)', 'Reads', 'Writes'], failureRows(p).map((r) => [r.failure, String(r.drivesLost), yesNo(r.reads), yesNo(r.writes)]), [1]));
  }
  d.add(table(['Node lost', 'Drives lost per set', 'Reads', 'Writes'], e.nodeLoss.map((n) => [code(n.node), lostPerSet(n, e.pools.length > 1), yesNo(n.readsSurvive), yesNo(n.writesSurvive)])));
  const etcd = model.facts.etcd;
  d.add(bullets([
    `In short: reads survive ${e.readNodeTolerance} lost node(s), writes survive ${e.writeNodeTolerance} (the spec requires ${e.requiredNodeFailures}). When writes survive and reads do not, new objects are still accepted but older ones cannot be read until enough drives return; when reads survive and writes do not, the store is read-only.`,
    `MinIO's cluster health check (${code('/minio/health/cluster')}) counts a set healthy for writes only while it keeps the drives an object at EC:${e.parity} is written to; below that it reports the cluster unhealthy although writes still succeed.`,
    `This is MinIO alone. The Kubernetes API needs etcd quorum: ${etcd.quorum} of the ${etcd.count} servers (${etcd.members.map(code).join(', ')}), so it survives ${etcd.tolerance} lost server(s). Restoring etcd: ${link('Backups', runbookLink('BACKUPS'))}.`,
    'A failure beyond the parity loses the objects in the affected set for good: the off-cluster mirror is the only way back.',
  ]));

  d.heading(2, 'Check health');
  const aliasBlock = mcAliasBlock(model);
  if (aliasBlock) {
    d.add(`Set up the ${code('mc')} alias ${code(alias)} (reads the root credentials from the cluster, prints nothing secret), then see every drive's state:`, fence('bash', aliasBlock));
  }
  d.add(`${code(`mc admin info ${alias}`)} lists each server and drive (online, offline, healing). ${code(`mc admin heal ${alias}`)} shows healing in progress: MinIO heals on its own (on read, in its background scanner, and at once when it finds a fresh drive), so there is rarely anything to start by hand.`);

  d.heading(2, 'Replace a drive');
  const classes = [...new Set(e.pools.map((p) => p.storageClass))];
  d.add(`Each drive is a PersistentVolumeClaim of its pool's class (${classes.map(code).join(', ')}). With a node-local class (like the provisioner k3s bundles, which keeps each volume as a directory under ${code('/var/lib/rancher/k3s/storage')} on its node) a drive fails with the disk behind that directory.`);
  d.add(numbered([
    'Fix or replace the disk on the node, and mount it where the provisioner keeps its volumes.',
    'Delete the failed drive\'s claim and restart its pod: the StatefulSet recreates the claim empty, MinIO finds a fresh drive and heals it from the others.',
  ]));
  d.add(fence('bash', [
    exportKubeconfig(model),
    `# the pod on the node with the failed drive: NODE column`,
    `kubectl -n ${sh(os.namespace)} get pods -o wide`,
    `pod=\${POD:?set POD to that pod, e.g. ${sh(`${os.name}-0`)}}`,
    '# its drives, one claim each',
    `kubectl -n ${sh(os.namespace)} get pod "$pod" -o ${sh('jsonpath={range .spec.volumes[*]}{.persistentVolumeClaim.claimName}{"\\n"}{end}')}`,
    `pvc=\${PVC:?set PVC to the claim of the failed drive, e.g. ${sh(`${driveName(0)}-${os.name}-0`)}}`,
    `kubectl -n ${sh(os.namespace)} delete pvc "$pvc" --wait=false`,
    `kubectl -n ${sh(os.namespace)} delete pod "$pod"`,
    `kubectl -n ${sh(os.namespace)} wait pod "$pod" --for=condition=Ready --timeout=600s`,
    `mc admin heal ${sh(alias)}`,
  ].join('\n')));

  d.heading(2, 'Replace a node');
  d.add(`Replace a dead node with a machine of the same name and address, so the spec, the DNS names and the volumes' node affinity stay valid.`);
  d.add(numbered([
    `Check the table above: with ${e.writeNodeTolerance} node(s) of write tolerance, do one node at a time.`,
    `Remove the dead node from the cluster. For a server this also removes its etcd member (k3s runs an etcd member controller that acts on node deletion).`,
    `Install the new machine with the same hostname and address, then join it exactly as in ${link('Cold start', runbookLink('COLD-START', slug(COLD_START_HEADINGS.otherServers)))} (servers) or ${link('agents', runbookLink('COLD-START', slug(COLD_START_HEADINGS.agents)))}.`,
    'Its MinIO pod starts there with empty drives (the old claims still point at this node name) and MinIO heals them.',
  ]));
  d.add(fence('bash', [
    exportKubeconfig(model),
    `node=\${NODE:?set NODE to the dead node, one of ${e.nodeLoss.map((n) => n.node).join(' ')}}`,
    'kubectl drain "$node" --ignore-daemonsets --delete-emptydir-data --timeout=120s || true',
    'kubectl delete node "$node"',
  ].join('\n')));
  d.add('After the join:', fence('bash', [
    exportKubeconfig(model),
    `kubectl -n ${sh(os.namespace)} get pods -o wide`,
    `mc admin info ${sh(alias)}`,
    `mc admin heal ${sh(alias)}`,
  ].join('\n')));
  const first = nodeConfigs(model).find((n) => n.clusterInit);
  const second = nodeConfigs(model).find((n) => n.role === 'server' && !n.clusterInit);
  if (first && second) {
    d.heading(3, `Replacing the first server ${first.node}`);
    d.add(`${code(first.node)} was installed with ${code('cluster-init: true')}, which on an empty disk would start a new, separate cluster. Rejoin it through ${code(second.node)} instead: copy the token from ${code(second.node)} (as in Cold start, reading ${code(host.k3sServerToken)} there) and use this config in place of the one in Cold start:`);
    const rejoin = first.config.filter(([k]) => k !== 'cluster-init');
    d.add(fence('bash', heredoc(`sudo tee ${sh(host.k3sConfig)} >/dev/null`, configYaml([['server', `https://${second.address}:6443`], ...rejoin, ['token-file', host.k3sTokenFile]]))));
  }
  addPool(d, model);
  return d;
}

/**
 * How the deployment grows. MinIO fixes a pool's layout when it formats its
 * drives and grows only by adding a pool; every server must then start with
 * the new pool list at the same time (MinIO docs, "Expand a Distributed MinIO
 * Deployment": restart all nodes simultaneously; `mc admin update`: no rolling
 * restarts). Tried on the pinned release: a server started with the new list
 * cannot use the drives of servers still on the old one and answers 503 on
 * /minio/health/cluster, while /minio/health/ready (the pods' readiness probe)
 * already says 200, so a StatefulSet's one-at-a-time rollout would go on
 * through a rolling outage.
 */
function addPool(d: MarkdownDoc, model: Model): void {
  const os = model.spec.objectStore!;
  const e = model.facts.erasure!;
  const ns = sh(os.namespace);
  d.heading(2, STORAGE_HEADINGS.addPool);
  d.add(`MinIO grows by adding a server pool, never by widening one: changing an existing pool's ${code('servers')}, ${code('drivesPerServer')}, ${code('driveSize')} or data drives would ask MinIO for a layout its formatted drives do not have (and Kubernetes refuses new claim sizes on a StatefulSet). Capacity and tolerance are judged per pool and in total by ${code('veilc check')}.`);
  d.add(numbered([
    `Append the pool to ${code('objectStore.pools')} in the spec (a ${code('name')}, its ${code('servers')}, ${code('drivesPerServer')}, ${code('driveSize')}, ${code('nodes')} and ${code('erasure.data')}; the parity stays EC:${e.parity} for every pool). Never reorder or edit the pools before it.`,
    `${code('npx veilc plan')} shows the new pool's StatefulSet, headless Service and budget, and every existing pool's StatefulSet with the longer server argument list. Commit and push; Flux applies it.`,
    'The StatefulSets would now replace their servers one at a time. A server started with the new pool list cannot use the drives of servers still on the old one and serves nothing until every server has the new list, although its readiness probe already passes: a rolling outage. Restart every MinIO server at once instead, as MinIO\'s expansion procedure says; Kubernetes recreates each pod with the new list:',
  ]));
  d.add(fence('bash', [
    exportKubeconfig(model),
    `kubectl -n ${ns} delete pod -l app.kubernetes.io/name=minio --wait=false`,
    ...e.pools.map((p) => `kubectl -n ${ns} rollout status statefulset/${sh(p.name)} --timeout=600s`),
    `mc admin info ${sh(mcAlias(model))}`,
  ].join('\n')));
  d.add(`${code('mc admin info')} then lists every pool. MinIO does not move existing objects: new objects go to the pool with the most free space. ${code(`mc admin rebalance start ${mcAlias(model)}`)} evens the pools out if you want that (it reads and rewrites every object).`);
}
