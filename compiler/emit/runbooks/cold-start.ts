// COLD-START.md: bring the cluster up from bare machines, in order: DNS, the
// first k3s server (cluster-init), the other servers one at a time, agents,
// workstation access, the secrets the manifests expect, Flux bootstrap on its
// own path outside out/ plus the glue Kustomization that syncs the compiled
// tree, then each Flux Kustomization in dependency order.
// Sources: k3s "High Availability Embedded etcd" (docs.k3s.io/datastore/ha-embedded:
// cluster-init on the first server, `server:` plus the token on the others,
// odd server count), k3s install script (`sh -s - server|agent`,
// INSTALL_K3S_VERSION), k3s "token" (server token in
// /var/lib/rancher/k3s/server/token), Flux "bootstrap for Git servers"
// (fluxcd.io/flux/installation/bootstrap/generic-git-server/; bootstrap
// writes <path>/<namespace>/ and names its GitRepository and Kustomization
// after the namespace, flux2 cmd/flux/bootstrap_*.go), an existing install's
// path cannot be changed by bootstrapping again
// (github.com/fluxcd/flux2-kustomize-helm-example/issues/23), and
// `flux uninstall` leaves what Flux applied in place
// (fluxcd.io/flux/installation/uninstall).
import type { Model } from '../../model/build-model.ts';
import { CONTROLLER_MANAGER_PORT, ETCD_METRICS_PORT, KUBE_PROXY_METRICS_PORT, SCHEDULER_PORT } from '../../model/k3s.ts';
import { exportKubeconfig, kubeconfigPath, mcAlias, mcAliasBlock, navigation, secretNeeds, title } from './common.ts';
import { blocklistSteps, checkBlock, deployBlock, dnsHost, installBlock, reloadBlock, verifyBlock } from './dns-steps.ts';
import { bootstrapGlueFile, compiledFluxGitPath, fluxBootstrapPath, fluxGitPath, fluxLayout, outGitDir, type FluxKustomization } from '../flux/layout.ts';
import { BACKUP_HEADINGS, COLD_START_HEADINGS as H, DNS_HEADINGS } from './headings.ts';
import { configYaml, nodeConfigs, type NodeConfig } from './k3s-config.ts';
import { bullets, callout, code, fence, image, link, MarkdownDoc, slug, table, text } from './markdown.ts';
import { compileCommand } from '../veilc-command.ts';
import { compiled, host, outFolder, outLink, outPath, pictureLink, runbookLink } from './paths.ts';
import { continued, durationSeconds, heredoc, sh, underVar } from './shell.ts';

/** Why each k3s config key is there (keys come from compiler/model/k3s.ts and k3s-config.ts). */
const WHY: Record<string, string> = {
  'cluster-init': 'first server only: starts the embedded etcd cluster',
  server: 'joins the cluster through the first server',
  'token-file': 'the join token, copied from the first server (never on a command line)',
  'node-ip': 'the LAN address from the spec, not whichever interface k3s would pick',
  'tls-san': 'the API server certificate also names the node address',
  disable: 'the bundled ServiceLB and Traefik would fight the load balancer and ingress controller Flux installs',
  'etcd-expose-metrics': `etcd metrics on port ${ETCD_METRICS_PORT} of the node address, for Prometheus`,
  'kube-controller-manager-arg': `controller-manager metrics (port ${CONTROLLER_MANAGER_PORT}) reachable on the node address`,
  'kube-scheduler-arg': `scheduler metrics (port ${SCHEDULER_PORT}) reachable on the node address`,
  'kube-proxy-arg': `kube-proxy metrics (port ${KUBE_PROXY_METRICS_PORT}) reachable on the node address`,
  'etcd-snapshot-schedule-cron': 'when k3s snapshots etcd',
  'etcd-snapshot-retention': 'how many snapshots each server keeps',
  'etcd-snapshot-dir': 'where the snapshots go',
  'node-label': 'node labels from the spec',
};

/** Kustomizations with every dependency before its dependents (stable: layout order breaks ties). */
function dependencyOrder(layout: readonly FluxKustomization[]): FluxKustomization[] {
  const done = new Set<string>();
  const out: FluxKustomization[] = [];
  const names = new Set(layout.map((k) => k.name));
  while (out.length < layout.length) {
    const next = layout.find((k) => !done.has(k.name) && k.dependsOn.every((dep) => done.has(dep) || !names.has(dep)));
    if (!next) throw new Error(`Flux Kustomizations depend on each other in a cycle: ${layout.filter((k) => !done.has(k.name)).map((k) => k.name).join(', ')}`);
    done.add(next.name);
    out.push(next);
  }
  return out;
}

