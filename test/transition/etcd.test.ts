// k3s servers and etcd members, agents (before/after pairs of the "orbit" spec).
import { describe, expect, it } from 'vitest';
import { membershipSteps } from '../../compiler/transition/rules/etcd.ts';
import { changeOf, edit, findingsOf, lineOf, ORBIT, transition } from './helpers.ts';

const node = (name: string, address: string, role: string) => `  - name: ${name}\n    address: ${address}\n    role: ${role}\n`;
const AGENT = node('luna-1', '10.40.0.21', 'agent');

describe('nodes and etcd membership', () => {
  it('a new agent joins: create, no finding', () => {
    const next = edit(ORBIT, AGENT, AGENT + node('luna-2', '10.40.0.22', 'agent'));
    const t = transition(ORBIT, next);
    const n = changeOf(t, 'Node', 'luna-2');
    expect(n.action).toBe('create');
    expect(n.reasons[0]!.text).toMatch(/joins as a k3s agent/);
    expect(n.line).toBe(lineOf(next, 'name: luna-2'));
    expect(findingsOf(t)).toEqual([]);
  });

  it('one new server: create, no finding (3 -> 4 passes no fragile state)', () => {
    const next = edit(ORBIT, AGENT, node('sol-4', '10.40.0.14', 'server') + AGENT);
    const t = transition(ORBIT, next);
    expect(changeOf(t, 'Node', 'sol-4').action).toBe('create');
    expect(findingsOf(t)).toEqual([]);
  });

  it('two servers at once: one member at a time (VEIL-CHANGE-020) at the first new one', () => {
    const next = edit(ORBIT, AGENT, node('sol-4', '10.40.0.14', 'server') + node('sol-5', '10.40.0.15', 'server') + AGENT);
    const t = transition(ORBIT, next);
    expect(changeOf(t, 'Node', 'sol-4').action).toBe('procedure');
    expect(findingsOf(t)).toEqual([['VEIL-CHANGE-020', 'warn', lineOf(next, 'name: sol-4')]]);
  });

  it('the cluster-init server leaves etcd (VEIL-CHANGE-021), at the new first server', () => {
    const next = edit(ORBIT, node('sol-1', '10.40.0.11', 'server'), node('sol-1', '10.40.0.11', 'agent'));
    const t = transition(ORBIT, next);
    expect(changeOf(t, 'Node', 'sol-1').action).toBe('procedure');
    expect(changeOf(t, 'Node', 'sol-2').reasons.find((r) => r.rule)!.text).toMatch(/cluster-init server changes from sol-1 to sol-2 \(sol-1 is removed\)/);
    expect(findingsOf(t)).toEqual([
      ['VEIL-CHANGE-021', 'warn', lineOf(next, 'name: sol-2')],
      // 3 -> 2 members: quorum 2 of 2 from then on
      ['VEIL-CHANGE-022', 'warn', lineOf(next, 'name: sol-1')],
    ]);
  });

  it('a node that leaves the spec is deleted (drain, delete node)', () => {
    // (objectStore.nodes still names it: a policy denies that, not this stage)
    const next = edit(edit(ORBIT, AGENT, ''), '        - { name: luna-1, target: node/luna-1 }\n', '');
    const t = transition(ORBIT, next);
    expect(changeOf(t, 'Node', 'luna-1').action).toBe('delete');
    expect(changeOf(t, 'Node', 'luna-1').reasons[0]!.text).toMatch(/kubectl delete node/);
  });

  it('reordering servers moves cluster-init too', () => {
    const next = edit(ORBIT, node('sol-1', '10.40.0.11', 'server') + node('sol-2', '10.40.0.12', 'server'), node('sol-2', '10.40.0.12', 'server') + node('sol-1', '10.40.0.11', 'server'));
    expect(findingsOf(transition(ORBIT, next)).map(([r]) => r)).toEqual(['VEIL-CHANGE-021']);
  });

  it('3 -> 1 servers: below the old quorum (VEIL-CHANGE-023), through a 2-member state (VEIL-CHANGE-022), more than one at a time (VEIL-CHANGE-020)', () => {
    const next = edit(ORBIT, node('sol-2', '10.40.0.12', 'server') + node('sol-3', '10.40.0.13', 'server'), node('sol-2', '10.40.0.12', 'agent') + node('sol-3', '10.40.0.13', 'agent'));
    const t = transition(ORBIT, next);
    expect(findingsOf(t).map(([r, s]) => [r, s])).toEqual([['VEIL-CHANGE-020', 'warn'], ['VEIL-CHANGE-022', 'warn'], ['VEIL-CHANGE-023', 'warn']]);
    expect(t.diagnostics.find((d) => d.rule === 'VEIL-CHANGE-023')!.message).toMatch(/2 of 3 servers go \(sol-2, sol-3\), leaving 1, below the quorum of 2/);
    // a role change is a remove and a join
    expect(changeOf(t, 'Node', 'sol-2').reasons.map((r) => r.text).join()).toMatch(/role server -> agent/);
  });

  it('1 -> 3 servers passes the fragile 2-member state', () => {
    const one = edit(ORBIT, node('sol-2', '10.40.0.12', 'server') + node('sol-3', '10.40.0.13', 'server'), node('sol-2', '10.40.0.12', 'agent') + node('sol-3', '10.40.0.13', 'agent'));
    const t = transition(one, ORBIT);
    expect(findingsOf(t).map(([r]) => r)).toEqual(['VEIL-CHANGE-020', 'VEIL-CHANGE-022']);
  });

  it('a server address change is a procedure at the address (VEIL-CHANGE-024); an agent too', () => {
    const next = edit(edit(ORBIT, 'address: 10.40.0.13', 'address: 10.40.0.33'), 'address: 10.40.0.21', 'address: 10.40.0.31');
    const t = transition(ORBIT, next);
    expect(changeOf(t, 'Node', 'sol-3').reasons.find((r) => r.rule)!.text).toMatch(/etcd peer URL/);
    expect(changeOf(t, 'Node', 'luna-1').reasons.find((r) => r.rule)!.procedure).toBe('change-an-agent-address');
    expect(findingsOf(t)).toEqual([
      ['VEIL-CHANGE-024', 'warn', lineOf(next, 'address: 10.40.0.33')],
      ['VEIL-CHANGE-024', 'warn', lineOf(next, 'address: 10.40.0.31')],
    ].sort());
  });

  it('the safe path adds before it removes', () => {
    expect(membershipSteps(3, 2, 2)).toEqual([3, 4, 5, 4, 3]);
    expect(membershipSteps(1, 1, 0)).toEqual([1, 2]);
  });
});

