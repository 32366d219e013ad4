// The shape of the Flux tree, as data: which Flux Kustomizations exist, the
// folder each applies and what it waits for. The manifests (kustomizations.ts)
// and the runbooks (dependency diagram, wait commands) both read this, so they
// cannot disagree. Layout after fluxcd/flux2-kustomize-helm-example:
// sources -> infrastructure controllers (wait: CRDs and webhooks ready) ->
// infrastructure configs (custom resources of those controllers) -> ingress
// controller (wait) -> platform.
//
// Each stage says what it needs from earlier stages and what it provides once
// Ready; dependsOn is derived from that, never written by hand. The ingress
// controller is a stage of its own, after the address pools, because its
// LoadBalancer Service gets an address only once a pool exists: with Helm 3's
// wait (helm-controller <= v1.4, Flux <= 2.7, and newer ones run with
// UseHelm3Defaults) a release waits for that address, so ingress-nginx in the
// same waiting stage as MetalLB's controller, before the pools, never became
// Ready (a deadlock). Newer helm-controllers wait with kstatus and do not
// deadlock either way; this order holds for both.
import type { Model } from '../../model/build-model.ts';
import { CONTROLLER_MANAGER_PORT, ETCD_METRICS_PORT, k3sServers, KUBE_PROXY_METRICS_PORT, SCHEDULER_PORT } from '../../model/k3s.ts';
import { gitPath } from '../../model/place.ts';
import { entryOf } from '../../model/ingress.ts';
import type { Spec } from '../../schema/spec-types.ts';
import { chartSources } from './sources.ts';

export type KustomizationName = 'sources' | 'infra-controllers' | 'infra-configs' | 'infra-ingress' | 'monitoring' | 'storage';

/**
 * What a Ready stage gives the stages after it:
 * - `chart-sources`: the HelmRepositories HelmReleases install from;
 * - `metallb-api`: MetalLB's CRDs and validating webhook (its controller Ready), which its custom resources need;
 * - `lb-addresses`: address pools (and their announcement), without which no LoadBalancer Service gets an address;
 * - `ingress-api`: the IngressClass and ingress-nginx's validating webhook, which every Ingress object passes.
 */
export type Capability = 'chart-sources' | 'metallb-api' | 'lb-addresses' | 'ingress-api';

export interface FluxKustomization {
  name: KustomizationName;
  /** spec.path of the Kustomization: relative to the Git repository root (Flux resolves it there). */
  path: string;
  /** Derived from `needs`: the stages that provide them, without those implied through another. */
  dependsOn: KustomizationName[];
  /** spec.wait: Flux waits for every applied object to become ready before dependents start. */
  wait: boolean;
  /** What its objects need from earlier stages to be applied, or (with wait) to become Ready. */
  needs: Capability[];
  /** What it gives later stages once Ready. */
  provides: Capability[];
  /** What it applies, one line each, for the reader. */
  contents: string[];
}

/** Sub-folder of the Flux tree each Kustomization applies (also its folder under out/flux/<cluster>/). */
export const FOLDER: Record<KustomizationName, string> = {
  sources: 'sources',
  'infra-controllers': 'infrastructure/controllers',
  'infra-configs': 'infrastructure/configs',
  'infra-ingress': 'infrastructure/ingress',
  monitoring: 'platform/monitoring',
  storage: 'platform/storage',
};

/**
 * The oldest Flux release whose APIs the compiled tree uses
 * (helm.toolkit.fluxcd.io/v2 and source.toolkit.fluxcd.io/v1 HelmRepository
 * became GA in Flux v2.3.0); the stage order does not deadlock on any release
 * from there on (see above).
 */
export const MIN_FLUX_VERSION = '2.3.0';

/** Where the tree is written, relative to out/. */
export function fluxOutDir(spec: Spec): string {
  return `flux/${spec.cluster.name}`;
}

/** The output folder from the Git repository root, as Flux paths spell it (./out): `veilc compile` replaces this folder wholesale. */
export function outGitDir(model: Model): string {
  return gitPath(model.place.outDir);
}

const trimSlashes = (p: string) => p.replace(/\/+$/, '');

/**
 * The entry folder's path from the Git repository root, which the glue
 * Kustomization <cluster.name> syncs: spec.flux.path, by default where veilc
 * writes it (<output folder>/flux/<cluster.name>, e.g. ./out/flux/veil).
 */
export function fluxGitPath(model: Model): string {
  return trimSlashes(model.spec.flux.path ?? compiledFluxGitPath(model));
}

/** Where this compile writes the Flux entry folder, from the Git repository root. */
export function compiledFluxGitPath(model: Model): string {
  return `${outGitDir(model).replace(/\/$/, '')}/${fluxOutDir(model.spec)}`;
}

/**
 * What `flux bootstrap --path` syncs: bootstrap commits its own manifests to
 * <bootstrapPath>/flux-system/, so it must lie outside out/ (a compile would
 * delete them and the flux-system Kustomization, prune: true, would then prune
 * the Flux controllers). Default ./clusters/<cluster.name>, the cluster folder
 * of Flux's conventional repository layout (fluxcd/flux2-kustomize-helm-example).
 */
export function fluxBootstrapPath(spec: Spec): string {
  return trimSlashes(spec.flux.bootstrapPath ?? defaultBootstrapPath(spec));
}

export function defaultBootstrapPath(spec: Spec): string {
  return `./clusters/${spec.cluster.name}`;
}

