// The plan's own MinIO and control-plane scenarios (test/fixtures/policy/,
// derived from veil.spec.yaml), with the verdicts worked out by hand from the
// rules: capacities, tolerances and the findings each must produce.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byRule, evaluateFile, evaluateText, FIXTURES, GIB, ROOT, VEIL_SPEC } from './helpers.ts';
import { readFileSync } from 'node:fs';

const fixture = (name: string) => join(FIXTURES, name);
const summary = (diags: { rule: string; path: string; severity: string }[]) => diags.map((d) => `${d.severity} ${d.rule} ${d.path}`).sort();
const LIFECYCLE = ['warn VEIL-LIFECYCLE-001 ingress.controller', 'warn VEIL-LIFECYCLE-001 objectStore.kind'];

describe('plan option A: 4 nodes x 1 drive x 250 GiB, EC:2 (2+2)', () => {
  it('gives 500 GiB usable and survives one node for reads and writes', async () => {
    const r = await evaluateFile(fixture('option-a-4x1.spec.yaml'));
    const e = r.model.facts.erasure!;
    const p = e.pools[0]!;
    // (4-2)/4 x 4 drives x 250 GiB
    expect(e.usableBytes).toBe(500 * GIB);
    expect(e.rawBytes).toBe(1000 * GIB);
    expect([p.setSize, p.setCount, p.data, e.parity]).toEqual([4, 1, 2, 2]);
    // read quorum 2, write quorum 3 (a majority of 4): 2 drives for reads, 1 for writes; one drive per node
    expect([p.readQuorum, p.writeQuorum, p.readDriveTolerance, p.writeDriveTolerance]).toEqual([2, 3, 2, 1]);
    expect([e.readNodeTolerance, e.writeNodeTolerance]).toEqual([2, 1]);
    expect(e.nodeLoss.map((l) => l.node)).toEqual(['meteor-1', 'meteor-2', 'meteor-3', 'meteor-4']);
    expect(e.nodeLoss.every((l) => l.readsSurvive && l.writesSurvive)).toBe(true);
    // EC:2 is MinIO's default for 4 drives: no MINIO_STORAGE_CLASS_STANDARD needed
    expect(e.storageClassStandardRequired).toBe(false);
    expect(summary(r.diagnostics)).toEqual([...LIFECYCLE, 'warn VEIL-MINIO-005 objectStore.require.usable']);
    expect(byRule(r.diagnostics, 'VEIL-MINIO-005')[0]!.message).toContain('usable capacity 500 GiB leaves 0% headroom over the required 500 GiB');
  });
});

describe('plan option A: 3 nodes x 2 drives x 175 GiB, default parity EC:3 (3+3)', () => {
  it('gives 525 GiB usable and survives one node, not two', async () => {
    const r = await evaluateFile(fixture('option-a-3x2.spec.yaml'));
    const e = r.model.facts.erasure!;
    const p = e.pools[0]!;
    expect(e.usableBytes).toBe(525 * GIB);
    expect([p.setSize, e.defaultParity, e.parity]).toEqual([6, 3, 3]);
    expect(e.storageClassStandardRequired).toBe(false);
    // reads need 3 of 6 (tolerate 3 drives), writes 4 of 6 (tolerate 2); each node holds 2 drives of the set
    expect([p.hostsPerSet, p.drivesPerHostInSet]).toEqual([3, 2]);
    expect([p.readDriveTolerance, p.writeDriveTolerance, p.readNodeTolerance, p.writeNodeTolerance]).toEqual([3, 2, 1, 1]);
    expect(summary(r.diagnostics)).toEqual([...LIFECYCLE, 'warn VEIL-MINIO-005 objectStore.require.usable']);
    expect(byRule(r.diagnostics, 'VEIL-MINIO-005')[0]!.message).toContain('usable capacity 525 GiB leaves 5% headroom over the required 500 GiB');
  });

  it('is denied when two node failures are required: 4 lost drives break reads and writes', async () => {
    const text = readFileSync(fixture('option-a-3x2.spec.yaml'), 'utf8').replace('    nodeFailures: 1', '    nodeFailures: 2');
    const r = await evaluateText(text);
    const [d] = byRule(r.diagnostics, 'VEIL-MINIO-003');
    expect(d!.severity).toBe('deny');
    expect(d!.message).toMatch(/^losing 2 nodes: reads and writes both fail\. .*losing 2 nodes can take 4 drives of a set; reading an object written at full health needs 3 of 6, a write needs 4 of 6 \(a majority\)$/);
  });
});

