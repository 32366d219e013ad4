// Property: any schema-valid variation of the cluster (layouts, codes, node
// roles, addresses in and out of the LAN, records, sizes, waivers) is judged
// by the Wasm without an evaluation error (no conflicting rule outputs), and
// every finding is a known rule placed on a real line of the spec.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../compiler/load/load-spec.ts';
import { buildModel } from '../../compiler/model/build-model.ts';
import { evaluatePolicies } from '../../compiler/policy/evaluate.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';
import { TODAY, writeTemp } from './helpers.ts';

const octet = fc.integer({ min: 0, max: 255 });
const lanAddress = fc.oneof(octet.map((o) => `192.168.0.${o}`), fc.constant('10.1.2.3'));

const cluster = fc.record({
  servers: fc.integer({ min: 1, max: 6 }),
  drives: fc.integer({ min: 1, max: 4 }),
  data: fc.integer({ min: 1, max: 8 }),
  parity: fc.integer({ min: 0, max: 4 }),
  nodes: fc.array(fc.record({ address: lanAddress, server: fc.boolean() }), { minLength: 1, maxLength: 6 }),
  hostAddress: lanAddress,
  pool: fc.tuple(octet, fc.integer({ min: 0, max: 40 })),
  dhcp: fc.option(fc.tuple(octet, fc.integer({ min: 0, max: 80 })), { nil: undefined }),
  ingress: lanAddress,
  lb: fc.constantFrom('ingress', 'loadBalancer', 'loadBalancer-pinned'),
  records: fc.array(fc.constantFrom('ingress', 'host/skaia', 'node/n1', 'node/n9', 'object-store'), { maxLength: 4 }),
  require: fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 4 })),
  retention: fc.integer({ min: 0, max: 40 }),
  waiver: fc.option(fc.tuple(fc.constantFrom('VEIL-MINIO-001', 'VEIL-NET-001', 'VEIL-LIFECYCLE-001', 'VEIL-NOPE-001'), fc.constantFrom('', 'objectStore.erasure', 'nodes[0].address'), fc.constantFrom('2025-01-01', '2027-01-01')), { nil: undefined }),
});

type Cluster = typeof cluster extends fc.Arbitrary<infer T> ? T : never;

function yaml(c: Cluster): string {
  const nodes = c.nodes.map((n, i) => `  - { name: n${i + 1}, address: ${n.address}, role: ${n.server ? 'server' : 'agent'} }`).join('\n');
  const range = ([from, len]: readonly [number, number]) => `192.168.0.${from}-192.168.0.${Math.min(255, from + len)}`;
  const exposure = c.lb === 'ingress' ? '{ mode: ingress, apiHost: s3.lab.home.arpa }'
    : c.lb === 'loadBalancer' ? '{ mode: loadBalancer }' : `{ mode: loadBalancer, address: ${c.ingress} }`;
  const records = c.records.map((t, i) => `        - { name: r${i}, target: ${t} }`).join('\n');
  return [
    'cluster: { name: lab }',
    `network: { cidr: 192.168.0.0/24, gateway: 192.168.0.1${c.dhcp ? `, dhcp: { range: ${range(c.dhcp)} }` : ''} }`,
    `hosts: [{ name: skaia, address: ${c.hostAddress}, roles: [dns] }]`,
    `nodes:\n${nodes}`,
    `loadBalancer: { pools: [{ name: p, range: ${range(c.pool)} }] }`,
    `ingress: { address: ${c.ingress} }`,
    `dns:\n  server: skaia\n  zones:\n    - name: home.arpa\n      records:\n${records || '        []'}`.replace('records:\n        []', 'records: []'),
    `monitoring: { prometheus: { host: prometheus.lab.home.arpa, retentionSize: ${c.retention}Gi, storage: { size: 20Gi } } }`,
    `objectStore:\n  erasure: { data: ${c.data}, parity: ${c.parity} }\n  servers: ${c.servers}\n  drivesPerServer: ${c.drives}\n  driveSize: 100Gi\n  nodes: [${c.nodes.map((_, i) => `n${i + 1}`).join(', ')}]\n  require: { usable: ${c.require[0]}Gi, nodeFailures: ${c.require[1]} }\n  exposure: ${exposure}\n  credentials: { secretRef: { name: root } }`,
    c.waiver ? `waivers: [{ rule: ${c.waiver[0]}, path: "${c.waiver[1]}", reason: property test waiver, expires: ${c.waiver[2]} }]` : 'waivers: []',
    '',
  ].join('\n');
}

describe('the policy judges any schema-valid cluster', () => {
  it('without evaluation errors, with placed findings of known rules', async () => {
    let judged = 0;
    await fc.assert(fc.asyncProperty(cluster, async (c) => {
      const text = yaml(c);
      const source = loadSpec(writeTemp(text));
      const schema = validateSchema(source.data);
      if (schema.findings.length) return; // e.g. parity 0 with data 1 is fine, but some combinations are not
      const { model, findings } = buildModel(schema.spec);
      if (findings.length) return;
      const r = await evaluatePolicies(model, source, { today: TODAY });
      judged++;
      const lines = text.split('\n').length;
      for (const d of r.diagnostics) {
        expect(r.rulesEvaluated).toContain(d.rule);
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.line).toBeLessThanOrEqual(lines);
        expect(d.message.length).toBeGreaterThan(10);
      }
    }), { numRuns: 150, seed: 20260115 });
    // most generated clusters must reach the policy, or the property proves little
    expect(judged).toBeGreaterThan(100);
  }, 120_000);
});
