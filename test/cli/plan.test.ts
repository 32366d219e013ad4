// `veilc plan` as terraform users expect it: value-level diffs per resource,
// record and runbook section, the spec's findings shown, and
// --detailed-exitcode (0 no change, 1 error or deny, 2 changes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldChanges } from '../../compiler/diff/field-changes.ts';
import { lineChanges, showValue } from '../../compiler/gate/plan-values.ts';
import { ROOT, VEIL_SPEC, writeTemp } from '../foundation/helpers.ts';
import { runCli } from './run-cli.ts';

const veil = readFileSync(VEIL_SPEC, 'utf8');
const OUT = join(ROOT, 'out');

describe('plan values', () => {
  it('fields: changed, added and removed leaves with their paths; equal values are silent', () => {
    expect(fieldChanges(
      { spec: { replicas: 3, ports: [80, 443], labels: { 'app.kubernetes.io/name': 'a' }, gone: true } },
      { spec: { replicas: 4, ports: [80, 8443, 9000], labels: { 'app.kubernetes.io/name': 'a' } } },
    )).toEqual([
      { path: 'spec.gone', before: true },
      { path: 'spec.ports[1]', before: 443, after: 8443 },
      { path: 'spec.ports[2]', after: 9000 },
      { path: 'spec.replicas', before: 3, after: 4 },
    ]);
    expect(fieldChanges({ metadata: { annotations: { 'metallb.io/ip': '10.0.0.1' } } }, { metadata: { annotations: { 'metallb.io/ip': '10.0.0.2' } } }))
      .toEqual([{ path: 'metadata.annotations["metallb.io/ip"]', before: '10.0.0.1', after: '10.0.0.2' }]);
    expect(fieldChanges({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
  });

  it('lines: only what one side has, blank lines left out, capped with a count', () => {
    expect(lineChanges('a\nb\n\nc', 'a\nB\n\nc\nd')).toEqual({ removed: ['b'], added: ['B', 'd'], more: 0 });
    const many = lineChanges(Array.from({ length: 20 }, (_, i) => `old ${i}`).join('\n'), Array.from({ length: 20 }, (_, i) => `new ${i}`).join('\n'));
    expect(many.removed.length + many.added.length).toBe(12);
    expect(many.more).toBe(28);
  });

  it('values print as JSON, long ones cut in the middle', () => {
    expect(showValue('125Gi')).toBe('"125Gi"');
    expect(showValue({ a: 1 })).toBe('{"a":1}');
    const long = showValue('x'.repeat(200));
    expect(long.length).toBe(80);
    expect(long).toContain('…');
  });
});

describe('veilc plan', () => {
  const changed = veil.replace('driveSize: 125Gi', 'driveSize: 150Gi').replace('address: 192.168.0.170                # example', 'address: 192.168.0.171');

  it('text: old -> new per field, per record and per runbook line, and the findings', async () => {
    const r = await runCli(['plan', '--spec', writeTemp(changed), '--out', OUT]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${OUT}/flux/veil/platform/storage/minio-statefulset.yaml\n  ~ StatefulSet minio/minio\n      ~ spec.volumeClaimTemplates[0].spec.resources.requests.storage: "125Gi" -> "150Gi"\n`);
    expect(r.stdout).toContain('  ~ record hive A\n      ~ rdata: "192.168.0.170" -> "192.168.0.171"\n');
    expect(r.stdout).toContain('  + record 171 PTR hive.home.arpa.\n  - record 170 PTR hive.home.arpa.\n');
    expect(r.stdout).toMatch(/~ section "Topology"\n(?: {6}[-+] .*\n)*? {6}\+ \| Raw capacity \| 900 GiB \|\n/);
    expect(r.stdout).toMatch(/^\S+:\d+:\d+ warn VEIL-LIFECYCLE-001 /m);
    expect(r.stdout).toMatch(/\d+ change\(s\) in \d+ file\(s\): \d+ to add, \d+ to change, \d+ to remove/);
  });

  it('json: the same fields with before and after, and the findings with their summary', async () => {
    const r = await runCli(['plan', '--spec', writeTemp(changed), '--out', OUT, '--format', 'json']);
    const j = JSON.parse(r.stdout);
    const sts = j.changes.find((c: { item: string }) => c.item === 'StatefulSet minio/minio');
    expect(sts.fields).toContainEqual({ path: 'spec.volumeClaimTemplates[1].spec.resources.requests.storage', before: '125Gi', after: '150Gi' });
    expect(j.findings.map((f: { rule: string }) => f.rule)).toContain('VEIL-LIFECYCLE-001');
    expect(j.summary).toMatchObject({ deny: 0, warn: expect.any(Number), rulesEvaluated: expect.any(Number) });
  });

  it('--detailed-exitcode: 0 up to date, 2 with changes, 1 on a deny or an error; without it, changes exit 0', async () => {
    expect((await runCli(['plan', '--spec', VEIL_SPEC, '--out', OUT, '--detailed-exitcode'])).code).toBe(0);
    expect((await runCli(['plan', '--spec', writeTemp(changed), '--out', OUT, '--detailed-exitcode'])).code).toBe(2);
    expect((await runCli(['plan', '--spec', writeTemp(changed), '--out', OUT])).code).toBe(0);
    const denied = writeTemp(veil.replace('    usable: 500Gi', '    usable: 900Gi'));
    expect((await runCli(['plan', '--spec', denied, '--out', OUT, '--detailed-exitcode'])).code).toBe(1);
    // usage and I/O errors are veilc's 2, terraform's 1: with the flag, 2 means changes only
    expect((await runCli(['plan', '--spec', '/nonexistent/veil.spec.yaml', '--out', OUT, '--detailed-exitcode'])).code).toBe(1);
    expect((await runCli(['plan', '--spec', '/nonexistent/veil.spec.yaml', '--out', OUT])).code).toBe(2);
    expect((await runCli(['plan', '--detailed-exitcode', '--no-such-flag'])).code).toBe(1);
  });
});
