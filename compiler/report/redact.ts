// The one pass every report goes through before any format renders it:
// nothing a report echoes of the spec (messages, hints, paths, waiver
// reasons, notes, the code frame's source line) may show a secret or a raw
// control character.
//
// What counts as a secret comes from the secret rules (policies/veil/
// secrets.rego), never from a second list here: the substrings their
// findings flagged in the spec (`redact`), plus what the same detectors
// (entrypoint veil/redactions) find in each text about to be echoed, which
// also covers comments and lines of a spec that did not even parse. Both are
// masked as `****`. Then control characters are made visible (visible.ts),
// and last the result is clipped to a bounded size (clip.ts): clipping after
// masking, so that a cut never leaves part of a secret the detectors could
// only recognise whole. A lone surrogate is U+FFFD throughout (well-formed.ts).
import { load } from 'js-yaml';
import type { Diagnostic, Excerpt } from '../diagnostics/diagnostic.ts';
import { loadPolicyEngine } from '../policy/engine.ts';
import type { ReportInput } from './render.ts';
import { clip, CLIP, windowExcerpt } from '../text/clip.ts';
import { escapeChar, isInvisible, visible } from '../text/visible.ts';
import { wellFormed } from '../text/well-formed.ts';

export const MASK = '****';

/** The detectors: for each text, the secret substrings in it. */
export type Detect = (texts: readonly string[]) => string[][] | Promise<string[][]>;

/** The compiled policy's detectors (loaded once per process). */
export const policyDetect: Detect = async (texts) => (await loadPolicyEngine()).redactions(texts);

/** Secrets shorter than this are masked only where they stand alone, so "x" does not eat every x. */
const SHORT = 4;
const WORD = /[\p{L}\p{N}_]/u;

/** Known secrets as the lines they span (a private key block is masked line by line). */
function secretLines(secrets: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const s of secrets) for (const line of s.split(/\r?\n/)) if (line.trim() !== '') out.add(line);
  // longest first, so a secret inside a longer one does not split its mask
  return [...out].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** Where secrets occur in `text`: sorted, merged [start, end) intervals of code units. */
