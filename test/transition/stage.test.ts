// The stage around the rules: waivers, a base that no longer validates, a base
// without a spec or a compiled tree, and the two diffs it is built on.
import { describe, expect, it } from 'vitest';
import { emitAll } from '../../compiler/emit/emit-all.ts';
import { modelOfBase } from '../../compiler/transition/base-model.ts';
import { fieldChanges } from '../../compiler/diff/field-changes.ts';
import { specChanges } from '../../compiler/transition/spec-diff.ts';
import { judgeTransition } from '../../compiler/transition/transition.ts';
import { changeOf, edit, findingsOf, lineOf, ORBIT, transition, validated } from './helpers.ts';

const BIGGER = (t: string) => edit(t, 'driveSize: 100Gi', 'driveSize: 120Gi');
const waiver = (rule: string, path: string, expires: string) => `\nwaivers:\n  - rule: ${rule}\n    path: ${path}\n    reason: recreated by hand, CHANGES.md\n    expires: ${expires}\n`;

describe('waivers of transition rules', () => {
  it('accept a forbidden change the user carries out by hand', () => {
    const next = BIGGER(ORBIT) + waiver('VEIL-CHANGE-001', 'objectStore.driveSize', '2026-07-01');
    const t = transition(ORBIT, next, { today: '2026-06-01' });
    const d = t.diagnostics.find((x) => x.rule === 'VEIL-CHANGE-001')!;
    expect(d.waived).toEqual({ reason: 'recreated by hand, CHANGES.md', expires: '2026-07-01' });
    expect(findingsOf(t)).toEqual([]);
    // the classification stays: the plan still says what kind of change it is
    expect(changeOf(t, 'StatefulSet', 'vault').action).toBe('forbidden');
  });

  it('lapse at their expiry: the deny is back', () => {
    const next = BIGGER(ORBIT) + waiver('VEIL-CHANGE-001', 'objectStore.driveSize', '2026-05-31');
    expect(findingsOf(transition(ORBIT, next, { today: '2026-06-01' }))).toEqual([['VEIL-CHANGE-001', 'deny', lineOf(next, 'driveSize: 120Gi')]]);
  });

  it('cover only their path', () => {
    const next = BIGGER(ORBIT) + waiver('VEIL-CHANGE-001', 'objectStore.storageClass', '2026-07-01');
    const t = transition(ORBIT, next, { today: '2026-06-01' });
    expect(findingsOf(t)).toEqual([
      ['VEIL-CHANGE-001', 'deny', lineOf(next, 'driveSize: 120Gi')],
      ['VEIL-CHANGE-090', 'warn', lineOf(next, 'rule: VEIL-CHANGE-001')],
    ]);
  });

  it('a waiver that matches no change is reported (VEIL-CHANGE-090)', () => {
    const next = ORBIT + waiver('VEIL-CHANGE-010', 'objectStore.servers', '2026-07-01');
    const t = transition(ORBIT, next, { today: '2026-06-01' });
    expect(t.diagnostics.map((d) => [d.rule, d.message])).toEqual([['VEIL-CHANGE-090', 'the waiver of VEIL-CHANGE-010 at objectStore.servers matches no change since base']]);
  });
});

