// MinIO: pool layout, parity, moves (before/after pairs of the "orbit" spec).
import { describe, expect, it } from 'vitest';
import { changeOf, edit, findingsOf, lineOf, ORBIT, transition } from './helpers.ts';

const FIVE = (t: string) => edit(edit(edit(t, 'servers: 4\n', 'servers: 5\n'), 'nodes: [sol-1, sol-2, sol-3, luna-1]', 'nodes: [sol-1, sol-2, sol-3, luna-1, luna-2]'),
  '  - name: luna-1\n    address: 10.40.0.21\n    role: agent\n', '  - name: luna-1\n    address: 10.40.0.21\n    role: agent\n  - name: luna-2\n    address: 10.40.0.22\n    role: agent\n');

describe('server pool layout (VEIL-CHANGE-010)', () => {
  it('one more server in the pool is forbidden at servers; the new node itself is not', () => {
    // 5 servers x 2 drives = 10 drives: one set of 10 with EC 8+2
    const next = edit(FIVE(ORBIT), 'erasure: { data: 6, parity: 2 }', 'erasure: { data: 8, parity: 2 }');
    const t = transition(ORBIT, next);
    const sts = changeOf(t, 'StatefulSet', 'vault');
    expect(sts.action).toBe('forbidden');
    expect(sts.reasons.find((r) => r.rule === 'VEIL-CHANGE-010')).toMatchObject({ refusedBy: 'minio' });
    expect(sts.reasons.find((r) => r.rule === 'VEIL-CHANGE-010')!.text).toMatch(/4 -> 5 servers.*4 servers x 2 drives, erasure sets of 8/);
    expect(changeOf(t, 'Node', 'luna-2').action).toBe('create');
    expect(findingsOf(t)).toEqual([['VEIL-CHANGE-010', 'deny', lineOf(next, 'servers: 5')]]);
  });

  it('more drives per server is forbidden at drivesPerServer, by MinIO and by the API server (and the new parity warns)', () => {
    const next = edit(edit(ORBIT, 'drivesPerServer: 2', 'drivesPerServer: 4'), 'erasure: { data: 6, parity: 2 }', 'erasure: { data: 12, parity: 4 }');
    const t = transition(ORBIT, next);
    expect(findingsOf(t)).toEqual([
      ['VEIL-CHANGE-001', 'deny', lineOf(next, 'drivesPerServer: 4')],
      ['VEIL-CHANGE-010', 'deny', lineOf(next, 'drivesPerServer: 4')],
      ['VEIL-CHANGE-011', 'warn', lineOf(next, 'parity: 4')],
    ]);
  });

  it('a data/parity split of the same set size keeps the layout: parity is a warning (VEIL-CHANGE-011)', () => {
    const next = edit(ORBIT, 'erasure: { data: 6, parity: 2 }', 'erasure: { data: 5, parity: 3 }');
    const t = transition(ORBIT, next);
    const sts = changeOf(t, 'StatefulSet', 'vault');
    expect(sts.action).toBe('update');
    expect(sts.reasons.find((r) => r.rule)!.text).toMatch(/EC:2 -> EC:3 .* only to objects written from now on/);
    expect(findingsOf(t)).toEqual([['VEIL-CHANGE-011', 'warn', lineOf(next, 'erasure: { data: 5, parity: 3 }')]]);
  });
});

describe('the object store moves (VEIL-CHANGE-013)', () => {
  it('a new name starts on new, empty drives: a procedure at the name, the old claims kept', () => {
    const next = edit(edit(ORBIT, 'name: vault\n', 'name: coffer\n'), 'secretRef: { name: vault-root }', 'secretRef: { name: vault-root }');
    const t = transition(ORBIT, next);
    const old = changeOf(t, 'StatefulSet', 'vault');
    expect(old.action).toBe('procedure');
    expect(old.reasons.find((r) => r.rule === 'VEIL-CHANGE-013')).toMatchObject({ procedure: 'recreate-the-object-store-on-new-drives' });
    expect(old.reasons.map((r) => r.kept ?? '').join()).toMatch(/claims are retained/);
    expect(changeOf(t, 'StatefulSet', 'coffer').action).toBe('create');
    expect(findingsOf(t).filter(([r]) => r === 'VEIL-CHANGE-013')).toEqual([['VEIL-CHANGE-013', 'warn', lineOf(next, 'name: coffer')]]);
  });

  it('another namespace is the same move; the old namespace stays (prune disabled)', () => {
    const next = edit(ORBIT, 'namespace: blobs', 'namespace: objects');
    const t = transition(ORBIT, next);
    expect(changeOf(t, 'StatefulSet', 'vault').action).toBe('procedure');
    const ns = t.changes.find((c) => c.kind === 'Namespace' && c.name === 'blobs')!;
    expect(ns.action).toBe('replace');
    expect(ns.reasons[0]!.kept).toMatch(/everything in it/);
    expect(findingsOf(t).map(([r]) => r)).not.toContain('VEIL-CHANGE-040');
    expect(findingsOf(t)).toContainEqual(['VEIL-CHANGE-013', 'warn', lineOf(next, 'namespace: objects')]);
  });

  it('removing the object store deletes the StatefulSet and keeps its claims and namespace', () => {
    const next = ORBIT.replace(/\nobjectStore:[\s\S]*?\n\nstorageClasses/, '\n\nstorageClasses').replace('        - { name: blob, target: ingress }\n', '');
    const t = transition(ORBIT, next);
    const sts = changeOf(t, 'StatefulSet', 'vault');
    expect(sts.action).toBe('delete');
    expect(sts.reasons[0]!.kept).toMatch(/PersistentVolumeClaims/);
    expect(t.changes.find((c) => c.kind === 'Namespace' && c.name === 'blobs')!.reasons[0]!.kept).toBeTruthy();
  });
});

