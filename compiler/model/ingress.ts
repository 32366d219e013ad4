// The cluster's HTTP entry points: the controller `ingress.controller` names.
// It serves every host: ingress-nginx through Ingress objects (the `ingress`
// API). Defaults that depend on the controller (namespace, class name) are
// resolved here, once, for the emitters, runbooks and policies.
import type { Spec } from '../schema/spec-types.ts';
import type { Path } from './facts.ts';

export type Controller = NonNullable<Spec['ingress']>['controller'];

/** How a controller is told about hosts: Ingress objects. */
export type EntryApi = 'ingress';

interface ControllerTraits {
  api: EntryApi;
  /** The namespace its project installs it into by default. */
  namespace: string;
  /** IngressClass or GatewayClass name when the spec gives none. */
  className: string;
}

/** Per controller: ingress-nginx's chart and docs use the namespace `ingress-nginx` and the class `nginx`. */
export const CONTROLLERS: Record<Controller, ControllerTraits> = {
  'ingress-nginx': { api: 'ingress', namespace: 'ingress-nginx', className: 'nginx' },
};

export interface EntryPoint {
  /** `current`: ingress.controller. */
  role: 'current';
  controller: Controller;
  api: EntryApi;
  namespace: string;
  /** IngressClass (api ingress) or GatewayClass (api gateway) name. */
  className: string;
  /** LoadBalancer address, from a MetalLB pool. */
  address: string;
  /** Whether DNS records with target `ingress` resolve to this entry's address. */
  servesDns: boolean;
  /** The spec object that declares it (`ingress`). */
  path: Path;
}

/** The entry points of the spec; empty without `ingress`. The one there is serves DNS. */
export function entryPoints(spec: Spec): EntryPoint[] {
  const ing = spec.ingress;
  if (!ing) return [];
  return [{
    role: 'current', controller: ing.controller, api: CONTROLLERS[ing.controller].api,
    namespace: ing.namespace ?? CONTROLLERS[ing.controller].namespace,
    className: ing.className ?? CONTROLLERS[ing.controller].className,
    address: ing.address, servesDns: true, path: ['ingress'],
  }];
}

/** The entry point of a controller, if the spec runs it. */
export function entryOf(spec: Spec, controller: Controller): EntryPoint | undefined {
  return entryPoints(spec).find((e) => e.controller === controller);
}

/** The entry point that serves an API (Ingress objects), if any. */
export function entryFor(spec: Spec, api: EntryApi): EntryPoint | undefined {
  return entryPoints(spec).find((e) => e.api === api);
}

/** The address DNS records with target `ingress` resolve to, or null without ingress. */
export function dnsEntryAddress(spec: Spec): string | null {
  return entryPoints(spec).find((e) => e.servesDns)?.address ?? null;
}
