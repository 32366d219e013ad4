// The committed out/flux/veil is exactly what veil.spec.yaml compiles to, and
// compiling is deterministic: same bytes on every run, LF only, a header first.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER } from '../../compiler/emit/flux/yaml.ts';
import { readTree } from '../../compiler/write/write-out.ts';
import { flux, model, ROOT } from './helpers.ts';

describe('out/flux/veil', () => {
  it('is byte-identical to what veil.spec.yaml compiles to (run `npx veilc compile` after a change)', () => {
    const compiled = flux(model('veil'));
    const committed = readTree(join(ROOT, 'out/flux/veil')).map((f) => ({ path: `flux/veil/${f.path}`, content: f.content })).sort((a, b) => (a.path < b.path ? -1 : 1));
    expect(committed.length).toBeGreaterThan(0);
    expect(committed.map((f) => f.path)).toEqual(compiled.map((f) => f.path));
    for (const f of compiled) expect(committed.find((c) => c.path === f.path)?.content, f.path).toBe(f.content);
  });
});

describe('determinism', () => {
  it('a rerun, from a freshly loaded spec, changes no byte', () => {
    const a = flux(model('veil'));
    const b = flux(model('veil'));
    expect(b).toEqual(a);
    expect(flux(model('nimbus'))).toEqual(flux(model('nimbus')));
  });

  it('every file starts with the header, uses LF only and ends with exactly one newline', () => {
    for (const f of [...flux(model('veil')), ...flux(model('nimbus'))]) {
      expect(f.content.startsWith(`${HEADER}\n`), f.path).toBe(true);
      expect(f.content, f.path).not.toMatch(/\r|\t/);
      expect(f.content.endsWith('\n') && !f.content.endsWith('\n\n'), f.path).toBe(true);
    }
  });

  it('writes no anchors or aliases, and every manifest starts apiVersion, kind, metadata (then spec)', () => {
    for (const f of flux(model('veil'))) {
      expect(f.content, f.path).not.toMatch(/[&*]a\d+\b/);
      for (const doc of f.content.split(/^---$/m)) {
        const keys = doc.split('\n').filter((l) => /^[a-zA-Z]/.test(l)).map((l) => l.split(':')[0]);
        if (f.path.endsWith('kustomization.yaml')) expect(keys.slice(0, 2), f.path).toEqual(['apiVersion', 'kind']);
        else expect(keys.slice(0, keys.includes('spec') ? 4 : 3), f.path).toEqual(['apiVersion', 'kind', 'metadata', 'spec'].slice(0, keys.includes('spec') ? 4 : 3));
      }
    }
  });
});
