// The end-to-end tier's cluster: the real control plane of test/kube
// (etcd, kube-apiserver 1.34.3) plus the real kube-controller-manager and
// kube-scheduler, KWOK's simulated nodes (pods become Running and Ready
// without a kubelet; pods of Jobs complete), the real Flux source-,
// kustomize- and helm-controller, and the real MetalLB controller. Every
// process runs on 127.0.0.1 in one ProcessSet (free ports, bounded start,
// always stopped). No kubelet, no container runtime, no speaker, no data
// path; admission webhooks are off (their servers would be pods that never
// run), which is also why MetalLB runs with --webhook-mode=disabled.
//
// MetalLB's controller is started the moment its chart's CRDs are
// Established, i.e. when the infra-controllers Kustomization has installed
// the chart: on a real cluster its pod starts then too, so a tree that needs
// an address before it installs MetalLB still waits for it here.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { yamlFilesUnder, CRD_DIR, pinnedTool, startControlPlane, type ControlPlane } from '../kube/control-plane.ts';
import type { ManifestDocument } from '../kube/manifests.ts';
import { freePort, type ServerProcess } from '../kube/processes.ts';

/** The binaries this tier runs beyond the control plane's (all pinned in scripts/toolchain.versions). */
export const E2E_TOOLS = ['etcd', 'kube-apiserver', 'kubectl', 'kube-controller-manager', 'kube-scheduler', 'kwok', 'source-controller', 'kustomize-controller', 'helm-controller', 'metallb-controller'] as const;

/**
 * How helm-controller waits for a release's resources: `default` (kstatus,
 * what helm-controller v1.x does) or `helm3` (Helm 3's own readiness checks,
 * `--feature-gates=UseHelm3Defaults=true`, the behaviour of older Flux
 * releases: a LoadBalancer Service is ready only with an address).
 */
export type HelmWait = 'default' | 'helm3';

export const KWOK_STAGES_DIR = new URL('./kwok-stages/', import.meta.url).pathname;

/** Flux's CRDs, as `flux bootstrap` installs them (the controllers' own, from test/kube/crds). */
export function fluxCrds(): string[] {
  return ['source-controller-v1.9.1', 'kustomize-controller-v1.9.4', 'helm-controller-v1.6.4'].flatMap((d) => yamlFilesUnder(join(CRD_DIR, d)));
}

export interface E2ECluster {
  readonly cp: ControlPlane;
  readonly helmWait: HelmWait;
  /** Creates objects for real (server-side apply); throws on a refusal. */
  apply(objects: readonly object[]): Promise<void>;
  /** GET a path of the API server; throws unless 200. */
  get(path: string): Promise<any>;
  /** Lists a kind across namespaces (`/apis/GROUP/VERSION/PLURAL` or `/api/v1/PLURAL`). */
  list(path: string): Promise<any[]>;
  /** Asks Flux to reconcile an object now (what `flux reconcile` does: the requestedAt annotation). */
  requestReconcile(apiVersion: string, plural: string, namespace: string, name: string): Promise<void>;
  /**
   * Starts MetalLB's controller (watching `namespace`, where the chart puts
   * it) as soon as its CRDs are Established: when Flux has installed the
   * chart, as its pod would start on a real cluster. Call once.
   */
  startMetallbOnceInstalled(namespace: string): void;
  /** The MetalLB controller, once started. */
  metallb(): ServerProcess | null;
  /** The last lines of every process log (for failure messages). */
  logs(lines?: number): string;
  stop(): Promise<void>;
}

function toolPath(name: string): string {
  const p = pinnedTool(name);
  if (!p) throw new Error(`${name} not found: run \`bash scripts/toolchain.sh ${name}\``);
  return p;
}

/** Which of this tier's binaries are missing (null when none). */
export function e2eToolsMissing(): string | null {
  const missing = E2E_TOOLS.filter((t) => pinnedTool(t) === null);
  return missing.length ? `${missing.join(', ')} not found: run \`bash scripts/toolchain.sh ${missing.join(' ')}\` (needs Go; the first build takes tens of minutes)` : null;
}

let documentIndex = 0;
function documentOf(object: any): ManifestDocument {
  return { file: 'e2e-seed', index: documentIndex++, apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name, namespace: object.metadata.namespace, object };
}

/**
 * Starts the cluster: control plane with Flux's CRDs, kube-controller-manager,
 * kube-scheduler, KWOK and the three Flux controllers (helm-controller per
 * `helmWait`). Bounded by `startTimeoutMs`; throws with nothing left running.
 * Folders a caller puts under `cp.dir` go with stop() (and with the exit
 * hooks and watchdog of the process set when a test worker dies).
 */
