import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../compiler/diagnostics/diagnostic.ts';
import { toGithubAnnotations } from '../../compiler/report/github.ts';
import { toJunit } from '../../compiler/report/junit.ts';
import { toSarif } from '../../compiler/report/sarif.ts';
import { formatDiagnostic, pickStyle } from '../../compiler/report/text.ts';
import { sarifValidator } from './sarif-schema.ts';

const cwd = '/repo';
const diag = (over: Partial<Diagnostic> = {}): Diagnostic => ({
  rule: 'VEIL-MINIO-001', severity: 'deny', message: '5 drives cannot form EC(4,2), 100% sure', path: 'objectStore.erasure',
  file: '/repo/veil.spec.yaml', line: 12, column: 3, endLine: 12, endColumn: 30, hint: 'use 6 drives, or EC(3,2)', ...over,
});

describe('SARIF', () => {
  const validate = sarifValidator();
  it('validates against the SARIF 2.1.0 schema, with regions on the spec line', () => {
    const log = JSON.parse(toSarif([diag(), diag({ rule: 'VEIL-ETCD-002', severity: 'warn', line: 30, waived: { reason: 'accepted for now', expires: '2027-01-01' } })], { version: '0.1.0', rules: ['VEIL-NET-001'], cwd, root: cwd }));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const [first, second] = log.runs[0].results;
    expect(first.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'veil.spec.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 12, startColumn: 3, endLine: 12, endColumn: 30 } });
    expect(first.level).toBe('error');
    expect(second.level).toBe('warning');
    expect(second.suppressions[0].status).toBe('accepted');
    expect(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['VEIL-ETCD-002', 'VEIL-MINIO-001', 'VEIL-NET-001']);
  });
  it('carries the excerpt as the region snippet, still valid SARIF', () => {
    const log = JSON.parse(toSarif([diag({ excerpt: { text: '  erasure: { data: 4, parity: 3 }', start: 3, end: 30 } })], { version: '0.1.0', cwd }));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results[0].locations[0].physicalLocation.region.snippet).toEqual({ text: '  erasure: { data: 4, parity: 3 }' });
  });

  it('the schema check can fail', () => {
    const log = JSON.parse(toSarif([diag()], { version: '0.1.0', cwd }));
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(log)).toBe(false);
  });
});

describe('GitHub annotations', () => {
  it('one command per finding on the spec line, with escaping', () => {
    const out = toGithubAnnotations([diag({ message: 'a: b, c\nd 50%' }), diag({ severity: 'warn', rule: 'VEIL-DNS-003' }), diag({ waived: { reason: 'r', expires: '2030-01-01' } })], cwd);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('::error file=veil.spec.yaml,line=12,col=3,endLine=12,endColumn=30,title=VEIL-MINIO-001::objectStore.erasure: a: b, c%0Ad 50%25%0Ahint: use 6 drives, or EC(3,2)');
    expect(lines[1]).toMatch(/^::warning file=veil\.spec\.yaml,line=12,/);
  });
});

describe('JUnit', () => {
  it('one case per rule and check; denies fail, warnings are output, skips are skipped', () => {
    const xml = toJunit([diag(), diag({ rule: 'VEIL-ETCD-002', severity: 'warn', message: '<4 & "even">' })], ['VEIL-DNS-001', 'VEIL-ETCD-002', 'VEIL-MINIO-001'], [{ name: 'drift' }, { name: 'shellcheck', skipped: 'not installed' }, { name: 'kubeconform', failure: 'x.yaml: bad' }]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="veilc" tests="6" failures="2" errors="0">\n  <testsuite name="veilc" tests="6" failures="2" skipped="1" errors="0">/);
    expect(xml).toContain('<testcase classname="veilc.policy.DNS" name="VEIL-DNS-001"></testcase>');
    expect(xml).toContain('<failure message="5 drives cannot form EC(4,2), 100% sure" type="VEIL-MINIO-001">');
    expect(xml).toContain('&lt;4 &amp; &quot;even&quot;&gt;');
    expect(xml).toContain('<skipped message="not installed"/>');
    expect((xml.match(/<testcase /g) ?? []).length).toBe(6);
  });
});

describe('text', () => {
  it('colour only on a terminal, and never with NO_COLOR', () => {
    expect(formatDiagnostic(diag(), pickStyle({ isTTY: true }, {}))).toContain('\x1b[');
    expect(formatDiagnostic(diag(), pickStyle({ isTTY: true }, { NO_COLOR: '1' }))).not.toContain('\x1b[');
    expect(formatDiagnostic(diag(), pickStyle({ isTTY: false }, {}))).not.toContain('\x1b[');
  });
});
