// One YAML meaning: the spec is YAML 1.2 with the core schema, whichever
// loader runs (the fast js-yaml path or the `yaml` package). The verdict never
// depends on the parser; a YAML problem that leaves a whole document does not
// hide the schema findings of the rest of the file.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../compiler/diagnostics/diagnostic.ts';
import { CORE_SCALAR_TYPES, resolvePlain } from '../../compiler/load/core-schema.ts';
import { fastLoad } from '../../compiler/load/fast-load.ts';
import { loadSlowly, loadSpec, RecoverableLoadError } from '../../compiler/load/load-spec.ts';
import { schemaDiagnostics, VEIL_SPEC, writeTemp } from './helpers.ts';

const veil = readFileSync(VEIL_SPEC, 'utf8');

type Verdict = { data: unknown } | { rules: string[] };

/** What each path makes of a text: the data, or the rules of its findings (refused by the fast path: undefined). */
function fast(text: string): Verdict | undefined {
  const f = fastLoad(text);
  return f ? { data: f.data } : undefined;
}
function slow(text: string): Verdict {
  try {
    return { data: loadSlowly('spec.yaml', text).data };
  } catch (e) {
    if (e instanceof SpecError) return { rules: e.diagnostics.map((d) => d.rule) };
    throw e;
  }
}
/** The loader as the pipeline runs it (fast path first). */
function loaded(text: string): Verdict {
  try {
    return { data: loadSpec(writeTemp(text)).data };
  } catch (e) {
    if (e instanceof SpecError) return { rules: e.diagnostics.map((d) => d.rule) };
    throw e;
  }
}


describe('scalars mean what the YAML 1.2 core schema says, on both paths', () => {
  const cases: [string, unknown][] = [
    ['!!float 4', 4], ['!!float 4.5', 4.5], ['!!float 1e3', 1000], ['!!float .inf', Infinity], ['!!int "7"', 7], ['!!str 5', '5'], ['! 5', '5'],
    ['!!bool TRUE', true], ['!!null ~', null], ['017', 17], ['0o17', 15], ['0x1F', 31], ['-0x1F', '-0x1F'], ['0x', '0x'], ['+5', 5],
    ['1e3', 1000], ['1E-2', 0.01], ['.5', 0.5], ['5.', 5], ['1e400', Infinity], ['-.inf', -Infinity], ['.NaN', NaN], ['1_000', '1_000'],
    ['yes', 'yes'], ['No', 'No'], ['on', 'on'], ['True', true], ['FALSE', false], ['tRue', 'tRue'], ['~', null], ['Null', null], ['2027-03-31', '2027-03-31'],
  ];
  it.each(cases)('a: %s', (yaml, value) => {
    const text = `a: ${yaml}\n`;
    expect(slow(text)).toEqual({ data: { a: value } });
    expect(fast(text) ?? slow(text)).toEqual({ data: { a: value } });
    expect(loaded(text)).toEqual({ data: { a: value } });
  });

  it('the fast path tries each type on every form of it (js-yaml picks the types by first character)', () => {
    // an empty value is left to the slow path (fastLoad refuses it)
    const forms = fc.oneof(...CORE_SCALAR_TYPES.map((t) => fc.stringMatching(t.test))).filter((f) => f !== '');
    fc.assert(fc.property(forms, (form) => {
      expect(fast(`a: ${form}\n`)).toEqual({ data: { a: resolvePlain(form) } });
    }), { numRuns: 2000 });
    // and each type declares the first character of each of its own forms (another type
    // resolving a form alike, as float does int's `+1`, would hide a missing one above)
    for (const t of CORE_SCALAR_TYPES) {
      fc.assert(fc.property(fc.stringMatching(t.test), (form) => {
        expect(t.firstChars, `${t.tag}: ${JSON.stringify(form)}`).toContain(form.charAt(0));
      }), { numRuns: 1000 });
    }
  });

  it('the plain-scalar resolver is the core schema table', () => {
    expect([resolvePlain('0o7'), resolvePlain('0O7'), resolvePlain('0xFf'), resolvePlain('-0'), resolvePlain('')]).toEqual([7, '0O7', 255, -0, null]);
  });

  it('`data: !!float 4` is the number 4 for the schema too (it was an integer on one path and an error on the other)', () => {
    expect(schemaDiagnostics(veil.replace('erasure: { data: 4, parity: 2 }', 'erasure: { data: !!float 4, parity: !!int 2 }'))).toEqual([]);
  });
});

