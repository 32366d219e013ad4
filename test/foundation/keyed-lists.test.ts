// Every keyed list is unique (VEIL-MODEL-004, at the later entry), names veilc
// derives from list entries collide like names, and the table of keyed lists
// covers every list the schema can hold.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../compiler/diagnostics/diagnostic.ts';
import { slug } from '../../compiler/emit/runbooks/markdown.ts';
import { itemsOf, NAMESPACES, repeatedKeys, UNKEYED } from '../../compiler/model/keyed-lists.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';
import { SCHEMA_FILE } from '../../scripts/gen-types.ts';
import { runCli } from '../cli/run-cli.ts';
import { rawSpec } from '../fixtures/fixtures.ts';
import { VEIL_SPEC, writeTemp } from './helpers.ts';

const veil = readFileSync(VEIL_SPEC, 'utf8');

/** veil.spec.yaml with one unique snippet replaced. */
function edit(from: string, to: string): string {
  expect(veil.split(from).length, `snippet must occur once: ${from}`).toBe(2);
  return veil.replace(from, to);
}

/** `compile` in-process: exit code and findings; it must never end in an internal error. */
async function compile(text: string): Promise<{ code: number; findings: Diagnostic[] }> {
  const spec = writeTemp(text);
  const r = await runCli(['compile', '--spec', spec, '--out', `${spec}.out`, '--format', 'json']);
  expect(r.stderr).not.toMatch(/internal error/);
  return { code: r.code, findings: (JSON.parse(r.stdout) as { findings: Diagnostic[] }).findings };
}

const lineOf = (text: string, needle: string, nth = 1): number => {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  expect(at, `occurrence ${nth} of ${needle}`).toBeGreaterThanOrEqual(0);
  return text.slice(0, at).split('\n').length;
};