describe('the base', () => {
  it('that no longer validates is reported (VEIL-CHANGE-091), and the compiled trees are still compared', () => {
    const old = ORBIT.replace('cluster:\n  name: orbit\n', 'cluster:\n  name: orbit\n  owner: someone\n');
    const compiled = emitAll(modelOfBase('x', Buffer.from(ORBIT)).model!);
    const t = transition(old, BIGGER(ORBIT), { baseOut: () => compiled });
    expect(t.base.spec).toBe('invalid');
    const d = t.diagnostics.find((x) => x.rule === 'VEIL-CHANGE-091')!;
    expect(d.severity).toBe('warn');
    expect(d.message).toMatch(/cannot be modelled by this veilc: 1 schema problem.*owner/);
    // the StatefulSet rule reads only the trees, so the refusal is still found, at the new value
    expect(findingsOf(t)).toContainEqual(['VEIL-CHANGE-001', 'deny', lineOf(BIGGER(ORBIT), 'driveSize: 120Gi')]);
  });

  it('that does not even load is reported, not a crash', () => {
    const t = transition('cluster: [unclosed', ORBIT, { baseOut: () => null });
    expect(t.base).toMatchObject({ spec: 'invalid', tree: 'none' });
    // every object is new; the bootstrap glue also needs its copy by hand
    expect(t.diagnostics.map((d) => d.rule).sort()).toEqual(['VEIL-CHANGE-043', 'VEIL-CHANGE-091']);
    expect(t.changes.filter((c) => c.action !== 'create').map((c) => `${c.action} ${c.kind} ${c.name}`)).toEqual(['procedure Kustomization orbit']);
  });

  it('without a committed tree, the base spec is compiled by this veilc (and says so)', () => {
    const t = transition(ORBIT, BIGGER(ORBIT), { baseOut: () => null });
    expect(t.base.tree).toBe('compiled');
    expect(t.notes.join()).toMatch(/no compiled tree at base/);
    expect(changeOf(t, 'StatefulSet', 'vault').action).toBe('forbidden');
  });

  it('without a spec at all, everything is new', () => {
    const next = validated(ORBIT);
    const t = judgeTransition({ base: { rev: 'v0', commit: 'c'.repeat(40), spec: null, out: null, outPath: 'out' }, next, nextFiles: emitAll(next.model), today: '2026-06-01' });
    expect(t.base).toMatchObject({ spec: 'absent', tree: 'none' });
    expect(t.changes.length).toBeGreaterThan(10);
    expect(t.changes.filter((c) => c.action !== 'create').map((c) => `${c.action} ${c.kind} ${c.name}`)).toEqual(['procedure Kustomization orbit']);
    expect(t.notes[0]).toMatch(/does not exist at v0/);
  });

  it('a broken document in the committed tree is a note, the rest is compared', () => {
    const t = transition(ORBIT, ORBIT, { baseOut: (files) => files.map((f) => (f.path.endsWith('minio-pdb.yaml') ? { ...f, content: 'a: [' } : f)) });
    expect(t.notes.join()).toMatch(/unreadable in the base tree: flux\/orbit\/platform\/storage\/minio-pdb.yaml/);
    expect(changeOf(t, 'PodDisruptionBudget', 'vault').action).toBe('create');
  });
});

describe('diffs', () => {
  it('fields: leaf paths with old and new values, annotation keys quoted', () => {
    const a = { spec: { replicas: 3, list: [1, 2] }, metadata: { annotations: { 'metallb.io/loadBalancerIPs': '10.0.0.1' } } };
    const b = { spec: { replicas: 4, list: [1] }, metadata: { annotations: { 'metallb.io/loadBalancerIPs': '10.0.0.2' } } };
    expect(fieldChanges(a, b)).toEqual([
      { path: 'metadata.annotations["metallb.io/loadBalancerIPs"]', before: '10.0.0.1', after: '10.0.0.2' },
      { path: 'spec.list[1]', before: 2, after: undefined },
      { path: 'spec.replicas', before: 3, after: 4 },
    ]);
  });

  it('spec: named list items match by name, paths are in the new spec', () => {
    const a = { nodes: [{ name: 'a', address: '1' }, { name: 'b', address: '2' }] };
    const b = { nodes: [{ name: 'z', address: '9' }, { name: 'a', address: '1' }, { name: 'b', address: '3' }] };
    expect(specChanges(a, b)).toEqual([
      { path: ['nodes', 0], basePath: ['nodes'], change: 'added', before: undefined, after: { name: 'z', address: '9' } },
      { path: ['nodes', 2, 'address'], basePath: ['nodes', 1, 'address'], change: 'changed', before: '2', after: '3' },
    ]);
  });
});


