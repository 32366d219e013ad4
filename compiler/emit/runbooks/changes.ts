// CHANGES.md: how to carry out the spec changes that Flux cannot apply alone,
// the `procedure` and `forbidden` classes of `veilc plan --base`. Only the
// sections that apply to this spec are written, and every name, address and
// size comes from the model. Sources, per section: MinIO "Expand a
// Distributed MinIO Deployment" and "Decommission a server pool", `mc mirror`;
// Kubernetes "Expanding Persistent Volumes Claims" and `kubectl delete
// --cascade=orphan`; k3s "High Availability Embedded etcd" and
// k3s-io/k3s#10362 (replacing a server); Flux Kustomization "Prune" (a
// suspended Kustomization is deleted without garbage collection, fluxcd/flux2#2624);
// prometheus-operator "Resizing volumes". The classes and rules themselves:
// compiler/transition.
import { fluxBootstrapPath, fluxLayout, bootstrapGlueFile } from '../flux/layout.ts';
import { MONITORING_RELEASE } from '../flux/monitoring.ts';
import type { Model } from '../../model/build-model.ts';
import { DEFAULT_PLACE } from '../../model/place.ts';
import { CONTROLLERS, type Controller } from '../../model/ingress.ts';
import { fromNumber } from '../../model/ipv4.ts';
import { minioStore } from '../../model/minio-pools.ts';
import { durationSeconds } from './shell.ts';
import { exportKubeconfig, mcAlias, mcAliasBlock, navigation, title } from './common.ts';
import { BACKUP_HEADINGS, CHANGES_HEADINGS as H, COLD_START_HEADINGS, DNS_HEADINGS, STORAGE_HEADINGS } from './headings.ts';
import { configYaml, nodeConfigs } from './k3s-config.ts';
import { bullets, code, fence, link, MarkdownDoc, numbered, slug, table } from './markdown.ts';
import { host, outFolder, outPath, runbookLink } from './paths.ts';
import { heredoc, sh, underVar } from './shell.ts';

/** Classes of `plan --base`, as the runbook explains them (the transition stage defines them). */
const CLASSES: [string, string][] = [
  ['create', 'a new object or node; Flux (or the cold-start steps) brings it up'],
  ['update', 'applied in place by Flux, or by deploying the zones for DNS'],
  ['delete', 'Flux prunes the object (prune: true), unless it is marked to be kept'],
  ['replace', 'deleted and created again under a new name; the plan says what is lost and what is kept'],
  ['procedure', 'possible only with the manual steps of a section below (a warning)'],
  ['forbidden', 'the API server or the system refuses it (a denial); carry it out by hand with a section below, under a waiver'],
];

function storageKustomization(model: Model): string | null {
  return fluxLayout(model).find((k) => k.name === 'storage')?.name ?? null;
}

export function changesRunbook(model: Model): MarkdownDoc {
  const s = model.spec;
  const d = new MarkdownDoc();
  d.heading(1, title('CHANGES', model));
  d.add(navigation('CHANGES'));
  d.add(`Most edits of the spec reach ${code(s.cluster.name)} by themselves: commit the spec and ${code(outFolder(model))}, Flux applies the rest. Some cannot: a StatefulSet whose claims change, a MinIO pool whose layout changes, an etcd member, an address clients know. This runbook carries those out, step by step, for this spec.`);

  d.heading(2, H.plan);
  d.add(`Compare the spec at hand with what is deployed (the spec and ${code(outFolder(model))} at the revision Flux syncs), before you push:`);
  // run from the repository root, like every runbook command
  const where = `${model.place.specFile === DEFAULT_PLACE.specFile ? '' : ` --spec ${sh(model.place.specFile)}`}${model.place.outDir === DEFAULT_PLACE.outDir ? '' : ` --out ${sh(model.place.outDir)}`}`;
  d.add(fence('bash', [`npx veilc plan --base origin/main${where}`, `npx veilc check --base origin/main${where}`].join('\n')));
  d.add(`Each change gets a class; ${code('check --base')} fails on a ${code('forbidden')} one, at the spec line of the new value:`);
  d.add(table(['Class', 'Means'], CLASSES.map(([c, m]) => [code(c), m])));

  d.heading(2, H.waive);
  const example = s.objectStore ? ['VEIL-CHANGE-001', 'objectStore.driveSize'] : ['VEIL-CHANGE-024', 'nodes[0].address'];
  d.add(`A ${code('forbidden')} change can still be right: you carry it out by hand (a section below), and the commit that records it must pass the gate. Waive the one finding for that commit, with the reason and a near expiry, and delete the waiver once the change is deployed (the next ${code('check --base')} reports a waiver that matches nothing):`);
  d.add(fence('yaml', ['waivers:', `  - rule: ${example[0]}`, `    path: ${example[1]}`, '    reason: carried out by hand as in CHANGES.md', '    expires: 2030-01-31'].join('\n')));

  if (s.objectStore && model.facts.erasure) objectStoreSections(model, d);
  nodeSections(model, d);
  addressSection(model, d);
  controllerSection(model, d);
  monitoringSection(model, d);
  fluxSections(model, d);
  return d;
}

