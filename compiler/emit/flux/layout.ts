// The shape of the Flux tree, as data: which Flux Kustomizations exist, the
// folder each applies and what it waits for. The manifests (kustomizations.ts)
// and the runbooks (dependency diagram, wait commands) both read this, so they
// cannot disagree. Layout after fluxcd/flux2-kustomize-helm-example:
// sources -> infrastructure controllers (wait: CRDs and webhooks ready) ->
// infrastructure configs (custom resources of those controllers) -> platform.
import type { Model } from '../../model/build-model.ts';
import { CONTROLLER_MANAGER_PORT, ETCD_METRICS_PORT, k3sServers, KUBE_PROXY_METRICS_PORT, SCHEDULER_PORT } from '../../model/k3s.ts';
import { gitPath } from '../../model/place.ts';
import type { Spec } from '../../schema/spec-types.ts';
import { chartSources } from './sources.ts';

export type KustomizationName = 'sources' | 'infra-controllers' | 'infra-configs' | 'monitoring' | 'storage';

export interface FluxKustomization {
  name: KustomizationName;
  /** spec.path of the Kustomization: relative to the Git repository root (Flux resolves it there). */
  path: string;
  dependsOn: KustomizationName[];
  /** spec.wait: Flux waits for every applied object to become ready before dependents start. */
  wait: boolean;
  /** What it applies, one line each, for the reader. */
  contents: string[];
}

/** Sub-folder of the Flux tree each Kustomization applies (also its folder under out/flux/<cluster>/). */
export const FOLDER: Record<KustomizationName, string> = {
  sources: 'sources',
  'infra-controllers': 'infrastructure/controllers',
  'infra-configs': 'infrastructure/configs',
  monitoring: 'platform/monitoring',
  storage: 'platform/storage',
};

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

export function fluxLayout(model: Model): FluxKustomization[] {
  const { spec, facts } = model;
  const root = fluxGitPath(model);
  const at = (name: KustomizationName) => `${root}/${FOLDER[name]}`;
  const out: FluxKustomization[] = [];
  const has = (name: KustomizationName) => out.some((k) => k.name === name);
  // each stage waits for the nearest earlier stage that exists
  const after = (...candidates: KustomizationName[]): KustomizationName[] => {
    const found = candidates.find(has);
    return found ? [found] : [];
  };

  const sources = chartSources(spec);
  if (sources.length) {
    out.push({ name: 'sources', path: at('sources'), dependsOn: [], wait: false, contents: sources.map((s) => `HelmRepository ${s.name} (${s.url})`) });
  }
  const controllers: string[] = [];
  if (spec.loadBalancer) controllers.push(`HelmRelease metallb ${spec.versions.charts.metallb} in ${spec.loadBalancer.namespace}`);
  if (spec.ingress) controllers.push(`HelmRelease ingress-nginx ${spec.versions.charts.ingressNginx} in ${spec.ingress.namespace}: LoadBalancer ${spec.ingress.address}, default IngressClass ${spec.ingress.className}`);
  if (controllers.length) out.push({ name: 'infra-controllers', path: at('infra-controllers'), dependsOn: after('sources'), wait: true, contents: controllers });
  if (spec.loadBalancer) {
    const configs = facts.network.pools.map((p) => `IPAddressPool ${p.name} ${p.first}-${p.last} (${p.mode === 'l2' ? 'L2Advertisement' : 'BGPAdvertisement'})`);
    out.push({ name: 'infra-configs', path: at('infra-configs'), dependsOn: after('infra-controllers'), wait: false, contents: configs });
  }
  if (spec.monitoring) {
    const m = spec.monitoring;
    out.push({
      name: 'monitoring', path: at('monitoring'), dependsOn: after('infra-configs', 'infra-controllers', 'sources'), wait: false,
      contents: [
        `HelmRelease kube-prometheus-stack ${spec.versions.charts.kubePrometheusStack} in ${m.namespace}`,
        `scrapes etcd :${ETCD_METRICS_PORT}, kube-controller-manager :${CONTROLLER_MANAGER_PORT} and kube-scheduler :${SCHEDULER_PORT} on ${k3sServers(spec).map((x) => x.address).join(', ')}, and kube-proxy :${KUBE_PROXY_METRICS_PORT} on every node (needs the k3s flags etcd-expose-metrics and the *-bind-address args)`,
      ],
    });
  }
  if (spec.objectStore && facts.erasure) {
    const os = spec.objectStore, e = facts.erasure;
    out.push({
      name: 'storage', path: at('storage'), dependsOn: after('infra-configs', 'infra-controllers'), wait: false,
      contents: [`MinIO StatefulSet ${os.name} in ${os.namespace}: ${e.servers} servers x ${e.drivesPerServer} drives of ${os.driveSize}, ${e.storageClassStandard}`],
    });
  }
  return out;
}
