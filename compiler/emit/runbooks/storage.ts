// STORAGE.md: the MinIO erasure layout this spec produces, what survives which
// failure (computed from the model's facts, worst case), and how to replace a
// drive or a node. Sources: MinIO erasure coding and healing docs
// (min.io/docs/minio/linux/operations/concepts/erasure-coding.html,
// .../concepts/healing.html), `mc admin heal` and `mc admin info` references;
// quorum arithmetic is compiler/model/erasure.ts's.
import type { Model } from '../../model/build-model.ts';
import { worstLoss } from '../../model/erasure.ts';
import { driveName } from '../flux/minio-args.ts';
import type { ErasureFacts } from '../../model/facts.ts';
import { formatBytes } from '../../model/quantity.ts';
import { exportKubeconfig, mcAlias, mcAliasBlock, navigation, title } from './common.ts';
import { BACKUP_HEADINGS, COLD_START_HEADINGS } from './headings.ts';
import { configYaml, nodeConfigs } from './k3s-config.ts';
import { bullets, callout, code, fence, link, MarkdownDoc, numbered, slug, table } from './markdown.ts';
import { host, runbookLink } from './paths.ts';
import { heredoc, sh } from './shell.ts';

const yesNo = (b: boolean) => (b ? 'yes' : '**no**');

export interface FailureRow {
  failure: string;
  /** Worst case: the most drives one erasure set loses. */
  drivesLost: number;
  reads: boolean;
  writes: boolean;
}

/** One drive, one node, two nodes (when there are that many), worst case. */
export function failureRows(e: ErasureFacts): FailureRow[] {
  const rows: FailureRow[] = [];
  const row = (failure: string, lost: number) => rows.push({ failure, drivesLost: lost, reads: lost <= e.readDriveTolerance, writes: lost <= e.writeDriveTolerance });
  if (e.totalDrives >= 1) row('One drive', 1);
  if (e.serverNodes.length >= 1) row('One node', worstLoss(e.drivesPerNodeInSet, 1));
  if (e.serverNodes.length >= 2) row('Two nodes', worstLoss(e.drivesPerNodeInSet, 2));
  return rows;
}

export function storageRunbook(model: Model): string {
  const d = new MarkdownDoc();
  d.heading(1, title('STORAGE', model));
  d.add(navigation('STORAGE'));
  const os = model.spec.objectStore;
  const e = model.facts.erasure;
  if (!os || !e) {
    d.add('The spec declares no object store: nothing to lay out.');
    return d.toString();
  }
  const alias = mcAlias(model);
  d.add(`MinIO ${code(os.name)} in namespace ${code(os.namespace)}: ${e.servers} servers × ${e.drivesPerServer} drives on ${e.serverNodes.map(code).join(', ')}, storage class ${code(os.storageClass)}, image ${code(model.spec.versions.images.minio)}.`);
  d.add(callout('WARNING', `MinIO's community edition has been in maintenance mode since December 2025 (${link('upstream notice', 'https://github.com/minio/minio/commit/27742d469462e1561c776f88ca7a1f26816d69e2')}): no new features, and security fixes only case by case. Keep the image pinned (it is, above), watch upstream, and keep the ${link('off-cluster mirror', runbookLink('BACKUPS', slug(BACKUP_HEADINGS.mirror)))} current so moving to another S3 server stays a copy away.`));

  d.heading(2, 'Topology');
  if (e.setSize === null) {
    d.add(callout('IMPORTANT', `MinIO cannot split ${e.totalDrives} drives over ${e.servers} servers into erasure sets of 2 to 16 drives, so it will refuse to start. Change ${code('objectStore.servers')} or ${code('objectStore.drivesPerServer')}.`));
    return d.toString();
  }
  const sizes = [...new Set(e.driveSizes.map((x) => x.bytes))];
  d.add(table(['Item', 'Value'], [
    ['Servers × drives per server', `${e.servers} × ${e.drivesPerServer} = ${e.totalDrives} drives`],
    ['Drive size', sizes.length === 1 ? formatBytes(sizes[0]!) : e.driveSizes.map((x) => `${code(x.node)} ${formatBytes(x.bytes)}`).join(', ')],
    ['Erasure sets', `${e.setCount} × ${e.setSize} drives`],
    ['Data + parity per set', `${e.setSize - e.parity} + ${e.parity}${e.storageClassStandardRequired ? ` (set with ${code(`MINIO_STORAGE_CLASS_STANDARD=${e.storageClassStandard}`)})` : ' (MinIO\'s default)'}`],
    ['Raw capacity', formatBytes(e.rawBytes)],
    ['Usable capacity', `${formatBytes(e.usableBytes)}${e.requiredUsableBytes !== null ? ` (the spec requires ${formatBytes(e.requiredUsableBytes)})` : ''}`],
    ['Read quorum', `${e.readQuorum} drives of each set`],
    ['Write quorum', `${e.writeQuorum} drives of each set`],
  ]));
  const parityNote = e.defaultParity === e.parity
    ? `Parity ${e.parity} is MinIO's default for ${e.setSize}-drive sets.`
    : `Parity ${e.parity} is set explicitly (MinIO's default for ${e.setSize}-drive sets would be ${e.defaultParity}).`;
  d.add(`Usable capacity counts every drive at the size of the smallest one: MinIO sizes a set by its smallest drive. ${parityNote}`);

  d.heading(3, 'Drive placement');
  d.add('Drives of each erasure set per node. MinIO fills sets from its drive list with the server index varying fastest, so each set spreads across nodes.');
  d.add(table(['Set', ...e.serverNodes.map(code)], e.drivesPerNodeInSet.map((set, i) => [String(i + 1), ...set.map(String)]), e.serverNodes.map((_, i) => i + 1)));

  d.heading(2, 'What survives a failure');
  d.add(`Worst case over every choice of failed drives or nodes. A set serves reads while it keeps ${e.readQuorum} of its ${e.setSize} drives and writes while it keeps ${e.writeQuorum}.`);
  d.add(table(['Failure', 'Drives lost in one set (worst case)', 'Reads', 'Writes'], failureRows(e).map((r) => [r.failure, String(r.drivesLost), yesNo(r.reads), yesNo(r.writes)]), [1]));
  d.add(table(['Node lost', 'Drives lost per set', 'Reads', 'Writes'], e.nodeLoss.map((n) => [code(n.node), n.drivesPerSet.join(' / '), yesNo(n.readsSurvive), yesNo(n.writesSurvive)])));
  const etcd = model.facts.etcd;
  d.add(bullets([
    `In short: reads survive ${e.readNodeTolerance} lost node(s), writes survive ${e.writeNodeTolerance} (the spec requires ${e.requiredNodeFailures}). When reads survive and writes do not, the store is read-only until enough drives return.`,
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
  d.add(`Each drive is a PersistentVolumeClaim of class ${code(os.storageClass)}. With a node-local class (like the provisioner k3s bundles, which keeps each volume as a directory under ${code('/var/lib/rancher/k3s/storage')} on its node) a drive fails with the disk behind that directory.`);
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
    `node=\${NODE:?set NODE to the dead node, one of ${e.serverNodes.join(' ')}}`,
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
  return d.toString();
}
