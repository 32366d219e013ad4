// The fast loader (js-yaml events) must agree with the `yaml` package on
// everything it accepts: the same data, and every node at the same place.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../compiler/diagnostics/diagnostic.ts';
import { fastLoad, locateIn, type IndexedNode, type PositionIndex } from '../../compiler/load/fast-load.ts';
import type { Span } from '../../compiler/load/source.ts';
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

/** Nodes in a document-shaped index: the root and every node below it. */
function indexedNodes(node: IndexedNode): number {
  const c = node.children;
  return 1 + (c ? [...c.values()].reduce((n, child) => n + indexedNodes(child), 0) : 0);
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
  // every path, found by walking the events and in the index built from them
  const tree = fast.index.tree();
  for (const p of paths(fast.data)) {
    const value = slow.lines.linePos(slow.locate(p).start);
    expect(fast.lines.linePos(fast.index.walk(p).start), `value of ${p.join('.')}`).toEqual(value);
    expect(locateIn(tree, p), `value of ${p.join('.')}`).toEqual(fast.index.walk(p));
    if (p.length && typeof p[p.length - 1] === 'string') {
      const key = slow.lines.linePos(slow.locate(p, true).start);
      expect(fast.lines.linePos(fast.index.walk(p, true).start), `key of ${p.join('.')}`).toEqual(key);
      expect(locateIn(tree, p, true), `key of ${p.join('.')}`).toEqual(fast.index.walk(p, true));
    }
    // a position may also come as its decimal text
    if (p.some((s) => typeof s === 'number')) {
      const asText = p.map(String);
      expect(fast.lines.linePos(fast.index.walk(asText).start), `value of ${asText.join('.')} (positions as text)`).toEqual(slow.lines.linePos(slow.locate(asText).start));
    }
  }
  return 'fast';
}