describe('plan option B (veil.spec.yaml): 3 nodes x 2 drives x 125 GiB, EC(4,2)', () => {
  it('gives exactly 500 GiB (warn: no headroom) and survives one node', async () => {
    const r = await evaluateFile(VEIL_SPEC);
    const e = r.model.facts.erasure!;
    expect(e.usableBytes).toBe(500 * GIB);
    expect(e.requiredUsableBytes).toBe(500 * GIB);
    expect([e.readNodeTolerance, e.writeNodeTolerance]).toEqual([1, 1]);
    // MinIO's default for 6 drives is EC:3, so the manifests must ask for EC:2
    expect([e.defaultParity, e.storageClassStandard, e.storageClassStandardRequired]).toEqual([3, 'EC:2', true]);
    expect(summary(r.diagnostics)).toEqual([...LIFECYCLE, 'warn VEIL-MINIO-005 objectStore.require.usable']);
  });
});

describe('5 drives with EC(4,2)', () => {
  it('is denied, with the nearest valid layout and code as hints', async () => {
    const r = await evaluateFile(fixture('five-drives.spec.yaml'));
    expect(r.model.facts.erasure!.pools[0]!.setSize).toBe(5);
    expect(summary(r.diagnostics)).toEqual(['deny VEIL-MINIO-001 objectStore.erasure', ...LIFECYCLE]);
    const [d] = byRule(r.diagnostics, 'VEIL-MINIO-001');
    expect(d!.message).toBe('5 drives cannot form EC(4,2): MinIO splits 5 drives (5 servers x 1 drive) into 1 erasure set of 5, and EC(4,2) needs sets of 6');
    expect(d!.hint).toBe('use 6 drives (3 servers x 2 drives) or EC(3,2)');
  });
});

describe('the plan as written: meteor-4 as a fourth etcd member, no DNS record for it', () => {
  it('warns about the even member count and the missing record', async () => {
    const r = await evaluateFile(fixture('plan-as-written.spec.yaml'));
    expect(r.model.facts.etcd).toEqual({ members: ['meteor-1', 'meteor-2', 'meteor-3', 'meteor-4'], count: 4, quorum: 3, tolerance: 1 });
    expect(summary(r.diagnostics)).toEqual([
      'warn VEIL-DNS-003 nodes[3].name',
      'warn VEIL-ETCD-002 nodes[3].role',
      ...LIFECYCLE,
      'warn VEIL-MINIO-005 objectStore.require.usable',
    ]);
    expect(byRule(r.diagnostics, 'VEIL-ETCD-002')[0]!.message).toBe('4 etcd members (meteor-1, meteor-2, meteor-3, meteor-4) tolerate 1 failure, the same as 3: quorum is 3 of 4');
    expect(byRule(r.diagnostics, 'VEIL-DNS-003')[0]!.message).toBe('node meteor-4 (192.168.0.204) has no address record meteor-4.home.arpa in the LAN zone home.arpa');
  });
});

describe('the second fixture (nimbus)', () => {
  it('is clean apart from the lifecycle warnings', async () => {
    const r = await evaluateFile(join(ROOT, 'test/fixtures/nimbus.spec.yaml'));
    // 4 x 1 x 250 GiB EC(2,2) and a second pool of 3 x 2 x 100 GiB EC(4,2): 500 + 400 GiB for 450 GiB required
    expect(r.model.facts.erasure!.pools.map((p) => p.usableBytes)).toEqual([500 * GIB, 400 * GIB]);
    expect(r.model.facts.erasure!.usableBytes).toBe(900 * GIB);
    expect(summary(r.diagnostics)).toEqual(LIFECYCLE);
  });
});
