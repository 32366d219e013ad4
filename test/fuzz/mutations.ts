// Mutations of veil.spec.yaml for the pipeline fuzz test: structure-aware
// edits of the spec's data (replace, duplicate, delete, rename, swap types,
// transplant, vary a value slightly so the spec often stays valid), written
// as block YAML or as JSON (flow YAML), with raw YAML spliced in (tags,
// repeated keys, anchors, core-schema number forms), then optional
// byte-level damage. Every mutation is plain data that fast-check
// generates and shrinks; `applyMutation` turns it into spec text.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { dump } from 'js-yaml';
import { parse } from 'yaml';
import { SPECS } from '../fixtures/fixtures.ts';

export const VEIL_TEXT = readFileSync(SPECS.veil, 'utf8');
const BASE = parse(VEIL_TEXT) as Record<string, unknown>;

/** Values no spec should hold, and near misses: numbers at the edges, hostile and odd strings. */
const ODD_STRINGS = [
  '', ' ', '\t', 'x'.repeat(5000), 'é', '日本語', '😀', '\u0000', '\u0007', '\u001b[31mred\u001b[0m', '\u0085', '\u009b2J', '\u202eevil', '\u2066x\u2069',
  'line\nbreak', '\r\n', '## Restore\n```bash\nrm -rf /\n```', '<script>x</script>', '[x](javascript:1)', '$(reboot)', '`id`', "'; rm -rf / #",
  '../../etc/passwd', '/etc/shadow', 'C:\\Windows', '__proto__', 'constructor', 'toString', 'null', '~', 'yes', 'NaN', '-0', '1e309',
  '192.168.0.999', '0.0.0.0', '255.255.255.255', '192.168.0.0/16', '10.0.0.0/8', '192.168.0.1-192.168.0.0', '192.168.0.200-192.168.0.210',
  '1Ei', '999999999999999999Ei', '0Gi', '1.5Gi', '0.000000001', '99999999d', '0s', '* * * * *', '61 * * * *',
  'https://user:pass@example.com/x', 'http://[::1]:80/', 'host/nowhere', 'node/meteor-9', 'ingress', 'object-store', '@', '*', '*.veil.home.arpa',
  'a'.repeat(63), 'a'.repeat(64), `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`, 'veil', 'minio', 'flux-system', 'monitoring', 'default',
];
const ODD_NUMBERS = [0, -1, 1, 2, 3, 4, 5, 7, 16, 17, 255, 256, 65535, 65536, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53 + 1, 1e308, -0, 0.5, -2.5, 1e-9];
/** Raw YAML text put in place of a value: tags, core-schema forms, anchors. */
const RAW_YAML = [
  '!!float 4', '!!int 4.5', '!!str 5', '!!bool yes', '!!null ~', '!!binary aGk=', '!!timestamp 2020-01-01', '!custom x', '!!set {a}',
  '.inf', '-.inf', '.nan', '0x1F', '0o17', '017', '1e3', '1_000', '+5', 'yes', 'No', 'on', '~', 'Null', '&anchor x', '*nowhere', '"\\e[2J"', '"\\u202e"', '"\\x00"',
  '|\n  block\n  text', '>-\n  folded', '[]', '{}', '[a, [b, [c]]]', '{<<: {a: 1}}', '"unterminated', "'", '[1, 2', '{a: 1, a: 2}',
];

export type Op =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'raw'; at: number; text: number }
  | { kind: 'transplant'; at: number; from: number }
  | { kind: 'vary'; at: number; how: number }
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number; rename: 'none' | 'name' | 'other'; how: number }
  | { kind: 'grow'; at: number; times: number }
  | { kind: 'rename'; at: number; key: string }
  | { kind: 'swap'; at: number; to: 'map' | 'seq' | 'null' | 'scalar' };

export type ByteOp =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'remove'; at: number; length: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; bit: number };

/** `json`: write the spec as JSON (which is YAML in flow style) instead of block style. */
export interface Mutation { ops: Op[]; bytes: ByteOp[]; json: boolean }