const POOL = (name: string, servers = 4) => `  pools:\n    - name: ${name}\n      servers: ${servers}\n      drivesPerServer: 1\n      driveSize: 200Gi\n      nodes: [sol-1, sol-2, sol-3, luna-1]\n      erasure: { data: 2 }\n`;
const WITH_POOL = (t: string, name = 'archive', servers = 4) => edit(t, '  credentials:\n', `${POOL(name, servers)}  credentials:\n`);

describe('server pools', () => {
  it('adding a pool is a create with a restart warning (VEIL-CHANGE-014), never a denial', () => {
    const next = WITH_POOL(ORBIT);
    const t = transition(ORBIT, next);
    expect(changeOf(t, 'StatefulSet', 'vault-archive').action).toBe('create');
    // the first pool's servers get the longer command line: an update the API server takes
    expect(changeOf(t, 'StatefulSet', 'vault').action).toBe('update');
    expect(findingsOf(t)).toEqual([['VEIL-CHANGE-014', 'warn', lineOf(next, '- name: archive')]]);
  });

  it('widening an added pool is forbidden at its own servers line', () => {
    const base = WITH_POOL(ORBIT);
    const next = edit(base, '    - name: archive\n      servers: 4\n', '    - name: archive\n      servers: 3\n');
    const t = transition(base, next);
    expect(changeOf(t, 'StatefulSet', 'vault-archive').reasons.find((r) => r.rule === 'VEIL-CHANGE-010')!.text).toMatch(/server pool archive \(StatefulSet vault-archive\): 4 -> 3 servers/);
    expect(findingsOf(t)).toEqual([['VEIL-CHANGE-010', 'deny', lineOf(next, '      servers: 3')]]);
  });

  it('a larger drive in an added pool is forbidden by the API server at that pool\'s driveSize', () => {
    const base = WITH_POOL(ORBIT);
    const next = edit(base, 'driveSize: 200Gi', 'driveSize: 250Gi');
    expect(findingsOf(transition(base, next))).toEqual([['VEIL-CHANGE-001', 'deny', lineOf(next, 'driveSize: 250Gi')]]);
  });

  it('removing a pool is a procedure: decommission first (VEIL-CHANGE-012)', () => {
    const base = WITH_POOL(ORBIT);
    const t = transition(base, ORBIT);
    const sts = changeOf(t, 'StatefulSet', 'vault-archive');
    expect(sts.action).toBe('procedure');
    expect(sts.reasons.find((r) => r.rule)!.hint).toMatch(/Remove a server pool/);
    expect(findingsOf(t).map(([r, s]) => [r, s])).toEqual([['VEIL-CHANGE-012', 'warn']]);
  });

  it('a pool under another name is a removal and an addition, not a rename', () => {
    const base = WITH_POOL(ORBIT);
    const next = edit(base, '- name: archive', '- name: cold');
    // its budget and headless Service are renamed objects under prune, too
    expect(findingsOf(transition(base, next)).map(([r]) => r)).toEqual(['VEIL-CHANGE-012', 'VEIL-CHANGE-014', 'VEIL-CHANGE-041', 'VEIL-CHANGE-041']);
  });
});

describe('server pools: order and erasure.data', () => {
  const item = (name: string) => POOL(name).replace('  pools:\n', '');
  const POOLS = (t: string, ...names: string[]) => edit(t, '  credentials:\n', `  pools:\n${names.map(item).join('')}  credentials:\n`);

  it('pools in another order: an update with a restart-all warning (VEIL-CHANGE-015) on each pool that moved, nothing denied', () => {
    const base = POOLS(ORBIT, 'cold', 'archive', 'deep');
    const next = POOLS(ORBIT, 'archive', 'cold', 'deep');
    const t = transition(base, next);
    expect(changeOf(t, 'StatefulSet', 'vault-archive').action).toBe('update');
    expect(changeOf(t, 'StatefulSet', 'vault-cold').action).toBe('update');
    expect(findingsOf(t)).toEqual([
      ['VEIL-CHANGE-015', 'warn', lineOf(next, '- name: archive')],
      ['VEIL-CHANGE-015', 'warn', lineOf(next, '- name: cold')],
    ]);
  });

  it('a pool removed before another: no order warning for the ones that stay', () => {
    const t = transition(POOLS(ORBIT, 'cold', 'archive', 'deep'), POOLS(ORBIT, 'archive', 'deep'));
    expect(findingsOf(t).map(([r]) => r)).toEqual(['VEIL-CHANGE-012']);
  });
});
