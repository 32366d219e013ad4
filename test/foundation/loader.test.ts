import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../compiler/diagnostics/diagnostic.ts';
import { loadSpec, MAX_SPEC_BYTES } from '../../compiler/load/load-spec.ts';
import { MAX_SCHEMA_FINDINGS } from '../../compiler/schema/validate-schema.ts';
import { schemaDiagnostics, VEIL_SPEC, writeTemp } from './helpers.ts';

const NODE2_ADDRESS = '    address: 192.168.0.202                # example\n';

function loadError(content: string | Buffer) {
  try {
    loadSpec(writeTemp(content));
  } catch (e) {
    if (e instanceof SpecError) return e.diagnostics;
    throw e;
  }
  throw new Error('expected the loader to reject the input');
}

describe('loader: hostile input gets a placed diagnostic, never a crash', () => {
  const cases: [string, string | Buffer, string, number, number][] = [
    ['duplicate keys', 'cluster:\n  name: a\n  name: b\n', 'VEIL-LOAD-002', 3, 3],
    ['tab indentation', 'cluster:\n\tname: a\n', 'VEIL-LOAD-006', 2, 1],
    ['empty file', '', 'VEIL-LOAD-007', 1, 1],
    ['only comments', '# nothing\n# here\n', 'VEIL-LOAD-007', 1, 1],
    ['a list at the top', '- a\n- b\n', 'VEIL-LOAD-008', 1, 1],
    ['a scalar at the top', 'just words\n', 'VEIL-LOAD-008', 1, 1],
    ['unclosed quote', 'cluster:\n  name: "veil\n', 'VEIL-LOAD-001', 2, 9],
    ['non-UTF-8 bytes', Buffer.concat([Buffer.from('cluster:\n  name: v'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]), 'VEIL-LOAD-005', 2, 10],
    ['undefined alias', 'a: *nothing\n', 'VEIL-LOAD-003', 1, 4],
    ['several documents', 'a: 1\n---\nb: 2\n', 'VEIL-LOAD-001', 2, 1],
    ['a custom tag', 'cluster:\n  name: !vault veil\n', 'VEIL-LOAD-010', 2, 9],
    ['a %YAML 1.1 directive', '%YAML 1.1\n---\ncluster: { name: veil }\n', 'VEIL-LOAD-010', 1, 1],
    ['a mapping as a key', 'cluster:\n  ? { a: 1 }\n  : x\n', 'VEIL-LOAD-010', 2, 5],
  ];
  it.each(cases)('%s', (_name, content, rule, line, column) => {
    const [d] = loadError(content);
    expect(d).toMatchObject({ rule, line, column, severity: 'deny' });
    expect(d!.hint).toBeTruthy();
  });

  it('stops an alias bomb before it expands', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`l${i}: &l${i} [${Array(10).fill(i === 1 ? '*a' : `*l${i - 1}`).join(', ')}]`);
    const [d] = loadError(`${levels.join('\n')}\n`);
    expect(d!.rule).toBe('VEIL-LOAD-003');
  });

  it('refuses a file over the size limit without parsing it', () => {
    const [d] = loadError(`cluster:\n  description: "${'x'.repeat(MAX_SPEC_BYTES)}"\n`);
    expect(d!.rule).toBe('VEIL-LOAD-004');
  });

  it('lists nested thousands deep: a finding, not a stack overflow', () => {
    for (const text of [`a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`, `a: ${'{b: '.repeat(10000)}1${'}'.repeat(10000)}\n`]) {
      const [d] = loadError(text);
      expect(d).toMatchObject({ rule: 'VEIL-LOAD-001', line: 1, message: 'YAML: the spec nests lists or mappings deeper than veilc reads' });
    }
  });

  it('tens of thousands of unknown keys: the first 100 findings and a count of the rest', () => {
    const diags = schemaDiagnostics(`cluster: { name: veil }\n${Array.from({ length: 30000 }, (_, i) => `k${i}: ${i}\n`).join('')}`);
    expect(diags).toHaveLength(MAX_SCHEMA_FINDINGS + 1);
    const rest = diags.filter((d) => /^\d+ more schema errors not shown/.test(d.message));
    expect(rest).toHaveLength(1);
    expect(Number(/^(\d+)/.exec(rest[0]!.message)![1])).toBeGreaterThan(29000);
  });

  it('a key of almost 1 MB is an unknown key like any other, counted in the message, not quoted', () => {
    const diags = schemaDiagnostics(`cluster: { name: veil, ${'k'.repeat(1000000)}: 1 }\n`);
    expect(diags.map((d) => d.rule)).toEqual(expect.arrayContaining(['VEIL-SCHEMA-001']));
    const d = diags.find((x) => x.rule === 'VEIL-SCHEMA-001')!;
    expect(d.message).toBe('unknown key `… (1000000 characters)` in `cluster`');
    expect([d.line, d.column, d.endColumn]).toEqual([1, 24, 1000024]);
  });

  it('a repeated key of 100 002 characters, and a value under a long key, are counted in their messages too', () => {
    const key = 'dup'.repeat(33334);
    const repeated = loadError(`cluster: { ${key}: 1, ${key}: 2 }\n`).find((x) => x.rule === 'VEIL-LOAD-002')!;
    expect(repeated.message).toBe(`YAML: the key "… (${key.length} characters)" appears again in this mapping (first at line 1)`);
    const label = `example.org/${'a'.repeat(300)}`;
    const typed = schemaDiagnostics(readFileSync(VEIL_SPEC, 'utf8').replace(NODE2_ADDRESS, `${NODE2_ADDRESS}    labels: { ${label}: [1] }\n`));
    const where = typed.find((x) => x.rule === 'VEIL-SCHEMA-003')!;
    expect(where.message).toBe(`\`nodes[1].labels.… (${label.length} characters)\` must be a string, not a list`);
    expect(where.message.length).toBeLessThan(100);
  });

  it('thousands of repeated keys: the first 100 and a count of the rest', () => {
    const diags = loadError(`a: 0\n${'a: 1\n'.repeat(5000)}`);
    expect(diags).toHaveLength(101);
    expect(diags.every((d) => d.rule === 'VEIL-LOAD-002')).toBe(true);
    expect(diags.filter((d) => /^4900 more repeated keys not shown/.test(d.message))).toHaveLength(1);
  });

  it('reports every YAML error at once, not only the first', () => {
    const diags = loadError('a: 1\na: 2\nb: 1\nb: 2\n');
    expect(diags.map((d) => [d.rule, d.line])).toEqual([['VEIL-LOAD-002', 2], ['VEIL-LOAD-002', 4]]);
  });

  it('wrong types are schema errors at the value', () => {
    const diags = schemaDiagnostics('cluster: veil\nnetwork: { cidr: 10.0.0.0/8, gateway: 10.0.0.1 }\nnodes: []\n');
    expect(diags.map((d) => [d.rule, d.path, d.line, d.column])).toEqual([
      ['VEIL-SCHEMA-003', 'cluster', 1, 10],
      ['VEIL-SCHEMA-006', 'nodes', 3, 8],
    ]);
  });
});