function objectStoreSections(model: Model, d: MarkdownDoc): void {
  const os = model.spec.objectStore!;
  const store = minioStore(model)!;
  const ns = sh(os.namespace);
  const alias = mcAlias(model);
  const fluxNs = sh(model.spec.flux.namespace);
  const ks = storageKustomization(model);
  const claimsOf = (sts: string) => `kubectl -n ${ns} get pvc -o name | grep -E ${sh(`^persistentvolumeclaim/data[0-9]+-${sts}-[0-9]+$`)}`;
  const wait = `${durationSeconds(model.spec.flux.timeout) * 2}s`;
  const localPath = store.pools.filter((p) => p.storageClass === 'local-path');
  const layouts = store.pools.map((p) => `${code(p.statefulSet.name)}: ${p.servers} servers × ${p.drivesPerServer} drives of ${p.driveSize}, erasure sets of ${p.setSize ?? '?'}`);

  d.heading(2, H.recreateStore);
  d.add(`For a change of a pool's ${['servers', 'drivesPerServer', 'driveSize', 'storageClass', 'erasure'].map(code).join(', ')} or of the store's name or namespace. A StatefulSet's claims cannot change (the API server refuses it), ${localPath.length ? `${code('local-path')} claims cannot grow, ` : ''}and MinIO keeps each pool's layout for life (${layouts.join('; ')}). So the data leaves, the store is created again on new claims, and the data comes back.`);
  d.add(`To grow, add a server pool instead (${link('Storage', runbookLink('STORAGE', slug(STORAGE_HEADINGS.addPool)))}). To change one pool of several, add a pool with the new layout, then decommission the old one (below): MinIO moves the objects itself, without downtime.`);
  d.add(numbered([
    `Mirror every bucket off the cluster (as in ${link('Backups', runbookLink('BACKUPS', slug(BACKUP_HEADINGS.mirror)))}) and check the copy. The store is down from step 3 until step 5.`,
    `Stop Flux from recreating the old StatefulSets: suspend the Kustomization ${ks ? code(ks) : 'that applies them'}.`,
    `Delete every pool's StatefulSet and its claims. The claims' volumes go with them${localPath.length ? ` (${code('local-path')} deletes the data directory)` : ' when the class reclaims them'}.`,
    `Commit the new spec and ${code(outFolder(model))}, push, and resume the Kustomization: Flux creates the StatefulSets with new claims.`,
    'Create the buckets and mirror the data back.',
  ]));
  const aliasBlock = mcAliasBlock(model);
  const buckets = os.buckets.map((b) => b.name);
  const mirrorOff = [
    ...(aliasBlock ? [aliasBlock] : []),
    'target=${MIRROR_TARGET:?set MIRROR_TARGET to a folder or an mc alias path outside the cluster}',
    ...(buckets.length
      ? buckets.map((b) => `mc mirror --overwrite ${sh(`${alias}/${b}`)} ${underVar('$target', b)}`)
      : [`mc ls ${sh(alias)} | awk '{print $NF}' | while read -r b; do mc mirror --overwrite ${sh(alias)}/"\${b%/}" "$target/\${b%/}"; done`]),
  ];
  d.add('Step 1, on the workstation:', fence('bash', mirrorOff.join('\n')));
  d.add(`Steps 2 and 3, for the StatefulSets as deployed (if the store was renamed or moved, use the old names and namespace):`, fence('bash', [
    exportKubeconfig(model),
    ...(ks ? [`flux suspend kustomization ${sh(ks)} -n ${fluxNs}`] : []),
    ...store.pools.flatMap((p) => [
      `kubectl -n ${ns} delete statefulset ${sh(p.statefulSet.name)} --wait=true`,
      `${claimsOf(p.statefulSet.name)} | xargs -r kubectl -n ${ns} delete --wait=true`,
    ]),
  ].join('\n')));
  d.add('Step 4, after the push:', fence('bash', [
    exportKubeconfig(model),
    ...(ks ? [`flux resume kustomization ${sh(ks)} -n ${fluxNs}`] : []),
    ...store.pools.map((p) => `kubectl -n ${ns} rollout status statefulset/${sh(p.statefulSet.name)} --timeout=${wait}`),
  ].join('\n')));
  d.add('Step 5:', fence('bash', [
    ...(aliasBlock ? [aliasBlock] : []),
    'target=${MIRROR_TARGET:?set MIRROR_TARGET to the folder or alias path of step 1}',
    ...(buckets.length
      ? buckets.flatMap((b) => [`mc mb --ignore-existing ${sh(`${alias}/${b}`)}`, `mc mirror --overwrite ${underVar('$target', b)} ${sh(`${alias}/${b}`)}`])
      : [`mc ls "$target" | awk '{print $NF}' | while read -r b; do mc mb --ignore-existing ${sh(alias)}/"\${b%/}" && mc mirror --overwrite "$target/\${b%/}" ${sh(alias)}/"\${b%/}"; done`]),
  ].join('\n')));
  d.add(`If the store moved to another name or namespace, Flux pruned the old StatefulSets but kept their claims (${code('whenDeleted: Retain')}): delete them once the data is back, with step 3 under the old names.`);

  const growable = store.pools.filter((p) => p.storageClass !== 'local-path');
  if (growable.length) {
    d.heading(2, H.growClaims);
    d.add(`Only for a larger ${code('driveSize')} of a pool whose StorageClass allows volume expansion (the ${code('test')} line passes). The pods keep running; the pool's claims grow one by one, and Flux creates its StatefulSet again with the new size.`);
    d.add(fence('bash', [
      exportKubeconfig(model),
      ...(ks ? [`flux suspend kustomization ${sh(ks)} -n ${fluxNs}`] : []),
      ...growable.flatMap((p) => [
        `# ${p.statefulSet.name}: ${p.storageClass}, ${p.driveSize}`,
        `test "$(kubectl get storageclass ${sh(p.storageClass)} -o jsonpath='{.allowVolumeExpansion}')" = true`,
        `kubectl -n ${ns} delete statefulset ${sh(p.statefulSet.name)} --cascade=orphan`,
        `${claimsOf(p.statefulSet.name)} | xargs -r -I{} kubectl -n ${ns} patch {} --type merge -p ${sh(JSON.stringify({ spec: { resources: { requests: { storage: p.driveSize } } } }))}`,
      ]),
      `# commit and push the new spec and ${outFolder(model)}, then:`,
      ...(ks ? [`flux resume kustomization ${sh(ks)} -n ${fluxNs}`] : []),
      ...growable.map((p) => `kubectl -n ${ns} rollout status statefulset/${sh(p.statefulSet.name)} --timeout=${wait}`),
    ].join('\n')));
  }

  if ((minioStore(model)?.pools.length ?? 0) < 2) return;
  d.heading(2, H.decommission);
  d.add(`Before a server pool leaves the spec, MinIO must move its objects to the other pools. Start the decommission with the pool exactly as ${code('mc admin decommission status')} lists it, wait for ${code('Complete')}, then remove the pool from the spec and push.`);
  d.add(fence('bash', [
    ...(aliasBlock ? [aliasBlock] : []),
    `mc admin decommission status ${sh(alias)}`,
    'pool=${POOL:?set POOL to the pool to remove, as the status lists it}',
    `mc admin decommission start ${sh(alias)}/ "$pool"`,
    `mc admin decommission status ${sh(alias)}/ "$pool"`,
  ].join('\n')));
}

