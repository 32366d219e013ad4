// Gateway API routes to the cluster's Gateway: the parentRef every route
// names, compiled HTTPRoutes, and the `route` values of charts that render
// their own HTTPRoute (kube-prometheus-stack 77.14.0: alertmanager.route and
// prometheus.route; its grafana subchart 10.0.0: route; each a map of routes,
// `main` being the one the chart documents, with enabled, hostnames and
// parentRefs, and a default match of PathPrefix /).
//
// Envoy's route timeout defaults to 15 s when a route sets none (Envoy
// Gateway docs, "HTTP Timeouts"), far below what ingress-nginx allowed
// (proxy-read-timeout 60 s); ROUTE_TIMEOUT restores that for the UIs.
import type { Model } from '../../model/build-model.ts';
import { entryFor } from '../../model/ingress.ts';
import { gatewayRef, HTTP_LISTENER } from './envoy-gateway.ts';

/** Request timeout of the UI routes: ingress-nginx's default proxy-read-timeout (60 s), which the retired setup gave them. */
export const ROUTE_TIMEOUT = '60s';

/** The parentRef of a route to the Gateway's HTTP listener, or null when the spec serves no Gateway API. */
export function gatewayParent(model: Model): object | null {
  const gw = entryFor(model.spec, 'gateway');
  if (!gw) return null;
  const ref = gatewayRef(model, gw);
  return { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: ref.name, namespace: ref.namespace, sectionName: HTTP_LISTENER.name };
}

/** A chart's `route` values for one host: the chart renders the HTTPRoute itself. Undefined without host or Gateway. */
export function chartRoute(model: Model, host: string | undefined): Record<string, unknown> | undefined {
  const parent = gatewayParent(model);
  if (!host || !parent) return undefined;
  return { main: { enabled: true, hostnames: [host], parentRefs: [parent] } };
}

export interface RouteOptions {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  host: string;
  /** Service and port (name or number) the route forwards to. */
  service: string;
  port: number;
  /** HTTPRouteTimeouts of the rule (gateway.networking.k8s.io/v1, standard since v1.2). */
  timeouts?: { request: string };
}

/** One HTTPRoute: every path of one host to one Service port, attached to the Gateway. */
export function httpRoute(parent: object, o: RouteOptions): object {
  const rule: Record<string, unknown> = {
    matches: [{ path: { type: 'PathPrefix', value: '/' } }],
    backendRefs: [{ name: o.service, port: o.port }],
  };
  if (o.timeouts) rule.timeouts = o.timeouts;
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name: o.name, namespace: o.namespace, labels: o.labels },
    spec: { parentRefs: [parent], hostnames: [o.host], rules: [rule] },
  };
}

/**
 * An Envoy Gateway BackendTrafficPolicy (gateway.envoyproxy.io/v1alpha1) with
 * HTTP timeouts for routes picked by label (targetSelectors) or by name (targetRefs).
 */
export function backendTimeouts(name: string, namespace: string, target: { labels: Record<string, string> } | { routes: string[] }, http: Record<string, string>): object {
  const targets = 'labels' in target
    ? { targetSelectors: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', matchLabels: target.labels }] }
    : { targetRefs: target.routes.map((r) => ({ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', name: r })) };
  return {
    apiVersion: 'gateway.envoyproxy.io/v1alpha1',
    kind: 'BackendTrafficPolicy',
    metadata: { name, namespace },
    spec: { ...targets, timeout: { http } },
  };
}
