// The model's indexes that let the policy run in linear time
// (facts.network.sharedStatics, facts.dns.recordsByFqdn): right on hand-made
// cases, and equal to their plain O(n^2) statement in Rego
// (data.veil.testlib.reindex, which the Rego unit tests run on every patched
// input) on the real specs and on specs with repeats.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../compiler/load/load-spec.ts';
import { buildModel, type Model } from '../../compiler/model/build-model.ts';
import { groupBy, sharedKeys } from '../../compiler/model/group.ts';
import { policyInput } from '../../compiler/policy/input.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';
import { describeWithOpa, edit, FIXTURES, generatedSpec, opa, ROOT, TODAY, VEIL, writeTemp } from './helpers.ts';

function model(text: string): Model {
  const src = loadSpec(writeTemp(text));
  const schema = validateSchema(src.data);
  expect(schema.findings, 'the test spec must be schema-valid').toEqual([]);
  return buildModel(schema.spec).model;
}

/** veil.spec.yaml with meteor-2 on the gateway's address and meteor-3 on hive's. */
const SHARED = edit(
  ['    address: 192.168.0.202                # example', '    address: 192.168.0.1'],
  ['    address: 192.168.0.203                # example', '    address: 192.168.0.170'],
);

/** veil.spec.yaml with grafana defined three times: twice in veil.home.arpa, once from home.arpa. */
const REPEATED = edit(
  ['        - { name: prometheus, target: ingress }\n', '        - { name: grafana, target: ingress }\n'],
  ['        - { name: hive, target: host/hive }\n', '        - { name: hive, target: host/hive }\n        - { name: grafana.veil, target: ingress }\n'],
);

describe('grouping helpers', () => {
  it('groupBy keeps keys in first-seen order and values in item order', () => {
    const g = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0]!, (s, i) => `${s}@${i}`);
    expect([...g.entries()]).toEqual([['b', ['b1@0', 'b2@2']], ['a', ['a1@1', 'a2@4']], ['c', ['c1@3']]]);
  });

  it('sharedKeys lists only keys held more than once', () => {
    expect(sharedKeys(['x', 'y', 'x', 'z', 'y', 'x'], (s) => s)).toEqual([[0, 2, 5], [1, 4]]);
    expect(sharedKeys(['x', 'y', 'z'], (s) => s)).toEqual([]);
  });

  it('a key named like an Object.prototype member is an ordinary key', () => {
    expect(sharedKeys(['__proto__', 'constructor', '__proto__'], (s) => s)).toEqual([[0, 2]]);
  });
});

describe('facts.network.sharedStatics', () => {
  it('is empty for veil.spec.yaml', () => {
    expect(model(VEIL).facts.network.sharedStatics).toEqual([]);
  });

  it('groups the statics (gateway, skaia, hive, meteor-1..3) that share an address', () => {
    const net = model(SHARED).facts.network;
    expect(net.statics.map((s) => s.owner)).toEqual(['gateway', 'host/skaia', 'host/hive', 'node/meteor-1', 'node/meteor-2', 'node/meteor-3']);
    expect(net.sharedStatics).toEqual([[0, 4], [2, 5]]);
  });
});

describe('facts.dns.recordsByFqdn', () => {
  it('has every record of veil.spec.yaml under its FQDN', () => {
    const byFqdn = model(VEIL).facts.dns!.recordsByFqdn;
    expect(Object.keys(byFqdn)).toHaveLength(11);
    expect(byFqdn['grafana.veil.home.arpa']).toEqual([[0, 1]]);
    expect(byFqdn['meteor-1.home.arpa']).toEqual([[1, 1]]);
    expect(byFqdn['hive.home.arpa']).toEqual([[1, 4]]);
  });

  it('lists a repeated name at every place it is defined, in definition order', () => {
    expect(model(REPEATED).facts.dns!.recordsByFqdn['grafana.veil.home.arpa']).toEqual([[0, 1], [0, 2], [1, 5]]);
  });

  it('keeps a name Object.prototype has (a zone named constructor, its apex record) an ordinary key', () => {
    const text = edit(['  zones:\n', '  zones:\n    - name: constructor\n      records:\n        - { name: "@", address: 192.168.0.50 }\n        - { name: www, target: ingress }\n']);
    const byFqdn = model(text).facts.dns!.recordsByFqdn;
    expect(Object.keys(byFqdn).slice(0, 2)).toEqual(['constructor', 'www.constructor']);
    expect(byFqdn.constructor).toEqual([[0, 0]]);
    expect(byFqdn['grafana.veil.home.arpa']).toEqual([[1, 1]]);
    expect(JSON.parse(JSON.stringify(byFqdn)).constructor).toEqual([[0, 0]]);
  });
});

const specs: [string, string][] = [
  ['veil.spec.yaml', VEIL],
  ['nimbus', readFileSync(join(ROOT, 'test/fixtures/nimbus.spec.yaml'), 'utf8')],
  ['plan-as-written', readFileSync(join(FIXTURES, 'plan-as-written.spec.yaml'), 'utf8')],
  ['shared addresses', SHARED],
  ['repeated records', REPEATED],
  ['60 nodes', generatedSpec(60)],
];

const sortedGroups = (gs: number[][]) => gs.map((g) => JSON.stringify(g)).sort();

describeWithOpa()('the model builds the indexes the Rego reference derives', () => {
  it.each(specs)('%s', (_, text) => {
    const input = policyInput(model(text), TODAY);
    const out = JSON.parse(opa(['eval', '--format', 'json', '--data', 'policies/veil', '--stdin-input', 'data.veil.testlib.reindex(input).facts'], JSON.stringify(input)));
    const reference = out.result[0].expressions[0].value;
    expect(input.facts.dns!.recordsByFqdn).toEqual(reference.dns.recordsByFqdn);
    expect(sortedGroups(input.facts.network.sharedStatics)).toEqual(sortedGroups(reference.network.sharedStatics));
  });
});
