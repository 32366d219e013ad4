// The MinIO findings say what MinIO really does, point at the cause, and only
// offer fixes that work: each kind from issue 12 with fresh examples, through
// load, schema, model and the compiled Wasm. A hint is taken at its word: the
// spec is edited as it says, and the finding must go away.
import { describe, expect, it } from 'vitest';
import { byRule, edit, evaluateText, lineOf } from './helpers.ts';

/** veil.spec.yaml with more agent nodes meteor-4..N (addresses .204 ..), so layouts can use more servers. */
function withNodes(text: string, count: number): string {
  const extra = Array.from({ length: count - 3 }, (_, i) => `  - { name: meteor-${i + 4}, address: 192.168.0.${204 + i}, role: agent }\n`).join('');
  const at = text.indexOf('\nkubernetes:');
  return `${text.slice(0, at)}\n${extra.trimEnd()}${text.slice(at)}`;
}

const POOL_B = (extra = '') => `  pools:\n    - name: archive\n      erasure: { data: 2 }\n      servers: 4\n      drivesPerServer: 1\n      driveSize: 100Gi\n      nodes: [meteor-1, meteor-2, meteor-3, meteor-4]${extra}\n`;

describe('write tolerance as MinIO behaves: reads are the binding limit, and the message says so', () => {
  it('2 servers x 6 drives, EC(10,2): a lost server takes 6 of 12: reads fail; writes need 7 and fail too', async () => {
    const text = edit(['  servers: 3', '  servers: 2'], ['  drivesPerServer: 2', '  drivesPerServer: 6'], ['  erasure: { data: 4, parity: 2 }', '  erasure: { data: 10, parity: 2 }'], ['  nodes: [meteor-1, meteor-2, meteor-3]', '  nodes: [meteor-1, meteor-2]']);
    const [d] = byRule((await evaluateText(text)).diagnostics, 'VEIL-MINIO-003');
    expect(d!.message).toMatch(/^losing 1 node: reads and writes both fail\. EC\(10,2\) on 12 drives \(2 servers x 6 drives\)/);
    expect(d!.message).toContain('a write needs 7 of 12 (a majority)');
  });

  it('4 servers x 4 drives, EC(12,4): a lost server takes 4 of 16; reads keep working at parity 4 and writes need only 9', async () => {
    const text = withNodes(edit(['  servers: 3', '  servers: 4'], ['  drivesPerServer: 2', '  drivesPerServer: 4'], ['  erasure: { data: 4, parity: 2 }', '  erasure: { data: 12, parity: 4 }'], ['  nodes: [meteor-1, meteor-2, meteor-3]', '  nodes: [meteor-1, meteor-2, meteor-3, meteor-4]'], ['    usable: 500Gi', '    usable: 1000Gi']), 4);
    const r = await evaluateText(text);
    expect(byRule(r.diagnostics, 'VEIL-MINIO-003')).toEqual([]);
    const p = r.model.facts.erasure!.pools[0]!;
    expect([p.readQuorum, p.writeQuorum, p.readNodeTolerance, p.writeNodeTolerance]).toEqual([12, 9, 1, 1]);
  });
});