function nodeSections(model: Model, d: MarkdownDoc): void {
  const nodes = nodeConfigs(model);
  const servers = nodes.filter((n) => n.role === 'server');
  const agents = nodes.filter((n) => n.role === 'agent');
  const first = servers.find((n) => n.clusterInit);
  if (!first) return;
  const etcd = model.facts.etcd;

  d.heading(2, H.addServer);
  d.add(`etcd takes one new member at a time, and each join needs quorum. Add servers to ${code('nodes')} one per commit: compile, then join the new server exactly as ${link('Cold start', runbookLink('COLD-START', slug(COLD_START_HEADINGS.otherServers)))} shows for it, and wait until it is Ready before the next one. Take an etcd snapshot first (${link('Backups', runbookLink('BACKUPS', slug(BACKUP_HEADINGS.etcd)))}); going from 1 to 2 members, losing either stops the control plane until the join completes. An odd count is the goal: ${etcd.count} servers tolerate ${etcd.tolerance} lost.`);
  d.add(fence('bash', [exportKubeconfig(model), 'kubectl get nodes -o wide', `kubectl get nodes -l ${sh('node-role.kubernetes.io/etcd=true')}`].join('\n')));

  d.heading(2, H.removeServer);
  d.add(`One server at a time, and never below quorum of the current members: with ${etcd.count} members, quorum is ${etcd.quorum}. Drain and delete the node first (k3s removes its etcd member when the node object goes), then uninstall k3s on it. Only then shut it down. ${code(first.node)} is the one the others join through (${code('cluster-init')}): to remove it, follow the next section first.`);
  d.add(fence('bash', [
    exportKubeconfig(model),
    `node=\${NODE:?set NODE to the server to remove, one of ${servers.map((n) => n.node).join(' ')}}`,
    'kubectl drain "$node" --ignore-daemonsets --delete-emptydir-data --timeout=300s',
    'kubectl delete node "$node"',
    `kubectl get nodes -l ${sh('node-role.kubernetes.io/etcd=true')}`,
    '# then, on that node:',
    '# sudo /usr/local/bin/k3s-uninstall.sh',
  ].join('\n')));

  d.heading(2, H.replaceServer);
  const other = servers.find((n) => !n.clusterInit);
  d.add(`A server's address is its etcd peer address: k3s will not start on a new one. Replace it as a new member, one server at a time: make sure no node joins through it, delete the node, wipe its etcd data on the machine, change the address, and join it again. The node every other one joins through is ${code(first.node)}${other ? `; to replace it, first point the others at ${code(other.node)} (edit ${code('server:')} in ${code(host.k3sConfig)} on each, then restart k3s there)` : ''}.`);
  d.add(bullets([
    `Update the spec (the node's ${code('address')}, and the DNS records follow it), compile and commit.`,
    'On the workstation, delete the node:',
  ]));
  d.add(fence('bash', [
    exportKubeconfig(model),
    `node=\${NODE:?set NODE to the server to replace, one of ${servers.map((n) => n.node).join(' ')}}`,
    'kubectl drain "$node" --ignore-daemonsets --delete-emptydir-data --timeout=300s',
    'kubectl delete node "$node"',
  ].join('\n')));
  d.add(`On the machine: stop k3s, wipe its etcd data, set the new address, then join with the config ${link('Cold start', runbookLink('COLD-START', slug(COLD_START_HEADINGS.otherServers)))} compiles for it (copy the token first, as shown there).`);
  d.add(fence('bash', ['sudo systemctl stop k3s', `sudo rm -rf ${sh(host.k3sDbDir)}`, '# change the machine\'s address now, then run the join block of this node from COLD-START.md'].join('\n')));
  if (other) {
    const rejoin = first.config.filter(([k]) => k !== 'cluster-init');
    d.add(`${code(first.node)} itself rejoins through ${code(other.node)}, with this config instead of the one in Cold start (${code('cluster-init')} on an empty disk would start a second, separate cluster):`);
    d.add(fence('bash', heredoc(`sudo tee ${sh(host.k3sConfig)} >/dev/null`, configYaml([['server', `https://${other.address}:6443`], ...rejoin, ['token-file', host.k3sTokenFile]]))));
  }

  const version = model.spec.kubernetes.version;
  d.heading(2, H.upgrade);
  d.add(`Flux does not touch k3s: the version in ${code('kubernetes.version')} (${code(version)}) is what the cold-start steps install. Upgrade one minor version at a time and never down; take an etcd snapshot first (${link('Backups', runbookLink('BACKUPS', slug(BACKUP_HEADINGS.etcd)))}). Servers first, one at a time, each Ready before the next (${servers.map((n) => code(n.node)).join(', ')}), then the agents${agents.length ? ` (${agents.map((n) => code(n.node)).join(', ')})` : ''}. The install script keeps ${code(host.k3sConfig)}.`);
  d.add('On each server, in turn:', fence('bash', `curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION=${sh(version)} sh -s - server`));
  if (agents.length) d.add('Then on each agent:', fence('bash', `curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION=${sh(version)} sh -s - agent`));
  d.add('From the workstation, after each node (the VERSION column):', fence('bash', [exportKubeconfig(model), 'kubectl get nodes -o wide'].join('\n')));

  d.heading(2, H.nodeConfig);
  d.add(`k3s reads ${code(host.k3sConfig)} when it starts. After a change of the snapshot settings or node labels, write each node's file as ${link('Cold start', runbookLink('COLD-START', slug(COLD_START_HEADINGS.flags)))} now compiles it and restart k3s there (${code('sudo systemctl restart k3s')} on servers, one at a time; ${code('k3s-agent')} on agents). Labels from ${code('--node-label')} apply only when a node registers, so set them on the running nodes too (remove a dropped one with ${code('kubectl label node NODE KEY-')}):`);
  const labelled = model.spec.nodes.filter((n) => Object.keys(n.labels).length);
  d.add(fence('bash', [
    exportKubeconfig(model),
    ...(labelled.length
      ? labelled.map((n) => `kubectl label node ${sh(n.name)} ${Object.entries(n.labels).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => sh(`${k}=${v}`)).join(' ')} --overwrite`)
      : ['kubectl get nodes --show-labels']),
  ].join('\n')));

  if (agents.length) {
    d.heading(2, H.agentAddress);
    d.add(`Agents hold no etcd member, but Kubernetes does not follow a node to a new address. Delete the node, change the address in its ${code(host.k3sConfig)} (${code('node-ip')}) and on the machine, and restart the agent: it registers again.`);
    d.add(fence('bash', [
      exportKubeconfig(model),
      `node=\${NODE:?set NODE to the agent, one of ${agents.map((n) => n.node).join(' ')}}`,
      'kubectl drain "$node" --ignore-daemonsets --delete-emptydir-data --timeout=300s',
      'kubectl delete node "$node"',
      '# on the machine, after changing its address and node-ip:',
      '# sudo systemctl restart k3s-agent',
    ].join('\n')));
  }
}

