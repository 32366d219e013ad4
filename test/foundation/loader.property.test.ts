// Property: whatever bytes arrive, the loader and schema stages answer with
// placed diagnostics or a valid spec; they never crash or hang.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../compiler/diagnostics/diagnostic.ts';
import { loadSpec } from '../../compiler/load/load-spec.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';
import { VEIL_SPEC, writeTemp } from './helpers.ts';

const veilLines = readFileSync(VEIL_SPEC, 'utf8').split('\n');

function outcome(content: string | Uint8Array): 'ok' | 'diagnostics' {
  const file = writeTemp(Buffer.from(content));
  try {
    const src = loadSpec(file);
    const { findings } = validateSchema(src.data);
    for (const f of findings) expect(f.rule).toMatch(/^VEIL-SCHEMA-\d{3}$/);
    return findings.length ? 'diagnostics' : 'ok';
  } catch (e) {
    if (!(e instanceof SpecError)) throw e;
    expect(e.diagnostics.length).toBeGreaterThan(0);
    for (const d of e.diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.rule).toMatch(/^VEIL-LOAD-\d{3}$/);
    }
    return 'diagnostics';
  }
}

/** Edits of the real spec: the near misses people actually make. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), line: fc.nat(veilLines.length - 1) }),
  fc.record({ kind: fc.constant('duplicate' as const), line: fc.nat(veilLines.length - 1) }),
  fc.record({ kind: fc.constant('insert' as const), line: fc.nat(veilLines.length - 1), col: fc.nat(80), text: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(veilLines.length - 1), by: fc.integer({ min: -4, max: 4 }) }),
);

interface Mutation { kind: 'delete' | 'duplicate' | 'insert' | 'indent'; line: number; col?: number; text?: string; by?: number }

function applyMutations(muts: Mutation[]): string {
  const lines = [...veilLines];
  for (const m of muts) {
    const i = Math.min(m.line, lines.length - 1);
    const l = lines[i] ?? '';
    if (m.kind === 'delete') lines.splice(i, 1);
    else if (m.kind === 'duplicate') lines.splice(i, 0, l);
    else if (m.kind === 'insert') lines[i] = l.slice(0, m.col) + m.text + l.slice(m.col);
    else lines[i] = m.by! > 0 ? ' '.repeat(m.by!) + l : l.replace(new RegExp(`^ {0,${-m.by!}}`), '');
  }
  return lines.join('\n');
}

describe('loader and schema never crash', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => { outcome(s); }), { numRuns: 300 });
  });
  it('on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (b) => { outcome(b); }), { numRuns: 300 });
  });
  it('on YAML-shaped noise', () => {
    const token = fc.constantFrom('a', ':', ' ', '  ', '\n', '-', '[', ']', '{', '}', '&x', '*x', '!!str', '"', "'", '#', '\t', '? ', '|', '>', '0x1', '~', 'null', '1e9');
    fc.assert(fc.property(fc.array(token, { maxLength: 80 }), (t) => { outcome(t.join('')); }), { numRuns: 500 });
  });
  it('on near-miss edits of veil.spec.yaml', () => {
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (muts) => { outcome(applyMutations(muts)); }), { numRuns: 300 });
  });
});
