// The fast path of the loader: js-yaml's event parser builds the data and,
// from the same events, an index of every node's source range by spec path.
// The `yaml` package (load-spec.ts) is ~20x slower on large specs, so it is
// kept for what it does better: precise, complete diagnostics for input the
// fast path refuses (syntax errors, duplicate keys, aliases, several documents).
import { constructFromEvents, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml';
import { fastSchema } from './core-schema.ts';
import { LineIndex } from './line-index.ts';
import { MAX_NESTING_DEPTH } from './nesting.ts';

const SCHEMA = fastSchema();

export interface Span { start: number; end: number }

/** A node's source range, and its key's when it is a mapping value (-1 otherwise): one object per node, and a spec has tens of thousands. */
interface IndexedNode extends Span { keyStart: number; keyEnd: number }

const indexed = (start: number, end: number): IndexedNode => ({ start, end, keyStart: -1, keyEnd: -1 });

/** Source ranges by path key (segments joined with NUL). */
export type PositionIndex = Map<string, IndexedNode>;

export const pathKey = (path: readonly (string | number)[]): string => path.join('\u0000');

export interface FastLoad {
  data: Record<string, unknown>;
  index: PositionIndex;
  lines: LineIndex;
}

/**
 * The data and position index, or undefined for anything the slow path must
 * judge: a parse error, duplicate keys, any alias (the slow path bounds their
 * expansion), a directive (`%YAML 1.1` asks for another meaning), not exactly
 * one document, or a top level that is not a mapping. `lines`: the text's
 * line starts, when the caller has them already.
 */
export function fastLoad(text: string, lines: LineIndex = new LineIndex(text)): FastLoad | undefined {
  if (/^%/m.test(text)) return undefined;
  let events: Event[];
  let docs: unknown[];
  try {
    events = parseEvents(text, { maxDepth: MAX_NESTING_DEPTH });
    docs = constructFromEvents(events, { source: text, schema: SCHEMA, maxAliases: 0 });
  } catch {
    return undefined;
  }
  const data = docs[0];
  if (docs.length !== 1 || data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const index = buildIndex(text, events);
  if (!index) return undefined;
  return { data: data as Record<string, unknown>, index, lines };
}

interface Frame {
  kind: 'map' | 'seq';
  /** pathKey of this collection's path, built by appending (not by joining the path again per node). */
  key: string;
  /** Its path's length: the root's children are keyed without a separator. */
  depth: number;
  span: Span;
  /** map: the pending key and its span */
  pending?: { text: string; span: Span };
  /** seq: the next index */
  next: number;
}

/** Where the node just composed goes: the pathKey and depth of its path. */
interface Placed { key: string; depth: number }

function scalarSpan(e: Extract<Event, { type: 4 }>): IndexedNode | undefined {
  if (e.valueStart < 0) return undefined; // an empty (null) node
  // quoted scalars: include the quotes, as the slow path's ranges do
  const quoted = e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED;
  return quoted ? indexed(e.valueStart - 1, e.valueEnd + 1) : indexed(e.valueStart, e.valueEnd);
}

/** pathKey([...parent's path, segment]) from the parent's key: what `join` gives, without rebuilding the path. */
const childKey = (parent: Frame, segment: string | number): string => (parent.depth === 0 ? String(segment) : `${parent.key}\u0000${segment}`);

function buildIndex(text: string, events: readonly Event[]): PositionIndex | undefined {
  const index: PositionIndex = new Map();
  const stack: Frame[] = [];
  /**
   * Where the node just composed goes: its path's key, or undefined when it is
   * a mapping key. `scalar`: its event when it is a scalar; the text is decoded
   * only for a key (values are the data's, already constructed).
   */
  const place = (span: IndexedNode | undefined, scalar?: Extract<Event, { type: 4 }>): Placed | undefined => {
    // an empty (null) node has no text of its own, and the yaml package places it
    // differently by context: leave such a spec to the slow path
    if (!span) throw new Error('empty node');
    const top = stack[stack.length - 1];
    if (!top) return { key: '', depth: 0 };
    if (top.kind === 'seq') {
      const key = childKey(top, top.next++);
      index.set(key, span);
      return { key, depth: top.depth + 1 };
    }
    if (!top.pending) {
      if (scalar === undefined) throw new Error('non-scalar mapping key');
      const keyText = getScalarValue(text, scalar);
      // a null key: the two parsers name it differently ('' vs 'null'); the slow path decides
      if (/^(|~|null|Null|NULL)$/.test(keyText)) throw new Error('null mapping key');
      top.pending = { text: keyText, span };
      return undefined;
    }
    const key = childKey(top, top.pending.text);
    span.keyStart = top.pending.span.start;
    span.keyEnd = top.pending.span.end;
    index.set(key, span);
    top.pending = undefined;
    return { key, depth: top.depth + 1 };
  };
  try {
    for (const e of events) {
      switch (e.type) {
        case EVENT_ID.DOCUMENT:
          break;
        case EVENT_ID.SCALAR:
          place(scalarSpan(e), e);
          break;
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE: {
          const span = indexed(e.start, e.start + 1);
          const placed = place(span);
          if (!placed) return undefined; // a collection as a mapping key
          if (!placed.depth) index.set('', span);
          stack.push({ kind: e.type === EVENT_ID.MAPPING ? 'map' : 'seq', key: placed.key, depth: placed.depth, span, next: 0 });
          break;
        }
        case EVENT_ID.POP: {
          stack.pop();
          break;
        }
        default:
          return undefined; // aliases never reach here (maxAliases: 0), but stay safe
      }
    }
  } catch {
    return undefined;
  }
  return index;
}

/** The deepest indexed node along `path`: a missing key points at its nearest existing parent. */
export function locateIn(index: PositionIndex, path: readonly (string | number)[], atKey = false): Span {
  for (let n = path.length; n >= 0; n--) {
    const node = index.get(pathKey(path.slice(0, n)));
    if (node) {
      return atKey && n === path.length && node.keyStart >= 0 ? { start: node.keyStart, end: node.keyEnd } : { start: node.start, end: node.end };
    }
  }
  return { start: 0, end: 1 };
}