function addressSection(model: Model, d: MarkdownDoc): void {
  const addrs = model.facts.network.serviceAddresses;
  if (!addrs.length) return;
  d.heading(2, H.moveAddress);
  const dns = model.spec.dns;
  d.add(`${addrs.map((a) => `${code(a.owner)} ${code(a.address)}`).join(', ')}: clients reach these through DNS names and cache the answers. Moving one, and shrinking a pool so that one falls out, are changes clients see. MetalLB moves the service as soon as Flux applies the change.`);
  d.add(numbered([
    dns ? `A day ahead: lower ${code('dns.ttl')} (now ${dns.ttl} s) to 60, compile, and deploy the zones (${link('DNS', runbookLink('DNS', slug(DNS_HEADINGS.deploy)))}); wait the old TTL out.` : 'A day ahead: lower the TTL of the names that point at the address, wherever they are served.',
    `Change the address in the spec (keep it inside a pool), compile, commit and push. Deploy the zones at the same time${dns ? ` (${link('DNS', runbookLink('DNS', slug(DNS_HEADINGS.deploy)))})` : ''}.`,
    'Check that the service has the new address, and that the names answer with it.',
    dns ? `Raise ${code('dns.ttl')} again and deploy the zones once more.` : 'Raise the TTL again.',
  ]));
  d.add(fence('bash', [
    exportKubeconfig(model),
    `kubectl get svc -A --field-selector spec.type=LoadBalancer -o ${sh('custom-columns=NAMESPACE:.metadata.namespace,NAME:.metadata.name,ADDRESS:.status.loadBalancer.ingress[0].ip')}`,
  ].join('\n')));
}