describe('capacity findings point at the cause, and their hints meet the requirement', () => {
  it('a second pool too small for the total: the finding is at that pool\'s driveSize, and its size fixes it', async () => {
    const text = withNodes(edit(['  nodes: [meteor-1, meteor-2, meteor-3]\n', `  nodes: [meteor-1, meteor-2, meteor-3]\n${POOL_B()}`], ['    usable: 500Gi', '    usable: 800Gi']), 4);
    const r = await evaluateText(text);
    const [d] = byRule(r.diagnostics, 'VEIL-MINIO-004');
    expect(d!.path).toBe('objectStore.pools[0].driveSize');
    expect(d!.line).toBe(lineOf(text, '      driveSize: 100Gi'));
    expect(d!.message).toBe('usable capacity 700 GiB is below the required 800 GiB: pool minio: EC(4,2) keeps 4/6 of 6 drives x 125 GiB (500 GiB); pool minio-archive: EC(2,2) keeps 2/4 of 4 drives x 100 GiB (200 GiB)');
    expect(d!.hint).toBe('use drives of at least 150Gi in pool minio-archive or add a server pool (objectStore.pools)');
    const fixed = await evaluateText(text.replace('      driveSize: 100Gi', '      driveSize: 150Gi'));
    expect(byRule(fixed.diagnostics, 'VEIL-MINIO-004')).toEqual([]);
  });

  it('too much parity for the capacity: the hint offers the lower parity only because it still survives a node', async () => {
    // 4 x 2 EC(4,4) x 100 GiB = 400 GiB of 500 required; EC(5,3), the least parity taken away, gives 500 GiB and still survives a node
    const text = withNodes(edit(['  servers: 3', '  servers: 4'], ['  erasure: { data: 4, parity: 2 }', '  erasure: { data: 4, parity: 4 }'], ['  driveSize: 125Gi', '  driveSize: 100Gi'], ['  nodes: [meteor-1, meteor-2, meteor-3]', '  nodes: [meteor-1, meteor-2, meteor-3, meteor-4]']), 4);
    const [d] = byRule((await evaluateText(text)).diagnostics, 'VEIL-MINIO-004');
    expect(d!.hint).toBe('use drives of at least 125Gi, EC(5,3) or add a server pool (objectStore.pools)');
    const fixed = await evaluateText(text.replace('  erasure: { data: 4, parity: 4 }', '  erasure: { data: 5, parity: 3 }'));
    expect(byRule(fixed.diagnostics, 'VEIL-MINIO-004')).toEqual([]);
    expect(byRule(fixed.diagnostics, 'VEIL-MINIO-003')).toEqual([]);
  });

  it('no lower parity is offered when none keeps the node-failure requirement', async () => {
    // 3 x 2 EC(3,3) x 100 GiB = 300 GiB of 500: EC(4,2) would give 400 (not enough), EC(5,1) 500 but survives no node
    const text = edit(['  erasure: { data: 4, parity: 2 }', '  erasure: { data: 3, parity: 3 }'], ['  driveSize: 125Gi', '  driveSize: 100Gi']);
    const [d] = byRule((await evaluateText(text)).diagnostics, 'VEIL-MINIO-004');
    expect(d!.hint).toBe('use drives of at least 167Gi or add a server pool (objectStore.pools)');
  });
});

