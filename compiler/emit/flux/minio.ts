// Distributed MinIO as a plain StatefulSet with a headless Service.
//
// Why not the operator's Tenant (minio.min.io/v2): the MinIO operator and the
// community Helm chart are both unmaintained as of 2026 (archived upstream).
// A Tenant needs that operator running and its CRDs installed (one more
// controller to trust and keep alive); its pool layout is turned into server
// arguments by operator code we cannot see in the output. A StatefulSet needs
// nothing but Kubernetes, validates against the core schemas, and shows the
// exact server arguments, so the emitted bytes are what MinIO expands into its
// erasure sets, and a test can prove the geometry from them.
//
// MinIO facts used (docs: "Deploy MinIO: Multi-Node Multi-Drive", "Erasure
// Coding", "Healthcheck API"; source: cmd/endpoint-ellipses.go):
//  - servers start together and wait for each other: podManagementPolicy
//    Parallel (OrderedReady would wait forever for pod 0 to become ready), and
//    the headless Service publishes not-ready addresses so peers resolve
//    during that wait;
//  - MINIO_STORAGE_CLASS_STANDARD=EC:<parity> is always set, so parity never
//    falls back to MinIO's default for the set size;
//  - one claim per drive (data0..dataN-1), one server of a pool per node
//    (required pod anti-affinity), servers only on the pool's listed nodes
//    (required node affinity).
//
// Server pools (MinIO's expansion model: a deployment grows by adding a pool):
// one StatefulSet, headless Service and PDB per pool, and every server's
// command line lists every pool in order. The first pool keeps the names it
// always had (StatefulSet NAME, Service NAME-hl) and its immutable selector,
// so adding a pool never renames a running one (Flux would prune it); the
// others are NAME-POOL. Each pool's pods carry their own instance label, so no
// StatefulSet, headless Service or PDB selects another pool's pods. With more
// than one pool every pod also carries app.kubernetes.io/part-of: NAME, and
// the S3 and console Services select on it: any server serves the whole
// deployment.
import type { Model } from '../../model/build-model.ts';
import type { PoolFacts } from '../../model/facts.ts';
import { entryFor } from '../../model/ingress.ts';
import { namespace } from './objects.ts';
import { API_PORT, CONSOLE_PORT, driveName, headlessServiceName, minioArgs } from './minio-args.ts';


const NAME = 'app.kubernetes.io/name';
const INSTANCE = 'app.kubernetes.io/instance';
const PART_OF = 'app.kubernetes.io/part-of';

/** Selector labels of one pool's pods (immutable in its StatefulSet): name minio, instance = the pool's StatefulSet. */
export function poolSelector(pool: Pick<PoolFacts, 'name'>): Record<string, string> {
  return { [NAME]: 'minio', [INSTANCE]: pool.name };
}

/** Labels of one pool's pods and objects: its selector, plus part-of the deployment when there are several pools. */
function poolLabels(model: Model, pool: PoolFacts): Record<string, string> {
  const os = model.spec.objectStore!;
  return model.facts.erasure!.pools.length > 1 ? { ...poolSelector(pool), [PART_OF]: os.name } : poolSelector(pool);
}

/** Labels of the objects in front of the whole deployment (Services, Ingresses, HTTPRoutes): the first pool's labels, as they always were. */
export function frontLabels(model: Model): Record<string, string> {
  return poolLabels(model, model.facts.erasure!.pools[0]!);
}

/** What the S3 and console Services select: the first pool alone, or every pool's servers. */
function serviceSelector(model: Model): Record<string, string> {
  const os = model.spec.objectStore!;
  const e = model.facts.erasure!;
  return e.pools.length > 1 ? { [NAME]: 'minio', [PART_OF]: os.name } : poolSelector(e.pools[0]!);
}

/**
 * Voluntary disruptions (drains) one pool survives: its servers that may go
 * while both reads and writes keep quorum. A drain takes at most one server of
 * each pool, so one budget per pool is enough. With 0 there is no PDB at all:
 * maxUnavailable 0 would block every drain forever (including automated k3s
 * upgrades) without making the store any more available; the storage runbook
 * says to stop writes before maintenance instead.
 */
export function minioDisruptionBudget(pool: PoolFacts): number {
  return Math.min(pool.readNodeTolerance, pool.writeNodeTolerance);
}

