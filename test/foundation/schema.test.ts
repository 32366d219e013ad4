import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateTypes, SCHEMA_FILE, TYPES_FILE } from '../../scripts/gen-types.ts';
import { ROOT, schemaDiagnostics, VEIL_SPEC } from './helpers.ts';

const veil = readFileSync(VEIL_SPEC, 'utf8');

/** Replace one unique snippet of veil.spec.yaml; returns the text and the 1-based line of the change. */
function mutate(from: string, to: string): { text: string; line: number } {
  const at = veil.indexOf(from);
  expect(at, `snippet not found: ${from}`).toBeGreaterThanOrEqual(0);
  expect(veil.indexOf(from, at + 1), `snippet not unique: ${from}`).toBe(-1);
  return { text: veil.slice(0, at) + to + veil.slice(at + from.length), line: veil.slice(0, at).split('\n').length + (to.slice(0, to.search(/\S/)).split('\n').length - 1) };
}

describe('schema accepts', () => {
  it('veil.spec.yaml', () => {
    expect(schemaDiagnostics(veil)).toEqual([]);
  });
  it('the nimbus fixture', () => {
    expect(schemaDiagnostics(readFileSync(join(ROOT, 'test/fixtures/nimbus.spec.yaml')))).toEqual([]);
  });
  it.each([
    ['a minimal spec (only required keys)', 'cluster: { name: tiny }\nnetwork: { cidr: 10.0.0.0/24, gateway: 10.0.0.1 }\nnodes: [{ name: n1, address: 10.0.0.2 }]\n'],
    ['MinIO on a dedicated address', veil.replace('    mode: ingress\n    apiHost: s3.veil.home.arpa\n    consoleHost: s3-console.veil.home.arpa\n', '    mode: loadBalancer\n    address: 192.168.0.221\n')],
    ['an agent node with labels', veil.replace('    role: server\n\nkubernetes', '    role: agent\n    labels: { topology.kubernetes.io/zone: shelf-b }\n\nkubernetes')],
    ['a literal record address', veil.replace('{ name: hive, target: host/hive }', '{ name: hive, address: 192.168.0.170, ttl: 60 }')],
    ['a waiver', veil.replace('waivers: []', 'waivers:\n  - { rule: VEIL-LIFECYCLE-001, path: ingress.controller, reason: replacement planned for Q1, expires: 2027-03-31 }')],
    ['remote write and email receiver', veil.replace('    walCompression: true\n', '    walCompression: true\n    remoteWrite: [{ name: vm, kind: victoriametrics, url: "http://hive.home.arpa:8428/api/v1/write" }]\n')],
    ['decimal quantities', veil.replace('driveSize: 125Gi', 'driveSize: 134.217728G')],
    ['a second server pool', veil.replace('  storageClass: local-path\n  nodes:', '  storageClass: local-path\n  pools:\n    - { name: b, erasure: { data: 2 }, servers: 4, drivesPerServer: 1, driveSize: 250Gi, storageClass: local-path, nodes: [meteor-1, meteor-2, meteor-3] }\n  nodes:')],
  ])('%s', (_name, text) => {
    expect(schemaDiagnostics(text)).toEqual([]);
  });
});