describe('fast loader', () => {
  it('takes veil.spec.yaml, with the same data and positions as the yaml package', () => {
    expect(agree(veil)).toBe('fast');
    expect(indexedNodes(fastLoad(veil)!.index.tree())).toBeGreaterThan(150);
  });

  it('refuses what needs the precise slow path', () => {
    for (const text of ['!!str 16: 1\n', 'a:\n  !!int 0x10: 2\n', ': 1\n', 'a: 1\n~: 2\n', 'a:\n', 'a: [x, y: ]\n', 'a: { n, b: 1 }\n', 'a: 1\na: 2\n', 'a: &x 1\nb: *x\n', '- 1\n', 'a: [1\n', '', 'a: 1\n---\nb: 2\n', 'a:\n\tb: 1\n']) {
      expect(fastLoad(text), JSON.stringify(text)).toBeUndefined();
    }
  });

  /** A lookup found by walking the events, after checking the built index gives the same. */
  const at = (index: PositionIndex, path: (string | number)[], atKey = false): Span => {
    expect(locateIn(index.tree(), path, atKey)).toEqual(index.walk(path, atKey));
    return index.walk(path, atKey);
  };

  it('points a missing key at its parent and an unknown key at the key', () => {
    const f = fastLoad('a:\n  b: 1\n  c: "x"\n')!;
    expect(at(f.index, ['a', 'zzz'])).toEqual(at(f.index, ['a']));
    expect(at(f.index, ['a', 'c'])).toEqual({ start: 15, end: 18 });
    expect(at(f.index, ['a', 'c'], true)).toEqual({ start: 12, end: 13 });
    expect(at(f.index, ['a', 'b'])).toEqual({ start: 8, end: 9 });
    // a sequence item by its position, as a number or as decimal text
    const g = fastLoad('s:\n  - x\n  - yy\n')!;
    expect(at(g.index, ['s', 1])).toEqual({ start: 13, end: 15 });
    expect(at(g.index, ['s', '1'])).toEqual(at(g.index, ['s', 1]));
    expect(at(g.index, ['s', '01'])).toEqual(at(g.index, ['s']));
    expect(at(g.index, ['s', 2])).toEqual(at(g.index, ['s']));
    for (const p of [1.5, -1, 'x', '1.0', '-1']) expect(at(g.index, ['s', p]), String(p)).toEqual(at(g.index, ['s']));
    expect(at(g.index, ['s', 0, 'deeper'])).toEqual(at(g.index, ['s', 0]));
  });

  it('keeps a key holding NUL (or any character) one segment: no clash with the path it would spell when joined', () => {
    const f = fastLoad('x:\n  b: 1\n"x\\0b": 22\n')!;
    expect(f.data).toEqual({ x: { b: 1 }, 'x\u0000b': 22 });
    expect(at(f.index, ['x', 'b'])).toEqual({ start: 8, end: 9 });
    expect(at(f.index, ['x\u0000b'])).toEqual({ start: 18, end: 20 });
    expect(at(f.index, ['x\u0000b'], true)).toEqual({ start: 10, end: 16 });
  });

  it('finds keys written in every scalar style: quoted with escapes, and block scalars with their chomping and indentation', () => {
    // keys are read back from the compact events (style, range, indentation, chomping, js-yaml's fast flag); agree() looks every key and value up
    const text = `plain: 1\n'it''s': 2\n"tab\\there": 3\n? |-\n  literal\n: 4\n? >\n  folded\n  key\n: 5\n? |+\n  kept\n\n: 6\n? |2\n   indented\n: 7\nnested:\n  ? "\u00e9\\u00e9"\n  : [8]\n`;
    expect(agree(text)).toBe('fast');
    const f = fastLoad(text)!;
    expect(Object.keys(f.data)).toEqual(['plain', "it's", 'tab\there', 'literal', 'folded key\n', 'kept\n\n', ' indented\n', 'nested']);
    expect(f.index.walk(['nested', '\u00e9\u00e9', 0])).toEqual({ start: text.indexOf('8'), end: text.indexOf('8') + 1 });
  });

  it('places a block scalar at its indicator, as the yaml package does, whatever its header or the key holds', () => {
    // js-yaml's value starts on the line after the header; a finding about it belongs on the header's line
    const text = `a|b: |\n  literal\nc: >-  # a comment | with > signs\n  folded\n  text\nd: |2+\n   kept\n\ne:\n  - !!str |\n    tagged\n  - >\n\n    after a blank line\nf: |\ng: |-\n`;
    expect(agree(text)).toBe('fast');
    const f = fastLoad(text)!;
    for (const [path, header] of [[['a|b'], 'a|b: |'], [['c'], 'c: >-'], [['d'], 'd: |2+'], [['e', 0], '  - !!str |'], [['e', 1], '  - >'], [['f'], 'f: |'], [['g'], 'g: |-']] as const) {
      expect(f.index.walk(path).start, path.join('.')).toBe(text.indexOf(header) + header.search(/[|>]\S*$/));
    }
  });

  it('finds a block scalar\'s indicator after its key, tag and anchor, whatever they or a comment hold (a line separator included)', () => {
    for (const text of [
      '"a | #x": |\n  text\n',
      "'a > #x': >\n  text\n",
      '"a |\t#": |\n  text\n',
      'x:\n  "k >1- #": >-\n    t\n',
      'a:\n- "b | #": |\n    x\n',
      'k|>: !!str &a|> |\n  x\n',
      'a: | # x\u2028y\n  t\n',
      'a: > # x\u2029y | z\n  t\n',
    ]) {
      // agree() compares every value's and key's place with the slow path's
      expect(agree(text), JSON.stringify(text)).toBe('fast');
    }
  });

  it('places a key the core schema reads as a number or boolean where the slow path does: by the key the data holds', () => {
    const text = `${veil}0x10: a\n1e3: b\n1.0: c\n+2: d\n.inf: e\ntrue: f\n-0: g\n"0x11": h\n'1e4': i\nnest:\n  0o17:\n    - x\n`;
    expect(agree(text)).toBe('fast');
    const f = fastLoad(text)!;
    const lineOf = (key: string) => text.slice(0, text.indexOf(`\n${key}:`) + 1).split('\n').length;
    for (const [key, written] of [['16', '0x10'], ['1000', '1e3'], ['1', '1.0'], ['2', '+2'], ['Infinity', '.inf'], ['true', 'true'], ['0', '-0'], ['0x11', '"0x11"'], ['1e4', "'1e4'"]] as const) {
      expect(f.data[key], written).toBeDefined();
      expect(f.lines.linePos(f.index.walk([key]).start).line, written).toBe(lineOf(written));
      expect(f.lines.linePos(f.index.walk([key], true).start).line, written).toBe(lineOf(written));
    }
    expect(f.index.walk(['nest', '15', 0])).toEqual({ start: text.lastIndexOf('x'), end: text.lastIndexOf('x') + 1 });
  });

  it('answers the same before and after the walks have cost enough to build the index', () => {
    const text = `list:\n${Array.from({ length: 40 }, (_, i) => `  - name: n${i}\n    tags: [a, "b${i}"]\n`).join('')}top: 1\n`;
    const walked = fastLoad(text)!.index;
    const looked = fastLoad(text)!.index;
    // a few lookups walk; far more stepping than the spec has events switches locate to the index part-way
    expect(looked.locate(['top'])).toEqual(walked.walk(['top']));
    expect(looked.locate(['list', 39, 'name'])).toEqual(walked.walk(['list', 39, 'name']));
    expect(looked.indexed).toBe(false);
    for (let round = 0; round < 3; round++) {
      for (let i = 39; i >= 0; i--) {
        for (const p of [['list', i, 'tags', 1], ['list', i, 'name'], ['list', i, 'nothing'], ['top']]) {
          expect(looked.locate(p), p.join('.')).toEqual(walked.walk(p));
          expect(looked.locate(p, true), p.join('.')).toEqual(walked.walk(p, true));
        }
      }
    }
    expect(looked.indexed).toBe(true);
    expect(walked.indexed).toBe(false);
    expect(looked.locate(['list', 39, 'tags', 1])).toEqual({ start: text.lastIndexOf('"b39"'), end: text.lastIndexOf('"b39"') + 5 });
  });

  it('property: agrees with the yaml package on near-miss edits of veil.spec.yaml', () => {
    const lines = veil.split('\n');
    const edit = fc.record({ line: fc.nat(lines.length - 1), col: fc.nat(60), text: fc.constantFrom('', ' ', '  ', '"', "'", '#', '- ', ': ', 'x', '{', '}', '[', ']', ',', '0x1F', '0o17', '~', 'null', 'true', 'yes', '1e3', '.inf', '2027-03-31', '"a\\tb"', '|', '>-', '|2', ' |\n') });
    let fast = 0;
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
      const l = [...lines];
      for (const e of edits) l[e.line] = l[e.line]!.slice(0, e.col) + e.text + l[e.line]!.slice(e.col);
      if (agree(l.join('\n')) === 'fast') fast++;
    }), { numRuns: Number(process.env.VEILC_PROPERTY_RUNS ?? 300) });
    expect(fast).toBeGreaterThan(50); // the property exercised the fast path, not only the fallback
  });
});