const at = fc.nat();
const value = fc.oneof(
  fc.constantFrom<unknown>(...ODD_STRINGS, ...ODD_NUMBERS, true, false, null),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)), maxLength: 6 }),
  fc.integer(),
  fc.double(),
);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('vary' as const), at, how: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), at, value }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('raw' as const), at, text: fc.nat(RAW_YAML.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('transplant' as const), at, from: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at, rename: fc.constantFrom('none' as const, 'name' as const, 'other' as const), how: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('grow' as const), at, times: fc.integer({ min: 1, max: 8 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), at, key: fc.oneof(fc.constantFrom('name', 'address', 'nodes', '<<', '__proto__', 'hosts', 'servers', 'zones'), fc.string({ maxLength: 8 })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap' as const), at, to: fc.constantFrom('map' as const, 'seq' as const, 'null' as const, 'scalar' as const) }) },
);
const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at, text: fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('\u0000', '\t', '\r', '\n', ':', '- ', '"', '#', '\ufeff', '\u202e', '\u00a0', '\uffff')) }),
  fc.record({ kind: fc.constant('remove' as const), at, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at }),
  fc.record({ kind: fc.constant('flip' as const), at, bit: fc.nat(7) }),
);

/** Mostly structure-aware edits; about one case in five also gets byte-level damage. */
export const mutation: fc.Arbitrary<Mutation> = fc.record({
  ops: fc.array(op, { minLength: 1, maxLength: 4 }),
  bytes: fc.oneof({ weight: 4, arbitrary: fc.constant<ByteOp[]>([]) }, { weight: 1, arbitrary: fc.array(byteOp, { minLength: 1, maxLength: 3 }) }),
  json: fc.boolean(),
});

/** A place in the data: key or index `key` of a mapping or list. */
interface Slot { parent: Record<string, unknown> | unknown[]; key: string | number }

function slots(data: unknown): Slot[] {
  const out: Slot[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach((x, i) => { out.push({ parent: v, key: i }); walk(x); });
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) { out.push({ parent: v as Record<string, unknown>, key: k }); walk(x); }
    }
  };
  walk(data);
  return out;
}

const get = (s: Slot): unknown => (s.parent as Record<string | number, unknown>)[s.key];
const set = (s: Slot, v: unknown): void => { (s.parent as Record<string | number, unknown>)[s.key] = v; };

/** A small change that often keeps the value valid: another digit, a suffix, a neighbour. */
function vary(x: unknown, how: number): unknown {
  if (typeof x === 'number') return [x + 1, x - 1, x * 2, 0, x + 100][how % 5];
  if (typeof x === 'boolean') return !x;
  if (typeof x === 'string') {
    const digits = [...x.matchAll(/\d/g)];
    if (digits.length && how % 3 !== 0) {
      const d = digits[how % digits.length]!;
      return x.slice(0, d.index) + String((Number(d[0]) + 1 + (how % 7)) % 10) + x.slice(d.index + 1);
    }
    return [`${x}-2`, x.replace(/.$/, ''), x.toUpperCase(), `x${x}`, x.replace(/\./g, '')][how % 5];
  }
  return x;
}

function pick<T>(items: readonly T[], n: number): T | undefined {
  return items.length ? items[n % items.length] : undefined;
}

/** A mapping with `key` inserted after `after`, keeping the order of the others (a repeated key cannot exist in data; see `raw`). */
function insertAfter(obj: Record<string, unknown>, after: string, key: string, v: unknown): void {
  const entries = Object.entries(obj);
  for (const k of Object.keys(obj)) delete obj[k];
  for (const [k, x] of entries) {
    if (k !== key) Object.defineProperty(obj, k, { value: x, enumerable: true, writable: true, configurable: true });
    if (k === after) Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
  }
}

/** Every string or number inside a value, as slots (the fields of a list entry, say). */
function leaves(v: unknown): Slot[] {
  return slots({ v }).filter((s) => typeof get(s) === 'string' || typeof get(s) === 'number');
}

