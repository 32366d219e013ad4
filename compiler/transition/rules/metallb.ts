// MetalLB address pools and the addresses veilc asks MetalLB for (the
// ingress, and MinIO's dedicated address in mode loadBalancer).
//  - Since MetalLB 0.14.9 the controller reconciles a service whose assigned
//    address no longer lies in any IPAddressPool: the address is withdrawn and
//    a requested one that fits no pool leaves the service without an external
//    address (metallb.universe.tf/concepts/, "IP address assignment";
//    metallb/metallb#2449 and #2594). The charts veilc pins are newer.
//  - Moving a service to another address is a change clients see: DNS records
//    (deployed by hand to the DNS host) and caches (TTL) must follow.
import type { SpecPath } from '../../diagnostics/diagnostic.ts';
import { INGRESS_RELEASE } from '../../emit/flux/ingress-nginx.ts';
import { entryPoints } from '../../model/ingress.ts';
import { CHANGES_HEADINGS as H } from '../../emit/runbooks/headings.ts';
import { slug } from '../../emit/runbooks/markdown.ts';
import type { Model } from '../../model/build-model.ts';
import type { AddressFact } from '../../model/facts.ts';
import type { Reason } from '../change.ts';
import { diffOf, type Rule, type TransitionContext, type Verdict } from './rule.ts';

export const RULE_POOL_SHRINK = 'VEIL-CHANGE-030';
export const RULE_ADDRESS_MOVE = 'VEIL-CHANGE-031';

const LB_IPS = 'metallb.io/loadBalancerIPs';

function poolHolding(model: Model, value: number) {
  return model.facts.network.pools.find((p) => p.firstValue <= value && value <= p.lastValue);
}

/**
 * What an address belongs to across the change: the controller for the entry
 * points (a migration window moves the running controller from `ingress` to
 * `ingress.retiring` and keeps its address), else the fact's owner.
 */
function addressKey(m: Model, a: AddressFact): string {
  if (a.owner !== 'ingress' && a.owner !== 'ingress-retiring') return a.owner;
  const role = a.owner === 'ingress' ? 'current' : 'retiring';
  return entryPoints(m.spec).find((e) => e.role === role)!.controller;
}

/** The compiled objects that carry a service address: a controller's HelmRelease or EnvoyProxy, or the Services annotated with it. */
function carriers(t: TransitionContext, key: string): string[] {
  const entry = (m: Model | null | undefined) => (m ? entryPoints(m.spec).find((e) => e.controller === key) : undefined);
  const e = entry(t.next.model) ?? entry(t.base.model);
  if (e?.controller === 'ingress-nginx') {
    const d = diffOf(t, 'HelmRelease', e.namespace, INGRESS_RELEASE);
    return d ? [d.key] : [];
  }
  // envoy-gateway: the EnvoyProxy gives the Gateway's Service its address
  if (e) return t.diffs.filter((d) => (d.after ?? d.before!).kind === 'EnvoyProxy').map((d) => d.key);
  return t.diffs.filter((d) => {
    const r = d.after ?? d.before!;
    const ann = ((r.object.metadata ?? {}) as { annotations?: Record<string, string> }).annotations ?? {};
    return r.kind === 'Service' && LB_IPS in ann;
  }).map((d) => d.key);
}

function on(t: TransitionContext, keys: string[], owner: string, ownerPath: SpecPath, reason: Reason): Verdict[] {
  if (keys.length) return keys.map((k) => ({ target: { resource: k }, reason }));
  return [{ target: { state: { kind: 'LoadBalancerAddress', namespace: '', name: owner, file: null, ownerPath } }, reason }];
}

/** VEIL-CHANGE-030 (an assigned address leaves every pool) and 031 (a service address moves). */
export const metallbRule: Rule = (t) => {
  const base = t.base.model, next = t.next.model;
  if (!base) return [];
  const out: Verdict[] = [];
  const nextByKey = new Map<string, AddressFact>(next.facts.network.serviceAddresses.map((a) => [addressKey(next, a), a]));
  for (const was of base.facts.network.serviceAddresses) {
    const key = addressKey(base, was);
    const now = nextByKey.get(key);
    if (!now) continue;
    if (now.address !== was.address) {
      out.push(...on(t, carriers(t, key), was.owner, now.path, {
        action: 'procedure', rule: RULE_ADDRESS_MOVE, specPath: now.path, procedure: slug(H.moveAddress),
        text: `the ${key === now.owner ? now.owner : `${key} (${now.owner})`} address moves ${was.address} -> ${now.address}: clients keep the old address until the DNS host serves the new records and their caches expire; deploy the zones with the change, after lowering the TTL`,
      }));
      continue;
    }
    const pool = poolHolding(base, was.value);
    if (!pool || poolHolding(next, now.value)) continue;
    const nowPool = next.facts.network.pools.find((p) => p.name === pool.name);
    const d = diffOf(t, 'IPAddressPool', base.spec.loadBalancer?.namespace ?? '', pool.name);
    const reason: Reason = {
      action: 'forbidden', rule: RULE_POOL_SHRINK, refusedBy: 'metallb', specPath: nowPool ? nowPool.path : ['loadBalancer', 'pools'], procedure: slug(H.moveAddress),
      text: `pool ${pool.name} ${pool.first}-${pool.last} ${nowPool ? `shrinks to ${nowPool.first}-${nowPool.last}` : 'is removed'} and no pool holds ${was.address}, the ${was.owner} address MetalLB assigned: MetalLB withdraws it and the service is left without an external address. Keep the address in a pool, or move the service first`,
    };
    out.push(d ? { target: { resource: d.key }, reason } : { target: { state: { kind: 'IPAddressPool', namespace: '', name: pool.name, file: null, ownerPath: ['loadBalancer', 'pools'] } }, reason });
  }
  return out;
};
