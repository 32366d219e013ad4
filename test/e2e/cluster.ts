// The end-to-end tier's cluster: the real control plane of test/kube
// (etcd, kube-apiserver 1.34.3) plus the real kube-controller-manager and
// kube-scheduler, KWOK's simulated nodes (pods become Running and Ready
// without a kubelet; pods of Jobs complete), the real Flux source-,
// kustomize- and helm-controller, and the real MetalLB controller. Every
// process runs in one ProcessSet (free ports on 127.0.0.1, bounded start,
// always stopped; the one exception: MetalLB's controller has no flag for
// the host of its metrics port, so that free port listens on every interface). No kubelet, no container runtime, no speaker, no data
// path; admission webhooks are off (their servers would be pods that never
// run), which is also why MetalLB runs with --webhook-mode=disabled.
//
// MetalLB's controller is started the moment its chart's CRDs are
// Established, i.e. when the infra-controllers Kustomization has installed
// the chart: on a real cluster its pod starts then too, so a tree that needs
// an address before it installs MetalLB still waits for it here.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CRD_DIR, isEstablished, pinnedVersion, startControlPlane, toolPath, toolsMissing, yamlFilesUnder, type ControlPlane } from '../kube/control-plane.ts';
import type { ManifestDocument } from '../kube/manifests.ts';
import { freePort, type ServerProcess } from '../kube/processes.ts';

/** Every binary this tier runs (all pinned in scripts/toolchain.versions, all in its SUITE_TOOLS). */
export const E2E_TOOLS = ['etcd', 'kube-apiserver', 'kubectl', 'kube-controller-manager', 'kube-scheduler', 'kwok', 'source-controller', 'kustomize-controller', 'helm-controller', 'metallb-controller'] as const;

/**
 * How helm-controller installs and waits: `default` (since helm-controller
 * v1.5.0, Flux 2.8: server-side apply, readiness by kstatus, for which a
 * LoadBalancer Service is ready without an address) or `helm3`
 * (`--feature-gates=UseHelm3Defaults=true`: Helm 3's client-side apply and
 * its own readiness checks, under which a LoadBalancer Service is ready only
 * with an address; what helm-controller up to v1.4, Flux up to 2.7, does).
 * Source: helm-controller CHANGELOG, 1.5.0.
 */
export type HelmWait = 'default' | 'helm3';

export const KWOK_STAGES_DIR = new URL('./kwok-stages/', import.meta.url).pathname;

const FLUX_CONTROLLERS = ['source-controller', 'kustomize-controller', 'helm-controller'] as const;

/** Flux's CRDs as `flux bootstrap` installs them: those of the pinned controllers (test/kube/crds/<controller>-<version>/). */
export function fluxCrds(): string[] {
  return FLUX_CONTROLLERS.flatMap((c) => yamlFilesUnder(join(CRD_DIR, `${c}-${pinnedVersion(c)}`)));
}

/** A process of the cluster that exited, with the end of its log. */
export interface ExitedProcess {
  name: string;
  exit: string;
  logTail: string;
}

export interface E2ECluster {
  readonly cp: ControlPlane;
  readonly helmWait: HelmWait;
  /** Creates objects for real (server-side apply); throws on a refusal. */
  apply(objects: readonly object[]): Promise<void>;
  /** Lists a kind across namespaces (`/apis/GROUP/VERSION/PLURAL` or `/api/v1/PLURAL`). */
  list(path: string): Promise<any[]>;
  /** Asks Flux to reconcile an object now (what `flux reconcile` does: the requestedAt annotation). */
  requestReconcile(apiVersion: string, plural: string, namespace: string, name: string): Promise<void>;
  /**
   * Starts MetalLB's controller (watching `namespace`, where the chart puts
   * it) once Flux has installed the chart (metallbInstalled), as its pod
   * would start on a real cluster. Call once.
   */
  startMetallbOnceInstalled(namespace: string): void;
  /** The MetalLB controller, once started. */
  metallb(): ServerProcess | null;
  /** Processes that exited (none should while the cluster runs). */
  exited(): ExitedProcess[];
  /** The last lines of every process log (for failure messages). */
  logs(lines?: number): string;
  stop(): Promise<void>;
}

/** Which of this tier's binaries are missing (null when none), with how to build them. */
export function e2eToolsMissing(): string | null {
  return toolsMissing(E2E_TOOLS);
}

