// The loader's line index gives every offset of a text the position the
// `yaml` package's LineCounter gives for the same line starts (the bisection
// findings were placed with before), on texts of random lines, CR, empty
// lines and a missing final newline. Where the slow path's parser used to
// fill LineCounter, loader.test.ts holds a case it got wrong.
import fc from 'fast-check';
import { LineCounter } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../compiler/load/line-index.ts';

function yamlPositions(text: string): LineCounter {
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
  return lc;
}

describe('LineIndex', () => {
  it('places a few offsets by hand', () => {
    const idx = new LineIndex('ab\ncd\n\ne');
    expect(idx.lineStarts).toEqual([0, 3, 6, 7]);
    expect(idx.linePos(0)).toEqual({ line: 1, col: 1 });
    expect(idx.linePos(2)).toEqual({ line: 1, col: 3 });
    expect(idx.linePos(3)).toEqual({ line: 2, col: 1 });
    expect(idx.linePos(6)).toEqual({ line: 3, col: 1 });
    expect(idx.linePos(7)).toEqual({ line: 4, col: 1 });
    expect(idx.linePos(8)).toEqual({ line: 4, col: 2 });
    expect(new LineIndex('').linePos(0)).toEqual({ line: 1, col: 1 });
  });

  it('agrees with yaml\'s LineCounter on every offset of random texts', () => {
    const line = fc.string({ unit: fc.constantFrom('a', ' ', '\r', 'é', '😀', '\t', ':'), maxLength: 12 });
    fc.assert(fc.property(fc.array(line, { maxLength: 30 }), fc.boolean(), (lines, finalNewline) => {
      const text = lines.join('\n') + (finalNewline ? '\n' : '');
      const ours = new LineIndex(text);
      const theirs = yamlPositions(text);
      for (let offset = 0; offset <= text.length; offset++) {
        expect(ours.linePos(offset), `offset ${offset} of ${JSON.stringify(text)}`).toEqual(theirs.linePos(offset));
      }
    }), { numRuns: 300 });
  });
});