describe('k3s version and configuration', () => {
  it('a patch upgrade is a procedure at kubernetes.version (VEIL-CHANGE-025)', () => {
    const base = edit(ORBIT, 'loadBalancer:', 'kubernetes:\n  version: v1.34.1+k3s1\n\nloadBalancer:');
    const next = edit(base, 'version: v1.34.1+k3s1', 'version: v1.34.3+k3s1');
    const t = transition(base, next);
    expect(changeOf(t, 'K3sVersion', 'orbit').action).toBe('procedure');
    expect(findingsOf(t)).toEqual([['VEIL-CHANGE-025', 'warn', lineOf(next, 'version: v1.34.3+k3s1')]]);
  });

  it.each([
    ['v1.34.1+k3s1', 'v1.36.0+k3s1', /skips 1 minor version/],
    ['v1.34.1+k3s1', 'v1.33.5+k3s1', /downgrade/],
  ])('%s -> %s is forbidden', (from, to, why) => {
    const base = edit(ORBIT, 'loadBalancer:', `kubernetes:\n  version: ${from}\n\nloadBalancer:`);
    const next = edit(base, `version: ${from}`, `version: ${to}`);
    const t = transition(base, next);
    const c = changeOf(t, 'K3sVersion', 'orbit');
    expect(c.action).toBe('forbidden');
    expect(c.reasons[0]!.text).toMatch(why);
    expect(findingsOf(t)).toEqual([['VEIL-CHANGE-025', 'deny', lineOf(next, `version: ${to}`)]]);
  });

  it('new node labels and snapshot settings reach running nodes only by hand (VEIL-CHANGE-026)', () => {
    const next = edit(edit(ORBIT, '    address: 10.40.0.21\n    role: agent\n', '    address: 10.40.0.21\n    role: agent\n    labels: { disk: ssd }\n'), 'loadBalancer:', 'kubernetes:\n  etcd:\n    snapshots:\n      retention: 9\n\nloadBalancer:');
    const t = transition(ORBIT, next);
    expect(changeOf(t, 'Node', 'luna-1').reasons[0]!.text).toMatch(/--node-label only when a node registers/);
    expect(changeOf(t, 'Node', 'sol-2')).toMatchObject({ action: 'procedure' });
    expect(changeOf(t, 'Node', 'sol-1').reasons[0]!.text).toMatch(/etcd-snapshot-retention 5 -> 9 in \/etc\/rancher\/k3s\/config.yaml of sol-1, sol-2, sol-3/);
    // one finding per changed setting, not per node
    expect(findingsOf(t)).toEqual([
      ['VEIL-CHANGE-026', 'warn', lineOf(next, 'labels: { disk: ssd }')],
      ['VEIL-CHANGE-026', 'warn', lineOf(next, 'retention: 9')],
    ].sort());
  });
});
