// Flux sources: one HelmRepository per chart repository the spec needs. They
// live in the Flux namespace; HelmReleases elsewhere reference them across
// namespaces (allowed unless the controllers run with --no-cross-namespace-refs).
import type { Spec } from '../../schema/spec-types.ts';

export interface ChartSource {
  /** HelmRepository name */
  name: string;
  url: string;
}

// Chart repositories as the projects publish them:
// metallb: https://metallb.universe.tf/installation/#installation-with-helm
// ingress-nginx: https://kubernetes.github.io/ingress-nginx/deploy/#quick-start (project retired March 2026; 4.15.1 is its last chart)
// kube-prometheus-stack: https://github.com/prometheus-community/helm-charts#usage
export const REPOS = {
  metallb: { name: 'metallb', url: 'https://metallb.github.io/metallb' },
  ingressNginx: { name: 'ingress-nginx', url: 'https://kubernetes.github.io/ingress-nginx' },
  prometheusCommunity: { name: 'prometheus-community', url: 'https://prometheus-community.github.io/helm-charts' },
} as const satisfies Record<string, ChartSource>;

/** How often Flux re-reads a repository index; versions are pinned, so this only notices yanked charts. */
export const REPOSITORY_INTERVAL = '1h';

export function chartSources(spec: Spec): ChartSource[] {
  const out: ChartSource[] = [];
  if (spec.loadBalancer) out.push(REPOS.metallb);
  if (spec.ingress) out.push(REPOS.ingressNginx);
  if (spec.monitoring) out.push(REPOS.prometheusCommunity);
  return out;
}

export function helmRepository(spec: Spec, src: ChartSource): object {
  return {
    apiVersion: 'source.toolkit.fluxcd.io/v1',
    kind: 'HelmRepository',
    metadata: { name: src.name, namespace: spec.flux.namespace },
    spec: { interval: REPOSITORY_INTERVAL, url: src.url },
  };
}
