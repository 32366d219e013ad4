// The fast path of the loader: js-yaml's event parser builds the data, and
// every node's source range is found by spec path from the same events.
// The `yaml` package (load-spec.ts) is ~20x slower on large specs, so it is
// kept for what it does better: precise, complete diagnostics for input the
// fast path refuses (syntax errors, duplicate keys, aliases, several documents).
import { constructFromEvents, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml';
import { fastSchema, resolvePlain } from './core-schema.ts';
import { LineIndex } from './line-index.ts';
import { MAX_NESTING_DEPTH } from './nesting.ts';
import { positionOf, type Span } from './source.ts';

const SCHEMA = fastSchema();

/**
 * A node's source range, its key's when it is a mapping value (-1 otherwise),
 * and a collection's children (by key for a mapping, by position for a
 * sequence): one object per node, and a spec has tens of thousands.
 */
export interface IndexedNode extends Span {
  keyStart: number;
  keyEnd: number;
  children?: Map<string, IndexedNode> | IndexedNode[];
}

const indexed = (start: number, end: number): IndexedNode => ({ start, end, keyStart: -1, keyEnd: -1 });

/**
 * Where each node of an accepted spec is, by spec path. A spec with few
 * findings, as most are, asks for a few places: each is found by walking the
 * parser's events, stepping over a collection at once (its end is known), and
 * no index is built (at 5,000 nodes one would hold ~80,000 nodes and ~10,000
 * maps, all of which the garbage collector copies). Once the walks have taken
 * as many steps as the spec has events, the next lookup builds the
 * document-shaped index (`buildTree`), and every lookup after it walks that
 * instead: a spec with thousands of findings pays for one index and one
 * spec's worth of walking at most.
 */
export class PositionIndex {
  readonly #text: string;
  readonly #events: EventTree;
  #stepped = 0;
  #tree: IndexedNode | undefined;

  /** `events`: as acceptedEvents gives them. */
  constructor(text: string, events: EventTree) {
    this.#text = text;
    this.#events = events;
  }

  /** The span of the node at `path` (its key's with `atKey`), as `locateIn` gives it; character offsets into the text. */
  locate(path: readonly (string | number)[], atKey = false): Span {
    if (!this.#tree && this.#stepped > this.#events.type.length) this.#tree = buildTree(this.#text, this.#events);
    return this.#tree ? locateIn(this.#tree, path, atKey) : this.walk(path, atKey);
  }

  /** locate's answer by walking the events, whether or not the index is built. */
  walk(path: readonly (string | number)[], atKey = false): Span {
    const walk = walkTo(this.#text, this.#events, path, atKey);
    this.#stepped += walk.stepped;
    return walk.span;
  }

  /** Whether the document-shaped index is built (locate then looks places up in it). */
  get indexed(): boolean {
    return this.#tree !== undefined;
  }

  /** The document-shaped index, built now if it was not. */
  tree(): IndexedNode {
    return (this.#tree ??= buildTree(this.#text, this.#events));
  }
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
 * one document, a top level that is not a mapping, an empty node, a null,
 * tagged or collection mapping key, text the two parsers read differently (a
 * `\U` escape past U+10FFFF, an escaped line break before an empty line), a
 * block scalar header it cannot read. `lines`: the text's line starts, when
 * the caller has them already.
 */
export function fastLoad(text: string, lines: LineIndex = new LineIndex(text)): FastLoad | undefined {
  if (/^%/m.test(text) || hasEscapeBeyondUnicode(text) || ESCAPED_BREAK_BEFORE_EMPTY_LINE.test(text)) return undefined;
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
  const tree = acceptedEvents(text, events);
  if (!tree) return undefined;
  return { data: data as Record<string, unknown>, index: new PositionIndex(text, tree), lines };
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

/**
 * A line ending in a backslash followed by an empty line: in a double-quoted
 * scalar, an escaped line break and then empty lines, which YAML 1.2 reads as
 * line feeds (production 112), js-yaml drops and the `yaml` package folds
 * into a space (`"x\⏎⏎  y"`: "xy" against "x y"). The slow path judges it,
 * so whether the spec passes never depends on which loader ran. (Elsewhere,
 * in a comment or a block scalar, it only costs the slow path.)
 */
const ESCAPED_BREAK_BEFORE_EMPTY_LINE = /\\\r?\n[ \t]*\r?\n/;

type ScalarEvent = Extract<Event, { type: 4 }>;

/**
 * The range of scalar `i` as the slow path gives it: a quoted scalar's with
 * its quotes, a block scalar's from its indicator (`|` or `>`) on the header
 * line, where js-yaml's value starts on the line after it.
 */
function scalarSpan(events: EventTree, i: number): IndexedNode {
  const style = events.style[i];
  const quoted = style === SCALAR_STYLE.SINGLE_QUOTED || style === SCALAR_STYLE.DOUBLE_QUOTED;
  if (quoted) return indexed(events.start[i]! - 1, events.valueEnd[i]! + 1);
  return indexed(events.blockIndicator.get(i) ?? events.start[i]!, events.valueEnd[i]!);
}

/**
 * The rest of a block scalar's header line from its indicator: an
 * indentation and a chomping indicator in either order, then at most a
 * comment (after white space).
 */
const BLOCK_HEADER_REST = /^[|>](?:[1-9][+-]?|[+-][1-9]?)?(?:[ \t]+#[^\n]*|[ \t]*)\r?$/;

/**
 * The offset of the indicator (`|` or `>`) of the block scalar `e` on its
 * header line, or -1 when the line does not read as a header from there.
 * js-yaml starts the value after the header's line break (at the end of the
 * text, an empty block scalar's header is its own line). The indicator is
 * the first `|` or `>` after whatever precedes it on the line, `after`: the
 * end of the key before it (which may itself hold `| #`), its tag, its
 * anchor; a comment after it may hold either sign too.
 */
function blockIndicatorOf(text: string, e: ScalarEvent, after: number): number {
  const lineEnd = text[e.valueStart - 1] === '\n' ? e.valueStart - 1 : e.valueStart;
  const from = Math.max(text.lastIndexOf('\n', lineEnd - 1) + 1, after, e.tagEnd, e.anchorEnd);
  const header = text.slice(from, lineEnd);
  const at = header.search(/[|>]/);
  return at >= 0 && BLOCK_HEADER_REST.test(header.slice(at)) ? from + at : -1;
}

/** The range of the node whose first event is `i`: a scalar's text, or a collection's first character. */
const nodeSpan = (events: EventTree, i: number): IndexedNode => (events.type[i] === EVENT_ID.SCALAR ? scalarSpan(events, i) : indexed(events.start[i]!, events.start[i]! + 1));

// a null key: the two parsers name it differently ('' vs 'null'); the slow path decides
const NULL_KEY = /^(|~|null|Null|NULL)$/;

/** In the frames of acceptedEvents: a sequence, or a mapping before its next key or before that key's value. */
const SEQUENCE = 0;
const BEFORE_KEY = 1;
const BEFORE_VALUE = 2;

/**
 * A document's events as a tree, kept compactly: what walking and building
 * the index read of each event, in typed arrays indexed by the event's
 * position in the parser's list (one js-yaml event object is ~100 bytes, and
 * a 5,000-node spec has ~70,000 of them, which would live as long as the
 * index; README, "Benchmark"), the top-level node's index, and for each
 * collection's first event the index after its last.
 */
export interface EventTree {
  /** EVENT_ID of each event. */
  type: Uint8Array;
  /** A scalar's SCALAR_STYLE (0 for the others). */
  style: Uint8Array;
  /** A scalar's valueStart, a collection's start (character offsets). */
  start: Int32Array;
  /** A scalar's valueEnd. */
  valueEnd: Int32Array;
  /** A scalar's indent, chomping and fast flag: what getScalarValue reads besides the range and style. */
  indent: Int32Array;
  chomping: Uint8Array;
  fast: Uint8Array;
  root: number;
  /** At a collection's first event: the index of the first event after the collection (0 elsewhere). */
  end: Int32Array;
  /** Block scalars (few in any spec): event index -> the offset of the header's `|` or `>`. */
  blockIndicator: Map<number, number>;
}

/** The scalar at `i` as js-yaml's getScalarValue reads it. */
function scalarAt(events: EventTree, i: number): ScalarEvent {
  return {
    type: EVENT_ID.SCALAR, valueStart: events.start[i]!, valueEnd: events.valueEnd[i]!, anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1,
    style: events.style[i] as ScalarEvent['style'], chomping: events.chomping[i] as ScalarEvent['chomping'], indent: events.indent[i]!, fast: events.fast[i] === 1,
  };
}

/**
 * The events as a tree, or undefined when a node has no place the two
 * loaders agree on: an empty (null) node, which the yaml package places
 * differently by context; a null key; a tagged key; a collection as a
 * mapping key; any event but a document, collection or scalar.
 */
function acceptedEvents(text: string, list: readonly Event[]): EventTree | undefined {
  let root: number | undefined;
  const n = list.length;
  const tree: Omit<EventTree, 'root'> = {
    type: new Uint8Array(n), style: new Uint8Array(n), start: new Int32Array(n), valueEnd: new Int32Array(n),
    indent: new Int32Array(n), chomping: new Uint8Array(n), fast: new Uint8Array(n), end: new Int32Array(n), blockIndicator: new Map(),
  };
  const end = tree.end;
  const frames: number[] = [];
  const starts: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const e = list[i]!;
    tree.type[i] = e.type;
    if (e.type === EVENT_ID.SCALAR) {
      tree.style[i] = e.style;
      tree.start[i] = e.valueStart;
      tree.valueEnd[i] = e.valueEnd;
      tree.indent[i] = e.indent;
      tree.chomping[i] = e.chomping;
      tree.fast[i] = e.fast ? 1 : 0;
      if (e.style === SCALAR_STYLE.LITERAL_BLOCK || e.style === SCALAR_STYLE.FOLDED_BLOCK) {
        // a header the fast path cannot read as the slow path does is the slow path's to place
        // the scalar before it is its key (or a node on an earlier line): nothing up to its text's end is the indicator
        const at = blockIndicatorOf(text, e, i > 0 && tree.type[i - 1] === EVENT_ID.SCALAR ? tree.valueEnd[i - 1]! : -1);
        if (at < 0) return undefined;
        tree.blockIndicator.set(i, at);
      }
    } else if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) tree.start[i] = e.start;
    if (e.type === EVENT_ID.DOCUMENT) continue;
    if (e.type === EVENT_ID.POP) {
      // the document's own POP has no frame
      if (frames.length) {
        frames.pop();
        end[starts.pop()!] = i + 1;
      }
      continue;
    }
    if (e.type !== EVENT_ID.SCALAR && e.type !== EVENT_ID.MAPPING && e.type !== EVENT_ID.SEQUENCE) return undefined;
    if (e.type === EVENT_ID.SCALAR && e.valueStart < 0) return undefined;
    const top = frames.length - 1;
    if (top < 0) root = i;
    else if (frames[top] === BEFORE_KEY) {
      // a tagged key (`!!int 0x10:`) is read by its tag: the slow path decides
      if (e.type !== EVENT_ID.SCALAR || e.tagStart >= 0 || NULL_KEY.test(getScalarValue(text, e))) return undefined;
      frames[top] = BEFORE_VALUE;
    } else if (frames[top] === BEFORE_VALUE) frames[top] = BEFORE_KEY;
    if (e.type !== EVENT_ID.SCALAR) {
      frames.push(e.type === EVENT_ID.MAPPING ? BEFORE_KEY : SEQUENCE);
      starts.push(i);
    }
  }
  return root === undefined ? undefined : { ...tree, root };
}

/** The index of the first event after the node whose first event is at `i`. */
const after = (events: EventTree, i: number): number => (events.type[i] === EVENT_ID.SCALAR ? i + 1 : events.end[i]!);

/**
 * A mapping key as the data holds it: a plain key as the core schema reads
 * it (`0x10` is the key "16", `1e3` "1000", `true` "true"), a quoted or block
 * one as written. Paths name keys so, and so does the slow path.
 */
function keyOf(text: string, events: EventTree, i: number): string {
  const written = getScalarValue(text, scalarAt(events, i));
  return events.style[i] === SCALAR_STYLE.PLAIN ? String(resolvePlain(written)) : written;
}

/**
 * `locateIn`'s answer found by walking the events from the top-level node,
 * stepping over the nodes before each child on the path, and the number of
 * steps taken (one per node stepped over or into).
 */
function walkTo(text: string, events: EventTree, path: readonly (string | number)[], atKey = false): { span: Span; stepped: number } {
  const type = events.type;
  let at = events.root;
  let keyAt = -1;
  let stepped = 0;
  let depth = 0;
  for (; depth < path.length; depth++) {
    const t = type[at];
    const segment = path[depth]!;
    let child = -1;
    let key = -1;
    if (t === EVENT_ID.MAPPING) {
      const want = String(segment);
      for (let j = at + 1; type[j] !== EVENT_ID.POP; j = after(events, j + 1), stepped++) {
        if (keyOf(text, events, j) === want) {
          key = j;
          child = j + 1;
          break;
        }
      }
    } else if (t === EVENT_ID.SEQUENCE) {
      const n = positionOf(segment);
      let j = at + 1;
      for (let k = 0; k < n && type[j] !== EVENT_ID.POP; k++, stepped++) j = after(events, j);
      if (n >= 0 && type[j] !== EVENT_ID.POP) child = j;
    }
    if (child < 0) break;
    at = child;
    keyAt = key;
  }
  const span = atKey && depth === path.length && keyAt >= 0 ? scalarSpan(events, keyAt) : nodeSpan(events, at);
  return { span: { start: span.start, end: span.end }, stepped: stepped + depth };
}

/** The document-shaped index of the events. */
function buildTree(text: string, events: EventTree): IndexedNode {
  const { type, root } = events;
  const top = nodeSpan(events, root);
  const stack: { node: IndexedNode; key?: { text: string; span: Span } }[] = [];
  if (type[root] !== EVENT_ID.SCALAR) {
    top.children = type[root] === EVENT_ID.MAPPING ? new Map() : [];
    stack.push({ node: top });
  }
  for (let i = root + 1; stack.length > 0; i++) {
    const t = type[i];
    if (t === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    const frame = stack[stack.length - 1]!;
    const node = nodeSpan(events, i);
    const children = frame.node.children!;
    if (Array.isArray(children)) children.push(node);
    else if (!frame.key) {
      frame.key = { text: keyOf(text, events, i), span: node };
      continue; // a key: acceptedEvents accepted only scalars here
    } else {
      node.keyStart = frame.key.span.start;
      node.keyEnd = frame.key.span.end;
      children.set(frame.key.text, node);
      frame.key = undefined;
    }
    if (t !== EVENT_ID.SCALAR) {
      node.children = t === EVENT_ID.MAPPING ? new Map() : [];
      stack.push({ node });
    }
  }
  return top;
}

/** The child of `node` at `segment`: a mapping's key as text, a sequence's position as a number or its decimal text. */
function childAt(node: IndexedNode, segment: string | number): IndexedNode | undefined {
  const c = node.children;
  if (c instanceof Map) return c.get(String(segment));
  return c?.[positionOf(segment)];
}

/**
 * The span of the deepest node along `path` in a document-shaped index: a
 * missing key points at its nearest existing parent; with `atKey`, a
 * mapping value found whole points at its key.
 */
export function locateIn(tree: IndexedNode, path: readonly (string | number)[], atKey = false): Span {
  let node = tree;
  let depth = 0;
  for (; depth < path.length; depth++) {
    const child = childAt(node, path[depth]!);
    if (!child) break;
    node = child;
  }
  return atKey && depth === path.length && node.keyStart >= 0 ? { start: node.keyStart, end: node.keyEnd } : { start: node.start, end: node.end };
}