/** The first pool address no service asks for, or null when every one is taken. */
function freePoolAddress(model: Model): string | null {
  const taken = new Set(model.facts.network.serviceAddresses.map((a) => a.value));
  for (const p of model.facts.network.pools) {
    for (let v = p.firstValue; v <= p.lastValue; v++) if (!taken.has(v)) return fromNumber(v);
  }
  return null;
}

/**
 * Moving the host names to another controller without an outage: the
 * migration window of `ingress.retiring` (VEIL-CHANGE-032/033 link here).
 * The spec states of each step are what DNS.md's migration section follows.
 */
function controllerSection(model: Model, d: MarkdownDoc): void {
  const entries = model.facts.ingress;
  const now = entries.find((e) => e.role === 'current');
  if (!now) return;
  const old = entries.find((e) => e.role === 'retiring');
  const dns = link('DNS', runbookLink('DNS', slug(DNS_HEADINGS.deploy)));
  const ttl = model.spec.dns ? ` (${code('dns.ttl')}: ${model.spec.dns.ttl} s)` : '';
  d.heading(2, H.switchController);
  d.add(old
    ? `A move is under way: ${code(old.controller)} on ${code(old.address)} (${code('ingress.retiring')}) and ${code(now.controller)} on ${code(now.address)} both run; DNS.md says which step is next.`
    : `${code(now.controller)} serves every host on ${code(now.address)}. Changing ${code('ingress.controller')} in one commit installs the new controller and uninstalls this one in the same reconcile: every host is down until the new one is ready (${code('VEIL-CHANGE-032')}). Three commits move the names without an outage:`);
  d.add(numbered([
    `Set ${code('ingress.controller')} to the new controller on a free pool address, and keep the running one under ${code('ingress.retiring')} as deployed, with ${code('keepsDns: true')}. Compile, commit, push: Flux installs the new one beside the old; both serve every host, and the names still resolve to the old one. Try the new one by its address (DNS.md, while the window is open).`,
    `Set ${code('ingress.retiring.keepsDns: false')}, compile, commit, and deploy the zones (${dns}): the names now resolve to the new address. Wait the TTL out${ttl}.`,
    `Delete ${code('ingress.retiring')}, compile, commit: Flux uninstalls the old controller. Deleting it together with the ${code('keepsDns')} switch sends clients with cached answers to a removed controller (${code('VEIL-CHANGE-033')}).`,
  ]));
  const successor = (Object.keys(CONTROLLERS) as Controller[]).find((c) => c !== now.controller);
  const free = freePoolAddress(model);
  if (old || now.controller !== 'ingress-nginx' || !successor || !free) return;
  // ingress.retiring can hold only ingress-nginx (the schema's enum): the move off the retired controller
  d.add(`Step 1 for this spec (${code(free)} is the first pool address no service asks for):`);
  d.add(fence('yaml', [
    'ingress:',
    `  controller: ${successor}`,
    `  address: ${free}`,
    '  retiring:',
    `    controller: ${now.controller}`,
    `    namespace: ${now.namespace}`,
    `    className: ${now.className}`,
    `    address: ${now.address}`,
    '    keepsDns: true',
  ].join('\n')));
}

