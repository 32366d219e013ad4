import { describe, expect, it } from 'vitest';
import { SpecError } from '../../compiler/diagnostics/diagnostic.ts';
import { loadSpec, MAX_SPEC_BYTES } from '../../compiler/load/load-spec.ts';
import { schemaDiagnostics, VEIL_SPEC, writeTemp } from './helpers.ts';

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
});
