// Stage 2: JSON Schema validation with ajv. Applies the schema's defaults and
// turns ajv's errors into findings with stable rule IDs and fix hints.
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Finding, PathSegment } from '../diagnostics/diagnostic.ts';
import { visible } from '../text/visible.ts';
import { QUOTE_MAX, quoteOrCount, quotePath } from '../text/clip.ts';
import { closest } from './did-you-mean.ts';
import { removedKey } from './removed-keys.ts';
import type { Spec } from './spec-types.ts';
import { loadValidator, validatorSchema } from './validator.ts';

export const SCHEMA_RULES = {
  unknownKey: 'VEIL-SCHEMA-001',
  required: 'VEIL-SCHEMA-002',
  type: 'VEIL-SCHEMA-003',
  format: 'VEIL-SCHEMA-004',
  enum: 'VEIL-SCHEMA-005',
  range: 'VEIL-SCHEMA-006',
  oneOf: 'VEIL-SCHEMA-007',
  // VEIL-SCHEMA-008 (duplicate list item) is retired: every repeat is VEIL-MODEL-004
  other: 'VEIL-SCHEMA-009',
  removed: 'VEIL-SCHEMA-010',
} as const;

export interface SchemaResult {
  /** The spec with defaults applied; only meaningful when findings is empty. */
  spec: Spec;
  findings: Finding[];
}

/** Validates a deep copy of `data` (ajv writes defaults into the data it checks): `data` stays as it was. */
export function validateSchema(data: unknown): SchemaResult {
  return validateSchemaInPlace(structuredClone(data));
}

/**
 * Validates `data` itself and writes the schema's defaults into it (the
 * returned spec is `data`): for a caller that owns the data, the pipeline's
 * freshly loaded spec, which would otherwise pay for a deep copy it never
 * reads again (~15-20 ms and ~6 MB at 5,000 nodes, README "Benchmark").
 */
export function validateSchemaInPlace(data: unknown): SchemaResult {
  const spec = data as Spec;
  const validate: ValidateFunction = loadValidator();
  validate(spec);
  return { spec, findings: toFindings(validate.errors ?? [], spec) };
}

/** JSON pointer lookup (RFC 6901) in the schema or the data. */
function resolvePointer(root: unknown, pointer: string): unknown {
  let node = root;
  for (const raw of pointer.replace(/^#/, '').split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function toFindings(errors: readonly ErrorObject[], data: unknown): Finding[] {
  // the schema object that holds the failing keyword, and the failing value
  for (const e of errors) {
    e.parentSchema ??= resolvePointer(validatorSchema, e.schemaPath.slice(0, e.schemaPath.lastIndexOf('/'))) as ErrorObject['parentSchema'];
    if (!('data' in e)) e.data = resolvePointer(data, e.instancePath);
  }
  // a failed oneOf also reports each branch's own errors; the oneOf summary says it better
  const oneOfPaths = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.schemaPath.replace(/\/oneOf$/, '/oneOf/'));
  // an if/then failure also reports "must match then"; the required error under it says it better.
  // uniqueItems stays in the schema for editors; veilc judges every keyed list in one
  // place (compiler/model/keyed-lists.ts, VEIL-MODEL-004)
  const kept = errors.filter((e) => e.keyword !== 'if' && e.keyword !== 'uniqueItems' && (e.keyword === 'oneOf' || !oneOfPaths.some((p) => e.schemaPath.startsWith(p))));
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const [i, e] of kept.entries()) {
    if (out.length === MAX_SCHEMA_FINDINGS) {
      // a hostile spec (tens of thousands of unknown keys) must not cost a did-you-mean and a code frame each
      out.push({ rule: SCHEMA_RULES.other, severity: 'deny', path: [], message: `${kept.length - i} more schema errors not shown (veilc reports the first ${MAX_SCHEMA_FINDINGS})`, hint: 'fix the errors above first; a spec this far from the schema is probably not a veil spec' });
      break;
    }
    const f = toFinding(e);
    const key = `${f.rule}|${f.path.join('/')}|${f.message}`;
    if (!seen.has(key)) { seen.add(key); out.push(f); }
  }
  return out;
}

/** Schema findings reported per run; the rest are counted in one more finding. */
export const MAX_SCHEMA_FINDINGS = 100;

