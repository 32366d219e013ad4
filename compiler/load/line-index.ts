// Line and column of an offset in the spec's text, for every finding's
// file:line:col, from the text's own newlines. The `yaml` package's
// LineCounter, used before, gives the same position for the same line starts
// (test/foundation/line-index.test.ts), but its parser fills it and skips the
// newlines it meets while recovering from a syntax error, which put later
// findings a line too high (test/foundation/loader.test.ts). Kept here also so
// that the fast path of the loader, which every run takes, needs no yaml.

/** 1-based line and column, as in `file:line:col`; col counts UTF-16 code units. */
export interface LinePos { line: number; col: number }

export interface LinePositions {
  /** The line and column of `offset` (UTF-16 code units from the start of the text). */
  linePos(offset: number): LinePos;
}

/** The starts of the lines of a text (after each "\n"), searched by bisection: O(log lines) per lookup. */
export class LineIndex implements LinePositions {
  /** Offset of the first character of each line, ascending; lineStarts[0] is 0. */
  readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  linePos(offset: number): LinePos {
    const starts = this.lineStarts;
    // the first line start at or after offset
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - starts[low - 1]! + 1 };
  }
}