describe('YAML outside the core schema is VEIL-LOAD-010, on both paths, at its line', () => {
  const cases: [string, string, string][] = [
    ['an integer tag on a fraction', 'retention: 20', 'retention: !!int 20.5'],
    ['a boolean tag on a YAML 1.1 boolean', 'walCompression: true', 'walCompression: !!bool yes'],
    ['a null tag on text', 'ttl: 3600', 'ttl: !!null nothing'],
    ['a YAML 1.1 binary tag', 'className: nginx', 'className: !!binary bmdpbng='],
    ['a YAML 1.1 timestamp tag', 'expires: 2027', 'expires: 2027'], // placeholder replaced below
    ['a local tag', 'name: minio-root', 'name: !secret minio-root'],
    ['a set', 'storageClasses: [local-path]', 'storageClasses: !!set { local-path }'],
  ];
  cases[4] = ['a YAML 1.1 timestamp tag', 'waivers: []', 'waivers:\n  - { rule: VEIL-DNS-001, reason: planned for next month, expires: !!timestamp 2027-03-31 }'];
  it.each(cases)('%s', (_name, from, to) => {
    expect(veil.split(from).length).toBe(2);
    const text = veil.replace(from, to);
    const line = text.slice(0, text.indexOf(to)).split('\n').length + (to.startsWith('waivers') ? 1 : 0);
    const d = schemaDiagnostics(text).filter((x) => x.rule === 'VEIL-LOAD-010');
    expect(d.map((x) => x.line)).toEqual([line]);
    expect(d[0]!.hint).toMatch(/YAML 1\.2/);
    expect(fast(text)).toBeUndefined();
  });

  it('a %YAML 1.1 directive: reported, and the spec still means YAML 1.2 (yes stays a string)', () => {
    const text = `%YAML 1.1\n---\n${veil.replace('walCompression: true', 'walCompression: yes')}`;
    const d = schemaDiagnostics(text);
    expect(d.map((x) => [x.rule, x.line])).toEqual([['VEIL-LOAD-010', 1], ['VEIL-SCHEMA-003', text.split('\n').findIndex((l) => l.includes('walCompression: yes')) + 1]]);
    expect(fast(text)).toBeUndefined();
  });

  it('merge keys are YAML 1.1: << is an ordinary key, unknown to the schema, with a hint that says so', () => {
    const text = veil.replace('storage: { size: 2Gi, class: local-path }', 'storage: { <<: { size: 2Gi }, class: local-path }');
    const [d] = schemaDiagnostics(text);
    expect(d).toMatchObject({ rule: 'VEIL-SCHEMA-001', path: 'monitoring.alertmanager.storage.<<' });
    expect(d!.hint).toMatch(/merge keys .*YAML 1\.1/);
    expect(fast(text)).toEqual(slow(text));
  });

  it('a list or mapping as a key is refused at the key, without a process warning', () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      const text = veil.replace('  ttl: 3600\n', '  ttl: 3600\n  ? [a, b]\n  : 1\n');
      expect(schemaDiagnostics(text).map((d) => [d.rule, d.line])).toEqual([['VEIL-LOAD-010', text.split('\n').indexOf('  ? [a, b]') + 1]]);
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).toEqual([]);
  });
});

describe('repeated keys', () => {
  it('keys that differ in YAML but are one property in the data (1 and "1") are a repeat', () => {
    expect(loaded('a: {1: x, "1": y}\n')).toEqual({ rules: ['VEIL-LOAD-002'] });
    expect(loaded('a: {~: x, "": y}\n')).toEqual({ rules: ['VEIL-LOAD-002'] });
    expect(loaded('a: {1: x, 1.0: y}\n')).toEqual({ rules: ['VEIL-LOAD-002'] });
  });

  it('a repeated key no longer hides the schema errors of the rest of the file', () => {
    const text = veil.replace('  name: veil\n', '  name: veil\n  name: other\n').replace('gateway: 192.168.0.1 ', 'gateway: 192.168.0.301 ').replace('drivesPerServer: 2', 'drivesPerServer: two');
    const d = schemaDiagnostics(text);
    expect(d.map((x) => [x.rule, x.path, x.line])).toEqual([
      ['VEIL-LOAD-002', '', 11],
      ['VEIL-SCHEMA-004', 'network.gateway', 16],
      ['VEIL-SCHEMA-003', 'objectStore.drivesPerServer', text.split('\n').findIndex((l) => l.includes('drivesPerServer: two')) + 1],
    ]);
    expect(d[0]!.message).toContain('first at line 10');
  });

  it('the first value is kept, so data and positions stay in step', () => {
    let e: unknown;
    try { loadSlowly('s.yaml', 'a: 1\nb: x\na: 2\n'); } catch (x) { e = x; }
    expect(e).toBeInstanceOf(RecoverableLoadError);
    const spec = (e as RecoverableLoadError).spec;
    expect(spec.data).toEqual({ a: 1, b: 'x' });
    expect(spec.lines.linePos(spec.locate(['a']).start)).toEqual({ line: 1, col: 4 });
  });

  it('a syntax error still reports the repeats found before it', () => {
    expect(slow('a: 1\na: 2\nb: [x\n')).toEqual({ rules: ['VEIL-LOAD-002', 'VEIL-LOAD-001'] });
  });
});

