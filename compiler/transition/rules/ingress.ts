// The cluster's HTTP entry points across a change: which controller the host
// names reach, before and after. Clients reach a host through its DNS name
// (records with target `ingress`) or the entry address; the controller behind
// it must be serving before the names move to it and must stay until no
// client holds the old answer (resolvers cache it for the record's TTL,
// RFC 1034 §4.3.4). Flux installs a new controller and uninstalls a removed
// one in the same reconcile (HelmRelease install; Kustomization garbage
// collection with prune: true), so switching `ingress.controller` in one
// change leaves every host without a controller until the new one is ready.
// The migration window (`ingress.retiring`, CHANGES.md "Change the ingress
// controller") is the way without an outage: both run, the names move, then
// the old one goes.
import type { SpecPath } from '../../diagnostics/diagnostic.ts';
import { ENVOY_GATEWAY_RELEASE } from '../../emit/flux/envoy-gateway.ts';
import { INGRESS_RELEASE } from '../../emit/flux/ingress-nginx.ts';
import { CHANGES_HEADINGS as H } from '../../emit/runbooks/headings.ts';
import { slug } from '../../emit/runbooks/markdown.ts';
import { entryPoints, ingressRecordTtl, type EntryPoint } from '../../model/ingress.ts';
import type { Reason } from '../change.ts';
import { diffOf, type Rule, type TransitionContext, type Verdict } from './rule.ts';

export const RULE_NAMES_TO_NEW_CONTROLLER = 'VEIL-CHANGE-032';
export const RULE_NAMES_CONTROLLER_REMOVED = 'VEIL-CHANGE-033';

const RELEASES: Record<EntryPoint['controller'], string> = { 'ingress-nginx': INGRESS_RELEASE, 'envoy-gateway': ENVOY_GATEWAY_RELEASE };

/** The controller's HelmRelease when it changes, else the controller as running state. */
function on(t: TransitionContext, e: EntryPoint, ownerPath: SpecPath, reason: Reason): Verdict {
  const d = diffOf(t, 'HelmRelease', e.namespace, RELEASES[e.controller]);
  return d ? { target: { resource: d.key }, reason } : { target: { state: { kind: 'IngressController', namespace: e.namespace, name: e.controller, file: null, ownerPath } }, reason };
}

/**
 * VEIL-CHANGE-032: the names move to a controller this change installs (a
 * one-step switch of `ingress.controller`, or a migration window opened with
 * `keepsDns: false`). VEIL-CHANGE-033: the controller the names resolved to
 * is removed while they still did (`ingress.retiring` deleted in the change
 * that switches `keepsDns`). Both are procedures: possible, with an outage.
 */
export const ingressRule: Rule = (t) => {
  const base = t.base.model;
  if (!base) return [];
  const was = entryPoints(base.spec), now = entryPoints(t.next.model.spec);
  const servedBefore = was.find((e) => e.servesDns), servedNow = now.find((e) => e.servesDns);
  if (!servedBefore || !servedNow) return [];
  const running = (l: EntryPoint[], c: EntryPoint['controller']) => l.find((e) => e.controller === c);
  const procedure = slug(H.switchController);
  const out: Verdict[] = [];

  if (servedNow.controller !== servedBefore.controller && !running(was, servedNow.controller)) {
    const oldStays = running(now, servedBefore.controller);
    const path: SpecPath = servedNow.role === 'current' && !oldStays ? ['ingress', 'controller'] : ['ingress', 'retiring', 'keepsDns'];
    out.push(on(t, servedNow, path, {
      action: 'procedure', rule: RULE_NAMES_TO_NEW_CONTROLLER, specPath: path, procedure,
      text: `the host names move from ${servedBefore.controller} (${servedBefore.address}) to ${servedNow.controller} (${servedNow.address}), which this change installs${oldStays ? '' : `, while Flux uninstalls ${servedBefore.controller}`}: every host is unreachable until ${servedNow.controller} is installed and ready${servedNow.address === servedBefore.address && !oldStays ? `, and MetalLB hands it ${servedNow.address} only once ${servedBefore.controller}'s Service is gone` : ''}`,
      hint: `open a migration window instead: keep ${servedBefore.controller} under ingress.retiring as deployed (address ${servedBefore.address}, keepsDns: true) and give ${servedNow.controller} a free pool address; switch keepsDns in a later change`,
    }));
    return out;
  }

  if (!running(now, servedBefore.controller)) {
    const ttl = ingressRecordTtl(t.next.model.facts.dns);
    out.push(on(t, servedBefore, ['ingress'], {
      action: 'procedure', rule: RULE_NAMES_CONTROLLER_REMOVED, specPath: ['ingress'], procedure,
      text: `${servedBefore.controller} (${servedBefore.address}) is removed while the host names still resolve to it: the zones move to ${servedNow.address} in the same change, but resolvers keep the old answer${ttl ? ` up to ${ttl}s` : ''} and send clients to a controller Flux has uninstalled`,
      hint: 'first set ingress.retiring.keepsDns: false and deploy the zones, wait the TTL out, then remove ingress.retiring',
    }));
  }
  return out;
};
