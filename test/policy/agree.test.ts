// The same input through native OPA (`opa eval` on the Rego sources) and
// through the committed Wasm must give the same findings: the Wasm build
// (capabilities, compile-time metadata, sprintf in JS) changes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../compiler/load/load-spec.ts';
import { buildModel } from '../../compiler/model/build-model.ts';
import { loadPolicyEngine } from '../../compiler/policy/engine.ts';
import { policyInput } from '../../compiler/policy/input.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';
import { describeWithOpa, edit, FIXTURES, opa, ROOT, TODAY, VEIL, writeTemp } from './helpers.ts';

const specs: [string, string][] = [
  ['veil.spec.yaml', VEIL],
  ['nimbus', readFileSync(join(ROOT, 'test/fixtures/nimbus.spec.yaml'), 'utf8')],
  ...['option-a-4x1', 'option-a-3x2', 'five-drives', 'plan-as-written'].map((n): [string, string] => [n, readFileSync(join(FIXTURES, `${n}.spec.yaml`), 'utf8')]),
  ['many findings and waivers', edit(
    ['    address: 192.168.0.170                # example', '    address: 192.168.0.120'],
    ['        - { name: grafana, target: ingress }\n', ''],
    ['    nodeFailures: 1', '    nodeFailures: 2'],
    ['    walCompression: true', '    walCompression: false'],
    ['  server: skaia', '  server: nas'],
    ['https://raw.githubusercontent.com/StevenBlack/hosts/master/hosts', 'https://me:pw@lists.example.org/hosts?token=abcdef'],
    ['waivers: []', 'waivers:\n  - { rule: VEIL-NET-011, path: "hosts[1].address", reason: reserved on the router, expires: 2026-06-30 }\n  - { rule: VEIL-MON-003, path: "", reason: testing the WAL without compression, expires: 2025-12-31 }\n  - { rule: VEIL-DNS-002, path: "", reason: nothing to waive here, expires: 2026-06-30 }'],
  )],
];

const canonical = (fs: unknown[]) => fs.map((f) => JSON.stringify(f, Object.keys(f as object).sort())).sort();

describeWithOpa()('native OPA and the Wasm agree', () => {
  it.each(specs)('%s', async (_, text) => {
    const src = loadSpec(writeTemp(text));
    const { model } = buildModel(validateSchema(src.data).spec);
    const input = policyInput(model, TODAY);
    const wasm = (await loadPolicyEngine()).findings(input);
    const native = JSON.parse(opa(['eval', '--format', 'json', '--data', 'policies/veil', '--stdin-input', 'data.veil.findings'], JSON.stringify(input)));
    const nativeFindings = native.result[0].expressions[0].value as unknown[];
    expect(wasm.length).toBeGreaterThan(0);
    expect(canonical(wasm)).toEqual(canonical(nativeFindings));
  }, 60_000);

  it('agree on the rule catalog', async () => {
    const native = JSON.parse(opa(['eval', '--format', 'json', '--data', 'policies/veil', 'data.veil.rules']));
    expect((await loadPolicyEngine()).catalog).toEqual(native.result[0].expressions[0].value);
  });
});

describe('the many-findings spec really exercises the waivers', () => {
  it('has waived, expired and unmatched waivers', async () => {
    const src = loadSpec(writeTemp(specs[specs.length - 1]![1]));
    const { model } = buildModel(validateSchema(src.data).spec);
    const fs = (await loadPolicyEngine()).findings(policyInput(model, TODAY));
    expect(fs.filter((f) => f.waived).map((f) => f.rule)).toEqual(['VEIL-NET-011']);
    expect(fs.map((f) => f.rule)).toEqual(expect.arrayContaining(['VEIL-WAIVER-001', 'VEIL-WAIVER-002', 'VEIL-MON-003', 'VEIL-SECRET-001', 'VEIL-SECRET-002', 'VEIL-DNS-004', 'VEIL-DNS-005', 'VEIL-MINIO-003']));
  });
});
