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
//
// With the Gateway API (ingress.controller envoy-gateway) three stages take
// the ingress controller's place: the Gateway API CRDs (from their Git
// repository, waited for), then Envoy Gateway's controller (waited for: its
// own CRDs and controller), then the GatewayClass and Gateway, after the pools
// (the Gateway's proxy Service gets its address from one). HTTPRoutes, the
// charts' and MinIO's, come after all three.
import type { Model } from '../../model/build-model.ts';
import { CONTROLLER_MANAGER_PORT, ETCD_METRICS_PORT, k3sServers, KUBE_PROXY_METRICS_PORT, SCHEDULER_PORT } from '../../model/k3s.ts';
import { gitPath } from '../../model/place.ts';
import { entryOf, type EntryPoint } from '../../model/ingress.ts';
import type { Spec } from '../../schema/spec-types.ts';
import { GATEWAY_API } from './gateway-api.ts';
import { chartSources } from './sources.ts';

export type KustomizationName = 'sources' | 'gateway-api' | 'infra-controllers' | 'infra-configs' | 'infra-ingress' | 'infra-gateway' | 'gateway' | 'monitoring' | 'storage';

/** Stages whose manifests veilc writes; gateway-api applies a folder of the Gateway API's own repository. */
export type CompiledStage = Exclude<KustomizationName, 'gateway-api'>;

/**
 * What a Ready stage gives the stages after it:
 * - `chart-sources`: the HelmRepositories HelmReleases install from;
 * - `metallb-api`: MetalLB's CRDs and validating webhook (its controller Ready), which its custom resources need;
 * - `lb-addresses`: address pools (and their announcement), without which no LoadBalancer Service gets an address;
 * - `ingress-api`: the IngressClass and ingress-nginx's validating webhook, which every Ingress object passes;
 * - `gateway-api-source`: the GitRepository of the Gateway API CRDs;
 * - `gateway-api`: the Gateway API CRDs, Established, which GatewayClass, Gateway and HTTPRoute objects need;
 * - `gateway-controller`: Envoy Gateway's CRDs (EnvoyProxy, BackendTrafficPolicy) and its controller, Ready;
 * - `gateway`: the GatewayClass and the Gateway that HTTPRoutes attach to.
 */
export type Capability = 'chart-sources' | 'metallb-api' | 'lb-addresses' | 'ingress-api' | 'gateway-api-source' | 'gateway-api' | 'gateway-controller' | 'gateway';

