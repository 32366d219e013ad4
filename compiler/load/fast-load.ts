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

/**
 * A node's source range, its key's when it is a mapping value (-1 otherwise),
 * and a collection's children (by key for a mapping, by position for a
 * sequence): one object per node, and a spec has tens of thousands.
 */
interface IndexedNode extends Span {
  keyStart: number;
  keyEnd: number;
  children?: Map<string, IndexedNode> | IndexedNode[];
}

const indexed = (start: number, end: number): IndexedNode => ({ start, end, keyStart: -1, keyEnd: -1 });

/**
 * Source ranges shaped like the document: a path is looked up by walking it,
 * so no node needs a key of its own (joining every node's path into a string
 * key cost more than the rest of the index), and a key holding any character,
 * NUL included, stays one segment.
 */
export interface PositionIndex {
  /** The top-level mapping; every key's value and every sequence item below it. */
  root: IndexedNode;
}

/** The child of `node` at `segment`: a mapping's key as text, a sequence's position as a number or its decimal text. */
function childAt(node: IndexedNode, segment: string | number): IndexedNode | undefined {
  const c = node.children;
  if (c instanceof Map) return c.get(String(segment));
  if (!c) return undefined;
  const i = typeof segment === 'number' ? segment : /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : -1;
  return c[i];
}

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
  if (/^%/m.test(text) || hasEscapeBeyondUnicode(text)) return undefined;
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

/**
 * Whether the text has a `\U` escape past U+10FFFF, which js-yaml decodes
 * into other characters (`\U00110000` into two low surrogates, `\U80000000`
 * into NUL) and the `yaml` package refuses: the slow path judges it, so both
 * loaders read one meaning. (A `\U` that is not an escape, in a plain or
 * single-quoted scalar, only costs the slow path.)
 */
function hasEscapeBeyondUnicode(text: string): boolean {
  if (!text.includes('\\U')) return false;
  for (const m of text.matchAll(/\\U([0-9a-fA-F]{8})/g)) if (parseInt(m[1]!, 16) > 0x10ffff) return true;
  return false;
}

interface Frame {
  node: IndexedNode;
  /** map: the pending key and its span */
  pending?: { text: string; span: Span };
}

function scalarSpan(e: Extract<Event, { type: 4 }>): IndexedNode | undefined {
  if (e.valueStart < 0) return undefined; // an empty (null) node
  // quoted scalars: include the quotes, as the slow path's ranges do
  const quoted = e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED;
  return quoted ? indexed(e.valueStart - 1, e.valueEnd + 1) : indexed(e.valueStart, e.valueEnd);
}

function buildIndex(text: string, events: readonly Event[]): PositionIndex | undefined {
  let root: IndexedNode | undefined;
  const stack: Frame[] = [];
  /**
   * Puts the node just composed into its parent, or holds it as the pending
   * key of a mapping (returns false then). `scalar`: its event when it is a
   * scalar; the text is decoded only for a key (values are the data's,
   * already constructed).
   */
  const place = (node: IndexedNode | undefined, scalar?: Extract<Event, { type: 4 }>): boolean => {
    // an empty (null) node has no text of its own, and the yaml package places it
    // differently by context: leave such a spec to the slow path
    if (!node) throw new Error('empty node');
    const top = stack[stack.length - 1];
    if (!top) {
      root = node;
      return true;
    }
    const children = top.node.children;
    if (Array.isArray(children)) {
      children.push(node);
      return true;
    }
    if (!top.pending) {
      if (scalar === undefined) throw new Error('non-scalar mapping key');
      const keyText = getScalarValue(text, scalar);
      // a null key: the two parsers name it differently ('' vs 'null'); the slow path decides
      if (/^(|~|null|Null|NULL)$/.test(keyText)) throw new Error('null mapping key');
      top.pending = { text: keyText, span: node };
      return false;
    }
    node.keyStart = top.pending.span.start;
    node.keyEnd = top.pending.span.end;
    (children as Map<string, IndexedNode>).set(top.pending.text, node);
    top.pending = undefined;
    return true;
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
          const node = indexed(e.start, e.start + 1);
          if (!place(node)) return undefined; // a collection as a mapping key
          node.children = e.type === EVENT_ID.MAPPING ? new Map() : [];
          stack.push({ node });
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
  return root && { root };
}

/** The deepest indexed node along `path`: a missing key points at its nearest existing parent. */
export function locateIn(index: PositionIndex, path: readonly (string | number)[], atKey = false): Span {
  let node = index.root;
  let depth = 0;
  for (; depth < path.length; depth++) {
    const child = childAt(node, path[depth]!);
    if (!child) break;
    node = child;
  }
  return atKey && depth === path.length && node.keyStart >= 0 ? { start: node.keyStart, end: node.keyEnd } : { start: node.start, end: node.end };
}
