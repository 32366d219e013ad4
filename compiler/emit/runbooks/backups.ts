// BACKUPS.md: etcd snapshots (schedule, on demand, copies, full HA restore),
// the monitoring volumes, and the off-cluster bucket mirror.
// Sources: k3s "etcd-snapshot" (docs.k3s.io/cli/etcd-snapshot: scheduled and
// on-demand snapshots, "Restoring Snapshots" for multiple servers, restoring
// to new hosts needs the server token); k3s "token" (docs.k3s.io/cli/token);
// `mc mirror` (min.io/docs/minio/linux/reference/minio-mc/mc-mirror.html:
// copies current object versions only).
import type { Model } from '../../model/build-model.ts';
import { exportKubeconfig, mcAlias, mcAliasBlock, navigation, nodeAddressFunction, title } from './common.ts';
import { BACKUP_HEADINGS, COLD_START_HEADINGS } from './headings.ts';
import { bullets, callout, code, fence, link, MarkdownDoc, slug, table } from './markdown.ts';
import { host, runbookLink } from './paths.ts';
import { continued, sh, underVar } from './shell.ts';

const K3S_DOCS = 'https://docs.k3s.io/cli/etcd-snapshot';

export function backupsRunbook(model: Model): MarkdownDoc {
  const s = model.spec;
  const snap = s.kubernetes.etcd.snapshots;
  const etcd = model.facts.etcd;
  const servers = s.nodes.filter((n) => n.role === 'server');
  const agents = s.nodes.filter((n) => n.role === 'agent');
  const first = servers[0];
  const d = new MarkdownDoc();
  d.heading(1, title('BACKUPS', model));
  d.add(navigation('BACKUPS'));
  d.add(`What to copy off ${code(s.cluster.name)}, how, and how to restore. Commands marked "workstation" run where ${link('Cold start', runbookLink('COLD-START', slug(COLD_START_HEADINGS.workstation)))} set up ${code('kubectl')} and ssh.`);

  d.heading(2, 'What to back up');
  const m = s.monitoring;
  const os = s.objectStore;
  d.add(table(['What', 'Lives in', 'How', 'Section'], [
    ['Cluster state (etcd)', `${code(snap.dir)} on ${servers.map((n) => code(n.name)).join(', ')}`, `k3s snapshots, cron ${code(snap.schedule)}, ${snap.retention} kept per server`, link('etcd snapshots', `#${slug(BACKUP_HEADINGS.etcd)}`)],
    ['k3s server token', `${code(host.k3sServerToken)} on ${first ? code(first.name) : 'the first server'}`, 'copy once, keep with the snapshots', link('etcd snapshots', `#${slug(BACKUP_HEADINGS.etcd)}`)],
    ...(m ? [
      ['Prometheus data', `${m.prometheus.storage.size} volume (${code(m.prometheus.storage.class)}) in ${code(m.namespace)}`, 'volume copy (history only; optional)', link('Monitoring volumes', `#${slug(BACKUP_HEADINGS.volumes)}`)],
      ['Alertmanager silences', `${m.alertmanager.storage.size} volume (${code(m.alertmanager.storage.class)}) in ${code(m.namespace)}`, 'volume copy', link('Monitoring volumes', `#${slug(BACKUP_HEADINGS.volumes)}`)],
      ['Grafana users and ad-hoc dashboards', `${m.grafana.storage.size} volume (${code(m.grafana.storage.class)}) in ${code(m.namespace)}`, 'volume copy', link('Monitoring volumes', `#${slug(BACKUP_HEADINGS.volumes)}`)],
    ] : []),
    ...(os ? [['Object store buckets', os.buckets.length ? os.buckets.map((b) => code(b.name)).join(', ') : `every bucket of ${code(os.name)}`, code('mc mirror'), link('Mirror', `#${slug(BACKUP_HEADINGS.mirror)}`)]] : []),
    ['The spec and this tree', 'Git', 'push to your forge', '—'],
  ]));

  d.heading(2, BACKUP_HEADINGS.etcd);
  d.add(`k3s snapshots its embedded etcd on every server (${etcd.members.map(code).join(', ')}) on the cron schedule ${code(snap.schedule)} and keeps the newest ${snap.retention} on each, in ${code(snap.dir)} (flags ${code('etcd-snapshot-schedule-cron')}, ${code('etcd-snapshot-retention')}, ${code('etcd-snapshot-dir')} in each server's ${code(host.k3sConfig)}; see ${link('k3s etcd-snapshot', K3S_DOCS)}).`);
  d.add(callout('WARNING', `Snapshots sit on the servers themselves. Copy them off the cluster, and ${os ? `do not make the in-cluster object store ${code(os.name)} their only other home` : 'do not keep the only copy on storage the cluster itself serves'}: you restore etcd when the cluster is down, and then that store is down too.`));

  d.heading(3, 'Take a snapshot now');
  d.add(`On any server, e.g. ${first ? code(first.name) : 'the first server'}, before a risky change. On-demand snapshots are not pruned by the retention count; k3s appends the node name and a timestamp to the name.`);
  d.add(fence('bash', [
    `sudo k3s etcd-snapshot save --name "pre-change-$(date +%Y%m%d-%H%M%S)"`,
    'sudo k3s etcd-snapshot ls',
  ].join('\n')));

  d.heading(3, 'Copy snapshots and the token off the cluster');
  d.add(`On the workstation: pulls every server's snapshot folder and the server token into ${code(`./${s.cluster.name}-etcd/`)}. The token decrypts the snapshot's bootstrap data when restoring onto new machines; it is a secret, so the folder is private and nothing is printed.`);
  d.add(fence('bash', [
    'umask 077',
    `dest=./${sh(`${s.cluster.name}-etcd`)}`,
    'mkdir -p "$dest"',
    ...servers.map((n) => continued([`rsync -a --rsync-path='sudo rsync'`, `${sh(`${n.address}:${snap.dir.replace(/\/+$/, '')}/`)}`, `${underVar('$dest', `${n.name}/`)}`])),
    ...(first ? [`ssh ${sh(first.address)} ${sh(`sudo cat ${host.k3sServerToken}`)} > "$dest/server-token"`] : []),
  ].join('\n')));

  d.heading(2, BACKUP_HEADINGS.restore);
  d.add(`This rolls the whole cluster back to the snapshot (per ${link('k3s: Restoring Snapshots', `${K3S_DOCS}#restoring-snapshots`)}). ${first ? code(first.name) : 'The first server'} restores; ${servers.length > 1 ? `${servers.slice(1).map((n) => code(n.name)).join(', ')} then rejoin with empty databases` : 'there are no other servers'}.`);
  if (first) {
    d.heading(3, 'Stop k3s on every server');
    d.add('On the workstation:', fence('bash', servers.map((n) => `ssh ${sh(n.address)} 'sudo systemctl stop k3s'`).join('\n')));
    d.heading(3, `Restore on ${first.name}`);
    d.add(`On ${code(first.name)}. The snapshot must be on this machine: list them with ${code('sudo k3s etcd-snapshot ls')}, or copy one from the workstation into ${code(snap.dir)} first. k3s moves the current database aside, restores, and logs ${code('Managed etcd cluster membership has been reset, restart without --cluster-reset flag now.')}`);
    d.add(fence('bash', [
      'snapshot=${SNAPSHOT:?set SNAPSHOT to a snapshot file name from k3s etcd-snapshot ls}',
      continued(['sudo k3s server --cluster-reset', `--cluster-reset-restore-path=${sh(`${snap.dir.replace(/\/+$/, '')}/`)}"$snapshot"`]),
      'sudo systemctl start k3s',
    ].join('\n')));
    if (servers.length > 1) {
      d.heading(3, 'Rejoin the other servers');
      d.add(`On ${servers.slice(1).map((n) => code(n.name)).join(', then ')}, one at a time: move the old database aside (k3s asks to back it up and delete it; moving keeps any snapshots stored under it) and start k3s, which joins the restored cluster through ${code(first.name)}.`);
      d.add(fence('bash', [
        `sudo mv ${sh(host.k3sDbDir)} ${sh(`${host.k3sDbDir}.before-restore-`)}"$(date +%Y%m%d-%H%M%S)"`,
        'sudo systemctl start k3s',
      ].join('\n')));
    }
    d.heading(3, 'Check the restored cluster');
    d.add(`On the workstation; every node should be ${code('Ready')}${agents.length ? `, agents (${agents.map((n) => code(n.name)).join(', ')}) reconnect by themselves (restart ${code('k3s-agent')} on one that does not)` : ''}, and Flux reconciles whatever changed since the snapshot:`);
    d.add(fence('bash', [
      exportKubeconfig(model),
      'kubectl get nodes -o wide',
      `flux get kustomizations -n ${sh(s.flux.namespace)}`,
    ].join('\n')));
    d.add(`Restoring onto new machines works the same, with the saved token passed to the first server (${code('--token')} or ${code('token')} in its config); k3s docs, "Restoring To New Hosts". Delete node objects of machines that no longer exist.`);
  }

  d.heading(2, BACKUP_HEADINGS.volumes);
  if (!m) {
    d.add('The spec declares no monitoring stack.');
  } else {
    d.add(bullets([
      `Prometheus (${m.prometheus.storage.size}, keeps ${code(m.prometheus.retention)}${m.prometheus.retentionSize ? ` or at most ${m.prometheus.retentionSize}` : ''}): metrics history. Losing it loses history, not function${m.prometheus.remoteWrite.length ? `; ${m.prometheus.remoteWrite.map((w) => code(w.name)).join(', ')} keep(s) a remote copy` : ''}.`,
      `Alertmanager (${m.alertmanager.storage.size}): silences and the notification log.`,
      `Grafana (${m.grafana.storage.size}): users, preferences and dashboards made in the UI.`,
    ]));
    d.add(`With a node-local storage class each volume is a directory on one node, and it dies with that node. On the workstation, this copies every claim in ${code(m.namespace)} to a tarball. A copy of a running Prometheus restores like a crash: it replays its write-ahead log and may lose the last minutes.`);
    d.add(fence('bash', [
      exportKubeconfig(model),
      nodeAddressFunction(model),
      'backup_pvc() {',
      '  local ns=$1 pvc=$2 pv node path addr',
      `  pv=$(kubectl -n "$ns" get pvc "$pvc" -o jsonpath='{.spec.volumeName}')`,
      `  node=$(kubectl get pv "$pv" -o jsonpath='{.spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values[0]}')`,
      `  path=$(kubectl get pv "$pv" -o jsonpath='{.spec.hostPath.path}{.spec.local.path}')`,
      '  addr=$(node_address "$node") || return 1',
      `  ssh "$addr" 'read -r dir; sudo tar -C "$dir" -czf - .' <<<"$path" > "$ns-$pvc-$(date +%Y%m%d).tar.gz"`,
      '}',
      `kubectl -n ${sh(m.namespace)} get pvc -o jsonpath='{range .items[*]}{.metadata.name}{"\\n"}{end}' |`,
      `  while read -r pvc; do backup_pvc ${sh(m.namespace)} "$pvc" </dev/null; done`,
    ].join('\n')));
    d.add(`To restore one: scale its workload to zero, extract the tarball into the same directory on the node, scale back up.`);
  }

  d.heading(2, BACKUP_HEADINGS.mirror);
  if (!os) {
    d.add('The spec declares no object store.');
  } else {
    const alias = mcAlias(model);
    d.add(`Replicas inside ${code(os.name)} protect against drive and node loss (${link('Storage', runbookLink('STORAGE'))}), not against deletion, a bad upgrade or losing the cluster. Mirror the buckets to storage outside the cluster (a NAS path, a USB disk, or another S3 service configured as an ${code('mc')} alias). ${code('mc mirror')} copies the current version of each object, not its history.`);
    const aliasBlock = mcAliasBlock(model);
    if (aliasBlock) d.add('On the workstation, once:', fence('bash', aliasBlock));
    const buckets = os.buckets.map((b) => b.name);
    d.add(`Then, as often as you can afford to lose data (the target is a local folder or ${code('ALIAS/path')}):`);
    d.add(fence('bash', [
      'target=${MIRROR_TARGET:?set MIRROR_TARGET to a folder or an mc alias path outside the cluster}',
      ...(buckets.length
        ? buckets.map((b) => `mc mirror --overwrite ${sh(`${alias}/${b}`)} ${underVar('$target', b)}`)
        : [`mc ls ${sh(alias)}`, `# then, per bucket: mc mirror --overwrite ${sh(alias)}/BUCKET "$target/BUCKET"`]),
    ].join('\n')));
    d.add(`Add ${code('--watch')} to keep mirroring continuously. Leave out ${code('--remove')}: it deletes from the mirror what was deleted in the cluster, which is what a backup must not do.`);
  }
  return d;
}