/** The glue Kustomization's file, relative to out/: copied by hand to <bootstrapPath>/<cluster.name>.yaml. */
export function bootstrapGlueFile(spec: Spec): string {
  return `${fluxOutDir(spec)}/bootstrap/${spec.cluster.name}.yaml`;
}

type Stage = Omit<FluxKustomization, 'dependsOn'>;

export function fluxLayout(model: Model): FluxKustomization[] {
  return withDependencies(stages(model));
}

/** The stages the spec asks for, in order, with what each needs and provides. */
function stages(model: Model): Stage[] {
  const { spec, facts } = model;
  const root = fluxGitPath(model);
  const at = (name: KustomizationName) => `${root}/${FOLDER[name]}`;
  const out: Stage[] = [];
  // Ingress objects need the ingress controller's IngressClass and webhook; a spec without ingress renders none
  const ingressApi = (hosts: (string | undefined)[]): Capability[] => (spec.ingress && hosts.some(Boolean) ? ['ingress-api'] : []);

  const sources = chartSources(spec);
  if (sources.length) {
    out.push({ name: 'sources', path: at('sources'), wait: false, needs: [], provides: ['chart-sources'], contents: sources.map((s) => `HelmRepository ${s.name} (${s.url})`) });
  }
  const lb = spec.loadBalancer;
  if (lb) {
    out.push({
      name: 'infra-controllers', path: at('infra-controllers'), wait: true, needs: ['chart-sources'], provides: ['metallb-api'],
      contents: [`HelmRelease metallb ${spec.versions.charts.metallb} in ${lb.namespace}`],
    });
    const configs = facts.network.pools.map((p) => `IPAddressPool ${p.name} ${p.first}-${p.last} (${p.mode === 'l2' ? 'L2Advertisement' : 'BGPAdvertisement'})`);
    for (const p of lb.bgp?.peers ?? []) configs.push(`BGPPeer ${p.name} ${p.address} (AS ${p.peerASN}, local AS ${lb.bgp!.myASN})`);
    out.push({ name: 'infra-configs', path: at('infra-configs'), wait: false, needs: ['metallb-api'], provides: ['lb-addresses'], contents: configs });
  }
  const nginx = entryOf(spec, 'ingress-nginx');
  if (nginx) {
    out.push({
      // waits: Ready only once its Service has the pool address and its webhook serves
      name: 'infra-ingress', path: at('infra-ingress'), wait: true, needs: ['chart-sources', 'lb-addresses'], provides: ['ingress-api'],
      contents: [`HelmRelease ingress-nginx ${spec.versions.charts.ingressNginx} in ${nginx.namespace}: LoadBalancer ${nginx.address}, default IngressClass ${nginx.className}`],
    });
  }
  if (spec.monitoring) {
    const m = spec.monitoring;
    out.push({
      name: 'monitoring', path: at('monitoring'), wait: false,
      needs: ['chart-sources', ...ingressApi([m.prometheus.host, m.alertmanager.host, m.grafana.host])], provides: [],
      contents: [
        `HelmRelease kube-prometheus-stack ${spec.versions.charts.kubePrometheusStack} in ${m.namespace}`,
        `scrapes etcd :${ETCD_METRICS_PORT}, kube-controller-manager :${CONTROLLER_MANAGER_PORT} and kube-scheduler :${SCHEDULER_PORT} on ${k3sServers(spec).map((x) => x.address).join(', ')}, and kube-proxy :${KUBE_PROXY_METRICS_PORT} on every node (needs the k3s flags etcd-expose-metrics and the *-bind-address args)`,
      ],
    });
  }
  if (spec.objectStore && facts.erasure) {
    const os = spec.objectStore, e = facts.erasure, exp = os.exposure;
    out.push({
      name: 'storage', path: at('storage'), wait: false,
      needs: exp.mode === 'loadBalancer' ? ['lb-addresses'] : ingressApi([exp.apiHost, exp.consoleHost]), provides: [],
      contents: e.pools.map((p) => `MinIO StatefulSet ${p.name} in ${os.namespace}: ${p.servers} servers x ${p.drivesPerServer} drives of ${p.driveSize}, ${e.storageClassStandard}${e.pools.length > 1 ? ` (pool ${p.index + 1} of ${e.pools.length})` : ''}`),
    });
  }
  return out;
}

/**
 * dependsOn of each stage: the earlier stages that provide what it needs,
 * minus those another of them already depends on (so the Kustomizations and
 * the runbook's diagram show the direct edges only). A need no stage
 * provides is left out: the spec lacks that component, and the policies
 * deny what would need it (e.g. VEIL-NET-008).
 */
function withDependencies(list: readonly Stage[]): FluxKustomization[] {
  const out: FluxKustomization[] = [];
  const closure = new Map<KustomizationName, Set<KustomizationName>>();
  for (const st of list) {
    const direct = new Set<KustomizationName>();
    for (const need of st.needs) {
      const provider = out.find((k) => k.provides.includes(need));
      if (provider) direct.add(provider.name);
    }
    const implied = new Set([...direct].flatMap((d) => [...closure.get(d)!]));
    const dependsOn = out.map((k) => k.name).filter((n) => direct.has(n) && !implied.has(n));
    closure.set(st.name, new Set([...direct, ...implied]));
    out.push({ ...st, dependsOn });
  }
  return out;
}
