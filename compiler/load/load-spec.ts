// Stage 1: read veil.spec.yaml into plain data, keeping the YAML document so
// every later finding can be traced back to its line and column.
import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { isAlias, isScalar, parseDocument, visit, type Document, type Node, type Pair, type YAMLError } from 'yaml';
import { SpecError, sortDiagnostics, UsageError, type Diagnostic, type Finding } from '../diagnostics/diagnostic.ts';
import { visible } from '../text/visible.ts';
import { decodedControlFindings, rawControlFindings } from './control-chars.ts';
import { slowSchema } from './core-schema.ts';
import { fastLoad } from './fast-load.ts';
import { LineIndex } from './line-index.ts';
import { firstTooDeep, MAX_NESTING_DEPTH } from './nesting.ts';
import { placeAt, spanOf, type SpecSource } from './source.ts';
import { quoteOrCount } from '../text/clip.ts';
import { sizedByLoading } from '../young-generation.ts';

/** A spec is a page of YAML; anything this large is a mistake or an attack. */
export const MAX_SPEC_BYTES = 1024 * 1024;
/** Aliases a legitimate spec needs are few; this stops "billion laughs" expansion. */
export const MAX_ALIAS_COUNT = 100;

export interface LoadedSpec extends SpecSource {
  /**
   * The document as loaded. The pipeline validates it in place
   * (validateSchemaInPlace), so after the schema stage it also holds the
   * schema's defaults: it is then the spec, not only what the file says.
   */
  data: Record<string, unknown>;
}

/**
 * Load findings that still left a whole document (duplicate keys, control
 * characters, tags outside the core schema): `spec` is that document, so the
 * caller can judge the rest of the file (the schema) and report both.
 */
export class RecoverableLoadError extends SpecError {
  constructor(diagnostics: Diagnostic[], text: string, readonly spec: LoadedSpec) {
    super(diagnostics, text);
    this.name = 'RecoverableLoadError';
  }
}