function statefulSet(model: Model, pool: PoolFacts): object {
  const os = model.spec.objectStore!;
  const e = model.facts.erasure!;
  const selector = poolSelector(pool);
  const labels = poolLabels(model, pool);
  const ref = os.credentials.secretRef;
  const drives = Array.from({ length: pool.drivesPerServer }, (_, i) => driveName(i));
  const container = {
    name: 'minio',
    image: model.spec.versions.images.minio,
    imagePullPolicy: 'IfNotPresent',
    args: minioArgs(e.pools, os.namespace),
    env: [
      { name: 'MINIO_ROOT_USER', valueFrom: { secretKeyRef: { name: ref.name, key: ref.userKey } } },
      { name: 'MINIO_ROOT_PASSWORD', valueFrom: { secretKeyRef: { name: ref.name, key: ref.passwordKey } } },
      { name: 'MINIO_STORAGE_CLASS_STANDARD', value: e.storageClassStandard },
    ],
    ports: [
      { name: 's3', containerPort: API_PORT },
      { name: 'console', containerPort: CONSOLE_PORT },
    ],
    volumeMounts: drives.map((d) => ({ name: d, mountPath: `/${d}` })),
    livenessProbe: { httpGet: { path: '/minio/health/live', port: 's3' }, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 6 },
    readinessProbe: { httpGet: { path: '/minio/health/ready', port: 's3' }, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3 },
    resources: { requests: { cpu: os.resources.cpu, memory: os.resources.memory }, limits: { memory: os.resources.memoryLimit } },
    securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
  };
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: pool.name, namespace: os.namespace, labels },
    spec: {
      serviceName: headlessServiceName(pool.name),
      replicas: pool.servers,
      podManagementPolicy: 'Parallel',
      selector: { matchLabels: selector },
      template: {
        metadata: { labels },
        spec: {
          automountServiceAccountToken: false,
          // MinIO needs no root: block volumes get fsGroup, and local-path's setup script creates its directories with mode 0777
          securityContext: { runAsUser: 1000, runAsGroup: 1000, runAsNonRoot: true, fsGroup: 1000, fsGroupChangePolicy: 'OnRootMismatch' },
          affinity: {
            nodeAffinity: {
              requiredDuringSchedulingIgnoredDuringExecution: {
                nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [...pool.nodes] }] }],
              },
            },
            podAntiAffinity: {
              requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: selector }, topologyKey: 'kubernetes.io/hostname' }],
            },
          },
          containers: [container],
        },
      },
      // losing the StatefulSet must never take the drives with it
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
      volumeClaimTemplates: drives.map((d) => ({
        metadata: { name: d },
        spec: { accessModes: ['ReadWriteOnce'], storageClassName: pool.storageClass, resources: { requests: { storage: pool.driveSize } } },
      })),
    },
  };
}

function services(model: Model): object[] {
  const os = model.spec.objectStore!;
  const e = model.facts.erasure!;
  const first = e.pools[0]!;
  const labels = poolLabels(model, first);
  const exp = os.exposure;
  const lb = exp.mode === 'loadBalancer' && exp.address;
  // API and console share the one dedicated address (MetalLB "IP address sharing": same key, different ports)
  const lbMeta = lb ? { annotations: { 'metallb.io/allow-shared-ip': os.name, 'metallb.io/loadBalancerIPs': exp.address! } } : {};
  const lbSpec = lb ? { type: 'LoadBalancer', externalTrafficPolicy: 'Cluster' } : { type: 'ClusterIP' };
  const svc = (name: string, extraMeta: object, spec: object, selector: Record<string, string>, objectLabels = labels) => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: os.namespace, labels: objectLabels, ...extraMeta },
    spec: { ...spec, selector },
  });
  // each pool's own headless Service gives its pods their DNS names (the StatefulSet's serviceName)
  const headless = e.pools.map((p) => svc(headlessServiceName(p.name), {}, { clusterIP: 'None', publishNotReadyAddresses: true, ports: [{ name: 's3', port: API_PORT, targetPort: 's3' }] }, poolSelector(p), poolLabels(model, p)));
  return [
    headless[0]!,
    svc(os.name, lbMeta, { ...lbSpec, ports: [{ name: 's3', port: API_PORT, targetPort: 's3' }] }, serviceSelector(model)),
    svc(`${os.name}-console`, lbMeta, { ...lbSpec, ports: [{ name: 'console', port: CONSOLE_PORT, targetPort: 'console' }] }, serviceSelector(model)),
    ...headless.slice(1),
  ];
}

function disruptionBudget(model: Model, pool: PoolFacts): object[] {
  const os = model.spec.objectStore!;
  const max = minioDisruptionBudget(pool);
  if (max < 1) return [];
  return [{
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: pool.name, namespace: os.namespace, labels: poolLabels(model, pool) },
    // an unready server already counts as lost; evicting it costs nothing more
    spec: { maxUnavailable: max, unhealthyPodEvictionPolicy: 'AlwaysAllow', selector: { matchLabels: poolSelector(pool) } },
  }];
}

function ingresses(model: Model): object[] {
  const os = model.spec.objectStore!;
  const exp = os.exposure;
  const cls = entryFor(model.spec, 'ingress')?.className;
  if (exp.mode !== 'ingress' || !cls) return [];
  // S3 uploads are unbounded and streamed: no body limit, no buffering
  // (MinIO docs, "Configure NGINX Proxy for MinIO Server")
  const annotations = {
    'nginx.ingress.kubernetes.io/proxy-body-size': '0',
    'nginx.ingress.kubernetes.io/proxy-buffering': 'off',
    'nginx.ingress.kubernetes.io/proxy-request-buffering': 'off',
  };
  const ingress = (name: string, host: string, service: string, port: string) => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name, namespace: os.namespace, labels: frontLabels(model), annotations },
    spec: {
      ingressClassName: cls,
      rules: [{ host, http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: service, port: { name: port } } } }] } }],
    },
  });
  const out: object[] = [];
  if (exp.apiHost) out.push(ingress(os.name, exp.apiHost, os.name, 's3'));
  if (exp.consoleHost) out.push(ingress(`${os.name}-console`, exp.consoleHost, `${os.name}-console`, 'console'));
  return out;
}

export interface MinioFiles {
  namespace: object[];
  statefulSet: object[];
  services: object[];
  disruptionBudget: object[];
  ingresses: object[];
}

export function minio(model: Model): MinioFiles {
  const os = model.spec.objectStore!;
  const pools = model.facts.erasure!.pools;
  return {
    namespace: [namespace(os.namespace, { keepOnPrune: true })],
    statefulSet: pools.map((p) => statefulSet(model, p)),
    services: services(model),
    disruptionBudget: pools.flatMap((p) => disruptionBudget(model, p)),
    ingresses: ingresses(model),
  };
}
