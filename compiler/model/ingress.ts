// The cluster's HTTP entry points: the controller `ingress.controller` names
// and, during a migration, the retiring one kept beside it (`ingress.retiring`).
// Each serves every host: ingress-nginx through Ingress objects (the
// `ingress` API), Envoy Gateway through a Gateway and HTTPRoutes (the
// `gateway` API). Defaults that depend on the controller (namespace, class
// name) are resolved here, once, for the emitters, runbooks and policies.
import type { Spec } from '../schema/spec-types.ts';
import type { DnsFacts, Path } from './facts.ts';

export type Controller = NonNullable<Spec['ingress']>['controller'];

/** How a controller is told about hosts: Ingress objects, or Gateway API routes. */
export type EntryApi = 'ingress' | 'gateway';

interface ControllerTraits {
  api: EntryApi;
  /** The namespace its project installs it into by default. */
  namespace: string;
  /** IngressClass or GatewayClass name when the spec gives none. */
  className: string;
}

/**
 * Per controller: ingress-nginx's chart and docs use the namespace
 * `ingress-nginx` and the class `nginx`; Envoy Gateway's install guides use
 * the namespace `envoy-gateway-system` (gateway.envoyproxy.io, "Install with
 * Helm").
 */
export const CONTROLLERS: Record<Controller, ControllerTraits> = {
  'ingress-nginx': { api: 'ingress', namespace: 'ingress-nginx', className: 'nginx' },
  'envoy-gateway': { api: 'gateway', namespace: 'envoy-gateway-system', className: 'envoy-gateway' },
};

export interface EntryPoint {
  /** `current`: ingress.controller; `retiring`: ingress.retiring, removed once clients have moved. */
  role: 'current' | 'retiring';
  controller: Controller;
  api: EntryApi;
  namespace: string;
  /** IngressClass (api ingress) or GatewayClass (api gateway) name. */
  className: string;
  /** LoadBalancer address, from a MetalLB pool. */
  address: string;
  /** Whether DNS records with target `ingress` resolve to this entry's address. */
  servesDns: boolean;
  /** The spec object that declares it (`ingress` or `ingress.retiring`). */
  path: Path;
}

/**
 * The entry points of the spec, the current one first; empty without
 * `ingress`. Exactly one of them serves DNS: the retiring one while its
 * `keepsDns` is true, else the current one.
 */
export function entryPoints(spec: Spec): EntryPoint[] {
  const ing = spec.ingress;
  if (!ing) return [];
  const old = ing.retiring;
  const oldKeepsDns = old?.keepsDns ?? false;
  const out: EntryPoint[] = [{
    role: 'current', controller: ing.controller, api: CONTROLLERS[ing.controller].api,
    namespace: ing.namespace ?? CONTROLLERS[ing.controller].namespace,
    className: ing.className ?? CONTROLLERS[ing.controller].className,
    address: ing.address, servesDns: !oldKeepsDns, path: ['ingress'],
  }];
  if (old) {
    out.push({
      role: 'retiring', controller: old.controller, api: CONTROLLERS[old.controller].api,
      namespace: old.namespace ?? CONTROLLERS[old.controller].namespace,
      className: old.className ?? CONTROLLERS[old.controller].className,
      address: old.address, servesDns: oldKeepsDns, path: ['ingress', 'retiring'],
    });
  }
  return out;
}

/** The entry point of a controller, if the spec runs it (current or retiring). */
export function entryOf(spec: Spec, controller: Controller): EntryPoint | undefined {
  return entryPoints(spec).find((e) => e.controller === controller);
}

/** The entry point that serves an API (Ingress objects, or Gateway routes), if any. */
export function entryFor(spec: Spec, api: EntryApi): EntryPoint | undefined {
  return entryPoints(spec).find((e) => e.api === api);
}

/** The address DNS records with target `ingress` resolve to, or null without ingress. */
export function dnsEntryAddress(spec: Spec): string | null {
  return entryPoints(spec).find((e) => e.servesDns)?.address ?? null;
}

/**
 * The longest TTL, in seconds, of the records that resolve through the entry
 * point (target `ingress`, or `object-store` exposed through it): how long a
 * resolver may keep sending clients to the old address once the names move.
 * 0 without such records.
 */
export function ingressRecordTtl(dns: DnsFacts | null | undefined): number {
  return Math.max(0, ...(dns?.zones ?? []).flatMap((z) => z.records.filter((r) => r.target === 'ingress' || r.target === 'object-store').map((r) => r.ttl)));
}