function monitoringSection(model: Model, d: MarkdownDoc): void {
  const m = model.spec.monitoring;
  if (!m) return;
  const ns = sh(m.namespace);
  const ks = fluxLayout(model).find((k) => k.name === 'monitoring')?.name;
  const fluxNs = sh(model.spec.flux.namespace);
  d.heading(2, H.monitoringVolume);
  d.add(`The chart makes Grafana's claim itself, so Helm patches it on upgrade; the API server refuses a larger size unless the class allows expansion${m.grafana.storage.class === 'local-path' ? ` (${code('local-path')} does not)` : ''}, and refuses any class change. Prometheus and Alertmanager get new sizes and classes only on new claims. Where the class cannot grow, the way is a new claim: the component starts empty (Grafana's dashboards from the chart come back; its own database does not; Prometheus keeps no history beyond ${code('remoteWrite')}).`);
  d.add(fence('bash', [
    exportKubeconfig(model),
    ...(ks ? [`flux suspend kustomization ${sh(ks)} -n ${fluxNs}`] : []),
    `kubectl -n ${ns} get pvc`,
    'pvc=${PVC:?set PVC to the claim to recreate, from the list above}',
    `kubectl -n ${ns} delete pvc "$pvc" --wait=false`,
    `kubectl -n ${ns} delete pod -l ${sh(`app.kubernetes.io/instance=${MONITORING_RELEASE}`)} --wait=false`,
    `# commit and push the new spec and ${outFolder(model)}, then:`,
    ...(ks ? [`flux resume kustomization ${sh(ks)} -n ${fluxNs}`] : []),
    `kubectl -n ${ns} get pvc`,
  ].join('\n')));
}

