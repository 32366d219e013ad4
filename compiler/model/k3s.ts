// The k3s server configuration the compiled outputs depend on. One place, so
// the Flux manifests (which scrape these endpoints) and the cold-start runbook
// (which sets these flags) cannot disagree. Pure.
// Sources: k3s docs "Server CLI" (https://docs.k3s.io/cli/server) and
// "Packaged components" (disabling servicelb and traefik); etcd metrics on
// 2381 with --etcd-expose-metrics (k3s server CLI, "Database" flags).
import type { Spec } from '../schema/spec-types.ts';

export const ETCD_METRICS_PORT = 2381;
export const CONTROLLER_MANAGER_PORT = 10257;
export const SCHEDULER_PORT = 10259;
export const KUBE_PROXY_METRICS_PORT = 10249;

export interface K3sServerConfig {
  node: string;
  address: string;
  /** true for the first server, which initialises the embedded etcd cluster. */
  clusterInit: boolean;
  /** Contents of /etc/rancher/k3s/config.yaml, as ordered key/value pairs. */
  config: [string, string | boolean | number | string[]][];
}

/** A node's labels as k3s --node-label takes them (`key=value`), sorted; [] for none. */
export function nodeLabels(labels: Readonly<Record<string, string>>): string[] {
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`).sort();
}

export function k3sServers(spec: Spec): K3sServerConfig[] {
  const servers = spec.nodes.filter((n) => n.role === 'server');
  const first = servers[0];
  const snap = spec.kubernetes.etcd.snapshots;
  return servers.map((n) => {
    const labels = nodeLabels(n.labels);
    const config: K3sServerConfig['config'] = [
      ...(n === first ? [['cluster-init', true] as [string, boolean]] : [['server', `https://${first!.address}:6443`] as [string, string]]),
      ['node-ip', n.address],
      ['tls-san', [n.address]],
      // MetalLB and ingress-nginx replace the bundled ServiceLB and Traefik
      ['disable', ['servicelb', 'traefik']],
      // kube-prometheus-stack scrapes these from the node addresses
      ['etcd-expose-metrics', true],
      ['kube-controller-manager-arg', ['bind-address=0.0.0.0']],
      ['kube-scheduler-arg', ['bind-address=0.0.0.0']],
      ['kube-proxy-arg', ['metrics-bind-address=0.0.0.0']],
      ['etcd-snapshot-schedule-cron', snap.schedule],
      ['etcd-snapshot-retention', snap.retention],
      ['etcd-snapshot-dir', snap.dir],
      ...(labels.length ? [['node-label', labels] as [string, string[]]] : []),
    ];
    return { node: n.name, address: n.address, clusterInit: n === first, config };
  });
}
