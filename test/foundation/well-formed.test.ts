// Text made well-formed before it reaches the policy engine or a report
// (compiler/text/well-formed.ts): a lone surrogate becomes U+FFFD, a pair
// stays, and the JSON form agrees with the text form for any value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wellFormed, wellFormedJson } from '../../compiler/text/well-formed.ts';

/** Every string of `v`, keys included, made well-formed. */
function deepWellFormed(v: unknown): unknown {
  if (typeof v === 'string') return wellFormed(v);
  if (Array.isArray(v)) return v.map(deepWellFormed);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [wellFormed(k), deepWellFormed(x)]));
  return v;
}

// code units that matter here: both halves, backslashes and quotes (JSON escapes), text that looks like an escape
const unit = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff', '\ud83d\ude00', '\\', '"', 'u', 'd', '8', '0'));
const text = fc.string({ unit, maxLength: 12 });

describe('wellFormed', () => {
  it('replaces a lone half of a surrogate pair with U+FFFD and keeps pairs, as toWellFormed does', () => {
    expect(wellFormed('a\ud800b\udc00c\ud83d\ude00\udbff')).toBe('a\ufffdb\ufffdc\ud83d\ude00\ufffd');
    fc.assert(fc.property(text, (t) => {
      const w = wellFormed(t);
      expect(w.length).toBe(t.length);
      expect(w).toBe((t as unknown as { toWellFormed(): string }).toWellFormed());
    }), { numRuns: 2000 });
  });
});

describe('wellFormedJson', () => {
  it('is the JSON of the value with every string well-formed, keys included, and parses', () => {
    // keys distinct after the replacement: two keys that differ only in a lone half become one key (below)
    const dict = <T>(v: fc.Arbitrary<T>) => fc.uniqueArray(fc.tuple(text, v), { selector: ([k]) => wellFormed(k), maxLength: 4 }).map((kv) => Object.fromEntries(kv));
    const value = dict(fc.oneof(text, fc.array(text, { maxLength: 3 }), dict(text)));
    fc.assert(fc.property(value, (v) => {
      const json = wellFormedJson(JSON.stringify(v));
      expect(json).toBe(JSON.stringify(deepWellFormed(v)));
      expect(JSON.parse(json)).toEqual(deepWellFormed(v));
    }), { numRuns: 2000 });
  });

  it('makes one key of two that differ only in a lone half (the engine reads the last)', () => {
    expect(wellFormedJson(JSON.stringify({ '\ud800': 1, '\udc00': 2 }))).toBe('{"\ufffd":1,"\ufffd":2}');
  });

  it('leaves a backslash written before text that reads like an escape', () => {
    expect(wellFormedJson(JSON.stringify('\\ud800'))).toBe('"\\\\ud800"');
    expect(wellFormedJson(JSON.stringify('\\\ud800'))).toBe('"\\\\\ufffd"');
  });
});