function fluxSections(model: Model, d: MarkdownDoc): void {
  const s = model.spec;
  const bootPath = fluxBootstrapPath(s);
  const glue = bootstrapGlueFile(s);
  const fluxNs = sh(s.flux.namespace);
  d.heading(2, H.glue);
  d.add(`Flux applies the Kustomization ${code(s.cluster.name)} from the copy in ${code(bootPath)}, not from ${code(outFolder(model))}. When a compile changes ${code(outPath(model, glue))}, copy it there again (from the repository root):`);
  d.add(fence('bash', [
    `cp ${sh(outPath(model, glue))} ${sh(`${bootPath}/`)}`,
    `git add ${sh(`${bootPath}/${glue.split('/').pop()}`)}`,
    `git commit -m ${sh(`Flux: update the Kustomization ${s.cluster.name}`)}`,
    'git push',
    exportKubeconfig(model),
    `flux reconcile kustomization ${fluxNs} --with-source`,
  ].join('\n')));

  d.heading(2, H.renameFlux);
  const stages = fluxLayout(model).map((k) => k.name);
  d.add(`A new ${code('cluster.name')} or ${code('flux.namespace')} replaces Flux Kustomizations. Deleting a Kustomization with ${code('prune: true')} deletes everything it applied, and namespaces without ${code('kustomize.toolkit.fluxcd.io/prune: disabled')} take their claims with them, unless the Kustomization is suspended: then it goes alone. So suspend the deployed ones first, swap, and resume.`);
  d.add(fence('bash', [
    exportKubeconfig(model),
    'old_ns=${OLD_FLUX_NAMESPACE:?set OLD_FLUX_NAMESPACE to the namespace of the deployed Kustomizations}',
    'old_name=${OLD_CLUSTER_NAME:?set OLD_CLUSTER_NAME to the deployed cluster name}',
    'flux suspend kustomization "$old_name" -n "$old_ns"',
    ...stages.map((k) => `flux suspend kustomization ${sh(k)} -n "$old_ns"`),
  ].join('\n')));
  d.add(`Then compile, copy the new ${code(outPath(model, glue))} into ${code(bootPath)}, delete the old glue file there, commit and push. Once ${code(s.cluster.name)} is Ready, resume its Kustomizations; if the namespace changed, delete the suspended ones left in the old namespace (their objects stay):`);
  d.add(fence('bash', [
    exportKubeconfig(model),
    `flux reconcile kustomization ${fluxNs} --with-source`,
    `kubectl -n ${fluxNs} wait kustomization/${sh(s.cluster.name)} --for=condition=Ready --timeout=${durationSeconds(s.flux.timeout) * 2}s`,
    ...stages.map((k) => `flux resume kustomization ${sh(k)} -n ${fluxNs}`),
    ...(stages.length ? [
      'old_ns=${OLD_FLUX_NAMESPACE:?set OLD_FLUX_NAMESPACE as above}',
      `if [ "$old_ns" != ${fluxNs} ]; then`,
      ...stages.map((k) => `  kubectl -n "$old_ns" delete kustomizations.kustomize.toolkit.fluxcd.io ${sh(k)} --ignore-not-found`),
      'fi',
    ] : []),
  ].join('\n')));
}
