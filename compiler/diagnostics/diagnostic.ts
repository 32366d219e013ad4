// The one shape every stage reports findings in. A finding is born with a spec
// path (segments); `locate` turns it into file:line:col once, at the edge.

export type Severity = 'deny' | 'warn';
export type PathSegment = string | number;
export type SpecPath = readonly PathSegment[];

/** What a stage produces: a rule verdict tied to a place in the spec. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  path: SpecPath;
  hint?: string;
  /** Point at the key instead of the value (unknown keys). */
  atKey?: boolean;
}

export interface Waived {
  reason: string;
  expires: string;
}

/** A finding placed in the spec file: what users and reporters see. */
export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  /** Human-readable spec path, e.g. `objectStore.erasure.data` or `nodes[1].address`. */
  path: string;
  file: string;
  line: number;
  column: number;
  /** Where the offending node ends (for SARIF regions and editor ranges). */
  endLine: number;
  endColumn: number;
  hint?: string;
  waived?: Waived;
  /** The spec line it points at, as reports echo it (compiler/report/redact.ts fills it in). */
  excerpt?: Excerpt;
}

/** A source line made safe to echo: secrets masked as `****`, control characters visible. */
export interface Excerpt {
  text: string;
  /** 1-based columns in `text` of the span to underline; `end` is exclusive. */
  start: number;
  end: number;
}

/** `nodes[1].address` from ['nodes', 1, 'address']. */
export function formatPath(path: SpecPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** Inverse of formatPath, for waivers and policy output written as strings. */
export function parsePath(text: string): PathSegment[] {
  const out: PathSegment[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]/g;
  for (const m of text.matchAll(re)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

export function countBySeverity(diags: readonly Diagnostic[]): { deny: number; warn: number; waived: number } {
  let deny = 0, warn = 0, waived = 0;
  for (const d of diags) {
    if (d.waived) waived++;
    else if (d.severity === 'deny') deny++;
    else warn++;
  }
  return { deny, warn, waived };
}

/** Stable order: by line, column, then rule, so output never depends on evaluation order. */
export function sortDiagnostics(diags: Diagnostic[]): Diagnostic[] {
  return diags.sort((a, b) => a.line - b.line || a.column - b.column || cmp(a.rule, b.rule) || cmp(a.message, b.message));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An error that stops the pipeline with diagnostics already placed (exit 1). */
export class SpecError extends Error {
  /**
   * `text` is the spec's source, for code frames, when it could be decoded;
   * `redact` the secret substrings found in it, masked wherever reports echo the spec.
   */
  constructor(readonly diagnostics: Diagnostic[], readonly text?: string, readonly redact: readonly string[] = []) {
    super(`${diagnostics.length} problem(s) in the spec`);
    this.name = 'SpecError';
  }
}

/** Usage or I/O failure (exit 2): bad flags, unreadable file, missing tool, broken Wasm. */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}