describe('source positions', () => {
  it('maps a spec path to its value and a missing key to its parent', () => {
    const src = loadSpec(VEIL_SPEC);
    const lines = src.text.split('\n');
    const at = (path: (string | number)[]) => src.lines.linePos(src.locate(path).start);
    const ingress = at(['ingress', 'address']);
    expect(lines[ingress.line - 1]!.slice(ingress.col - 1)).toMatch(/^192\.168\.0\.220/);
    const drive = at(['objectStore', 'driveSize']);
    expect(lines[drive.line - 1]).toContain('driveSize: 125Gi');
    const missing = at(['objectStore', 'noSuchKey']);
    expect(lines[missing.line - 1]).toMatch(/^\s+kind: minio/);
  });
  it('places a syntax error after a multi-line plain scalar on its own line (the line index counts every newline)', () => {
    // the yaml package's LineCounter, which the slow path used before, skips newlines it meets
    // while recovering from an error: "address" was reported one line up, on "for the LAN."
    const text = 'cluster:\n  name: veil\n ]\nhosts:\n  - name: skaia\n    description: Unbound resolver\n      for the LAN.\n    address: 1.2.3.4\n';
    let thrown: unknown;
    try { loadSpec(writeTemp(text)); } catch (e) { thrown = e; }
    expect(thrown).toBeInstanceOf(SpecError);
    const d = (thrown as SpecError).diagnostics.find((x) => x.message.includes('"address"'))!;
    expect([d.line, d.column]).toEqual([8, 5]);
    expect(text.split('\n')[d.line - 1]!.slice(d.column - 1)).toMatch(/^address: 1\.2\.3\.4/);
  });
});
