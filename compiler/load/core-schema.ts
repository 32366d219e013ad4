// One meaning for YAML scalars: the YAML 1.2 core schema (YAML 1.2.2,
// section 10.3.2, https://yaml.org/spec/1.2.2/#1032-tag-resolution), written
// once and handed to both loaders, so the fast path (js-yaml events) and the
// slow path (the `yaml` package) resolve every plain or tagged scalar alike.
//
// What it means for a spec:
// - plain `true`/`True`/`TRUE`/`false`/... are booleans; `yes`, `no`, `on`,
//   `off` are strings (YAML 1.1 booleans are not read);
// - `~`, `null`, `Null`, `NULL` and an empty value are null;
// - integers are decimal (`017` is seventeen), `0o17` octal, `0x1F` hex, with
//   no sign on octal or hex and no `_` separators;
// - floats include exponents (`1e3`), `.inf`, `-.inf`, `.nan`; a float too
//   large for a double is Infinity;
// - an explicit tag must be one of the core schema's (`!!str`, `!!int`,
//   `!!float`, `!!bool`, `!!null`, `!!map`, `!!seq`, or `!`) and its content
//   must be a valid form of that type: `!!float 4` is the float 4 (the core
//   float pattern matches "4"), `!!int 4.5` and `!!binary ...` are errors;
// - `<<` is an ordinary key (merge keys are YAML 1.1).
import { CORE_SCHEMA, defineScalarTag, NOT_RESOLVED, type Schema as FastSchema } from 'js-yaml';
import { Schema as SlowSchema, type ScalarTag } from 'yaml';

const NULL = /^(?:~|null|Null|NULL|)$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const DIGITS = [...'0123456789'];
const FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** A core-schema scalar type: its tag, the forms it accepts, and the value of a form. */
interface CoreType<T> {
  tag: string;
  test: RegExp;
  /**
   * Every character a form of `test` can start with ('' for the empty form):
   * js-yaml tries the type only on plain scalars starting with one of them,
   * instead of every pattern on every scalar (a spec has tens of thousands).
   */
  firstChars: readonly string[];
  value: (text: string) => T;
  /** For dumping (not used by veilc, required by both libraries). */
  identify: (v: unknown) => boolean;
}

/** The core schema's scalar types, in resolution order. */
export const CORE_SCALAR_TYPES: readonly CoreType<unknown>[] = [
  { tag: 'tag:yaml.org,2002:null', test: NULL, firstChars: ['', '~', 'n', 'N'], value: () => null, identify: (v) => v === null },
  { tag: 'tag:yaml.org,2002:bool', test: BOOL, firstChars: ['t', 'T', 'f', 'F'], value: (s) => s[0] === 't' || s[0] === 'T', identify: (v) => typeof v === 'boolean' },
  // Number() reads 0x/0o prefixes and rounds correctly at any length; the pattern forbids a sign on them
  { tag: 'tag:yaml.org,2002:int', test: INT, firstChars: ['-', '+', ...DIGITS], value: (s) => Number(s), identify: (v) => Number.isInteger(v) },
  { tag: 'tag:yaml.org,2002:float', test: FLOAT, firstChars: ['-', '+', '.', ...DIGITS], value: floatValue, identify: (v) => typeof v === 'number' },
];

function floatValue(s: string): number {
  const lower = s.toLowerCase();
  if (lower.endsWith('.nan')) return NaN;
  if (lower.endsWith('.inf')) return s[0] === '-' ? -Infinity : Infinity;
  return Number(s);
}

/** The value of `text` under the core schema's plain-scalar resolution (YAML 1.2.2 10.3.2). */
export function resolvePlain(text: string): unknown {
  for (const t of CORE_SCALAR_TYPES) if (t.test.test(text)) return t.value(text);
  return text;
}

/** js-yaml's core schema with veilc's scalar types in place of its own. */
export function fastSchema(): FastSchema {
  return CORE_SCHEMA.withTags(...CORE_SCALAR_TYPES.map((t) => defineScalarTag(t.tag, {
    implicit: true,
    implicitFirstChars: t.firstChars,
    resolve: (s: string) => (t.test.test(s) ? t.value(s) : NOT_RESOLVED),
    identify: t.identify,
  })));
}

/**
 * The `yaml` package's schema: the failsafe tags (map, seq, str) plus the same
 * scalar types. A given Schema object is used whatever `%YAML` directive the
 * text carries, and no YAML 1.1 tags (`!!binary`, `!!timestamp`, `!!set`, ...)
 * are known.
 */
export function slowSchema(): SlowSchema {
  const customTags: ScalarTag[] = CORE_SCALAR_TYPES.map((t) => ({
    tag: t.tag, default: true, test: t.test, identify: t.identify, resolve: (s: string) => t.value(s) as never,
  }));
  return new SlowSchema({ schema: 'failsafe', customTags, resolveKnownTags: false });
}
