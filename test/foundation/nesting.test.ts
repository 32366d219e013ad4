import { describe, expect, it } from 'vitest';
import { SpecError } from '../../compiler/diagnostics/diagnostic.ts';
import { itemsOf } from '../../compiler/gate/plan.ts';
import { loadSpec } from '../../compiler/load/load-spec.ts';
import { firstTooDeep, MAX_NESTING_DEPTH } from '../../compiler/load/nesting.ts';
import { writeTemp } from './helpers.ts';

// Each builder nests `n` collections (the top-level mapping counts) and returns
// the text with the offset of collection number `k` (1-based), the one the
// measure must name when k = limit + 1.
type Built = { text: string; openingOf: (k: number) => number };
const builders: Record<string, (n: number) => Built> = {
  'flow sequences': (n) => {
    const text = `a: ${'['.repeat(n - 1)}${']'.repeat(n - 1)}\n`;
    return { text, openingOf: (k) => (k === 1 ? 0 : 3 + k - 2) };
  },
  'flow mappings': (n) => {
    const text = `a: ${'{b: '.repeat(n - 1)}1${'}'.repeat(n - 1)}\n`;
    return { text, openingOf: (k) => (k === 1 ? 0 : 3 + 4 * (k - 2)) };
  },
  'block mappings by indentation': (n) => {
    const lines = Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k${i}:`);
    const text = `${lines.join('\n')} 1\n`;
    return { text, openingOf: (k) => lines.slice(0, k - 1).reduce((at, l) => at + l.length + 1, 0) + (k - 1) };
  },
  'compact block sequences on one line': (n) => {
    const text = `a:\n  ${'- '.repeat(n - 1)}x\n`;
    return { text, openingOf: (k) => (k === 1 ? 0 : 5 + 2 * (k - 2)) };
  },
  'flow collections as keys': (n) => {
    const text = `? ${'['.repeat(n - 1)}${']'.repeat(n - 1)}\n: 1\n`;
    return { text, openingOf: (k) => (k === 1 ? 0 : 2 + k - 2) };
  },
};

describe('nesting depth is measured before anything recursive reads the text', () => {
  for (const [shape, build] of Object.entries(builders)) {
    it(`${shape}: the limit is accepted, one more is named at its opening`, () => {
      for (const limit of [3, 17]) {
        expect(firstTooDeep(build(limit).text, limit)).toBeUndefined();
        const over = build(limit + 1);
        expect(firstTooDeep(over.text, limit)).toBe(over.openingOf(limit + 1));
      }
    });
  }

  it('names the first too-deep collection in document order', () => {
    const text = `a: [[[1]]]\nb: [[[[2]]]]\nc: [[[[[3]]]]]\n`;
    expect(firstTooDeep(text, 4)).toBe(text.indexOf('[[[[2') + 3);
  });

  it('measures every document of a stream', () => {
    expect(firstTooDeep('a: 1\n---\nb: [[[1]]]\n', 3)).toBe('a: 1\n---\nb: [[['.length - 1);
  });

  it('measures fifty thousand levels, where a recursive walk would overflow the stack', () => {
    expect(firstTooDeep(`a: ${'['.repeat(50000)}${']'.repeat(50000)}\n`)).toBe(3 + MAX_NESTING_DEPTH - 1);
  });
});

function loadFindings(text: string) {
  try {
    loadSpec(writeTemp(text));
    return [];
  } catch (e) {
    if (e instanceof SpecError) return e.diagnostics;
    throw e;
  }
}

describe('the loader refuses what nests too deep, at the collection that does', () => {
  for (const [shape, build] of Object.entries(builders)) {
    it(shape, () => {
      const ok = loadFindings(build(MAX_NESTING_DEPTH).text);
      expect(ok.filter((d) => /nests lists or mappings deeper/.test(d.message))).toEqual([]);
      const over = build(MAX_NESTING_DEPTH + 1);
      const deep = loadFindings(over.text).filter((d) => /nests lists or mappings deeper/.test(d.message));
      expect(deep).toHaveLength(1);
      const before = over.text.slice(0, over.openingOf(MAX_NESTING_DEPTH + 1)).split('\n');
      expect(deep[0]).toMatchObject({ rule: 'VEIL-LOAD-001', severity: 'deny', line: before.length, column: before.at(-1)!.length + 1 });
    });
  }

  it('also after what turns the fast loader away first: a repeated key, an alias, a tag', () => {
    for (const first of ['a: 1\na: 2\n', 'a: *nothing\n', 'a: !vault x\n']) {
      const text = `${first}b: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
      const deep = loadFindings(text).filter((d) => /nests lists or mappings deeper/.test(d.message));
      expect(deep).toMatchObject([{ line: first.split('\n').length, column: 4 + MAX_NESTING_DEPTH - 1 }]);
    }
  });

  it('after a stray bracket the rest is no YAML at all: a syntax finding, nothing nested', () => {
    const found = loadFindings(`a: ]\nb: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    expect(found[0]).toMatchObject({ rule: 'VEIL-LOAD-001', line: 1, column: 4 });
  });
});

describe('a compiled file nested too deep is compared whole, not parsed', () => {
  it('plan items', () => {
    const content = `a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`;
    expect([...itemsOf({ path: 'flux/deep.yaml', content }).keys()]).toEqual(['file flux/deep.yaml']);
    expect([...itemsOf({ path: 'flux/ok.yaml', content: 'kind: A\nmetadata: {name: x}\n' }).keys()]).toEqual(['A x']);
  });
});