describe('schema rejects, at the exact rule, path and line', () => {
  const cases: [string, string, string, string, string][] = [
    // name, from, to, rule, path
    ['unknown top-level key', 'storageClasses: [local-path]', 'storageClass: [local-path]', 'VEIL-SCHEMA-001', 'storageClass'],
    ['misspelled nested key', '  walCompression: true', '  walCompresion: true', 'VEIL-SCHEMA-001', 'monitoring.prometheus.walCompresion'],
    ['missing required key', '  gateway: 192.168.0.1                    # example: your router\n', '', 'VEIL-SCHEMA-002', 'network'],
    ['string where a number goes', 'retention: 20', 'retention: twenty', 'VEIL-SCHEMA-003', 'kubernetes.etcd.snapshots.retention'],
    ['bad IPv4', 'address: 192.168.0.170                # example', 'address: 192.168.0.270', 'VEIL-SCHEMA-004', 'hosts[1].address'],
    ['IPv4 with leading zero', 'address: 192.168.0.201', 'address: 192.168.0.021', 'VEIL-SCHEMA-004', 'nodes[0].address'],
    ['bad CIDR prefix', 'cidr: 192.168.0.0/24', 'cidr: 192.168.0.0/40', 'VEIL-SCHEMA-004', 'network.cidr'],
    ['bad range', 'range: 192.168.0.220-192.168.0.239', 'range: 192.168.0.220..239', 'VEIL-SCHEMA-004', 'loadBalancer.pools[0].range'],
    ['non-RFC-1123 name', '- name: meteor-2', '- name: Meteor_2', 'VEIL-SCHEMA-004', 'nodes[1].name'],
    ['path traversal in a name', 'name: minio\n  namespace', 'name: ../../etc\n  namespace', 'VEIL-SCHEMA-004', 'objectStore.name'],
    ['quantity with a wrong unit', 'driveSize: 125Gi', 'driveSize: 125GB', 'VEIL-SCHEMA-004', 'objectStore.driveSize'],
    ['bad duration', 'retention: 15d', 'retention: 15 days', 'VEIL-SCHEMA-004', 'monitoring.prometheus.retention'],
    ['bad cron', 'schedule: "0 */6 * * *"', 'schedule: "every six hours"', 'VEIL-SCHEMA-004', 'kubernetes.etcd.snapshots.schedule'],
    ['unknown enum value', 'mode: l2', 'mode: layer2', 'VEIL-SCHEMA-005', 'loadBalancer.pools[0].mode'],
    ['record with target and address', '{ name: s3, target: ingress }', '{ name: s3, target: ingress, address: 192.168.0.220 }', 'VEIL-SCHEMA-007', 'dns.zones[0].records[4]'],
    ['record with neither', '{ name: grafana, target: ingress }', '{ name: grafana }', 'VEIL-SCHEMA-007', 'dns.zones[0].records[1]'],
    ['record target of unknown kind', '{ name: hive, target: host/hive }', '{ name: hive, target: vm/hive }', 'VEIL-SCHEMA-004', 'dns.zones[1].records[4].target'],
    ['negative count', 'servers: 3', 'servers: -3', 'VEIL-SCHEMA-006', 'objectStore.servers'],
    ['too many parity drives', 'parity: 2 }', 'parity: 9 }', 'VEIL-SCHEMA-006', 'objectStore.erasure.parity'],
    ['credentials as a value', 'secretRef: { name: minio-root }', 'secretRef: { name: minio-root, password: hunter2 }', 'VEIL-SCHEMA-001', 'objectStore.credentials.secretRef.password'],
    ['fixed serial without a value', '  ttl: 3600\n', '  ttl: 3600\n  serial: { policy: fixed }\n', 'VEIL-SCHEMA-002', 'dns.serial'],
    ['waiver without reason', 'waivers: []', 'waivers:\n  - { rule: VEIL-DNS-001, expires: 2027-01-01 }', 'VEIL-SCHEMA-002', 'waivers[0]'],
    ['a pool with its own parity (parity is deployment-wide)', '  nodes: [meteor-1, meteor-2, meteor-3]\n', '  pools: [{ name: b, erasure: { data: 2, parity: 2 }, servers: 4, drivesPerServer: 1, driveSize: 250Gi, nodes: [meteor-1] }]\n  nodes: [meteor-1, meteor-2, meteor-3]\n', 'VEIL-SCHEMA-001', 'objectStore.pools[0].erasure.parity'],
    ['a pool without a drive size', '  nodes: [meteor-1, meteor-2, meteor-3]\n', '  pools: [{ name: b, erasure: { data: 2 }, servers: 4, drivesPerServer: 1, nodes: [meteor-1] }]\n  nodes: [meteor-1, meteor-2, meteor-3]\n', 'VEIL-SCHEMA-002', 'objectStore.pools[0]'],
  ];
  it.each(cases)('%s', (_name, from, to, rule, path) => {
    const { text, line } = mutate(from, to);
    const diags = schemaDiagnostics(text);
    expect(diags.map((d) => ({ rule: d.rule, path: d.path, line: d.line }))).toEqual([{ rule, path, line: rule === 'VEIL-SCHEMA-002' ? diags[0]!.line : line }]);
    expect(diags[0]!.hint).toBeTruthy();
  });

  it('a removed key says what replaced it: driveSizeOverrides -> a server pool with its own driveSize', () => {
    const { text, line } = mutate('  driveSize: 125Gi\n', '  driveSize: 125Gi\n  driveSizeOverrides: { meteor-3: 110Gi }\n');
    const [d, ...rest] = schemaDiagnostics(text);
    expect(rest).toEqual([]);
    expect({ rule: d!.rule, severity: d!.severity, path: d!.path, line: d!.line }).toEqual({ rule: 'VEIL-SCHEMA-010', severity: 'deny', path: 'objectStore.driveSizeOverrides', line: line + 1 });
    expect(d!.message).toContain('`objectStore.driveSizeOverrides` (a drive size per node) was removed');
    expect(d!.hint).toContain('`objectStore.pools` with its own `driveSize`');
    // the same key elsewhere is just unknown
    expect(schemaDiagnostics(mutate('  walCompression: true', '  walCompression: true\n    driveSizeOverrides: {}').text)[0]!.rule).toBe('VEIL-SCHEMA-001');
  });

  it('no schema cap on servers: 38 servers are the erasure rules\' business (MinIO has no such cap)', () => {
    expect(schemaDiagnostics(mutate('servers: 3', 'servers: 38').text)).toEqual([]);
  });

  it('a missing required key points at its parent mapping', () => {
    const { text } = mutate('  gateway: 192.168.0.1                    # example: your router\n', '');
    const [d] = schemaDiagnostics(text);
    expect(text.split('\n')[d!.line - 1]).toMatch(/^\s*cidr:/);
  });

  it('suggests the nearest key for a near miss, and lists keys otherwise', () => {
    const near = schemaDiagnostics(mutate('  walCompression: true', '  walCompresion: true').text);
    expect(near[0]!.hint).toBe('did you mean `walCompression`?');
    const far = schemaDiagnostics(mutate('  walCompression: true', '  zzz: true').text);
    expect(far[0]!.hint).toContain('allowed keys: host, retention');
  });

  it('reports every error at once', () => {
    const text = veil.replace('mode: l2', 'mode: l3').replace('driveSize: 125Gi', 'driveSize: big').replace('storageClasses:', 'storageClassez:');
    expect(schemaDiagnostics(text).map((d) => d.rule).sort()).toEqual(['VEIL-SCHEMA-001', 'VEIL-SCHEMA-004', 'VEIL-SCHEMA-005']);
  });
});