/** `./out/flux/x/` and `out/flux/x` name the same folder. */
const normalizeRepoPath = (p: string) => p.replace(/^(\.\/)+/, '').replace(/\/+$/, '');

/** Mermaid node id: letters, digits and `_` only. */
const mid = (prefix: string, name: string) => `${prefix}_${name.replace(/[^A-Za-z0-9]/g, '_')}`;

/**
 * The bring-up as a Mermaid flowchart. Kustomization edges are exactly the
 * layout's dependsOn; roots hang off the glue Kustomization, which hangs off
 * the bootstrap.
 */
function bringUpDiagram(model: Model, layout: readonly FluxKustomization[]): string {
  const lines = ['flowchart TD'];
  const h = dnsHost(model);
  const nodes = nodeConfigs(model);
  const chain: [string, string][] = [];
  if (h) chain.push([mid('step', 'dns'), `DNS on ${h.name}`]);
  for (const n of nodes) chain.push([mid('node', n.node), n.clusterInit ? `k3s server ${n.node} (cluster-init)` : `k3s ${n.role} ${n.node}`]);
  chain.push([mid('step', 'secrets'), 'secrets']);
  chain.push([mid('step', 'bootstrap'), `flux bootstrap ${fluxBootstrapPath(model.spec)}`]);
  const glue = mid('glue', model.spec.cluster.name);
  chain.push([glue, `Kustomization ${model.spec.cluster.name}`]);
  for (const [id, label] of chain) lines.push(`  ${id}["${label}"]`);
  for (const k of layout) lines.push(`  ${mid('ks', k.name)}["${k.name}${k.wait ? ' (wait)' : ''}"]`);
  for (let i = 1; i < chain.length; i++) lines.push(`  ${chain[i - 1]![0]} --> ${chain[i]![0]}`);
  for (const k of layout) {
    if (!k.dependsOn.length) lines.push(`  ${glue} --> ${mid('ks', k.name)}`);
    for (const dep of k.dependsOn) lines.push(`  ${mid('ks', dep)} --> ${mid('ks', k.name)}`);
  }
  return lines.join('\n');
}

function nodeBlock(model: Model, n: NodeConfig): string {
  const version = model.spec.kubernetes.version;
  const lines = [
    `sudo hostnamectl set-hostname ${sh(n.node)}`,
    `sudo install -d -m 0755 ${sh(host.k3sConfigDir)}`,
    heredoc(`sudo tee ${sh(host.k3sConfig)} >/dev/null`, configYaml(n.config)),
    `curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION=${sh(version)} sh -s - ${n.role}`,
  ];
  if (n.role === 'server') {
    lines.push(
      `until sudo k3s kubectl get node ${sh(n.node)} >/dev/null 2>&1; do sleep 5; done`,
      `sudo k3s kubectl wait --for=condition=Ready node/${sh(n.node)} --timeout=300s`,
    );
  } else {
    lines.push('sudo systemctl --no-pager status k3s-agent');
  }
  return lines.join('\n');
}

function tokenCopyBlock(first: NodeConfig, n: NodeConfig): string {
  return continued([
    `ssh ${sh(first.address)} ${sh(`sudo cat ${host.k3sServerToken}`)}`,
    `| ssh ${sh(n.address)} ${sh(`sudo install -d -m 0755 ${host.k3sConfigDir} && umask 077 && sudo tee ${host.k3sTokenFile} >/dev/null`)}`,
  ]);
}

/**
 * Step 7: bootstrap on its own path, outside out/, then the glue Kustomization
 * copied next to bootstrap's manifests; or, on a cluster bootstrapped before,
 * the glue file into the path its flux-system Kustomization already syncs.
 */