function toFinding(e: ErrorObject): Finding {
  const path = pointerToPath(e.instancePath);
  const where = path.length ? `\`${visible(describe(path))}\`` : 'the spec';
  const p = e.params as Record<string, unknown>;
  const sch = e.parentSchema as { description?: string; properties?: Record<string, unknown>; enum?: unknown[] } | undefined;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const removed = removedKey(path, key);
      if (removed) return { rule: SCHEMA_RULES.removed, severity: 'deny', path: [...path, key], atKey: true, message: removed.message, hint: removed.hint };
      const known = Object.keys(sch?.properties ?? {});
      const guess = closest(key, known);
      return {
        rule: SCHEMA_RULES.unknownKey, severity: 'deny', path: [...path, key], atKey: true,
        message: `unknown key \`${visible(quoteOrCount(key))}\` in ${where}`,
        hint: key === '<<' ? 'merge keys (<<) are YAML 1.1; the spec is YAML 1.2, where << is an ordinary key: write the keys out'
          : guess ? `did you mean \`${guess}\`?` : known.length ? `allowed keys: ${known.join(', ')}` : 'remove it',
      };
    }
    case 'required': {
      const key = String(p.missingProperty);
      return { rule: SCHEMA_RULES.required, severity: 'deny', path, message: `${where} is missing the required key \`${key}\``, hint: `add \`${key}\`${describeProp(sch, key)}` };
    }
    case 'type':
      return { rule: SCHEMA_RULES.type, severity: 'deny', path, message: `${where} must be ${article(String(p.type))}, not ${kindOf(e.data)}`, hint: sch?.description ?? `write ${article(String(p.type))}` };
    case 'pattern':
      return { rule: SCHEMA_RULES.format, severity: 'deny', path, message: quotable(e) ? `${where} is ${show(e.data)}, which is not valid` : `${where} is not valid (${WITHHELD})`, hint: formatHint(sch?.description) };
    case 'not':
      return { rule: SCHEMA_RULES.format, severity: 'deny', path, message: `${where} is not valid: ${sch?.description ?? 'forbidden value'}`, hint: formatHint(sch?.description) };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const guess = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
      return { rule: SCHEMA_RULES.enum, severity: 'deny', path, message: `${where} is ${show(e.data)}; it must be one of: ${allowed.join(', ')}`, hint: guess ? `did you mean \`${guess}\`?` : enumHint(allowed) };
    }
    case 'minimum': case 'maximum': case 'exclusiveMinimum': case 'exclusiveMaximum':
    case 'minLength': case 'maxLength': case 'minItems': case 'maxItems': case 'minProperties': case 'maxProperties':
      return { rule: SCHEMA_RULES.range, severity: 'deny', path, message: `${where} ${e.message ?? 'is out of range'}`, hint: sch?.description ?? 'see the schema' };
    case 'oneOf':
      return { rule: SCHEMA_RULES.oneOf, severity: 'deny', path, message: `${where} must have exactly one of \`target\` or \`address\``, hint: 'use `target: ingress`, `target: host/NAME`, `target: node/NAME`, `target: object-store`, or `address: A.B.C.D`' };
    default:
      return { rule: SCHEMA_RULES.other, severity: 'deny', path, message: `${where} ${e.message ?? 'is invalid'}`, hint: sch?.description ?? 'see schema/veil.schema.json' };
  }
}

function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The path as a message quotes it: a key too long to quote only counted (clip.ts). */
function describe(path: PathSegment[]): string {
  return quotePath(path);
}

function describeProp(sch: { properties?: Record<string, unknown> } | undefined, key: string): string {
  const d = (sch?.properties?.[key] as { description?: string } | undefined)?.description;
  return d ? `: ${d}` : '';
}

const WITHHELD = 'the value is not repeated here: this field may carry credentials';

/**
 * Whether a message may quote the failing value: only for the schema's value
 * types ($defs: labels, DNS names, addresses, quantities, ...) and enums, whose
 * values are identifiers. A URL, an e-mail address, a user name or free text
 * may carry a credential, and a finding never quotes one (the redaction pass
 * in compiler/report/redact.ts also masks any secret the detectors find).
 */
function quotable(e: ErrorObject): boolean {
  return e.schemaPath.startsWith('#/$defs/') || e.keyword === 'enum';
}

/** What kind of value it is, never the value itself. */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a mapping' : typeof v === 'string' ? 'a string' : typeof v === 'boolean' ? 'a boolean' : 'a number';
}

/**
 * A value quoted in full (control characters made visible), or its kind when
 * it is long: never cut, since a cut quote could keep part of a secret that no
 * longer matches what is masked.
 */
function show(v: unknown): string {
  if (typeof v === 'string') return v.length <= QUOTE_MAX ? `"${visible(v)}"` : `a string of ${v.length} characters`;
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : kindOf(v);
}

function article(t: string): string {
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

function enumHint(allowed: string[]): string {
  return allowed.length === 1 ? `write \`${allowed[0]}\`` : `choose one of ${allowed.map((a) => `\`${a}\``).join(', ')}`;
}

function formatHint(description: string | undefined): string {
  return description ? `expected: ${description}` : 'see schema/veil.schema.json';
}

export { closest };