export function readSpecFile(file: string): Buffer {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new UsageError(`${file} is not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
      'pass the spec with --spec FILE, or run veilc in the folder that holds veil.spec.yaml');
  }
  if (size > MAX_SPEC_BYTES) {
    throw new SpecError([fileLevel(file, 'VEIL-LOAD-004', `spec is ${size} bytes; the limit is ${MAX_SPEC_BYTES}`,
      'a cluster spec is a few kilobytes: check that the right file was passed')]);
  }
  return readFileSync(file);
}

/**
 * The spec's data with source positions. Throws SpecError when the text is
 * not a YAML mapping at all, and RecoverableLoadError (a SpecError that
 * carries the document) for problems that leave one behind. Loading sizes
 * V8's young generation, which is held at that size after (young-generation.ts).
 */
export function loadSpec(file: string, bytes: Buffer = readSpecFile(file)): LoadedSpec {
  return sizedByLoading(() => parseSpec(file, bytes));
}

function parseSpec(file: string, bytes: Buffer): LoadedSpec {
  const text = decodeUtf8(file, bytes);
  const lines = new LineIndex(text);
  const found: Diagnostic[] = rawControlFindings(file, text, lines);
  let spec: LoadedSpec;
  const fast = found.length ? undefined : fastLoad(text, lines);
  if (fast) {
    const { index } = fast;
    spec = { file, text, lines: fast.lines, data: fast.data, locate: (path, atKey) => index.locate(path, atKey) };
  } else {
    try {
      spec = loadSlowly(file, text, lines);
    } catch (e) {
      if (e instanceof RecoverableLoadError) {
        spec = e.spec;
        found.push(...e.diagnostics);
      } else if (e instanceof SpecError && found.length) {
        throw new SpecError(sortDiagnostics([...found, ...e.diagnostics]), text);
      } else throw e;
    }
  }
  found.push(...decodedControlFindings(spec, spec.data, !fast));
  if (found.length) throw new RecoverableLoadError(sortDiagnostics(found), text, spec);
  return spec;
}

/** YAML problems after which the document is still whole: reported, then the rest is judged. */
const RECOVERABLE = new Set(['TAG_RESOLVE_FAILED', 'BAD_DIRECTIVE']);

/**
 * The `yaml` package's full parse: every problem of input the fast path
 * refused, placed precisely. A repeated key keeps its first value (the repeat
 * is reported and dropped), so data and positions stay in step. `lines`:
 * the text's line starts, when the caller has them already.
 */
export function loadSlowly(file: string, text: string, lines: LineIndex = new LineIndex(text)): LoadedSpec {
  const deep = firstTooDeep(text);
  if (deep !== undefined) {
    // never let the recursive composer near it: see nesting.ts
    throw new SpecError([placeAt(file, lines, {
      rule: 'VEIL-LOAD-001', severity: 'deny', path: [],
      message: 'YAML: the spec nests lists or mappings deeper than veilc reads',
      hint: `a cluster spec nests a few levels deep (veilc reads up to ${MAX_NESTING_DEPTH}): check for runaway brackets`,
    }, { start: deep, end: deep + 1 })], text);
  }
  const doc = parseDocument(text, {
    prettyErrors: false, strict: true, version: '1.2', logLevel: 'error',
    schema: slowSchema(),
    // the document does not exist yet: alias keys are compared after the parse, in dropRepeatedKeys
    uniqueKeys: (a, b) => jsKey(undefined, a) !== undefined && jsKey(undefined, a) === jsKey(undefined, b),
  });
  const src: SpecSource = { file, text, lines, locate: (path, atKey) => spanOf(doc, path, atKey) };

  const fatal: Diagnostic[] = [];
  const recoverable: Diagnostic[] = [];
  const repeats: Diagnostic[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    // a whole document reports repeats through dropRepeatedKeys, with both lines
    const into = e.code === 'DUPLICATE_KEY' ? repeats : RECOVERABLE.has(e.code) ? recoverable : fatal;
    into.push(fromYamlError(src, e));
  }
  if (fatal.length) throw new SpecError(capped(file, sortDiagnostics([...fatal, ...recoverable, ...repeats])), text);

  if (doc.contents === null || text.trim() === '' || isOnlyComments(text)) {
    throw new SpecError([fileLevel(file, 'VEIL-LOAD-007', 'the spec is empty',
      'start from the veil.spec.yaml in the veilc repository; `cluster`, `network` and `nodes` are required')]);
  }

  const unresolved = firstUnresolvedAlias(doc);
  if (unresolved) {
    throw new SpecError([placeAt(file, lines, {
      rule: 'VEIL-LOAD-003', severity: 'deny', path: [], message: `alias *${unresolved.name} refers to no anchor`,
      hint: `define the anchor &${unresolved.name} before this alias, or write the value out`,
    }, unresolved.span)], text);
  }
  recoverable.push(...versionDirective(src, doc), ...dropRepeatedKeys(src, doc));

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // yaml throws a ReferenceError when alias expansion exceeds maxAliasCount
    throw new SpecError([placeAt(file, lines, {
      rule: 'VEIL-LOAD-003', severity: 'deny', path: [],
      message: `too many alias expansions (${(e as Error).message})`,
      hint: `write the values out; veilc expands at most ${MAX_ALIAS_COUNT} aliases`,
    }, { start: 0, end: 1 })], text);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const span = doc.contents?.range ?? [0, 1];
    throw new SpecError([...recoverable, placeAt(file, lines, {
      rule: 'VEIL-LOAD-008', severity: 'deny', path: [],
      message: `the spec must be a mapping of keys (cluster, network, nodes, ...), not ${Array.isArray(data) ? 'a list' : typeof data === 'string' ? 'a string' : String(data)}`,
      hint: 'start from the veil.spec.yaml in the veilc repository',
    }, { start: span[0], end: span[1] })], text);
  }
  const spec = { ...src, data: data as Record<string, unknown> };
  if (recoverable.length) throw new RecoverableLoadError(sortDiagnostics(recoverable), text, spec);
  return spec;
}

/**
 * The property name a mapping key becomes in the data (the yaml package's own
 * rule: null is '', a scalar its String()), or undefined for a list or
 * mapping as a key. `1` and `'1'` are different YAML keys but one property,
 * so they count as a repeat.
 */
function jsKey(doc: Document.Parsed | undefined, key: unknown): string | undefined {
  if (key === null) return '';
  const node = isAlias(key) ? (doc ? key.resolve(doc) : undefined) : key;
  if (!isScalar(node)) return undefined;
  return node.value === null ? '' : String(node.value);
}

/** VEIL-LOAD-002 for every repeated key, which is dropped; VEIL-LOAD-010 for a list or mapping used as a key, also dropped. */
function dropRepeatedKeys(src: SpecSource, doc: Document.Parsed): Diagnostic[] {
  const out: Diagnostic[] = [];
  let repeats = 0;
  visit(doc, {
    Map(_, map) {
      const seen = new Map<string, Pair>();
      map.items = map.items.filter((pair) => {
        const span = { start: (pair.key as Node | null)?.range?.[0] ?? 0, end: (pair.key as Node | null)?.range?.[1] ?? 1 };
        const k = jsKey(doc, pair.key);
        if (k === undefined) {
          if (++repeats > MAX_REPEATED_KEYS) return false;
          out.push(placeAt(src.file, src.lines, {
            rule: 'VEIL-LOAD-010', severity: 'deny', path: [], message: 'YAML: a list or mapping is used as a mapping key',
            hint: 'keys are names: write a plain key',
          }, span));
          return false;
        }
        const first = seen.get(k);
        if (!first) { seen.set(k, pair); return true; }
        if (++repeats > MAX_REPEATED_KEYS) return false; // counted below, not described
        const firstLine = src.lines.linePos((first.key as Node).range?.[0] ?? 0).line;
        out.push(placeAt(src.file, src.lines, {
          rule: 'VEIL-LOAD-002', severity: 'deny', path: [],
          message: `YAML: the key ${JSON.stringify(visible(quoteOrCount(k)))} appears again in this mapping (first at line ${firstLine})`,
          hint: 'each key may appear once per mapping: delete or merge the repeated one',
        }, span));
        return false;
      });
      return undefined;
    },
  });
  if (repeats > MAX_REPEATED_KEYS) {
    out.push(fileLevel(src.file, 'VEIL-LOAD-002', `${repeats - MAX_REPEATED_KEYS} more repeated keys not shown (veilc reports the first ${MAX_REPEATED_KEYS})`, 'fix the keys above first'));
  }
  return out;
}

/** Repeated keys (and YAML errors) described per run; the rest are counted in one more finding. */
const MAX_REPEATED_KEYS = 100;

function capped(file: string, diags: Diagnostic[]): Diagnostic[] {
  if (diags.length <= MAX_REPEATED_KEYS) return diags;
  return [...diags.slice(0, MAX_REPEATED_KEYS), fileLevel(file, 'VEIL-LOAD-001', `${diags.length - MAX_REPEATED_KEYS} more YAML errors not shown (veilc reports the first ${MAX_REPEATED_KEYS})`, 'fix the errors above first')];
}

/** veilc reads YAML 1.2 (core schema) whatever the file says; a `%YAML 1.1` directive would have asked for another meaning. */
function versionDirective(src: SpecSource, doc: Document.Parsed): Diagnostic[] {
  const y = doc.directives?.yaml;
  if (!y?.explicit || y.version === '1.2') return [];
  const at = /^%YAML[ \t]/m.exec(src.text)?.index ?? 0;
  return [placeAt(src.file, src.lines, {
    rule: 'VEIL-LOAD-010', severity: 'deny', path: [],
    message: `YAML: the %YAML ${y.version} directive asks for a meaning veilc does not apply: the spec is read as YAML 1.2 (core schema), where yes/no are strings, 017 is seventeen and << is an ordinary key`,
    hint: 'delete the %YAML line and write the values as YAML 1.2 means them',
  }, { start: at, end: at + 5 })];
}

function decodeUtf8(file: string, bytes: Buffer): string {
  // buffer.isUtf8 is native; a fatal TextDecoder loads the encoding machinery (~5 ms at start-up)
  if (isUtf8(bytes)) {
    const text = bytes.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  const at = firstInvalidUtf8(bytes);
  const before = bytes.subarray(0, at).toString('latin1');
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  const d = fileLevel(file, 'VEIL-LOAD-005', `the spec is not valid UTF-8 (byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at offset ${at})`,
    'save the file as UTF-8');
  throw new SpecError([{ ...d, line, column, endLine: line, endColumn: column + 1 }]);
}

function firstInvalidUtf8(bytes: Buffer): number {
  let lo = 0, hi = bytes.length;
  // binary search the shortest invalid prefix; a prefix cut mid-character is
  // also invalid, so step back to the start of that character afterwards
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isUtf8(bytes.subarray(0, mid + 1))) lo = mid + 1; else hi = mid;
  }
  let at = lo;
  while (at > 0 && (bytes[at]! & 0xc0) === 0x80) at--;
  return at;
}

const YAML_HINTS: Record<string, [string, string]> = {
  DUPLICATE_KEY: ['VEIL-LOAD-002', 'each key may appear once per mapping: delete or merge the repeated one'],
  TAG_RESOLVE_FAILED: ['VEIL-LOAD-010', 'the spec is YAML 1.2 (core schema): use only !!str, !!int, !!float, !!bool, !!null, !!map, !!seq, with a value of that type, or drop the tag'],
  BAD_DIRECTIVE: ['VEIL-LOAD-010', 'delete the directive: veilc reads YAML 1.2 and knows only %YAML 1.2 and %TAG'],
  TAB_AS_INDENT: ['VEIL-LOAD-006', 'YAML indentation must be spaces: replace the tab'],
  ALIAS_PROPS: ['VEIL-LOAD-003', 'an alias cannot carry a tag or anchor'],
  BAD_ALIAS: ['VEIL-LOAD-003', 'define the anchor (&name) before using the alias (*name)'],
};

function fromYamlError(src: SpecSource, e: YAMLError): Diagnostic {
  const isTab = e.code === 'TAB_AS_INDENT' || (/\btabs?\b/i.test(e.message) && !(e.code in YAML_HINTS));
  const [rule, hint] = YAML_HINTS[isTab ? 'TAB_AS_INDENT' : e.code] ??
    ['VEIL-LOAD-001', 'fix the YAML syntax at this position (check indentation, quotes and colons)'];
  const firstLine = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const f: Finding = { rule, severity: 'deny', path: [], message: `YAML: ${firstLine}`, hint };
  let start = e.pos[0];
  const quote = e.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(e.message)?.[1] : undefined;
  if (quote) {
    // the parser notices at end of input; the user needs the quote that was opened
    start = src.text.lastIndexOf(quote, e.pos[0] - 1);
    f.message = 'YAML: this quoted string is never closed';
    f.hint = `add the closing ${quote}`;
  }
  return placeAt(src.file, src.lines, f, { start, end: Math.max(e.pos[1], start + 1) });
}

function firstUnresolvedAlias(doc: Document.Parsed): { name: string; span: { start: number; end: number } } | undefined {
  let found: { name: string; span: { start: number; end: number } } | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) === undefined) {
        const [start, end] = node.range ?? [0, 1];
        found = { name: node.source, span: { start, end } };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function isOnlyComments(text: string): boolean {
  return text.split(/\r?\n/).every((l) => /^\s*(#.*)?$/.test(l) || /^(---|\.\.\.)\s*$/.test(l));
}

function fileLevel(file: string, rule: string, message: string, hint: string): Diagnostic {
  return { rule, severity: 'deny', message, hint, path: '', file, line: 1, column: 1, endLine: 1, endColumn: 2 };
}
