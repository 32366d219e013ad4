// MetalLB pools and service addresses; DNS records (before/after pairs of the "orbit" spec).
import { describe, expect, it } from 'vitest';
import { changeOf, edit, findingsOf, lineOf, ORBIT, transition } from './helpers.ts';

describe('MetalLB', () => {
  it('moving the ingress address is a procedure at the new address (VEIL-CHANGE-031)', () => {
    const next = edit(ORBIT, 'address: 10.40.0.200', 'address: 10.40.0.210');
    const t = transition(ORBIT, next);
    const hr = changeOf(t, 'HelmRelease', 'ingress-nginx');
    expect(hr.action).toBe('procedure');
    expect(hr.reasons.find((r) => r.rule)).toMatchObject({ rule: 'VEIL-CHANGE-031', procedure: 'move-a-load-balancer-address' });
    // the records that resolve to the ingress follow, as zone updates
    expect(changeOf(t, 'DNSRecord', 'dash').action).toBe('update');
    expect(findingsOf(t)).toEqual([['VEIL-CHANGE-031', 'warn', lineOf(next, 'address: 10.40.0.210')]]);
  });

  it('moving MinIO\'s dedicated address marks the annotated Services', () => {
    const lb = edit(ORBIT, '    mode: ingress\n    apiHost: blob.orbit.home.arpa', '    mode: loadBalancer\n    address: 10.40.0.201');
    const next = edit(lb, 'address: 10.40.0.201', 'address: 10.40.0.202');
    const t = transition(lb, next);
    expect(t.changes.filter((c) => c.kind === 'Service' && c.action === 'procedure').map((c) => c.name).sort()).toEqual(['vault', 'vault-console']);
    expect(findingsOf(t).map(([r]) => r)).toEqual(['VEIL-CHANGE-031', 'VEIL-CHANGE-031']);
  });

  it('a pool that shrinks past the assigned ingress address is forbidden at its range (VEIL-CHANGE-030)', () => {
    // the static policy (VEIL-NET-008) denies this spec too; the transition says what MetalLB does with it
    const next = edit(ORBIT, 'range: 10.40.0.200-10.40.0.219', 'range: 10.40.0.205-10.40.0.219');
    const t = transition(ORBIT, next);
    const pool = changeOf(t, 'IPAddressPool', 'front');
    expect(pool.action).toBe('forbidden');
    expect(pool.reasons.find((r) => r.rule)).toMatchObject({ refusedBy: 'metallb' });
    expect(findingsOf(t)).toEqual([['VEIL-CHANGE-030', 'deny', lineOf(next, 'range: 10.40.0.205-10.40.0.219')]]);
  });

  it('a pool that shrinks but keeps the address is an update', () => {
    const next = edit(ORBIT, 'range: 10.40.0.200-10.40.0.219', 'range: 10.40.0.200-10.40.0.209');
    const t = transition(ORBIT, next);
    expect(changeOf(t, 'IPAddressPool', 'front').action).toBe('update');
    expect(findingsOf(t)).toEqual([]);
  });
});

describe('DNS records (VEIL-CHANGE-050)', () => {
  it('a removed record is a delete with a warning at the zone\'s records', () => {
    const next = edit(ORBIT, '        - { name: alerts, target: ingress }\n', '');
    const t = transition(ORBIT, next);
    const r = changeOf(t, 'DNSRecord', 'alerts');
    expect(r).toMatchObject({ action: 'delete', namespace: 'orbit.home.arpa', file: 'unbound/zones/orbit.home.arpa.zone' });
    expect(r.reasons[0]!.text).toMatch(/alerts\.orbit\.home\.arpa .* NXDOMAIN.* within 600s/);
    expect(findingsOf(t)).toEqual([['VEIL-CHANGE-050', 'warn', lineOf(next, '- { name: ingress, target: ingress }')]]);
  });

  it('a new record is a create without a finding', () => {
    const next = edit(ORBIT, '        - { name: alerts, target: ingress }\n', '        - { name: alerts, target: ingress }\n        - { name: www, target: ingress }\n');
    const t = transition(ORBIT, next);
    expect(changeOf(t, 'DNSRecord', 'www').action).toBe('create');
    expect(findingsOf(t)).toEqual([]);
  });
});

describe('old and new values of state outside the compiled tree', () => {
  it('a record and a node carry their address change as fields', () => {
    const next = edit(ORBIT, 'address: 10.40.0.21', 'address: 10.40.0.31');
    const t = transition(ORBIT, next);
    expect(changeOf(t, 'DNSRecord', 'luna-1').fields).toEqual([{ path: 'address', before: '10.40.0.21', after: '10.40.0.31' }]);
    expect(changeOf(t, 'Node', 'luna-1').fields).toEqual([{ path: 'address', before: '10.40.0.21', after: '10.40.0.31' }]);
  });
});
