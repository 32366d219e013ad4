// /etc/rancher/k3s/config.yaml for every node, from the shared server flags
// (compiler/model/k3s.ts) plus what joining needs. k3s reads this file on
// every start (docs.k3s.io/installation/configuration#configuration-file), so
// the flags survive reinstalls and upgrades.
import { stringify } from 'yaml';
import type { Model } from '../../model/build-model.ts';
import { k3sServers, type K3sServerConfig } from '../../model/k3s.ts';
import { host } from './paths.ts';

export interface NodeConfig {
  node: string;
  address: string;
  role: 'server' | 'agent';
  /** The first server: initialises the embedded etcd cluster. */
  clusterInit: boolean;
  config: K3sServerConfig['config'];
}

/**
 * Servers in spec order (the first one initialises etcd), then agents. Every
 * node but the first reads the join token from a file (k3s --token-file), so
 * the token never appears on a command line or in out/.
 */
export function nodeConfigs(model: Model): NodeConfig[] {
  const servers = k3sServers(model.spec);
  const first = servers[0];
  const tokenFile: [string, string] = ['token-file', host.k3sTokenFile];
  const out: NodeConfig[] = servers.map((s) => ({
    node: s.node,
    address: s.address,
    role: 'server',
    clusterInit: s.clusterInit,
    config: s.clusterInit ? s.config : [...s.config, tokenFile],
  }));
  // kube-prometheus-stack scrapes kube-proxy on every node, agents included
  const proxyArg = first?.config.find(([k]) => k === 'kube-proxy-arg');
  for (const n of model.spec.nodes.filter((x) => x.role === 'agent')) {
    const labels = Object.entries(n.labels).map(([k, v]) => `${k}=${v}`).sort();
    const config: K3sServerConfig['config'] = [
      ...(first ? [['server', `https://${first.address}:6443`] as [string, string]] : []),
      ['node-ip', n.address],
      ...(proxyArg ? [proxyArg] : []),
      ...(labels.length ? [['node-label', labels] as [string, string[]]] : []),
      tokenFile,
    ];
    out.push({ node: n.name, address: n.address, role: 'agent', clusterInit: false, config });
  }
  return out;
}

export function configYaml(config: K3sServerConfig['config']): string {
  const doc: Record<string, unknown> = {};
  for (const [k, v] of config) doc[k] = v;
  return stringify(doc, { lineWidth: 0 }).replace(/\n+$/, '');
}