/** A copy of a list entry that differs: by name, or by another field (same name, new address, say). */
function variant(item: unknown, rename: 'none' | 'name' | 'other', how: number): unknown {
  const copy = structuredClone(item);
  if (rename === 'none') return copy;
  const holder = { v: copy };
  const fields = leaves(copy).filter((s) => (rename === 'name') === (s.key === 'name'));
  const f = pick(fields, how);
  if (f) set(f, rename === 'name' && typeof get(f) === 'string' ? `${get(f) as string}-b${how % 10}` : vary(get(f), how + 1));
  else if (typeof copy === 'string' || typeof copy === 'number') holder.v = vary(copy, how + 1) as never;
  return holder.v;
}

/** Spec text for a mutation (deterministic: the same mutation gives the same text). */
export function applyMutation(m: Mutation): string {
  const data = structuredClone(BASE);
  const raw: string[] = [];
  for (const o of m.ops) {
    const all = slots(data);
    // edits of a value aim at leaves; copies aim at list entries, where keys live
    const scalars = all.filter((x) => typeof get(x) !== 'object' || get(x) === null);
    const entries = all.filter((x) => Array.isArray(x.parent));
    const targets = o.kind === 'vary' || o.kind === 'raw' ? scalars : o.kind === 'duplicate' || o.kind === 'grow' ? (o.at % 5 ? entries : all) : all;
    const s = pick(targets, o.at);
    if (!s) break;
    switch (o.kind) {
      case 'replace':
        set(s, o.value);
        break;
      case 'raw':
        // a placeholder the dumpers leave plain (or quoted in JSON), swapped for raw YAML below
        set(s, `RAWYAML${raw.length}X`);
        raw.push(RAW_YAML[o.text]!);
        break;
      case 'transplant':
        set(s, structuredClone(get(pick(all, o.from)!)));
        break;
      case 'vary':
        set(s, vary(get(s), o.how));
        break;
      case 'delete':
        if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
        else delete s.parent[s.key];
        break;
      case 'duplicate': {
        const copy = variant(get(s), o.rename, o.how);
        if (Array.isArray(s.parent)) s.parent.splice((s.key as number) + 1, 0, copy);
        else {
          // a repeated key: written as raw YAML after the original
          const k = String(s.key);
          insertAfter(s.parent, k, `RAWKEY${raw.length}X`, copy);
          raw.push(k);
        }
        break;
      }
      case 'grow':
        // more entries like this one, each with its own name and numbers: bigger specs that stay plausible
        if (Array.isArray(s.parent)) {
          const copies = Array.from({ length: o.times }, (_, i) => variant(variant(get(s), 'name', i), 'other', i * 7 + 3));
          s.parent.splice((s.key as number) + 1, 0, ...copies);
        }
        break;
      case 'rename':
        if (!Array.isArray(s.parent) && !(o.key in s.parent)) insertAfter(s.parent, String(s.key), o.key, get(s)), delete s.parent[s.key];
        break;
      case 'swap':
        set(s, o.to === 'map' ? { a: 1 } : o.to === 'seq' ? ['a'] : o.to === 'null' ? null : 'text');
        break;
    }
  }
  let text = m.json ? JSON.stringify(data, null, 2) : dump(data, { lineWidth: -1, noRefs: true });
  raw.forEach((r, i) => {
    text = text.replace(new RegExp(`"?RAW(YAML|KEY)${i}X"?`), (_, kind: string) => (kind === 'KEY' ? JSON.stringify(r) : r.includes('\n') && !m.json ? r.replace(/\n/g, '\n      ') : r));
  });
  for (const b of m.bytes) {
    const i = text.length ? b.at % (text.length + 1) : 0;
    if (b.kind === 'insert') text = text.slice(0, i) + b.text + text.slice(i);
    else if (b.kind === 'remove') text = text.slice(0, i) + text.slice(i + b.length);
    else if (b.kind === 'truncate') text = text.slice(0, i);
    else if (i < text.length) text = text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ (1 << b.bit)) + text.slice(i + 1);
  }
  return text;
}
