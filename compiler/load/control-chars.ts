// Invisible and reordering characters in the spec (VEIL-LOAD-009). veilc
// copies spec text into runbooks, zone-file comments, manifests and terminal
// output; a control character there is invisible, or executed by a terminal
// (ESC sequences), and a bidirectional override makes a line read in a
// different order than a reviewer sees it (Trojan Source, CVE-2021-42574,
// https://trojansource.codes/). None of them has a use in a cluster spec.
//
// Forbidden: C0 controls except tab and line feed (a carriage return only as
// part of a CRLF line break), DEL, C1 controls, and the Unicode bidirectional
// embeddings, overrides and isolates U+202A-U+202E and U+2066-U+2069.
// Anywhere in the file, comments included, and also when written as an escape
// in a double-quoted string ("\e", "\x1b", "\u202e", ...). An escape can also
// write half of a surrogate pair alone ("\ud800"): no character at all, which
// UTF-8 cannot encode and the policy engine's JSON parser refuses (the raw
// text cannot hold one: it is decoded from valid UTF-8).
// A tab inside a value is allowed: YAML itself treats tab as white space, it
// is visible as space in every output veilc writes, and the typed fields
// (names, addresses, quantities) reject it through their schema patterns.
import type { LinePositions } from './line-index.ts';
import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.ts';
import { quotePath } from '../text/clip.ts';
import { visible } from '../text/visible.ts';
import { LONE_SURROGATE } from '../text/well-formed.ts';
import { placeAt, type Span, type SpecSource } from './source.ts';

/** In the file's text: a CR is fine only before an LF (a CRLF line break). */
const RAW = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;
/** In a value or key, after YAML has decoded escapes and line breaks: a control, or a surrogate outside a pair. */
const DECODED = new RegExp(`[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]|${LONE_SURROGATE.source}`);

const NAMES: Record<number, string> = {
  0x00: 'NUL', 0x07: 'BEL', 0x08: 'BACKSPACE', 0x0b: 'VERTICAL TAB', 0x0c: 'FORM FEED', 0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE', 0x7f: 'DELETE', 0x85: 'NEXT LINE', 0x9b: 'CONTROL SEQUENCE INTRODUCER',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE', 0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE',
};

export const CONTROL_RULE = 'VEIL-LOAD-009';
/** A spec with more offending lines than this is not a spec; the rest are summarised. */
export const MAX_CONTROL_FINDINGS = 50;

export function isBidi(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** `U+001B (ESCAPE)`: how a forbidden character is named in messages (never the character itself). */
export function describeControl(code: number): string {
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  const name = NAMES[code] ?? (isSurrogate(code) ? 'LONE SURROGATE' : code < 0x20 ? 'C0 CONTROL' : 'C1 CONTROL');
  return `U+${hex} (${name})`;
}

export function hasControl(s: string): boolean {
  return DECODED.test(s);
}

export function controlHint(code: number): string {
  if (isSurrogate(code)) return 'write the character itself, or both halves of its surrogate pair (\\uD83D\\uDE00): half a pair is no character, and UTF-8 and JSON cannot carry it';
  return isBidi(code)
    ? 'delete it: a bidirectional control makes the line display in a different order than it is read (Trojan Source, CVE-2021-42574)'
    : 'delete it (an editor shows it with "show invisibles"; `cat -A` prints it as ^X or M-X); write text as visible characters';
}

export interface ControlRun {
  /** Offsets of the first and one past the last forbidden character on one line. */
  start: number;
  end: number;
  first: number;
  count: number;
}

/** Forbidden characters in the raw text, one run per line (first to last on that line). */
export function rawControlRuns(text: string): ControlRun[] {
  const runs: ControlRun[] = [];
  let current: ControlRun | undefined;
  let lineEnd = -1;
  for (const m of text.matchAll(RAW)) {
    const at = m.index;
    if (current && at < lineEnd) {
      current.end = at + 1;
      current.count++;
      continue;
    }
    const nl = text.indexOf('\n', at);
    lineEnd = nl === -1 ? text.length : nl;
    current = { start: at, end: at + 1, first: text.charCodeAt(at), count: 1 };
    runs.push(current);
  }
  return runs;
}

/**
 * Escape sequences in the source of one double-quoted scalar (`src` includes
 * the quotes) that decode to a forbidden character: offsets into `src` and the
 * code. YAML 1.2.2 5.7 lists the escapes.
 */
export function forbiddenEscapes(src: string): { at: number; length: number; code: number }[] {
  const out: { at: number; length: number; code: number }[] = [];
  const single: Record<string, number> = { '0': 0, a: 7, b: 8, v: 0x0b, f: 0x0c, r: 0x0d, e: 0x1b, N: 0x85 };
  const digits: Record<string, number> = { x: 2, u: 4, U: 8 };
  for (let i = 0; i < src.length; i++) {
    if (src[i] !== '\\') continue;
    const c = src[i + 1] ?? '';
    let code: number | undefined;
    let length = 2;
    if (c in single) code = single[c];
    else if (c in digits) {
      const hex = src.slice(i + 2, i + 2 + digits[c]!);
      if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === digits[c]) {
        code = parseInt(hex, 16);
        length = 2 + hex.length;
      }
    }
    // a high surrogate written right before a low one (or after an escaped line break) is one character, written as its UTF-16 pair
    const low = code !== undefined && isSurrogate(code) && code <= 0xdbff ? /^(?:\\\r?\n[ \t]*)?\\(u|U0000)[dD][c-fC-F][0-9a-fA-F]{2}/.exec(src.slice(i + length)) : null;
    if (low) length += low[0].length;
    // past U+10FFFF an escape is no character at all: the loader reports it as a syntax error
    else if (code !== undefined && code <= 0x10ffff && DECODED.test(String.fromCodePoint(code))) out.push({ at: i, length, code });
    i += length - 1; // `\\` is one escape: the second backslash starts nothing
  }
  return out;
}