/**
 * Documents built from the constructs where YAML parsers disagree: tags,
 * merge keys, repeated keys, every number form, YAML 1.1 booleans, nulls,
 * anchors and aliases, quoting and escapes (an escaped line break before an
 * empty line included), block scalars, flow collections,
 * directives.
 */
const scalarText = fc.constantFrom(
  '4', '-0', '+7', '017', '0o17', '0O17', '0x1F', '0xfF', '-0x1', '0x', '0o', '0b11', '1_000', '1e3', '1E+3', '1.e3', '.5', '5.', '-.5e-3', '1e400', '-1e400',
  '.inf', '-.inf', '+.inf', '.Inf', '.INF', '.nan', '.NaN', '.NAN', '.Nan', '12345678901234567890', '0xFFFFFFFFFFFFFFFFFFFF', '3.14159', '1:30', '2027-03-31',
  'true', 'True', 'TRUE', 'tRUE', 'false', 'yes', 'no', 'Yes', 'On', 'off', 'y', 'n', '~', 'null', 'Null', 'NULL', 'nULL', '', '__proto__', 'constructor',
  'a b', 'x#y', "'q'", "''", '"d"', '"\\x41\\u00e9\\t"', '"a\\/b"', '"\\N\\_\\L\\P"', "'it''s'", '"multi\n  line"', '"esc\\\n\n  aped"', '"esc \\\n  \n\n  aped"',
);
const tag = fc.constantFrom('', '', '', '', '', '', '', '', '!!str ', '!!int ', '!!float ', '!!bool ', '!!null ', '! ', '!!binary ', '!!timestamp ', '!local ', '!<tag:yaml.org,2002:str> ');
const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'name', 'port') },
  { weight: 1, arbitrary: fc.constantFrom('1', "'1'", '1.0', '"a"', '~', 'true', '<<', '__proto__', '0x1', 'null', '?x', '"k\\tk"') },
);
const anchor = fc.constantFrom('', '', '', '&x ', '&y ');
const scalar = fc.tuple(anchor, tag, scalarText).map(([a, t, s]) => `${a}${t}${s}`);
const flow = fc.oneof(
  fc.array(scalar, { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`),
  fc.array(fc.tuple(key, scalar), { maxLength: 3 }).map((ps) => `{${ps.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
);
const block = fc.constantFrom('|\n    text\n    more', '>-\n    folded\n    text', '|+\n    kept\n\n', '|2\n     indented', '>\n    a\n\n    b');
const value = fc.oneof({ weight: 12, arbitrary: scalar }, { weight: 2, arbitrary: flow }, { weight: 1, arbitrary: block }, { weight: 1, arbitrary: fc.constantFrom('*x', '*y', '*nowhere', '!!map {}', '!!seq []', '!!map []', '{<<: *x}') });
const entry = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`) },
  { weight: 1, arbitrary: fc.tuple(key, fc.array(value, { minLength: 1, maxLength: 3 })).map(([k, vs]) => `${k}:\n${vs.map((v) => `  - ${v.replace(/\n/g, '\n  ')}`).join('\n')}`) },
  { weight: 1, arbitrary: fc.tuple(key, fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 3 })).map(([k, ps]) => `${k}:\n${ps.map(([k2, v]) => `  ${k2}: ${v.replace(/\n/g, '\n  ')}`).join('\n')}`) },
  { weight: 1, arbitrary: fc.constantFrom('<<: {m: 1}', '<<: *x', '<<: [*x, *y]') },
);
const directive = fc.constantFrom('', '', '', '', '%YAML 1.2\n---\n', '%YAML 1.1\n---\n', '%TAG !e! tag:yaml.org,2002:\n---\n', '---\n', '--- !!map\n');
const document = fc.tuple(directive, fc.array(entry, { minLength: 1, maxLength: 6 })).map(([d, es]) => `${d}${es.join('\n')}\n`);

describe('property: the fast and slow loaders give every input one meaning', () => {
  const runs = Number(process.env.VEILC_PROPERTY_RUNS ?? 2000);

  it('whatever the fast path accepts, the slow path accepts with the same data', () => {
    let accepted = 0;
    fc.assert(fc.property(document, (text) => {
      const f = fast(text);
      if (!f) return;
      accepted++;
      expect(slow(text), text).toEqual(f);
    }), { numRuns: runs, seed: 424242 });
    // the generator reaches the fast path often, not only the fallback
    expect(accepted).toBeGreaterThan(runs / 10);
  });

  it('the loader as the pipeline runs it agrees with the slow path (adding only its control-character check)', () => {
    fc.assert(fc.property(document, (text) => {
      const s = slow(text);
      const l = loaded(text);
      if ('data' in l) expect(s, text).toEqual(l);
      else if ('data' in s) expect(l.rules.every((r) => r === 'VEIL-LOAD-009'), `${text}: ${l.rules.join(', ')}`).toBe(true);
    }), { numRuns: Math.ceil(runs / 3), seed: 171717 });
  });
});
