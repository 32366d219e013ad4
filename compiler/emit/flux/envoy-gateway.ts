// Envoy Gateway: the Gateway API implementation of `ingress.controller:
// envoy-gateway`. Two stages: the controller (HelmRelease of gateway-helm, which
// also creates Envoy Gateway's own CRDs), and, once it is Ready, what it
// serves: an EnvoyProxy (how the proxy fleet runs), the GatewayClass that
// points at it, and the one Gateway every HTTPRoute attaches to.
//
// Sources (Envoy Gateway v1.9): gateway.envoyproxy.io docs "Install with
// Helm" and "Install with Flux CD" (chart, namespace, CRDs), "Customize
// EnvoyProxy" (envoyService annotations, envoyDeployment, envoyPDB), "Gateway
// Address" (Gateway.spec.addresses become the Service's externalIPs, which
// MetalLB does not assign: hence the MetalLB annotation on the Service
// instead); Helm values: charts/gateway-helm/values.tmpl.yaml and
// charts/gateway-helm/charts/crds/values.yaml of envoyproxy/gateway at v1.9.0;
// proxy pod labels: internal/infrastructure/kubernetes/proxy/resource.go.
import type { Model } from '../../model/build-model.ts';
import type { EntryPoint } from '../../model/ingress.ts';
import { entryReplicas, helmRelease, namespace, spreadOverNodes } from './objects.ts';
import { REPOS } from './sources.ts';

export const ENVOY_GATEWAY_RELEASE = 'envoy-gateway';
/** gateway-helm's default config.envoyGateway.gateway.controllerName. */
export const ENVOY_GATEWAY_CONTROLLER = 'gateway.envoyproxy.io/gatewayclass-controller';
/** The Gateway's one listener; HTTPRoutes name it in their parentRefs (sectionName). */
export const HTTP_LISTENER = { name: 'http', port: 80 } as const;

export interface GatewayRef {
  name: string;
  namespace: string;
}

/** The Gateway of an entry point: named after the cluster, in the controller's namespace. */
export function gatewayRef(model: Model, gw: EntryPoint): GatewayRef {
  return { name: model.spec.cluster.name, namespace: gw.namespace };
}

/**
 * The controller. Its chart's crds/ folder holds Envoy Gateway's CRDs and the
 * experimental Gateway API CRDs: `Create` on install creates the first and
 * skips the standard ones the gateway-api stage installed before (Helm never
 * replaces an existing CRD on Create); `Skip` on upgrade, because replacing
 * them would put experimental CRDs over standard ones, which the Gateway API's
 * safe-upgrades policy refuses (so a chart upgrade does not upgrade Envoy
 * Gateway's CRDs: the README says how). The safe-upgrades policy itself comes
 * with the standard CRDs, so the chart must not render its own copy
 * (crds.gatewayAPI.safeUpgradePolicy.enabled, new in v1.9).
 */
export function envoyGatewayController(model: Model, gw: EntryPoint): object[] {
  const { spec } = model;
  const values = { crds: { gatewayAPI: { safeUpgradePolicy: { enabled: false } } } };
  return [
    namespace(gw.namespace),
    helmRelease(spec, {
      name: ENVOY_GATEWAY_RELEASE, namespace: gw.namespace, chart: 'gateway-helm', version: spec.versions.charts.envoyGateway,
      source: REPOS.envoyProxy, chartCrds: { install: 'Create', upgrade: 'Skip' }, values,
    }),
  ];
}

/** Labels Envoy Gateway gives the proxy pods of one Gateway. */
function proxyLabels(ref: GatewayRef): Record<string, string> {
  return {
    'app.kubernetes.io/name': 'envoy',
    'app.kubernetes.io/component': 'proxy',
    'app.kubernetes.io/managed-by': 'envoy-gateway',
    'gateway.envoyproxy.io/owning-gateway-name': ref.name,
    'gateway.envoyproxy.io/owning-gateway-namespace': ref.namespace,
  };
}

/**
 * EnvoyProxy, GatewayClass and Gateway. The proxy Service asks MetalLB for the
 * entry's address (metallb.io/loadBalancerIPs, as for ingress-nginx); two
 * proxies spread over nodes with a PodDisruptionBudget, so a drain keeps one.
 * The listener admits routes only from the namespaces veilc compiles routes
 * into.
 */
export function envoyGatewayObjects(model: Model, gw: EntryPoint, routeNamespaces: readonly string[]): object[] {
  const ref = gatewayRef(model, gw);
  const replicas = entryReplicas(model.spec.nodes.length);
  const kubernetes: Record<string, unknown> = {
    envoyDeployment: { replicas, pod: { topologySpreadConstraints: spreadOverNodes(proxyLabels(ref)) } },
    ...(replicas > 1 ? { envoyPDB: { minAvailable: 1 } } : {}),
    envoyService: { type: 'LoadBalancer', annotations: { 'metallb.io/loadBalancerIPs': gw.address } },
  };
  const allowedRoutes = routeNamespaces.length
    ? { namespaces: { from: 'Selector', selector: { matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'In', values: [...routeNamespaces] }] } } }
    : { namespaces: { from: 'Same' } };
  return [
    {
      apiVersion: 'gateway.envoyproxy.io/v1alpha1',
      kind: 'EnvoyProxy',
      metadata: { name: gw.className, namespace: gw.namespace },
      spec: { provider: { type: 'Kubernetes', kubernetes } },
    },
    {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'GatewayClass',
      metadata: { name: gw.className },
      spec: {
        controllerName: ENVOY_GATEWAY_CONTROLLER,
        parametersRef: { group: 'gateway.envoyproxy.io', kind: 'EnvoyProxy', name: gw.className, namespace: gw.namespace },
      },
    },
    {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      metadata: { name: ref.name, namespace: ref.namespace },
      spec: {
        gatewayClassName: gw.className,
        listeners: [{ name: HTTP_LISTENER.name, protocol: 'HTTP', port: HTTP_LISTENER.port, allowedRoutes }],
      },
    },
  ];
}