/** Polls `url` until it answers 200, the process exits, or `deadline` passes. */
async function awaitHealthy(proc: ServerProcess, url: string, deadline: number): Promise<void> {
  for (;;) {
    if (proc.exited() !== null) throw new Error(`${proc.name} exited (${proc.exited()}) while starting:\n${proc.logTail(20)}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${proc.name} not ready at ${url} in time:\n${proc.logTail(20)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
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
  const env = { ...process.env, KUBECONFIG: cp.kubeconfig };
  const p = cp.processes;
  let metallb: ServerProcess | null = null;
  let watcher: NodeJS.Timeout | null = null;
  const deadline = Date.now() + (options.startTimeoutMs ?? 180_000);
  const start = (name: string, args: string[]): ServerProcess => p.start(name, toolPath(name), args, env);
  try {
    start('kube-controller-manager', [
      `--kubeconfig=${cp.kubeconfig}`,
      '--leader-elect=false',
      '--bind-address=127.0.0.1',
      `--secure-port=${await freePort()}`,
      `--service-account-private-key-file=${cp.serviceAccountKey.privateKeyFile}`,
      `--root-ca-file=${cp.caFile}`,
      '--use-service-account-credentials=false',
    ]);
    start('kube-scheduler', [
      `--kubeconfig=${cp.kubeconfig}`,
      '--leader-elect=false',
      '--bind-address=127.0.0.1',
      `--secure-port=${await freePort()}`,
    ]);

    const stages = join(cp.dir, 'kwok-stages.yaml');
    writeFileSync(stages, readdirSync(KWOK_STAGES_DIR).filter((f) => f.endsWith('.yaml')).sort().map((f) => readFileSync(join(KWOK_STAGES_DIR, f), 'utf8')).join('\n---\n'));
    start('kwok', [
      `--kubeconfig=${cp.kubeconfig}`,
      `--config=${stages}`,
      '--manage-all-nodes=false',
      '--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake',
      '--cidr=10.42.0.0/16',
      '--node-ip=127.0.0.1',
    ]);

    mkdirSync(join(cp.dir, 'source-storage'));
    const [storagePort, ...ports] = await Promise.all(Array.from({ length: 7 }, () => freePort()));
    const probe = (i: number) => [`--metrics-addr=127.0.0.1:${ports[2 * i]}`, `--health-addr=127.0.0.1:${ports[2 * i + 1]}`];
    // dependencies are re-checked every 5 s instead of 30 s: the order is what is tested, not the pace
    const common = ['--enable-leader-election=false', '--requeue-dependency=5s', '--log-level=info', '--watch-all-namespaces=true'];
    const flux = [
      start('source-controller', [
        ...common,
        ...probe(0),
        `--storage-path=${join(cp.dir, 'source-storage')}`,
        `--storage-addr=127.0.0.1:${storagePort}`,
        `--storage-adv-addr=127.0.0.1:${storagePort}`,
      ]),
      start('kustomize-controller', [...common, ...probe(1), '--no-remote-bases=true']),
      start('helm-controller', [...common, ...probe(2), ...(options.helmWait === 'helm3' ? ['--feature-gates=UseHelm3Defaults=true'] : [])]),
    ];
    // controller-runtime's readiness endpoint: up once the manager runs (a bad flag or a taken port ends the process instead)
    for (const [i, proc] of flux.entries()) await awaitHealthy(proc, `http://127.0.0.1:${ports[2 * i + 1]}/readyz`, deadline);
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
          if ((await metallbInstalled(cp, namespace)) && !metallb) {
            // its metrics port (no flag for the host) is a free port; everything else it does goes to the API server
            metallb = start('metallb-controller', [
              `--namespace=${namespace}`,
              '--webhook-mode=disabled',
              '--disable-cert-rotation=true',
              `--port=${await freePort()}`,
              '--log-level=info',
            ]);
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
    // every process of the set, etcd and the API server included
    exited: () => p.processes.filter((x) => x.exited() !== null).map((x) => ({ name: x.name, exit: x.exited()!, logTail: x.logTail(15) })),
    logs: (lines = 15) => p.processes.map((x) => `--- ${x.name}\n${x.logTail(lines)}`).join('\n'),
    async stop() {
      if (watcher) clearInterval(watcher);
      watcher = null;
      await cp.stop();
    },
  };

  return cluster;
}

/**
 * Whether the MetalLB chart is installed as far as its controller needs: the
 * chart's workloads exist in `namespace` (Helm creates the chart's CRDs
 * before them), every metallb.io CRD is Established, and discovery lists
 * each of their kinds in each served version, which the controller maps its
 * types through at start. Started on the first CRD alone, it raced the
 * others: "failed to get restmapping: no matches for kind ServiceBGPStatus".
 */
async function metallbInstalled(cp: ControlPlane, namespace: string): Promise<boolean> {
  const workloads = await cp.request('GET', `/apis/apps/v1/namespaces/${namespace}/deployments`);
  if (workloads.status !== 200 || !(workloads.body.items ?? []).length) return false;
  const crds = await cp.request('GET', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions');
  if (crds.status !== 200) return false;
  const mine = (crds.body.items as any[]).filter((c) => c.spec?.group === 'metallb.io');
  if (!mine.some((c) => c.metadata.name === 'ipaddresspools.metallb.io') || !mine.every(isEstablished)) return false;
  const versions = new Set<string>(mine.flatMap((c) => (c.spec.versions as any[]).filter((v) => v.served).map((v) => v.name as string)));
  for (const version of versions) {
    const listed = await cp.request('GET', `/apis/metallb.io/${version}`);
    if (listed.status !== 200) return false;
    const kinds = new Set((listed.body.resources as any[]).map((r) => r.kind as string));
    const needed = mine.filter((c) => (c.spec.versions as any[]).some((v) => v.served && v.name === version)).map((c) => c.spec.names.kind as string);
    if (!needed.every((k) => kinds.has(k))) return false;
  }
  return true;
}
