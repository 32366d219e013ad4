// /etc/rancher/k3s/config.yaml for every node, from the shared server flags
// (compiler/model/k3s.ts) plus what joining needs. k3s reads this file on
// every start (docs.k3s.io/installation/configuration#configuration-file), so
// the flags survive reinstalls and upgrades.
import { stringify } from 'yaml';
import type { Model } from '../../model/build-model.ts';
import { k3sServers, nodeLabels, type K3sServerConfig } from '../../model/k3s.ts';
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
export function nodeConfigs(model: Model): readonly NodeConfig[] {
  // five runbook sections ask for the same model's list: built once (models are never mutated)
  let configs = built.get(model);
  if (!configs) built.set(model, (configs = buildNodeConfigs(model)));
  return configs;
}

const built = new WeakMap<Model, readonly NodeConfig[]>();

function buildNodeConfigs(model: Model): NodeConfig[] {
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
  // the same pair for every agent (configs are rendered pair by pair, never as one document)
  const server: [string, string] | undefined = first && ['server', `https://${first.address}:6443`];
  for (const n of model.spec.nodes) {
    if (n.role !== 'agent') continue;
    // pushed pair by pair: thousands of agents, and spreads of one-pair arrays cost more than the rest
    const config: K3sServerConfig['config'] = [];
    if (server) config.push(server);
    config.push(['node-ip', n.address]);
    if (proxyArg) config.push(proxyArg);
    const labels = nodeLabels(n.labels);
    if (labels.length) config.push(['node-label', labels]);
    config.push(tokenFile);
    out.push({ node: n.name, address: n.address, role: 'agent', clusterInit: false, config });
  }
  return out;
}

/**
 * The config as YAML text (no final newline): exactly what the yaml package's
 * `stringify` makes of the whole map (lineWidth 0), built pair by pair. A
 * block map's pairs render independently, so each distinct pair is
 * stringified once and reused: across thousands of nodes only the node's
 * address and labels differ, and a dotted-quad address is a plain scalar
 * (YAML 1.2 core schema: not an int or float, no indicator characters).
 * The pairs of one config never share an array, so the whole map would get
 * no anchors either. test/runbooks/k3s-config.test.ts compares the two.
 */
export function configYaml(config: K3sServerConfig['config']): string {
  if (!config.length) return stringify({}, { lineWidth: 0 }).replace(/\n+$/, '');
  let out = '';
  for (const [k, v] of config) out += pairYaml(k, v);
  return out.replace(/\n+$/, '');
}

const DOTTED_QUAD = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
// a k3s flag name: hyphenated, so never a YAML null, bool or number (`true` is one)
const PLAIN_KEY = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;
/** Rendered pairs by [key, value] JSON; cleared when large (the values are the spec's). */
const rendered = new Map<string, string>();

function pairYaml(k: string, v: K3sServerConfig['config'][number][1]): string {
  if (typeof v === 'string' && DOTTED_QUAD.test(v) && PLAIN_KEY.test(k)) return `${k}: ${v}\n`;
  const id = JSON.stringify([k, v]);
  let text = rendered.get(id);
  if (text === undefined) {
    if (rendered.size >= 4096) rendered.clear();
    text = stringify({ [k]: v }, { lineWidth: 0 });
    rendered.set(id, text);
  }
  return text;
}
