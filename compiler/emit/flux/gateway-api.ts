// The Gateway API CRDs, standard channel, at the release versions.gatewayApi
// pins, straight from the project's Git repository: Flux fetches the tag (a
// GitRepository) and a Kustomization applies config/crd, whose
// kustomization.yaml lists the standard-channel CRDs and the safe-upgrades
// ValidatingAdmissionPolicy (kubernetes-sigs/gateway-api, config/crd at
// v1.6.1; "Getting started": standard-install.yaml is the same set).
//
// Not from the implementation's chart: gateway-helm carries the *experimental*
// channel in its crds/ folder (gateway.envoyproxy.io, "Install with Helm",
// "Installing CRDs separately"). Installed first, the standard CRDs are the
// ones the cluster keeps: Helm creates a chart's CRDs only when they are
// absent, and the safe-upgrades policy refuses experimental CRDs over
// standard ones.
import type { Spec } from '../../schema/spec-types.ts';
import { REPOSITORY_INTERVAL } from './sources.ts';

export const GATEWAY_API = {
  /** GitRepository name, in the Flux namespace. */
  source: 'gateway-api',
  url: 'https://github.com/kubernetes-sigs/gateway-api',
  /** Folder of the repository whose kustomization.yaml is the standard channel. */
  path: './config/crd',
} as const;

/**
 * Only config/crd/ is kept in the artifact (GitRepository .spec.ignore,
 * .gitignore syntax): the rest of the repository is not needed.
 */
const IGNORE = ['/*', '!/config/', '/config/*', '!/config/crd/'];

export function gatewayApiRepository(spec: Spec): object {
  return {
    apiVersion: 'source.toolkit.fluxcd.io/v1',
    kind: 'GitRepository',
    metadata: { name: GATEWAY_API.source, namespace: spec.flux.namespace },
    spec: {
      interval: REPOSITORY_INTERVAL,
      url: GATEWAY_API.url,
      ref: { tag: spec.versions.gatewayApi },
      ignore: `${IGNORE.join('\n')}\n`,
    },
  };
}