export interface FluxKustomization {
  name: KustomizationName;
  /** spec.path of the Kustomization: relative to the root of its source (Flux resolves it there). */
  path: string;
  /** Its folder under out/flux/<cluster>/, or null when it applies a folder of another repository. */
  folder: string | null;
  /** Its source when not the repository veilc's tree is in (spec.flux.sourceRef). */
  source: { kind: 'GitRepository'; name: string } | null;
  /** spec.prune: whether Flux deletes what it applied once it leaves the folder (false for CRDs: deleting one deletes all its objects). */
  prune: boolean;
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
export const FOLDER: Record<CompiledStage, string> = {
  sources: 'sources',
  'infra-controllers': 'infrastructure/controllers',
  'infra-configs': 'infrastructure/configs',
  'infra-ingress': 'infrastructure/ingress',
  'infra-gateway': 'infrastructure/gateway-controller',
  gateway: 'infrastructure/gateway',
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

/**
 * The namespaces HTTPRoutes are compiled into (the Gateway admits routes from
 * these alone), in stage order; empty when no Gateway serves a host.
 */
export function routeNamespaces(model: Model): string[] {
  const { spec } = model;
  if (!entryOf(spec, 'envoy-gateway')) return [];
  const m = spec.monitoring, exp = spec.objectStore?.exposure;
  const out: string[] = [];
  if (m && [m.prometheus.host, m.alertmanager.host, m.grafana.host].some(Boolean)) out.push(m.namespace);
  if (spec.objectStore && exp?.mode === 'ingress' && (exp.apiHost || exp.consoleHost)) out.push(spec.objectStore.namespace);
  return [...new Set(out)];
}

/** The stages the spec asks for, in order, with what each needs and provides. */
function stages(model: Model): Stage[] {
  const { spec, facts } = model;
  const root = fluxGitPath(model);
  const compiled = (name: CompiledStage): Pick<Stage, 'name' | 'path' | 'folder' | 'source' | 'prune'> => ({ name, path: `${root}/${FOLDER[name]}`, folder: FOLDER[name], source: null, prune: true });
  const out: Stage[] = [];
  const nginx = entryOf(spec, 'ingress-nginx'), envoy = entryOf(spec, 'envoy-gateway');
  // Host names reach a workload through every entry point that runs: Ingress
  // objects need ingress-nginx's IngressClass and webhook, HTTPRoutes the Gateway
  const entryApis = (hosts: (string | undefined)[]): Capability[] => (hosts.some(Boolean) ? [...(nginx ? ['ingress-api' as const] : []), ...(envoy ? ['gateway' as const] : [])] : []);

  const sources = chartSources(spec);
  const sourceLines = sources.map((s) => `HelmRepository ${s.name} (${s.url})`);
  if (envoy) sourceLines.push(`GitRepository ${GATEWAY_API.source} (${GATEWAY_API.url} ${spec.versions.gatewayApi})`);
  if (sourceLines.length) {
    out.push({ ...compiled('sources'), wait: false, needs: [], provides: ['chart-sources', ...(envoy ? ['gateway-api-source' as const] : [])], contents: sourceLines });
  }
  if (envoy) {
    out.push({
      // waits: the CRDs are Established before anything that uses them is applied
      name: 'gateway-api', path: GATEWAY_API.path, folder: null, source: { kind: 'GitRepository', name: GATEWAY_API.source }, prune: false,
      wait: true, needs: ['gateway-api-source'], provides: ['gateway-api'],
      contents: [`Gateway API CRDs ${spec.versions.gatewayApi}, standard channel, and their safe-upgrades ValidatingAdmissionPolicy (${GATEWAY_API.path} of ${GATEWAY_API.source})`],
    });
  }
  const lb = spec.loadBalancer;
  if (lb) {
    out.push({
      ...compiled('infra-controllers'), wait: true, needs: ['chart-sources'], provides: ['metallb-api'],
      contents: [`HelmRelease metallb ${spec.versions.charts.metallb} in ${lb.namespace}`],
    });
    const configs = facts.network.pools.map((p) => `IPAddressPool ${p.name} ${p.first}-${p.last} (${p.mode === 'l2' ? 'L2Advertisement' : 'BGPAdvertisement'})`);
    for (const p of lb.bgp?.peers ?? []) configs.push(`BGPPeer ${p.name} ${p.address} (AS ${p.peerASN}, local AS ${lb.bgp!.myASN})`);
    out.push({ ...compiled('infra-configs'), wait: false, needs: ['metallb-api'], provides: ['lb-addresses'], contents: configs });
  }
  if (nginx) {
    out.push({
      // waits: Ready only once its Service has the pool address and its webhook serves
      ...compiled('infra-ingress'), wait: true, needs: ['chart-sources', 'lb-addresses'], provides: ['ingress-api'],
      contents: [`HelmRelease ingress-nginx ${spec.versions.charts.ingressNginx} in ${nginx.namespace}: LoadBalancer ${nginx.address}, default IngressClass ${nginx.className}${retiringNote(nginx)}`],
    });
  }
  if (envoy) {
    out.push({
      // waits: Envoy Gateway's CRDs exist and its controller runs before the GatewayClass, EnvoyProxy and policies are applied
      ...compiled('infra-gateway'), wait: true, needs: ['chart-sources', 'gateway-api'], provides: ['gateway-controller'],
      contents: [`HelmRelease envoy-gateway (chart gateway-helm ${spec.versions.charts.envoyGateway}) in ${envoy.namespace}, with Envoy Gateway's CRDs`],
    });
    out.push({
      // no wait: nothing waits on a Gateway (no Ready condition); its proxy Service gets the pool address once the pools exist
      ...compiled('gateway'), wait: false, needs: ['gateway-controller', 'lb-addresses'], provides: ['gateway'],
      contents: [`GatewayClass ${envoy.className}, EnvoyProxy ${envoy.className} and Gateway ${spec.cluster.name} in ${envoy.namespace}: LoadBalancer ${envoy.address}, HTTP listener for routes from ${routeNamespaces(model).join(', ') || 'its own namespace'}${retiringNote(envoy)}`],
    });
  }
  if (spec.monitoring) {
    const m = spec.monitoring;
    out.push({
      ...compiled('monitoring'), wait: false,
      needs: ['chart-sources', ...entryApis([m.prometheus.host, m.alertmanager.host, m.grafana.host])], provides: [],
      contents: [
        `HelmRelease kube-prometheus-stack ${spec.versions.charts.kubePrometheusStack} in ${m.namespace}`,
        `scrapes etcd :${ETCD_METRICS_PORT}, kube-controller-manager :${CONTROLLER_MANAGER_PORT} and kube-scheduler :${SCHEDULER_PORT} on ${k3sServers(spec).map((x) => x.address).join(', ')}, and kube-proxy :${KUBE_PROXY_METRICS_PORT} on every node (needs the k3s flags etcd-expose-metrics and the *-bind-address args)`,
      ],
    });
  }
  if (spec.objectStore && facts.erasure) {
    const os = spec.objectStore, e = facts.erasure, exp = os.exposure;
    out.push({
      ...compiled('storage'), wait: false,
      needs: exp.mode === 'loadBalancer' ? ['lb-addresses'] : entryApis([exp.apiHost, exp.consoleHost]), provides: [],
      contents: e.pools.map((p) => `MinIO StatefulSet ${p.name} in ${os.namespace}: ${p.servers} servers x ${p.drivesPerServer} drives of ${p.driveSize}, ${e.storageClassStandard}${e.pools.length > 1 ? ` (pool ${p.index + 1} of ${e.pools.length})` : ''}`),
    });
  }
  return out;
}

/** Said of the retiring entry point in the stage lists. */
function retiringNote(e: EntryPoint): string {
  return e.role === 'retiring' ? ' (retiring: remove ingress.retiring once clients have moved)' : '';
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