export function secretRanges(text: string, secrets: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const s of secrets) {
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      const end = i + s.length;
      if (s.length < SHORT && (WORD.test(text[i - 1] ?? '') || WORD.test(text[end] ?? ''))) continue;
      found.push([i, end]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [a, b] of found) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** `text` with every secret masked and control characters visible. */
export function mask(text: string, secrets: readonly string[], opts: { lines?: boolean } = {}): string {
  let out = '';
  let at = 0;
  for (const [a, b] of secretRanges(text, secrets)) {
    out += visible(text.slice(at, a), opts) + MASK;
    at = b;
  }
  return out + visible(text.slice(at), opts);
}

/**
 * The source line of a finding as a report may show it, with the finding's
 * columns (1-based, end exclusive; `endColumn` null: to the end of the line)
 * moved to where they fall after masking and escaping. Tabs become spaces.
 */
export function excerptOf(line: string, column: number, endColumn: number | null, secrets: readonly string[]): Excerpt {
  const at: number[] = new Array(line.length + 1);
  let text = '';
  const ranges = secretRanges(line, secrets);
  let r = 0;
  for (let i = 0; i < line.length;) {
    const range = ranges[r];
    if (range && range[0] === i) {
      for (let j = range[0]; j < range[1]; j++) at[j] = text.length;
      text += MASK;
      i = range[1];
      r++;
      continue;
    }
    const c = line[i]!;
    at[i] = text.length;
    text += c === '\t' ? ' ' : isInvisible(c) ? escapeChar(c) : c;
    i++;
  }
  at[line.length] = text.length;
  const col = (n: number) => at[Math.min(Math.max(n - 1, 0), line.length)]! + 1;
  const start = col(column);
  const end = endColumn === null ? text.length + 1 : col(endColumn);
  return { text, start, end: Math.max(end, start + 1) };
}

interface EscapedScalar {
  /** The scalar as written in the line, quotes included. */
  raw: string;
  /** Its text after YAML has decoded the escapes. */
  decoded: string;
}

/** A double-quoted scalar on one line (group 2: its closing quote), or its start when it runs on past the line. */
const DOUBLE_QUOTED = /"((?:[^"\\]|\\.)*)("|$)/g;

/**
 * The double-quoted scalars of a source line that hold an escape, with their
 * decoded text (YAML 1.2.2 5.7, by the loader's own YAML library); one that
 * does not decode (a bad escape: the line has a syntax error) is left out.
 */
function escapedScalars(line: string): EscapedScalar[] {
  const out: EscapedScalar[] = [];
  for (const [raw, body, close] of line.matchAll(DOUBLE_QUOTED)) {
    if (!body!.includes('\\')) continue;
    try {
      const decoded: unknown = load(close ? raw : `${raw}"`);
      if (typeof decoded === 'string') out.push({ raw, decoded });
    } catch { /* not decodable: nothing to add */ }
  }
  return out;
}

/**
 * The report with everything it echoes made safe: secrets masked, control
 * characters visible, and each finding's source line attached as its
 * excerpt. The spec text itself is dropped, so no format can echo it raw.
 * When the detectors cannot run (a broken policy bundle), known secrets are
 * still masked and source lines are withheld.
 */
export async function redactReport(r: ReportInput, detect: Detect = policyDetect): Promise<ReportInput> {
  const lines = r.text?.split(/\r?\n/);
  // only findings in the spec quote a spec line (the gate's are in the output folder);
  // decoded from UTF-8, the spec's text holds no lone surrogate
  const source = (d: Diagnostic) => (r.specFile === undefined || d.file === r.specFile ? lines?.[d.line - 1] : undefined);
  // a secret written with escapes ("hunt\u0065r2") is in a line only as its escapes:
  // the detectors also see the decoded text of each escaped double-quoted scalar
  const escaped = new Map<string, EscapedScalar[]>();

  const texts = new Set<string>();
  // detected and masked in the same well-formed text (the engine sees a lone surrogate as U+FFFD)
  const add = (s: string | undefined) => { if (s) texts.add(wellFormed(s)); };
  for (const d of r.diagnostics) {
    add(d.message); add(d.hint); add(d.path); add(d.waived?.reason);
    const line = source(d);
    if (line === undefined || escaped.has(line)) continue;
    add(line);
    const scalars = escapedScalars(line);
    escaped.set(line, scalars);
    for (const e of scalars) add(e.decoded);
  }
  for (const n of r.notes ?? []) add(n);
  for (const c of r.checks ?? []) { add(c.name); add(c.failure); add(c.skipped); }
  forEachString(r.summary, add);

  const all = [...texts];
  let found: string[][] | null = [];
  if (all.length) {
    try {
      found = await detect(all);
    } catch {
      found = null; // the detectors are broken: mask what is known, echo no source line
    }
  }
  const known = secretLines(r.redact ?? []);
  const spans = new Map(all.map((t, i) => [t, secretLines([...known, ...(found?.[i] ?? [])])]));
  // an escaped scalar whose decoded text holds a secret is masked whole, escapes and all
  for (const [line, scalars] of escaped) {
    const hidden = scalars.filter((e) => {
      const text = wellFormed(e.decoded);
      return secretRanges(text, spans.get(text) ?? known).length > 0;
    }).map((e) => e.raw);
    if (hidden.length) spans.set(line, secretLines([...(spans.get(line) ?? known), ...hidden]));
  }
  // detectors and masks see the whole text; only what they made safe is clipped
  const safe = (s: string, opts: { lines?: boolean } = {}, max: number = CLIP.text) => {
    const text = wellFormed(s);
    return clip(mask(text, spans.get(text) ?? known, opts), max, opts);
  };

  const diagnostics = r.diagnostics.map((d): Diagnostic => {
    // The path is clipped like any echoed text, in the machine formats too
    // (json `path`, SARIF logicalLocations and fingerprint), deliberately:
    // there it says where the finding is, it is not what a waiver is matched
    // by. Waivers are matched by the policy on the full path before any
    // report is made; a waiver's path is at most 512 characters (CLIP.path),
    // so every path a waiver can name is still shown whole; and the path a
    // report shows already differs from the key wherever a secret in it is
    // masked. Kept whole, one key would make the report a megabyte. The
    // place itself stays exact in line and column.
    const out: Diagnostic = { ...d, message: safe(d.message), path: safe(d.path, {}, CLIP.path) };
    if (d.hint !== undefined) out.hint = safe(d.hint);
    if (d.waived) out.waived = { reason: safe(d.waived.reason), expires: d.waived.expires };
    const line = source(d);
    if (line !== undefined && found !== null) {
      out.excerpt = windowExcerpt(excerptOf(line, d.column, d.endLine === d.line ? d.endColumn : null, spans.get(line) ?? known));
    } else {
      delete out.excerpt;
    }
    return out;
  });
  const { text: _text, redact: _redact, ...rest } = r;
  return {
    ...rest,
    diagnostics,
    ...(r.notes ? { notes: r.notes.map((n) => safe(n, { lines: true })) } : {}),
    ...(r.checks ? { checks: r.checks.map((c) => ({ ...c, name: safe(c.name), ...(c.failure !== undefined ? { failure: safe(c.failure, { lines: true }) } : {}), ...(c.skipped !== undefined ? { skipped: safe(c.skipped) } : {}) })) } : {}),
    ...(r.summary ? { summary: mapStrings(r.summary, (s) => safe(s, { lines: true })) as Record<string, unknown> } : {}),
  };
}

/**
 * A free-standing message (an error on stderr) made safe like a report:
 * what the detectors find masked, control characters visible, lines kept.
 */
export async function safeText(text: string, detect: Detect = policyDetect): Promise<string> {
  const r = await redactReport({ diagnostics: [], notes: [text], rulesEvaluated: [], version: '' }, detect);
  return r.notes![0]!;
}

function forEachString(v: unknown, f: (s: string) => void): void {
  if (typeof v === 'string') f(v);
  else if (Array.isArray(v)) for (const x of v) forEachString(x, f);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) forEachString(x, f);
}

function mapStrings(v: unknown, f: (s: string) => string): unknown {
  if (typeof v === 'string') return f(v);
  if (Array.isArray(v)) return v.map((x) => mapStrings(x, f));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapStrings(x, f)]));
  return v;
}