/** VEIL-LOAD-009 for every line of the raw text with a forbidden character (at most MAX_CONTROL_FINDINGS). */
export function rawControlFindings(file: string, text: string, lines: LinePositions): Diagnostic[] {
  const runs = rawControlRuns(text);
  const shown = runs.slice(0, MAX_CONTROL_FINDINGS);
  return shown.map((r, i) => {
    const more = r.count > 1 ? ` and ${r.count - 1} more on this line` : '';
    const rest = i === shown.length - 1 && runs.length > shown.length ? ` (and ${runs.length - shown.length} more lines with control characters)` : '';
    const kind = isBidi(r.first) ? 'bidirectional control' : 'control character';
    return placeAt(file, lines, {
      rule: CONTROL_RULE, severity: 'deny', path: [],
      message: `${kind} ${describeControl(r.first)}${more}${rest}`,
      hint: controlHint(r.first),
    }, { start: r.start, end: r.end });
  });
}

/**
 * VEIL-LOAD-009 for keys and values that hold a forbidden character the raw
 * text does not show: written as an escape in a double-quoted string (placed
 * at the escape), or reached through an alias (placed at the alias).
 * `aliases: false` when the data cannot hold any (the fast loader refuses
 * them), so only an escape can hide one.
 */
export function decodedControlFindings(src: SpecSource, data: unknown, aliases = true): Diagnostic[] {
  const raw = rawControlRuns(src.text);
  const inRaw = (span: Span) => raw.some((r) => r.start >= span.start && r.start < span.end);
  const out: Diagnostic[] = [];
  // one path, extended and shortened along the walk below: a spec of thousands
  // of nodes has tens of thousands of values, and a copy of the path for each
  // was most of the walk's time; only a finding keeps a copy
  const at: PathSegment[] = [];
  const judge = (s: string, atKey: boolean) => {
    if (!hasControl(s) || out.length >= MAX_CONTROL_FINDINGS) return;
    const path = [...at];
    const span = src.locate(path, atKey);
    if (inRaw(span)) return;
    const where = `${atKey ? 'the key ' : ''}\`${visible(quotePath(path))}\``;
    const escapes = forbiddenEscapes(src.text.slice(span.start, span.end));
    if (!escapes.length) {
      const code = s.charCodeAt(s.search(DECODED));
      out.push(placeAt(src.file, src.lines, { rule: CONTROL_RULE, severity: 'deny', path, message: `${where} holds ${describeControl(code)}`, hint: controlHint(code) }, span));
      return;
    }
    for (const e of escapes) {
      const escape = src.text.slice(span.start + e.at, span.start + e.at + e.length);
      out.push(placeAt(src.file, src.lines, {
        rule: CONTROL_RULE, severity: 'deny', path,
        message: `the escape ${escape} writes ${describeControl(e.code)} into ${where}`, hint: controlHint(e.code),
      }, { start: span.start + e.at, end: span.start + e.at + e.length }));
    }
  };
  const walk = (v: unknown) => {
    if (typeof v === 'string') judge(v, false);
    else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        at.push(i);
        walk(v[i]);
        at.pop();
      }
    } else if (v !== null && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        at.push(k);
        judge(k, true);
        walk((v as Record<string, unknown>)[k]);
        at.pop();
      }
    }
  };
  // only a double-quoted escape or an alias can hide one from the raw scan (a cron
  // schedule has a '*' in nearly every spec: with no aliases possible, it does not count)
  if (src.text.includes('\\') || (aliases && src.text.includes('*'))) walk(data);
  return out;
}