describe('schema documents itself', () => {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  it('every property has a description', () => {
    const missing: string[] = [];
    const walk = (s: Record<string, any>, at: string) => {
      for (const [k, v] of Object.entries<Record<string, any>>(s.properties ?? {})) {
        if (!v.description) missing.push(`${at}.${k}`);
        walk(v, `${at}.${k}`);
      }
      if (s.items) walk(s.items, `${at}[]`);
    };
    walk(schema, '');
    for (const [k, v] of Object.entries<Record<string, any>>(schema.$defs)) if (!v.description) missing.push(`$defs.${k}`);
    expect(missing).toEqual([]);
  });
  it('veil.spec.yaml points editors at the schema on its first line', () => {
    expect(veil.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema/veil.schema.json');
  });
});

describe('types are derived from the schema', () => {
  it('compiler/schema/spec-types.ts is what scripts/gen-types.ts generates (run `npm run gen:types`)', () => {
    const generated = generateTypes(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
    expect(readFileSync(TYPES_FILE, 'utf8')).toBe(generated);
  });
  it('a schema change changes the types', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    schema.properties.cluster.properties.owner = { type: 'string', description: 'Who runs it.' };
    expect(generateTypes(schema)).toContain('owner?: string;');
  });
});

describe('the precompiled validator', () => {
  it('is what scripts/gen-validator.ts generates from the current schema (run `npm run gen:validator`)', async () => {
    const { generateValidator, VALIDATOR_FILE } = await import('../../scripts/gen-validator.ts');
    expect(readFileSync(VALIDATOR_FILE, 'utf8')).toBe(generateValidator());
  });

  it('exports the schema it was generated from, without the editors\' hover text', async () => {
    const { validatorSchema } = await import('../../compiler/schema/validator.ts');
    const json = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'), (k, v) => (k === 'markdownDescription' ? undefined : v));
    expect(validatorSchema).toEqual(json);
    expect(JSON.stringify(validatorSchema)).not.toContain('markdownDescription');
    expect(JSON.stringify(json.properties.nodes)).toContain('"description"');
  });
});

describe('the README spec reference', () => {
  it('is generated from the current schema (run `npm run gen:docs`)', async () => {
    const { updatedReadme } = await import('../../scripts/gen-spec-reference.ts');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toBe(updatedReadme(readme, JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))));
  });
});
