// `veilc explain` text: the derived facts in words and aligned tables.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../compiler/load/load-spec.ts';
import { buildModel } from '../../compiler/model/build-model.ts';
import { explain, table } from '../../compiler/report/explain.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';
import { FIXTURES, ROOT, VEIL_SPEC, writeTemp } from './helpers.ts';

const modelOf = (file: string) => buildModel(validateSchema(loadSpec(file).data).spec).model;
const section = (text: string, title: string) => text.split('\n\n').find((s) => s.startsWith(title)) ?? '';

describe('explain veil.spec.yaml', () => {
  const text = explain(modelOf(VEIL_SPEC));

  it('states the erasure geometry, capacity and tolerance', () => {
    const os = text.slice(text.indexOf('Object store'), text.indexOf('When one node is lost'));
    expect(os).toContain('3 servers x 2 drives = 6 drives, 125 GiB each, class local-path, on meteor-1, meteor-2, meteor-3');
    expect(os).toContain('1 set of 6 drives, each on 3 servers with 2 drives each');
    expect(os).toContain('EC(4,2): 4 data + 2 parity per set');
    expect(os).toContain("MinIO's default for 6 drives (the first pool's sets decide it) is EC:3, so the manifests set MINIO_STORAGE_CLASS_STANDARD=EC:2");
    expect(os).toContain('raw 750 GiB, usable 500 GiB; required 500 GiB, headroom 0%');
    expect(os).toContain('reads need 4 of 6 drives, writes 4 of 6 (a majority of the set)');
    expect(os).toMatch(/reads survive +2 drives per set, 1 whole node/);
    expect(os).toMatch(/writes survive +2 drives per set, 1 whole node/);
    expect(os).toMatch(/survives +1 whole node for reads, 1 whole node for writes/);
  });

  it('says what losing each node does', () => {
    const loss = section(text, 'When one node is lost').split('\n');
    expect(loss[1]).toMatch(/^ {2}node +drives lost per set +MinIO reads +MinIO writes +etcd$/);
    expect(loss.slice(2)).toHaveLength(3);
    expect(loss[2]).toMatch(/^ {2}meteor-1 +2 +keep working +keep working +2 of 3 members left: keeps quorum$/);
  });

  it('gives etcd quorum and tolerance', () => {
    const cp = section(text, 'Control plane');
    expect(cp).toMatch(/quorum +2 of 3/);
    expect(cp).toMatch(/tolerance +1 member may fail$/m);
  });

  it('lists the address plan in address order, ranges before the addresses inside them', () => {
    const rows = section(text, 'Address plan').trimEnd().split('\n').slice(2).map((l) => l.trim().split(/ {2,}/));
    expect(rows.map((r) => r[0])).toEqual([
      '192.168.0.0', '192.168.0.1', '192.168.0.100-192.168.0.159', '192.168.0.160', '192.168.0.170',
      '192.168.0.201', '192.168.0.202', '192.168.0.203', '192.168.0.220-192.168.0.239', '192.168.0.220', '192.168.0.255',
    ]);
    expect(rows[9]).toEqual(['192.168.0.220', 'ingress', 'LoadBalancer from pool default']);
    expect(rows[2]![2]).toBe('60 addresses');
  });

  it('is plain, stable text', () => {
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toMatch(/[ \t]$/m);
    expect(text).not.toContain('\x1b');
    expect(explain(modelOf(VEIL_SPEC))).toBe(text);
  });
});

describe('explain other layouts', () => {
  it('4 x 1 EC(2,2): writes need a majority, 3 of 4, and tolerate one node', () => {
    const text = explain(modelOf(join(FIXTURES, 'option-a-4x1.spec.yaml')));
    expect(text).toContain('writes 3 of 4 (a majority of the set)');
    expect(text).toMatch(/writes survive +1 drive per set, 1 whole node/);
    expect(text).toMatch(/meteor-4 +1 +keep working +keep working +not a member/);
  });

  it('3 x 4 EC(10,2): reads need 10 of 12 and stop with a node; writes need 7 (a majority) and go on, as MinIO does', () => {
    const yaml = readFileSync(VEIL_SPEC, 'utf8').replace('  drivesPerServer: 2', '  drivesPerServer: 4').replace('  erasure: { data: 4, parity: 2 }', '  erasure: { data: 10, parity: 2 }');
    const text = explain(modelOf(writeTemp(yaml)));
    expect(text).toContain("reads need 10 of 12 drives, writes 7 of 12 (a majority: objects written while drives are offline get more parity; MinIO's cluster health check already reports writes unhealthy below 10)");
    expect(text).toMatch(/reads survive +2 drives per set, 0 whole nodes/);
    expect(text).toMatch(/writes survive +5 drives per set, 1 whole node/);
    expect(text).toMatch(/meteor-1 +4 +stop +keep working/);
  });

  it('two pools: each pool with its own layout, sets, capacity and tolerance; the deployment survives what every pool survives', () => {
    const text = explain(modelOf(join(ROOT, 'test/fixtures/nimbus.spec.yaml')));
    expect(text).toContain('pools     objects, objects-fast (every server lists every pool, in this order');
    expect(text).toContain('usable 900 GiB (objects 500 GiB + objects-fast 400 GiB); required 450 GiB, headroom 100%');
    expect(text).toContain('  Pool objects (the first pool)\n');
    expect(text).toContain('  Pool objects-fast (pool 2)\n');
    expect(text).toContain('3 servers x 2 drives = 6 drives, 100 GiB each, class fast-ssd, on cirrus-1, cirrus-2, cirrus-3');
    expect(text).toMatch(/cirrus-1 +objects 1, objects-fast 2 +keep working +keep working/);
    expect(text).toMatch(/stratus-1 +objects 1 +keep working +keep working +not a member/);
  });

  it('a code MinIO cannot form says so', () => {
    const text = explain(modelOf(join(FIXTURES, 'five-drives.spec.yaml')));
    expect(text).toContain('EC(4,2) asks for sets of 6, but MinIO forms sets of 5');
  });

  it('4 etcd members: the fourth adds no tolerance', () => {
    const text = explain(modelOf(join(FIXTURES, 'plan-as-written.spec.yaml')));
    expect(text).toMatch(/tolerance +1 member may fail, the same as 3 members/);
    expect(text).toMatch(/meteor-4 +- +- +- +3 of 4 members left: keeps quorum/);
  });

  it('a spec without object store or servers', () => {
    const text = explain(modelOf(writeTemp('cluster: { name: tiny }\nnetwork: { cidr: 10.0.0.0/30, gateway: 10.0.0.1 }\nnodes: [{ name: n1, address: 10.0.0.2, role: agent }]\n')));
    expect(text).toContain('Object store\n  none declared');
    expect(text).toContain('no server node: no control plane');
    expect(text).toMatch(/n1 +- +- +- +not a member/);
  });

  it('a pool address outside every pool is called out', () => {
    const yaml = readFileSync(VEIL_SPEC, 'utf8').replace('  address: 192.168.0.220', '  address: 192.168.0.210');
    expect(explain(modelOf(writeTemp(yaml)))).toMatch(/192\.168\.0\.210 +ingress +LoadBalancer, in no pool/);
  });
});

describe('table', () => {
  it('pads every column but the last to its widest cell', () => {
    expect(table(['a', 'bb', 'c'], [['xxx', 'y', 'zz'], ['', 'yyyy', '']])).toBe('  a    bb    c\n  xxx  y     zz\n       yyyy');
  });
});