function fluxBootstrapSection(model: Model, d: MarkdownDoc): void {
  const s = model.spec;
  const fluxNs = s.flux.namespace;
  const bootPath = fluxBootstrapPath(s);
  const entryPath = fluxGitPath(model);
  const compiledPath = compiledFluxGitPath(model);
  const outDir = `${outGitDir(model).replace(/\/$/, '')}/`;
  const glue = bootstrapGlueFile(s);
  const glueName = glue.split('/').pop()!;
  const commit = `git commit -m ${sh(`Flux: Kustomization ${s.cluster.name} syncs the compiled tree`)}`;

  if (normalizeRepoPath(entryPath) !== normalizeRepoPath(compiledPath)) {
    d.add(callout('IMPORTANT', `${code('flux.path')} is ${code(entryPath)}, but veilc writes the compiled tree to ${code(compiledPath)}. The Kustomization ${code(s.cluster.name)} syncs ${code(entryPath)} in Git: publish the compiled tree there before bootstrapping, or remove ${code('flux.path')} from the spec.`));
  }
  d.add(`Bootstrap installs Flux, commits its own manifests to ${code(`${bootPath}/${fluxNs}/`)} and creates the Kustomization ${code(fluxNs)}, which applies everything under ${code(bootPath)}. That folder is outside ${code(outDir)} on purpose: every compile replaces ${code(outDir)} wholesale, and Flux must never lose its own manifests (its Kustomization prunes, so it would delete its own controllers).`);
  d.add(`The one file you keep there by hand is the Kustomization ${code(s.cluster.name)} (${link(code(outPath(model, glue)), outLink(glue))}): it syncs ${code(entryPath)}, the compiled tree (${link(code(compiled.fluxDir(model)), outLink(compiled.fluxDir(model)))}). Copy it again whenever a compile changes it.`);
  d.add(`Flux reads Git, not your disk: push ${code(outFolder(model))} first. On the workstation, from the repository root:`);
  d.add(fence('bash', [
    exportKubeconfig(model),
    'git push',
    'flux check --pre',
    continued([
      'flux bootstrap git',
      '--url="${GIT_URL:?set GIT_URL to the repository, e.g. ssh://git@forge.example/you/homelab.git}"',
      '--branch="${GIT_BRANCH:-main}"',
      `--namespace=${sh(fluxNs)}`,
      `--path=${sh(bootPath)}`,
    ]),
    // bootstrap pushed its own commit
    'git pull --ff-only',
    `mkdir -p ${sh(bootPath)} && cp ${sh(outPath(model, glue))} ${sh(`${bootPath}/`)}`,
    `git add ${sh(`${bootPath}/${glueName}`)}`,
    commit,
    'git push',
    `flux reconcile kustomization ${sh(fluxNs)} --with-source`,
  ].join('\n')));
  d.add(bullets([
    `With an ssh URL and no ${code('--private-key-file')}, bootstrap creates a deploy key and asks you to add it to the repository (read access is enough). ${code('flux bootstrap github')} / ${code('gitlab')} / ${code('gitea')} take the same ${code('--path')}.`,
    ...(s.flux.sourceRef !== fluxNs ? [`The compiled Kustomizations read from the GitRepository ${code(s.flux.sourceRef)}, but bootstrap names its GitRepository after the namespace (${code(fluxNs)}): make them match in the spec (${code('flux.sourceRef')}).`] : []),
  ]));

  d.heading(3, H.alreadyBootstrapped);
  d.add(`If Flux already runs on this cluster, skip the bootstrap above (bootstrap cannot move an existing install to another path) and copy the same file into the folder its ${code(fluxNs)} Kustomization syncs instead of ${code(bootPath)}. First see which folder that is:`);
  d.add(fence('bash', [
    exportKubeconfig(model),
    `kubectl -n ${sh(fluxNs)} get kustomization ${sh(fluxNs)} -o jsonpath='{.spec.path}'; echo`,
  ].join('\n')));
  d.add(`If it is inside ${code(outDir)} (an earlier veilc bootstrapped there), the next compile deletes Flux's own manifests: run ${code(`flux uninstall --namespace=${fluxNs} --keep-namespace`)} (it leaves everything Flux applied in place) and bootstrap as above. Otherwise, from the repository root (if that folder has a ${code('kustomization.yaml')} of its own, also add the file to its ${code('resources')}):`);
  d.add(fence('bash', [
    exportKubeconfig(model),
    'git pull --ff-only',
    `synced="$(kubectl -n ${sh(fluxNs)} get kustomization ${sh(fluxNs)} -o jsonpath='{.spec.path}')"`,
    `cp ${sh(outPath(model, glue))} "\${synced:?no such Kustomization}/"`,
    `git add ${underVar('$synced', glueName)}`,
    commit,
    'git push',
    `flux reconcile kustomization ${sh(fluxNs)} --with-source`,
  ].join('\n')));
}