describe('a repeated key is denied at the later entry, and compile stops there (no crash)', () => {
  // name, edited spec, path of the finding, the text on its line (which occurrence)
  const cases: [string, string, string, string, number][] = [
    ['two hosts named nas', edit('  - name: hive\n', '  - name: nas\n    address: 192.168.0.171\n  - name: nas\n    address: 192.168.0.172\n  - name: hive\n'), 'hosts[2].name', '- name: nas', 2],
    ['two nodes named meteor-2 with different addresses', edit('  - name: meteor-3\n', '  - name: meteor-2\n    address: 192.168.0.204\n    role: agent\n  - name: meteor-3\n'), 'nodes[2].name', '- name: meteor-2', 2],
    ['a host and a node with one name', edit('  - name: hive\n    address: 192.168.0.170', '  - name: meteor-1\n    address: 192.168.0.170'), 'nodes[0].name', '- name: meteor-1', 2],
    ['two pools named lan', edit('    - name: default\n      range: 192.168.0.220-192.168.0.239\n      mode: l2\n', '    - name: lan\n      range: 192.168.0.220-192.168.0.229\n    - name: lan\n      range: 192.168.0.230-192.168.0.239\n'), 'loadBalancer.pools[1].name', '- name: lan', 2],
    ['two BGP peers named edge', edit('      mode: l2\n', '      mode: l2\n  bgp:\n    myASN: 64512\n    peers:\n      - { name: edge, address: 192.168.0.1, peerASN: 64513 }\n      - { name: edge, address: 192.168.0.2, peerASN: 64514 }\n'), 'loadBalancer.bgp.peers[1].name', '{ name: edge', 2],
    ['a node twice among a BGP peer\'s nodes', edit('      mode: l2\n', '      mode: l2\n  bgp:\n    myASN: 64512\n    peers:\n      - { name: edge, address: 192.168.0.1, peerASN: 64513, nodes: [meteor-1, meteor-2, meteor-1] }\n'), 'loadBalancer.bgp.peers[0].nodes[2]', '{ name: edge', 1],
    ['two server pools named p2', edit('  nodes: [meteor-1, meteor-2, meteor-3]\n', '  nodes: [meteor-1, meteor-2, meteor-3]\n  pools:\n    - { name: p2, erasure: { data: 4 }, servers: 3, drivesPerServer: 2, driveSize: 125Gi, nodes: [meteor-1, meteor-2, meteor-3] }\n    - { name: p2, erasure: { data: 2 }, servers: 2, drivesPerServer: 2, driveSize: 250Gi, nodes: [meteor-1, meteor-2] }\n'), 'objectStore.pools[1].name', '{ name: p2', 2],
    ['a node twice in a server pool', edit('  nodes: [meteor-1, meteor-2, meteor-3]\n', '  nodes: [meteor-1, meteor-2, meteor-3]\n  pools:\n    - { name: p2, erasure: { data: 4 }, servers: 3, drivesPerServer: 2, driveSize: 125Gi, nodes: [meteor-3, meteor-2, meteor-3] }\n'), 'objectStore.pools[0].nodes[2]', '{ name: p2', 1],
    ['two zones lab.home.arpa with different records', edit('  filtering:\n', '    - name: lab.home.arpa\n      records: [{ name: a, address: 192.168.0.50 }]\n    - name: lab.home.arpa\n      records: [{ name: b, address: 192.168.0.51 }]\n  filtering:\n'), 'dns.zones[3].name', 'name: lab.home.arpa', 2],
    ['a zone named like the reverse zone veilc writes', edit('  filtering:\n', '    - name: 0.168.192.in-addr.arpa\n      records: []\n  filtering:\n'), 'dns.zones[2].name', 'name: 0.168.192.in-addr.arpa', 1],
    ['zones whose names differ only in dots (one runbook anchor)', edit('  filtering:\n', '    - name: homearpa\n      records: []\n  filtering:\n'), 'dns.zones[2].name', 'name: homearpa', 1],
    ['two block lists named ads', edit('    - name: stevenblack\n      format: hosts\n', '    - name: ads\n      url: https://example.org/a.txt\n    - name: ads\n      url: https://example.org/b.txt\n    - name: stevenblack\n      format: hosts\n'), 'dns.filtering[1].name', '- name: ads', 2],
    ['a block list whose RPZ zone is a declared zone', edit('  filtering:\n', '    - name: ads.rpz\n      records: []\n  filtering:\n    - name: ads\n      url: https://example.org/a.txt\n'), 'dns.filtering[0].name', '- name: ads', 2],
    ['the same record twice in one zone', edit('        - { name: s3, target: ingress }\n', '        - { name: s3, target: ingress }\n        - { name: s3, target: ingress }\n'), 'dns.zones[0].records[5].name', '{ name: s3, target: ingress }', 2],
    ['two receivers named "null"', edit('      - name: hive-webhook\n', '      - name: "null"\n      - name: hive-webhook\n'), 'monitoring.alertmanager.receivers[1].name', '- name: "null"', 2],
    ['a group_by label twice', edit('groupBy: [alertname, namespace]', 'groupBy: [alertname, namespace, alertname]'), 'monitoring.alertmanager.route.groupBy[2]', 'groupBy:', 1],
    ['two remote-write targets named lts', edit('    walCompression: true\n', '    walCompression: true\n    remoteWrite:\n      - { name: lts, url: "http://hive.home.arpa:8428/api/v1/write" }\n      - { name: lts, url: "http://hive.home.arpa:9009/api/v1/push" }\n'), 'monitoring.prometheus.remoteWrite[1].name', '{ name: lts', 2],
    ['a bucket twice', edit('    - name: scratch\n', '    - name: scratch\n    - name: backups\n'), 'objectStore.buckets[2].name', '- name: backups', 2],
    ['a node twice in objectStore.nodes', edit('nodes: [meteor-1, meteor-2, meteor-3]', 'nodes: [meteor-1, meteor-2, meteor-3, meteor-1]'), 'objectStore.nodes[3]', 'nodes: [meteor-1', 1],
    ['a StorageClass twice', edit('storageClasses: [local-path]', 'storageClasses: [local-path, nfs, local-path]'), 'storageClasses[2]', 'storageClasses:', 1],
    ['a host role twice', edit('roles: [dns]', 'roles: [dns, nas, dns]'), 'hosts[0].roles[2]', 'roles: [dns', 1],
    ['two waivers of one rule at one path', edit('waivers: []', 'waivers:\n  - { rule: VEIL-LIFECYCLE-001, path: ingress.controller, reason: migration planned in Q1, expires: 2027-03-31 }\n  - { rule: VEIL-LIFECYCLE-001, path: ingress.controller, reason: migration planned in Q2, expires: 2027-06-30 }'), 'waivers[1]', 'rule: VEIL-LIFECYCLE-001', 2],
  ];
  it.each(cases)('%s', async (_name, text, path, needle, nth) => {
    const r = await compile(text);
    expect(r.code).toBe(1);
    expect(r.findings.map((d) => ({ rule: d.rule, path: d.path, line: d.line }))).toEqual([{ rule: 'VEIL-MODEL-004', path, line: lineOf(text, needle, nth) }]);
    expect(r.findings[0]!.hint).toBeTruthy();
    expect(r.findings[0]!.message).toMatch(/must be unique/);
  });

  it('Alertmanager\'s refusal is named in the receiver hint', async () => {
    const r = await compile(edit('      - name: hive-webhook\n', '      - name: "null"\n      - name: hive-webhook\n'));
    expect(r.findings[0]!.hint).toContain('notification config name is not unique');
  });

  it('an entry is reported once, in the first namespace it collides in', async () => {
    // an exact repeat of a zone also collides as an Unbound zone and as a heading anchor
    const r = await compile(edit('  filtering:\n', '    - name: home.arpa\n      records: []\n  filtering:\n'));
    expect(r.findings.map((d) => d.path)).toEqual(['dns.zones[2].name']);
    expect(r.findings[0]!.message).toContain('DNS zone name');
  });

  it('distinct names pass: veil.spec.yaml and the nimbus fixture have no repeats', () => {
    for (const fixture of ['veil', 'nimbus'] as const) {
      const { spec, findings } = validateSchema(rawSpec(fixture));
      expect(findings).toEqual([]);
      expect(repeatedKeys(spec)).toEqual([]);
    }
  });

  it('a list of values is a set of its own: two hosts may both serve DNS, two peers and two pools may share nodes', () => {
    const raw = rawSpec('veil');
    raw.hosts[1].roles = ['dns', 'workstation'];
    raw.loadBalancer.bgp = { myASN: 64512, peers: [{ name: 'a', address: '192.168.0.1', peerASN: 64513, nodes: ['meteor-1'] }, { name: 'b', address: '192.168.0.2', peerASN: 64514, nodes: ['meteor-1'] }] };
    raw.objectStore.pools = [{ name: 'p2', erasure: { data: 4 }, servers: 3, drivesPerServer: 2, driveSize: '125Gi', nodes: ['meteor-1', 'meteor-2', 'meteor-3'] }];
    const { spec, findings } = validateSchema(raw);
    expect(findings).toEqual([]);
    expect(repeatedKeys(spec)).toEqual([]);
  });

  it('a round-robin name (one name, two addresses) is not a repeated record: that is VEIL-DNS-002\'s question', async () => {
    const r = await compile(edit('        - { name: hive, target: host/hive }\n', '        - { name: hive, target: host/hive }\n        - { name: hive, address: 192.168.0.171 }\n'));
    expect(r.findings.map((d) => d.rule)).not.toContain('VEIL-MODEL-004');
  });
});