export async function startCluster(options: { helmWait: HelmWait; startTimeoutMs?: number }): Promise<E2ECluster> {
  const cp = await startControlPlane({
    crds: fluxCrds(),
    startTimeoutMs: options.startTimeoutMs ?? 180_000,
    // webhook servers would be pods, and no pod runs a process here
    apiserverArgs: ['--disable-admission-plugins=MutatingAdmissionWebhook,ValidatingAdmissionWebhook'],
  });
  const env = { ...process.env, KUBECONFIG: cp.kubeconfig, RUNTIME_NAMESPACE: 'flux-system' };
  const p = cp.processes;
  let metallb: ServerProcess | null = null;
  let watcher: NodeJS.Timeout | null = null;
  try {
    p.start('kube-controller-manager', toolPath('kube-controller-manager'), [
      `--kubeconfig=${cp.kubeconfig}`,
      '--leader-elect=false',
      '--bind-address=127.0.0.1',
      `--secure-port=${await freePort()}`,
      `--service-account-private-key-file=${cp.serviceAccountKey.privateKeyFile}`,
      `--root-ca-file=${cp.caFile}`,
      '--use-service-account-credentials=false',
      '--controllers=*',
    ], env);
    p.start('kube-scheduler', toolPath('kube-scheduler'), [
      `--kubeconfig=${cp.kubeconfig}`,
      '--leader-elect=false',
      '--bind-address=127.0.0.1',
      `--secure-port=${await freePort()}`,
    ], env);

    const stages = join(cp.dir, 'kwok-stages.yaml');
    writeFileSync(stages, readdirSync(KWOK_STAGES_DIR).filter((f) => f.endsWith('.yaml')).sort().map((f) => readFileSync(join(KWOK_STAGES_DIR, f), 'utf8')).join('\n---\n'));
    p.start('kwok', toolPath('kwok'), [
      `--kubeconfig=${cp.kubeconfig}`,
      `--config=${stages}`,
      '--manage-all-nodes=false',
      '--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake',
      '--cidr=10.42.0.0/16',
      '--node-ip=127.0.0.1',
    ], env);

    mkdirSync(join(cp.dir, 'source-storage'));
    const [storagePort, ...ports] = await Promise.all(Array.from({ length: 7 }, () => freePort()));
    const probe = (i: number) => [`--metrics-addr=127.0.0.1:${ports[2 * i]}`, `--health-addr=127.0.0.1:${ports[2 * i + 1]}`];
    // dependencies are re-checked every 5 s instead of 30 s: the order is what is tested, not the pace
    const common = ['--enable-leader-election=false', '--requeue-dependency=5s', '--log-level=info', '--watch-all-namespaces=true'];
    p.start('source-controller', toolPath('source-controller'), [
      ...common,
      ...probe(0),
      `--storage-path=${join(cp.dir, 'source-storage')}`,
      `--storage-addr=127.0.0.1:${storagePort}`,
      `--storage-adv-addr=127.0.0.1:${storagePort}`,
    ], env);
    p.start('kustomize-controller', toolPath('kustomize-controller'), [...common, ...probe(1), '--no-remote-bases=true'], env);
    p.start('helm-controller', toolPath('helm-controller'), [
      ...common,
      ...probe(2),
      ...(options.helmWait === 'helm3' ? ['--feature-gates=UseHelm3Defaults=true'] : []),
    ], env);
  } catch (e) {
    await cp.stop();
    throw e;
  }

  const cluster: E2ECluster = {
    cp,
    helmWait: options.helmWait,
    async apply(objects) {
      const results = await cp.applyDocuments(objects.map(documentOf));
      const refused = results.filter((r) => !r.ok);
      if (refused.length) throw new Error(refused.map((r) => `${r.document.kind} ${r.document.name}: ${r.message}`).join('\n'));
    },
    async get(path) {
      const r = await cp.request('GET', path);
      if (r.status !== 200) throw new Error(`GET ${path}: ${r.status} ${r.text.slice(0, 300)}`);
      return r.body;
    },
    async list(path) {
      const r = await cp.request('GET', path);
      if (r.status === 404) return [];
      if (r.status !== 200) throw new Error(`GET ${path}: ${r.status} ${r.text.slice(0, 300)}`);
      return r.body.items as any[];
    },
    async requestReconcile(apiVersion, plural, namespace, name) {
      const path = `/apis/${apiVersion}/namespaces/${namespace}/${plural}/${name}`;
      const patch = { metadata: { annotations: { 'reconcile.fluxcd.io/requestedAt': new Date().toISOString() } } };
      const r = await cp.request('PATCH', path, JSON.stringify(patch), 'application/merge-patch+json');
      if (r.status !== 200) throw new Error(`PATCH ${path}: ${r.status} ${r.text.slice(0, 300)}`);
    },
    startMetallbOnceInstalled(namespace) {
      if (watcher) throw new Error('startMetallbOnceInstalled: already watching');
      let checking = false;
      watcher = setInterval(async () => {
        if (checking || metallb) return;
        checking = true;
        try {
          const r = await cp.request('GET', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/ipaddresspools.metallb.io');
          const established = (r.body?.status?.conditions ?? []).some((c: any) => c.type === 'Established' && c.status === 'True');
          if (established && !metallb) {
            // its metrics port (no flag for the host) is a free port; everything else it does goes to the API server
            metallb = p.start('metallb-controller', toolPath('metallb-controller'), [
              `--namespace=${namespace}`,
              '--webhook-mode=disabled',
              '--disable-cert-rotation=true',
              `--port=${await freePort()}`,
              '--log-level=info',
            ], env);
          }
        } catch {
          // the API server is stopping, or not there yet
        } finally {
          checking = false;
        }
      }, 1000);
      watcher.unref();
    },
    metallb: () => metallb,
    logs(lines = 15) {
      const dir = join(cp.dir, 'logs');
      let names: string[] = [];
      try {
        names = readdirSync(dir);
      } catch {
        return '';
      }
      return names
        .sort()
        .map((f) => {
          let text = '';
          try {
            text = readFileSync(join(dir, f), 'utf8').split('\n').slice(-lines).join('\n');
          } catch {
            // removed by stop()
          }
          return `--- ${f}\n${text}`;
        })
        .join('\n');
    },
    async stop() {
      if (watcher) clearInterval(watcher);
      watcher = null;
      await cp.stop();
    },
  };

  return cluster;
}