export function coldStartRunbook(model: Model): MarkdownDoc {
  const s = model.spec;
  const layout = dependencyOrder(fluxLayout(model));
  const nodes = nodeConfigs(model);
  const first = nodes.find((n) => n.clusterInit);
  const servers = nodes.filter((n) => n.role === 'server' && !n.clusterInit);
  const agents = nodes.filter((n) => n.role === 'agent');
  const h = dnsHost(model);
  const fluxNs = s.flux.namespace;
  const d = new MarkdownDoc();

  d.heading(1, title('COLD-START', model));
  d.add(navigation('COLD-START'));
  if (s.cluster.description) d.add(text(s.cluster.description));
  d.add(`How to bring ${code(s.cluster.name)} up from bare machines. Follow the steps in order; each one says where to run it. Addresses and names: ${link('Addressing', runbookLink('ADDRESSING'))}.`);

  d.heading(2, H.order);
  d.add(fence('mermaid', bringUpDiagram(model, layout)));

  d.heading(2, 'Before you start');
  d.add(bullets([
    `Every machine below has its static address, runs a systemd Linux with ${code('curl')}, and accepts ssh from your workstation as a user with passwordless ${code('sudo')} (the commands pipe secrets through ssh, where sudo cannot ask for a password).`,
    `Your workstation has this repository checked out with ${code(outFolder(model))} compiled (${code(compileCommand(model))}) and committed, plus ${['ssh', 'rsync', 'kubectl', 'flux', 'dig', ...(s.objectStore ? ['mc'] : [])].map(code).join(', ')}.`,
    ...(h && s.dns?.filtering.some((l) => l.format === 'hosts')
      ? [`${code(h.name)} also has a checkout of this repository with Node.js 20 and ${code('npm ci')} done: it turns the block lists into RPZ zones with ${code('npx veilc rpz')}.`]
      : []),
    `Nothing here prints a secret: the k3s token and the kubeconfig go straight into files.`,
  ]));
  d.add(table(['Machine', 'Address', 'Does'], [
    ...(h ? [[code(h.name), code(h.address), 'DNS (Unbound)']] : []),
    ...nodes.map((n) => [code(n.node), code(n.address), n.clusterInit ? 'k3s server, initialises etcd' : `k3s ${n.role}`]),
  ]));

  d.heading(2, H.dns);
  if (!h) {
    d.add('The spec declares no DNS host: skip to the next step, and make sure the names you use resolve some other way.');
  } else {
    d.add(`DNS comes first: the nodes, Flux and your browser all resolve through ${code(h.name)}. Details and explanations: ${link('DNS', runbookLink('DNS'))}.`);
    d.add(`On ${code(h.name)}, install Unbound:`, fence('bash', installBlock()));
    d.add(`On the workstation, from the repository root, copy the compiled config (${link(code(compiled.unboundConf(model)), outLink(compiled.unboundConf(model)))}) and zones:`, fence('bash', deployBlock(model, h)));
    for (const l of blocklistSteps(model, h)) {
      d.add(`On ${code(h.name)}, in a checkout of this repository, build block list ${code(l.name)}:`, fence('bash', l.block));
    }
    d.add(`On ${code(h.name)}, check and load:`, fence('bash', [checkBlock(), reloadBlock()].join('\n')));
    d.add(`From the workstation, every line must say ${code('ok')} (${link('more', runbookLink('DNS', slug(DNS_HEADINGS.verify)))}):`, fence('bash', verifyBlock(model, h)));
    d.add(`Then make ${code(h.address)} the resolver of every machine: the DNS option of your DHCP server, and the resolver setting of the machines with static addresses (the nodes download k3s next).`);
  }

  d.heading(2, H.firstServer);
  if (!first) {
    d.add(callout('IMPORTANT', `The spec has no node with role ${code('server')}: there is nothing to start. Add at least one server.`));
    return d;
  }
  d.add(`On ${code(first.node)} (${code(first.address)}). This writes the k3s config (every key is explained in ${link('the reference below', `#${slug(H.flags)}`)}), installs k3s ${code(s.kubernetes.version)} and waits for the node to be Ready. k3s creates the cluster token in ${code(host.k3sServerToken)}.`);
  d.add(fence('bash', nodeBlock(model, first)));

  d.heading(2, H.otherServers);
  if (!servers.length) {
    d.add('No other servers: this cluster has a single control-plane node, and losing it loses the API until it is back.');
  } else {
    d.add(`Join them one at a time, each after the previous one is Ready (etcd adds one member at a time). With ${model.facts.etcd.count} servers etcd keeps quorum with ${model.facts.etcd.tolerance} of them down.`);
    for (const n of servers) {
      d.heading(3, `Join ${n.node}`);
      d.add(`On the workstation, copy the token from ${code(first.node)} to ${code(n.node)}:`, fence('bash', tokenCopyBlock(first, n)));
      d.add(`On ${code(n.node)} (${code(n.address)}):`, fence('bash', nodeBlock(model, n)));
    }
  }

  d.heading(2, H.agents);
  if (!agents.length) {
    d.add('No agents: the servers run the workloads too.');
  } else {
    for (const n of agents) {
      d.heading(3, `Join ${n.node}`);
      d.add(`On the workstation, copy the token from ${code(first.node)} to ${code(n.node)}:`, fence('bash', tokenCopyBlock(first, n)));
      d.add(`On ${code(n.node)} (${code(n.address)}):`, fence('bash', nodeBlock(model, n)));
    }
  }

  d.heading(2, H.workstation);
  d.add(`On the workstation: fetch the admin kubeconfig from ${code(first.node)} into ${code(kubeconfigPath(model))}, pointed at ${code(first.address)} instead of localhost. It holds admin credentials: it is created private and never printed.`);
  d.add(fence('bash', [
    'umask 077',
    'mkdir -p "$HOME/.kube"',
    continued([
      `ssh ${sh(first.address)} ${sh(`sudo cat ${host.k3sKubeconfig}`)}`,
      `| sed ${sh(`s#https://127.0.0.1:6443#https://${first.address}:6443#`)} > ${underVar('$HOME', `.kube/${s.cluster.name}.yaml`)}`,
    ]),
    exportKubeconfig(model),
    'kubectl get nodes -o wide',
  ].join('\n')));
  d.add(`All ${nodes.length} nodes should be listed and ${code('Ready')}; ${model.facts.etcd.count} of them with the ${code('etcd')} role.`);

  d.heading(2, H.secrets);
  const needs = secretNeeds(model);
  if (!needs.length) {
    d.add('The manifests reference no secrets.');
  } else {
    d.add(`The compiled manifests refer to these Secrets but never contain their values (no secret goes into Git or ${code(outFolder(model))}). Create them before Flux applies the workloads; each value is read from the terminal without echo (for passwords, ${code('openssl rand -base64 24')} makes a good one).`);
    d.add(table(['Namespace', 'Secret', 'Keys', 'Used by'], needs.map((n) => [code(n.namespace), code(n.name), `${n.keys.map(code).join(', ')}${n.type ? ` (type ${code(n.type)})` : ''}`, text(n.for)])));
    const lines = [exportKubeconfig(model)];
    const namespaces = [...new Set(needs.map((n) => n.namespace))];
    for (const ns of namespaces) lines.push(`kubectl create namespace ${sh(ns)} --dry-run=client -o yaml | kubectl apply -f -`);
    for (const n of needs) {
      const vars = n.keys.map((_, i) => `v${i}`);
      n.keys.forEach((k, i) => lines.push(`read -rsp ${sh(`${n.namespace}/${n.name} ${k}: `)} ${vars[i]}; echo`));
      const type = n.type ? [`--type=${sh(n.type)}`] : [];
      lines.push(continued([`kubectl -n ${sh(n.namespace)} create secret generic ${sh(n.name)}`, ...type, ...n.keys.map((k, i) => `--from-file=${sh(k)}=<(printf '%s' "$${vars[i]}")`)]));
      lines.push(`unset ${vars.join(' ')}`);
    }
    d.add(fence('bash', lines.join('\n')));
  }

  d.heading(2, H.flux);
  fluxBootstrapSection(model, d);

  d.heading(2, H.kustomizations);
  const waitFor = `${durationSeconds(s.flux.timeout) * 2}s`;
  d.add(image(`Flux dependency order of ${s.cluster.name}: each Kustomization and what it needs from those before it`, pictureLink('flux-order')));
  d.add(`Each waits for the previous ones (${code('dependsOn')}); a Kustomization with ${code('wait')} is Ready only when everything it applied is. The timeouts are twice the spec's Kustomization timeout (${code(s.flux.timeout)}), so one retry fits. If one times out, ${code(`flux logs -n ${fluxNs} --level=error`)} and ${code(`flux get kustomizations -n ${fluxNs}`)} say why.`);
  d.add(layout.length
    ? table(['Kustomization', 'Depends on', 'Waits for its resources', 'Applies'], layout.map((k) => [code(k.name), k.dependsOn.map(code).join(', ') || '—', k.wait ? 'yes' : 'no', k.contents.join('; ') || '—']))
    : `The spec asks for no components: the Kustomization ${code(s.cluster.name)} is all there is.`);
  d.add(`On the workstation: bootstrap's ${code(fluxNs)}, then ${code(s.cluster.name)} (the glue), then the compiled ones:`, fence('bash', [
    exportKubeconfig(model),
    `kubectl -n ${sh(fluxNs)} wait kustomization/${sh(fluxNs)} --for=condition=Ready --timeout=${waitFor}`,
    `kubectl -n ${sh(fluxNs)} wait kustomization/${sh(s.cluster.name)} --for=condition=Ready --timeout=${waitFor}`,
    ...layout.map((k) => `kubectl -n ${sh(fluxNs)} wait kustomization/${sh(k.name)} --for=condition=Ready --timeout=${waitFor}`),
    `flux get kustomizations -n ${sh(fluxNs)}`,
  ].join('\n')));

  d.heading(2, H.smoke);
  const net = model.facts.network;
  const hostsToCheck = model.facts.dns?.ingressHosts ?? [];
  const smoke = [exportKubeconfig(model)];
  if (net.serviceAddresses.length) {
    smoke.push(`kubectl get svc -A --field-selector spec.type=LoadBalancer -o ${sh('custom-columns=NAMESPACE:.metadata.namespace,NAME:.metadata.name,ADDRESS:.status.loadBalancer.ingress[0].ip')}`);
  }
  for (const ih of hostsToCheck) smoke.push(`curl -sS -o /dev/null -w ${sh(`%{http_code} ${ih.host}\\n`)} ${sh(`http://${ih.host}/`)}`);
  if (smoke.length > 1) {
    const expectations = [
      ...(net.serviceAddresses.length ? [`the load-balancer services must show the addresses from the spec (${net.serviceAddresses.map((a) => `${code(a.owner)} ${code(a.address)}`).join(', ')})`] : []),
      ...(hostsToCheck.length ? [`each host name must answer (${code('200')} or a redirect such as ${code('302')})`] : []),
    ];
    d.add(`On the workstation: ${expectations.join(', and ')}.`, fence('bash', smoke.join('\n')));
  }
  const aliasBlock = mcAliasBlock(model);
  if (aliasBlock && s.objectStore) {
    const buckets = s.objectStore.buckets.map((b) => b.name);
    const e = model.facts.erasure;
    const drives = e ? ` (${code(`mc admin info`)} lists ${e.totalDrives} drives in ${e.pools.length === 1 ? 'one server pool' : `${e.pools.length} server pools`})` : '';
    d.add(`Object store: check every drive is online${drives} and create the buckets the spec lists. Health and failures: ${link('Storage', runbookLink('STORAGE'))}; copies off the cluster: ${link('Backups', runbookLink('BACKUPS', slug(BACKUP_HEADINGS.mirror)))}.`);
    d.add(fence('bash', [aliasBlock, ...buckets.map((b) => `mc mb --ignore-existing ${sh(`${mcAlias(model)}/${b}`)}`)].join('\n')));
  }
  d.add(`Last, take a first etcd snapshot and copy it off the cluster: ${link('Backups', runbookLink('BACKUPS', slug(BACKUP_HEADINGS.etcd)))}.`);

  d.heading(2, H.flags);
  d.add(`What each key of ${code(host.k3sConfig)} above does (${link('k3s server flags', 'https://docs.k3s.io/cli/server')}, ${link('agent flags', 'https://docs.k3s.io/cli/agent')}). Every server uses the same ${code('disable')} list: k3s requires it.`);
  const keys = [...new Set(nodes.flatMap((n) => n.config.map(([k]) => k)))];
  d.add(table(['Key', 'Why'], keys.map((k) => [code(k), WHY[k] ?? '—'])));
  return d;
}
