// Maps spec paths to positions in the YAML source.
import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { LinePositions } from './line-index.ts';
import { formatPath, type Diagnostic, type Finding, type SpecPath } from '../diagnostics/diagnostic.ts';

export interface Span { start: number; end: number }

export interface SpecSource {
  file: string;
  text: string;
  lines: LinePositions;
  /** Source range of the node at `path` (its key with `atKey`), or of its nearest existing parent. */
  locate(path: SpecPath, atKey?: boolean): Span;
}

/**
 * The deepest node along `path` that exists in the document: a missing key
 * (a required property, say) points at its nearest existing parent.
 */
export function spanOf(doc: Document.Parsed, path: SpecPath, atKey = false): Span {
  let node: unknown = doc.contents;
  let span: Span = rangeOf(node) ?? { start: 0, end: 0 };
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(seg));
      if (!pair) break;
      const keySpan = rangeOf(pair.key);
      if (last && atKey && keySpan) return keySpan;
      node = pair.value;
      span = rangeOf(node) ?? keySpan ?? span;
    } else if (isSeq(node)) {
      const item = node.items[positionOf(seg!)];
      if (item === undefined) break;
      node = item;
      span = rangeOf(node) ?? span;
    } else break;
  }
  return span;
}

/** A sequence position in a path: a number, or its decimal text (`1`, not `01` or `1.0`); -1 for anything else. */
export function positionOf(segment: string | number): number {
  if (typeof segment === 'number') return Number.isInteger(segment) && segment >= 0 ? segment : -1;
  return /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : -1;
}

/** The property name a scalar key becomes in the data (null is '', as the yaml package converts it). */
function keyText(key: unknown): string | undefined {
  return isScalar(key) ? (key.value === null ? '' : String(key.value)) : undefined;
}

function rangeOf(node: unknown): Span | undefined {
  const r = (node as Node | null | undefined)?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

export function place(src: SpecSource, f: Finding): Diagnostic {
  return placeAt(src.file, src.lines, f, src.locate(f.path, f.atKey));
}

export function placeAt(file: string, lines: LinePositions, f: Finding, span: Span): Diagnostic {
  const start = lines.linePos(span.start);
  // ranges end one past the node; step back so the end stays on the node's own line
  const end = lines.linePos(Math.max(span.start, span.end - 1));
  const d: Diagnostic = {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    path: formatPath(f.path),
    file,
    line: start.line,
    column: start.col,
    endLine: end.line,
    endColumn: end.col + 1,
  };
  if (f.hint) d.hint = f.hint;
  return d;
}