describe('the table covers every list of the schema', () => {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, any>;
  /** Every array in the schema, as a list pattern (`dns.zones[].records`), with its item schema. */
  function arrays(): { list: string; node: Record<string, any> }[] {
    const out: { list: string; node: Record<string, any> }[] = [];
    const resolve = (s: Record<string, any>) => (s.$ref ? schema.$defs[s.$ref.replace('#/$defs/', '')] : s);
    const walk = (raw: Record<string, any>, at: string) => {
      const s = resolve(raw);
      if (s.type === 'array') {
        out.push({ list: at, node: s });
        walk(s.items ?? {}, `${at}[]`);
      }
      for (const [k, v] of Object.entries<Record<string, any>>(s.properties ?? {})) walk(v, at ? `${at}.${k}` : k);
      for (const v of [...(s.oneOf ?? []), ...(s.anyOf ?? []), ...(s.allOf ?? [])]) walk(v, at);
    };
    walk(schema, '');
    return out;
  }
  const keyed = new Map(NAMESPACES.flatMap((ns) => ns.members.map((m) => [m.list, m] as const)));
  const unkeyed = new Set(UNKEYED.map((u) => u.list));

  it('finds the lists (the walk is not vacuous)', () => {
    expect(arrays().map((a) => a.list)).toEqual(expect.arrayContaining(['hosts', 'nodes', 'dns.zones[].records', 'monitoring.alertmanager.route.routes[].matchers', 'waivers']));
  });

  it('every array in the schema is keyed in a namespace or listed as unkeyed with a reason', () => {
    const undecided = arrays().map((a) => a.list).filter((l) => !keyed.has(l) && !unkeyed.has(l));
    expect(undecided, 'add each to compiler/model/keyed-lists.ts: a namespace member or UNKEYED').toEqual([]);
    for (const u of UNKEYED) expect(u.why.length).toBeGreaterThan(20);
  });

  it('every list of objects with a `name` is keyed by that name', () => {
    const named = arrays().filter((a) => a.node.items?.properties?.name).map((a) => a.list);
    expect(named.length).toBeGreaterThanOrEqual(9);
    for (const l of named) expect(keyed.get(l)?.field, l).toBe('name');
  });

  it('a `uniqueItems` list (the editor hint) is keyed by its items, so editor and veilc agree', () => {
    for (const a of arrays().filter((x) => x.node.uniqueItems)) expect(keyed.get(a.list)?.field, a.list).toBeUndefined();
    for (const a of arrays().filter((x) => x.node.uniqueItems)) expect(keyed.has(a.list), a.list).toBe(true);
  });

  it('every table entry names a list the schema has (no stale entries)', () => {
    const lists = new Set(arrays().map((a) => a.list));
    for (const l of [...keyed.keys(), ...unkeyed]) expect(lists.has(l), l).toBe(true);
  });

  it('itemsOf expands `[]` over every enclosing item', () => {
    const data = { dns: { zones: [{ records: [1, 2] }, { records: [3] }, {}] } };
    expect(itemsOf(data, 'dns.zones[].records')).toEqual([
      { item: 1, path: ['dns', 'zones', 0, 'records', 0] }, { item: 2, path: ['dns', 'zones', 0, 'records', 1] }, { item: 3, path: ['dns', 'zones', 1, 'records', 0] },
    ]);
  });
});

describe('the derived zone-anchor key is the runbook\'s own slug', () => {
  it('property: two zone names share the key exactly when their ADDRESSING.md headings share an anchor', () => {
    const anchor = NAMESPACES.find((ns) => ns.what.includes('anchor'))!.members[0]!;
    const label = fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,5}[a-z0-9])?$/);
    const dnsName = fc.array(label, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('.'));
    const near = fc.tuple(dnsName, fc.nat()).map(([n, i]) => [n, n.replace(/\./g, '').replace(new RegExp(`^(.{${Math.min(i % 4, n.replace(/\./g, '').length)}})`), '$1.').replace(/^\.|\.$/g, '').replace(/\.\./g, '.')] as const);
    fc.assert(fc.property(fc.oneof(fc.tuple(dnsName, dnsName), near), ([a, b]) => {
      const sameKey = anchor.key({ name: a }, []) === anchor.key({ name: b }, []);
      expect(sameKey).toBe(slug(`Zone ${a}`) === slug(`Zone ${b}`));
    }), { numRuns: 500 });
  });
});
