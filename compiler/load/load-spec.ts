// Stage 1: read veil.spec.yaml into plain data, keeping the YAML document so
// every later finding can be traced back to its line and column.
import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { SpecError, UsageError, type Diagnostic, type Finding } from '../diagnostics/diagnostic.ts';
import { fastLoad, locateIn } from './fast-load.ts';
import { placeAt, spanOf, type SpecSource } from './source.ts';

/** A spec is a page of YAML; anything this large is a mistake or an attack. */
export const MAX_SPEC_BYTES = 1024 * 1024;
/** Aliases a legitimate spec needs are few; this stops "billion laughs" expansion. */
export const MAX_ALIAS_COUNT = 100;

export interface LoadedSpec extends SpecSource {
  data: Record<string, unknown>;
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

export function loadSpec(file: string, bytes: Buffer = readSpecFile(file)): LoadedSpec {
  const text = decodeUtf8(file, bytes);
  const fast = fastLoad(text);
  if (fast) {
    const { index } = fast;
    return { file, text, lines: fast.lines, data: fast.data, locate: (path, atKey) => locateIn(index, path, atKey) };
  }
  return loadSlowly(file, text);
}

/** The `yaml` package's full parse: every problem of input the fast path refused, placed precisely. */
export function loadSlowly(file: string, text: string): LoadedSpec {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true, version: '1.2' });
  const src: SpecSource = { file, text, lines, locate: (path, atKey) => spanOf(doc, path, atKey) };

  const problems: Diagnostic[] = [...doc.errors, ...doc.warnings].map((e) => fromYamlError(src, e));
  if (problems.length) throw new SpecError(problems, text);

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
    throw new SpecError([placeAt(file, lines, {
      rule: 'VEIL-LOAD-008', severity: 'deny', path: [],
      message: `the spec must be a mapping of keys (cluster, network, nodes, ...), not ${Array.isArray(data) ? 'a list' : typeof data === 'string' ? 'a string' : String(data)}`,
      hint: 'start from the veil.spec.yaml in the veilc repository',
    }, { start: span[0], end: span[1] })], text);
  }
  return { ...src, data: data as Record<string, unknown> };
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
  TAB_AS_INDENT: ['VEIL-LOAD-006', 'YAML indentation must be spaces: replace the tab'],
  ALIAS_PROPS: ['VEIL-LOAD-003', 'an alias cannot carry a tag or anchor'],
  BAD_ALIAS: ['VEIL-LOAD-003', 'define the anchor (&name) before using the alias (*name)'],
};

function fromYamlError(src: SpecSource, e: YAMLError): Diagnostic {
  const isTab = e.code === 'TAB_AS_INDENT' || (/tab/i.test(e.message) && e.code !== 'DUPLICATE_KEY');
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