describe('node-failure hints are computed, never guessed', () => {
  it('3 servers x 4 drives, EC(10,2): raising parity to EC(8,4) works, and so does 6 servers x 2 drives: both are offered and both pass', async () => {
    const text = withNodes(edit(['  drivesPerServer: 2', '  drivesPerServer: 4'], ['  erasure: { data: 4, parity: 2 }', '  erasure: { data: 10, parity: 2 }']), 6);
    const [d] = byRule((await evaluateText(text)).diagnostics, 'VEIL-MINIO-003');
    expect(d!.hint).toBe('use 12 drives (6 servers x 2 drives), which needs 3 nodes more in objectStore.nodes or raise the parity of every pool to EC:4 (EC(8,4) here); `veilc explain` shows what each node loss does');
    const parity = await evaluateText(text.replace('  erasure: { data: 10, parity: 2 }', '  erasure: { data: 8, parity: 4 }'));
    expect(byRule(parity.diagnostics, 'VEIL-MINIO-003')).toEqual([]);
    const spread = await evaluateText(text.replace('  servers: 3', '  servers: 6').replace('  drivesPerServer: 4', '  drivesPerServer: 2').replace('  nodes: [meteor-1, meteor-2, meteor-3]', '  nodes: [meteor-1, meteor-2, meteor-3, meteor-4, meteor-5, meteor-6]'));
    expect(byRule(spread.diagnostics, 'VEIL-MINIO-003')).toEqual([]);
  });

  it('2 servers x 2 drives, EC(2,2): writes fail and no parity can help (writes need a majority): "raise parity" is not offered', async () => {
    const text = edit(['  servers: 3', '  servers: 2'], ['  erasure: { data: 4, parity: 2 }', '  erasure: { data: 2, parity: 2 }'], ['  nodes: [meteor-1, meteor-2, meteor-3]', '  nodes: [meteor-1, meteor-2]'], ['    usable: 500Gi', '    usable: 200Gi']);
    const [d] = byRule((await evaluateText(text)).diagnostics, 'VEIL-MINIO-003');
    expect(d!.message).toMatch(/^losing 1 node: writes fail \(reads still work\)/);
    expect(d!.hint).not.toMatch(/parity/);
    expect(d!.hint).toMatch(/^use 4 drives \(4 servers x 1 drive\), which needs 2 nodes more in objectStore.nodes;/);
  });

  it('an added pool that cannot lose a node is blamed at the pool, with its own name', async () => {
    const pool = '  pools:\n    - name: edge\n      erasure: { data: 2 }\n      servers: 2\n      drivesPerServer: 2\n      driveSize: 100Gi\n      nodes: [meteor-1, meteor-2]\n';
    const text = edit(['  nodes: [meteor-1, meteor-2, meteor-3]\n', `  nodes: [meteor-1, meteor-2, meteor-3]\n${pool}`]);
    const r = await evaluateText(text);
    const [d] = byRule(r.diagnostics, 'VEIL-MINIO-003');
    expect(d!.path).toBe('objectStore.pools[0]');
    expect(d!.message).toMatch(/^pool minio-edge: losing 1 node: writes fail \(reads still work\)/);
    expect([r.model.facts.erasure!.readNodeTolerance, r.model.facts.erasure!.writeNodeTolerance]).toEqual([1, 0]);
  });
});

describe('the erasure rules speak where the schema used to cap servers', () => {
  it('38 servers x 1 drive with EC(12,4): MinIO would form 19 sets of 2', async () => {
    const nodes = Array.from({ length: 38 }, (_, i) => `meteor-${i + 1}`).join(', ');
    const text = withNodes(edit(['  servers: 3', '  servers: 38'], ['  drivesPerServer: 2', '  drivesPerServer: 1'], ['  erasure: { data: 4, parity: 2 }', '  erasure: { data: 12, parity: 4 }'], ['  nodes: [meteor-1, meteor-2, meteor-3]', `  nodes: [${nodes}]`]), 38);
    const r = await evaluateText(text);
    const [d] = byRule(r.diagnostics, 'VEIL-MINIO-001');
    expect(d!.message).toBe('38 drives cannot form EC(12,4): MinIO splits 38 drives (38 servers x 1 drive) into 19 erasure sets of 2, and EC(12,4) needs sets of 16');
    expect(r.diagnostics.filter((x) => x.rule.startsWith('VEIL-SCHEMA'))).toEqual([]);
  });

  it('and 40 servers x 1 drive with EC(8,2) form 4 sets of 10: no finding about the count at all', async () => {
    const nodes = Array.from({ length: 40 }, (_, i) => `meteor-${i + 1}`).join(', ');
    const text = withNodes(edit(['  servers: 3', '  servers: 40'], ['  drivesPerServer: 2', '  drivesPerServer: 1'], ['  erasure: { data: 4, parity: 2 }', '  erasure: { data: 8, parity: 2 }'], ['  nodes: [meteor-1, meteor-2, meteor-3]', `  nodes: [${nodes}]`]), 40);
    const r = await evaluateText(text);
    expect(r.diagnostics.filter((x) => x.rule.startsWith('VEIL-MINIO') && x.severity === 'deny')).toEqual([]);
    expect(r.model.facts.erasure!.pools[0]!.setCount).toBe(4);
  });
});
