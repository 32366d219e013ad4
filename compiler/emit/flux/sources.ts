// Flux sources: one HelmRepository per chart repository the spec needs. They
// live in the Flux namespace; HelmReleases elsewhere reference them across
// namespaces (allowed unless the controllers run with --no-cross-namespace-refs).
import { entryOf } from '../../model/ingress.ts';
import type { Spec } from '../../schema/spec-types.ts';

export interface ChartSource {
  /** HelmRepository name */
  name: string;
  url: string;
  /**
   * `oci`: charts published as OCI artifacts (the url is oci://REGISTRY/PATH
   * and the chart name is appended); source.toolkit.fluxcd.io/v1 HelmRepository
   * spec.type, available since Flux v2.3.0 like the rest of that API.
   */
  type?: 'oci';
}

// Chart repositories as the projects publish them:
// metallb: https://metallb.universe.tf/installation/#installation-with-helm
// ingress-nginx: https://kubernetes.github.io/ingress-nginx/deploy/#quick-start (project retired March 2026; 4.15.1 is its last chart)
// kube-prometheus-stack: https://github.com/prometheus-community/helm-charts#usage
// envoy-gateway: the gateway-helm chart is published at oci://docker.io/envoyproxy/gateway-helm
//   (gateway.envoyproxy.io, "Install with Helm")
export const REPOS = {
  metallb: { name: 'metallb', url: 'https://metallb.github.io/metallb' },
  ingressNginx: { name: 'ingress-nginx', url: 'https://kubernetes.github.io/ingress-nginx' },
  prometheusCommunity: { name: 'prometheus-community', url: 'https://prometheus-community.github.io/helm-charts' },
  envoyProxy: { name: 'envoyproxy', url: 'oci://docker.io/envoyproxy', type: 'oci' },
} as const satisfies Record<string, ChartSource>;

/** How often Flux re-reads a repository index; versions are pinned, so this only notices yanked charts. */
export const REPOSITORY_INTERVAL = '1h';

export function chartSources(spec: Spec): ChartSource[] {
  const out: ChartSource[] = [];
  if (spec.loadBalancer) out.push(REPOS.metallb);
  if (entryOf(spec, 'ingress-nginx')) out.push(REPOS.ingressNginx);
  if (spec.monitoring) out.push(REPOS.prometheusCommunity);
  if (entryOf(spec, 'envoy-gateway')) out.push(REPOS.envoyProxy);
  return out;
}

export function helmRepository(spec: Spec, src: ChartSource): object {
  return {
    apiVersion: 'source.toolkit.fluxcd.io/v1',
    kind: 'HelmRepository',
    metadata: { name: src.name, namespace: spec.flux.namespace },
    spec: { ...(src.type ? { type: src.type } : {}), interval: REPOSITORY_INTERVAL, url: src.url },
  };
}
