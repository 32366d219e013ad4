// What a real veil cluster has before Flux applies anything, derived from the
// model (never hard-coded per fixture): the nodes (k3s registers them; here
// KWOK simulates them), the StorageClasses with enough local
// PersistentVolumes for every claim the compiled tree makes (k3s's
// local-path provisioner would create them on demand; nothing provisions
// here, so they are made up front), and the Secrets COLD-START asks the user
// to create (dummy values). Pure: returns Kubernetes objects.
import { secretNeeds } from '../../compiler/emit/runbooks/common.ts';
import type { Model } from '../../compiler/model/build-model.ts';

/** The annotation KWOK's `--manage-nodes-with-annotation-selector` matches. */
export const KWOK_NODE_ANNOTATION = 'kwok.x-k8s.io/node';

/** One PersistentVolumeClaim the compiled tree (or a chart it installs) makes. */
export interface Claim {
  /** What makes it: `minio pool NAME server I drive J`, `grafana`, ... */
  owner: string;
  storageClass: string;
  /** Requested size as a Kubernetes quantity (as the spec writes it). */
  size: string;
  /** Nodes the claim's pod may run on (its volume must be there). */
  nodes: string[];
  /**
   * Made by an operator from a custom resource (prometheus-operator's
   * Prometheus and Alertmanager): no operator runs here (KWOK pods run
   * nothing), so these claims never appear in the tier; volumes are still
   * made for them, as for any claim.
   */
  byOperator: boolean;
}

/**
 * Node objects as k3s registers them: the role labels k3s puts on servers
 * (control-plane, etcd, master) and the well-known ones, plus the
 * spec's `labels`, annotated for KWOK; no taints (k3s servers run workloads
 * unless told otherwise, and the spec has no taints).
 */
export function nodeObjects(model: Model): object[] {
  return model.spec.nodes.map((n) => ({
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: n.name,
      annotations: { [KWOK_NODE_ANNOTATION]: 'fake', 'node.alpha.kubernetes.io/ttl': '0' },
      labels: {
        'kubernetes.io/hostname': n.name,
        'kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'node.kubernetes.io/instance-type': 'k3s',
        ...(n.role === 'server' ? { 'node-role.kubernetes.io/control-plane': 'true', 'node-role.kubernetes.io/etcd': 'true', 'node-role.kubernetes.io/master': 'true' } : {}),
        ...n.labels,
      },
    },
    spec: {},
    status: {
      addresses: [
        { type: 'InternalIP', address: n.address },
        { type: 'Hostname', address: n.name },
      ],
      allocatable: { cpu: '32', memory: '128Gi', pods: '110' },
      capacity: { cpu: '32', memory: '128Gi', pods: '110' },
    },
  }));
}

/**
 * Every claim the compiled tree makes, from the model: each MinIO server's
 * drives (pinned to the server's allowed nodes) and each monitoring
 * component's volume (Prometheus, Alertmanager, Grafana; any node). Sizes
 * are Kubernetes quantities as the spec writes them.
 */
export function claims(model: Model): Claim[] {
  const all = model.spec.nodes.map((n) => n.name);
  const out: Claim[] = [];
  for (const pool of model.facts.erasure?.pools ?? []) {
    for (let server = 0; server < pool.servers; server++) {
      for (let drive = 0; drive < pool.drivesPerServer; drive++) {
        out.push({ owner: `minio pool ${pool.name} server ${server} drive ${drive}`, storageClass: pool.storageClass, size: pool.driveSize, nodes: [...pool.nodes], byOperator: false });
      }
    }
  }
  const m = model.spec.monitoring;
  if (m) {
    for (const [owner, storage, byOperator] of [
      ['prometheus', m.prometheus.storage, true],
      ['alertmanager', m.alertmanager.storage, true],
      ['grafana', m.grafana.storage, false],
    ] as const) {
      if (storage) out.push({ owner, storageClass: storage.class, size: storage.size, nodes: all, byOperator });
    }
  }
  return out;
}

/** An RFC 1123 name part from free text. */
function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * One StorageClass per class the claims use (WaitForFirstConsumer, so a claim
 * binds on the node the scheduler picks, as with local-path) and, per claim,
 * one local PersistentVolume of its size on each node it may run on: enough
 * for any placement, so a claim that stays Pending is the tree's fault.
 */
export function storageObjects(model: Model): object[] {
  const cs = claims(model);
  const classes = [...new Set(cs.map((c) => c.storageClass))].sort();
  const out: object[] = classes.map((name) => ({
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name },
    provisioner: 'kubernetes.io/no-provisioner',
    volumeBindingMode: 'WaitForFirstConsumer',
    reclaimPolicy: 'Delete',
  }));
  for (const c of cs) {
    for (const node of c.nodes) {
      // named by claim and node, so a later spec that adds claims re-applies the same volumes
      const name = `${slug(c.owner)}-${slug(node)}`;
      out.push({
        apiVersion: 'v1',
        kind: 'PersistentVolume',
        metadata: { name },
        spec: {
          capacity: { storage: c.size },
          accessModes: ['ReadWriteOnce'],
          persistentVolumeReclaimPolicy: 'Retain',
          storageClassName: c.storageClass,
          local: { path: `/var/lib/veilc-e2e/${name}` },
          nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [node] }] }] } },
        },
      });
    }
  }
  return out;
}

/** The Secrets COLD-START's "Secrets" step has the user create, with dummy values (never real ones). */
export function secretObjects(model: Model): object[] {
  return secretNeeds(model).map((n) => ({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: n.name, namespace: n.namespace },
    ...(n.type ? { type: n.type } : {}),
    stringData: Object.fromEntries(n.keys.map((k) => [k, `e2e-dummy-${k}`])),
  }));
}

/** Namespaces the Secrets need (COLD-START creates them before the Secrets). */
export function secretNamespaces(model: Model): string[] {
  return [...new Set(secretNeeds(model).map((n) => n.namespace))].sort();
}
