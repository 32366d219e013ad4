// k3s on the nodes: its version and its configuration file. Neither is
// applied by Flux: the cold-start runbook installs k3s with a pinned version
// and writes /etc/rancher/k3s/config.yaml on each node.
//  - Upgrades go one minor version at a time, servers first, and never down
//    (Kubernetes version skew policy, kubernetes.io/releases/version-skew-policy/:
//    "kube-apiserver instances must be upgraded one minor version at a time";
//    k3s "Manual upgrades", docs.k3s.io/upgrades/manual: servers one at a
//    time, then agents; downgrades are not supported).
//  - k3s reads config.yaml when it starts, so a changed flag needs a restart
//    on that node; node labels given with --node-label are applied only when
//    the node registers (docs.k3s.io/cli/server, "node-label"), so existing
//    nodes need `kubectl label` (docs.k3s.io/installation/configuration).
import type { SpecPath } from '../../diagnostics/diagnostic.ts';
import { CHANGES_HEADINGS as H } from '../../emit/runbooks/headings.ts';
import { nodeConfigs } from '../../emit/runbooks/k3s-config.ts';
import { slug } from '../../emit/runbooks/markdown.ts';
import type { Model } from '../../model/build-model.ts';
import { nodePath, type Rule, type Verdict } from './rule.ts';

export const RULE_K3S_VERSION = 'VEIL-CHANGE-025';
export const RULE_NODE_CONFIG = 'VEIL-CHANGE-026';

/** Keys other rules judge (joining, addresses) or that never change on a running node. */
const JUDGED_ELSEWHERE = new Set(['cluster-init', 'server', 'node-ip', 'tls-san', 'token-file']);

/** v1.34.1+k3s1 -> [1, 34, 1, 1] */
export function k3sVersion(text: string): number[] {
  return (text.match(/\d+/g) ?? []).map(Number);
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

function configPath(model: Model, node: string, key: string): SpecPath {
  if (key === 'node-label') return [...nodePath(model, node), 'labels'];
  const snap = /^etcd-snapshot-(schedule-cron|retention|dir)$/.exec(key);
  if (snap) return ['kubernetes', 'etcd', 'snapshots', snap[1] === 'schedule-cron' ? 'schedule' : snap[1]!];
  return ['kubernetes'];
}

/** VEIL-CHANGE-025 (k3s version) and 026 (config.yaml of running nodes). */
export const k3sRule: Rule = (t) => {
  const base = t.base.model, next = t.next.model;
  if (!base) return [];
  const out: Verdict[] = [];
  const before = base.spec.kubernetes.version, after = next.spec.kubernetes.version;
  if (before !== after) {
    const [bv, av] = [k3sVersion(before), k3sVersion(after)];
    const down = compare(av, bv) < 0;
    const minors = (av[1] ?? 0) - (bv[1] ?? 0);
    const skip = (av[0] ?? 0) === (bv[0] ?? 0) && minors > 1;
    const target = { state: { kind: 'K3sVersion', namespace: '', name: next.spec.cluster.name, file: null, ownerPath: ['kubernetes', 'version'] } };
    out.push({ target, fields: [{ path: 'version', before, after }], reason: down || skip
      ? { action: 'forbidden', rule: RULE_K3S_VERSION, refusedBy: 'k3s', specPath: ['kubernetes', 'version'], procedure: slug(H.upgrade),
        text: down ? `k3s ${before} -> ${after} is a downgrade: Kubernetes and k3s do not support going back (the datastore may already hold the newer schema)` : `k3s ${before} -> ${after} skips ${minors - 1} minor version(s): Kubernetes upgrades one minor version at a time; go through each minor release in turn` }
      : { action: 'procedure', rule: RULE_K3S_VERSION, specPath: ['kubernetes', 'version'], procedure: slug(H.upgrade),
        text: `k3s ${before} -> ${after}: Flux does not upgrade k3s; upgrade the servers one at a time, then the agents` } });
  }
  const baseNodes = new Map(nodeConfigs(base).map((n) => [n.node, n]));
  // one finding per changed setting; every node it reaches is a procedure
  const byKey = new Map<string, { node: string; before?: string; after?: string }[]>();
  for (const n of nodeConfigs(next)) {
    const was = baseNodes.get(n.node);
    if (!was || was.role !== n.role) continue;
    const old = new Map(was.config.map(([k, v]) => [k, JSON.stringify(v)]));
    const now = new Map(n.config.map(([k, v]) => [k, JSON.stringify(v)]));
    for (const k of new Set([...old.keys(), ...now.keys()])) {
      if (JUDGED_ELSEWHERE.has(k) || old.get(k) === now.get(k)) continue;
      // labels are per node: each node its own finding
      const group = k === 'node-label' ? `${k}|${n.node}` : k;
      byKey.set(group, [...(byKey.get(group) ?? []), { node: n.node, before: old.get(k), after: now.get(k) }]);
    }
  }
  for (const [group, nodes] of byKey) {
    const k = group.split('|')[0]!;
    const first = nodes[0]!;
    const where = nodes.map((x) => x.node).join(', ');
    const text = k === 'node-label'
      ? `node labels ${first.before ?? '(none)'} -> ${first.after ?? '(none)'}: k3s applies --node-label only when a node registers; set them with kubectl label and update ${first.node}'s config.yaml`
      : `${k} ${first.before ?? '(unset)'} -> ${first.after ?? '(unset)'} in /etc/rancher/k3s/config.yaml of ${where}: k3s reads it at start, so edit the file there and restart k3s (servers one at a time)`;
    nodes.forEach((x, i) => out.push({ target: { state: { kind: 'Node', namespace: '', name: x.node, file: null, ownerPath: nodePath(next, x.node) } }, reason: {
      action: 'procedure', ...(i === 0 ? { rule: RULE_NODE_CONFIG } : {}), specPath: configPath(next, x.node, k), procedure: slug(H.nodeConfig), text,
    } }));
  }
  return out;
};
