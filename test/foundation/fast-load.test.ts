// The fast loader (js-yaml events) must agree with the `yaml` package on
// everything it accepts: the same data, and every node at the same place.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../compiler/diagnostics/diagnostic.ts';
import { fastLoad, locateIn, type PositionIndex } from '../../compiler/load/fast-load.ts';
import { loadSlowly } from '../../compiler/load/load-spec.ts';
import { VEIL_SPEC } from './helpers.ts';

const veil = readFileSync(VEIL_SPEC, 'utf8');

/** Every path to a value in plain data. */
function paths(data: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(data)) data.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (data && typeof data === 'object') for (const [k, v] of Object.entries(data)) out.push(...paths(v, [...at, k]));
  return out;
}

/** Nodes in a position index: the root and every node below it. */
function indexedNodes(index: PositionIndex): number {
  const count = (node: PositionIndex['root']): number => {
    const c = node.children;
    return 1 + (c ? [...c.values()].reduce((n, child) => n + count(child), 0) : 0);
  };
  return count(index.root);
}

function agree(text: string): 'fast' | 'slow-only' {
  const fast = fastLoad(text);
  if (!fast) return 'slow-only';
  let slow;
  try {
    slow = loadSlowly('spec.yaml', text);
  } catch (e) {
    if (e instanceof SpecError) throw new Error(`fast path accepted what the yaml package rejects: ${e.diagnostics.map((d) => d.message).join('; ')}\n${text}`);
    throw e;
  }
  expect(fast.data).toEqual(slow.data);
  for (const p of paths(fast.data)) {
    expect(fast.lines.linePos(locateIn(fast.index, p).start), `value of ${p.join('.')}`).toEqual(slow.lines.linePos(slow.locate(p).start));
    if (p.length && typeof p[p.length - 1] === 'string') {
      expect(fast.lines.linePos(locateIn(fast.index, p, true).start), `key of ${p.join('.')}`).toEqual(slow.lines.linePos(slow.locate(p, true).start));
    }
  }
  return 'fast';
}

describe('fast loader', () => {
  it('takes veil.spec.yaml, with the same data and positions as the yaml package', () => {
    expect(agree(veil)).toBe('fast');
    expect(indexedNodes(fastLoad(veil)!.index)).toBeGreaterThan(150);
  });

  it('refuses what needs the precise slow path', () => {
    for (const text of [': 1\n', 'a: 1\n~: 2\n', 'a:\n', 'a: [x, y: ]\n', 'a: { n, b: 1 }\n', 'a: 1\na: 2\n', 'a: &x 1\nb: *x\n', '- 1\n', 'a: [1\n', '', 'a: 1\n---\nb: 2\n', 'a:\n\tb: 1\n']) {
      expect(fastLoad(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  it('points a missing key at its parent and an unknown key at the key', () => {
    const f = fastLoad('a:\n  b: 1\n  c: "x"\n')!;
    expect(locateIn(f.index, ['a', 'zzz'])).toEqual(locateIn(f.index, ['a']));
    expect(locateIn(f.index, ['a', 'c'])).toEqual({ start: 15, end: 18 });
    expect(locateIn(f.index, ['a', 'c'], true)).toEqual({ start: 12, end: 13 });
    expect(locateIn(f.index, ['a', 'b'])).toEqual({ start: 8, end: 9 });
    // a sequence item by its position, as a number or as decimal text
    const g = fastLoad('s:\n  - x\n  - yy\n')!;
    expect(locateIn(g.index, ['s', 1])).toEqual({ start: 13, end: 15 });
    expect(locateIn(g.index, ['s', '1'])).toEqual(locateIn(g.index, ['s', 1]));
    expect(locateIn(g.index, ['s', '01'])).toEqual(locateIn(g.index, ['s']));
    expect(locateIn(g.index, ['s', 2])).toEqual(locateIn(g.index, ['s']));
  });

  it('keeps a key holding NUL (or any character) one segment: no clash with the path it would spell when joined', () => {
    const f = fastLoad('x:\n  b: 1\n"x\\0b": 22\n')!;
    expect(f.data).toEqual({ x: { b: 1 }, 'x\u0000b': 22 });
    expect(locateIn(f.index, ['x', 'b'])).toEqual({ start: 8, end: 9 });
    expect(locateIn(f.index, ['x\u0000b'])).toEqual({ start: 18, end: 20 });
    expect(locateIn(f.index, ['x\u0000b'], true)).toEqual({ start: 10, end: 16 });
  });

  it('property: agrees with the yaml package on near-miss edits of veil.spec.yaml', () => {
    const lines = veil.split('\n');
    const edit = fc.record({ line: fc.nat(lines.length - 1), col: fc.nat(60), text: fc.constantFrom('', ' ', '  ', '"', "'", '#', '- ', ': ', 'x', '{', '}', '[', ']', ',', '0x1F', '0o17', '~', 'null', 'true', 'yes', '1e3', '.inf', '2027-03-31', '"a\\tb"') });
    let fast = 0;
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
      const l = [...lines];
      for (const e of edits) l[e.line] = l[e.line]!.slice(0, e.col) + e.text + l[e.line]!.slice(e.col);
      if (agree(l.join('\n')) === 'fast') fast++;
    }), { numRuns: Number(process.env.VEILC_PROPERTY_RUNS ?? 300) });
    expect(fast).toBeGreaterThan(50); // the property exercised the fast path, not only the fallback
  });
});
