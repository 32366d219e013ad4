// Control characters, DEL, C1 and bidirectional controls anywhere in the spec
// (values, keys, comments; raw or written as escapes) are VEIL-LOAD-009 at
// their exact line and column, with a hint, and do not hide the schema
// findings of the rest of the file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SpecError, type Diagnostic } from '../../compiler/diagnostics/diagnostic.ts';
import { forbiddenEscapes } from '../../compiler/load/control-chars.ts';
import { hasInvisible, isInvisible, visible } from '../../compiler/text/visible.ts';
import { loadSpec } from '../../compiler/load/load-spec.ts';
import { runCli } from '../cli/run-cli.ts';
import { schemaDiagnostics, VEIL_SPEC, writeTemp } from './helpers.ts';

const veil = readFileSync(VEIL_SPEC, 'utf8');

/** veil.spec.yaml with one unique snippet replaced. */
function edit(from: string, to: string): string {
  expect(veil.split(from).length, `snippet must occur once: ${from}`).toBe(2);
  return veil.replace(from, to);
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function pos(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  expect(at, `not found: ${JSON.stringify(needle)}`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}


const controls = (diags: Diagnostic[]) => diags.filter((d) => d.rule === 'VEIL-LOAD-009');

describe('raw control characters are found at their line and column', () => {
  const cases: [string, string, string, string][] = [
    // name, from, to (with the character), the character as it appears in `to`
    ['BEL in a host description', 'description: Unbound resolver', 'description: Unbound\u0007 resolver', '\u0007'],
    ['ESC sequence in the cluster description', 'description: Headless k3s', 'description: Headless \u001b[2J k3s', '\u001b'],
    ['NUL in a bucket name', '- name: scratch', '- name: scr\u0000atch', '\u0000'],
    ['DEL in a mapping key', '  walCompression: true', '  walCompr\u007fession: true', '\u007f'],
    ['C1 CSI in a node label value', '    role: server\n\nkubernetes', '    role: server\n    labels: { rack: "a\u009bb" }\n\nkubernetes', '\u009b'],
    ['C1 NEL in a plain value', 'retention: 15d', 'retention: 15\u0085d', '\u0085'],
    ['right-to-left override in a comment (Trojan Source)', '# example: your router', '# example: \u202eyour router', '\u202e'],
    ['left-to-right isolate in a receiver name', '- name: hive-webhook', '- name: hive\u2066-webhook\u2069', '\u2066'],
    ['first strong isolate in a key', 'groupBy: [alertname, namespace]', 'group\u2068By: [alertname, namespace]', '\u2068'],
    ['a lone carriage return', 'retention: 20', 'retention: 2\r0', '\r'],
    ['vertical tab in a quoted value', 'schedule: "0 */6 * * *"', 'schedule: "0 */6 *\u000b * *"', '\u000b'],
  ];
  it.each(cases)('%s', (_name, from, to, char) => {
    const text = edit(from, to);
    const at = pos(text, char);
    const found = controls(schemaDiagnostics(text));
    expect(found.map((d) => ({ line: d.line, column: d.column }))).toEqual([at]);
    expect(found[0]!.severity).toBe('deny');
    expect(found[0]!.hint).toMatch(/delete it/);
    expect(found[0]!.message).toMatch(/U\+[0-9A-F]{4} \(/);
    // the message names the character; it never carries it
    expect(found[0]!.message.includes(char)).toBe(false);
  });

  it('reports every line that has one, once per line', () => {
    const text = edit('- name: backups\n    - name: scratch', '- name: back\u0001u\u0002ps\n    - name: scr\u0003atch');
    const found = controls(schemaDiagnostics(text));
    expect(found.map((d) => [d.line, d.column])).toEqual([[pos(text, '\u0001').line, pos(text, '\u0001').column], [pos(text, '\u0003').line, pos(text, '\u0003').column]]);
    expect(found[0]!.message).toContain('and 1 more on this line');
    expect(found[0]!.endColumn).toBe(pos(text, '\u0002').column + 1);
  });
});

describe('escapes that write a control character are found at the escape', () => {
  const cases: [string, string, string, string][] = [
    ['\\e (ESC) in a double-quoted description', 'description: Headless k3s HA cluster', 'description: "Headless \\e[31m k3s" #', '\\e'],
    ['\\x07 (BEL) in a double-quoted receiver name', '- name: hive-webhook', '- name: "hive\\x07-webhook"', '\\x07'],
    ['\\u202E (RLO) in a double-quoted host description', 'description: Unbound resolver for the LAN, with RPZ filtering.', 'description: "Unbound \\u202E resolver"', '\\u202E'],
    ['\\U00002067 (RLI) in a double-quoted matcher', `matchers: ['severity = "warning"']`, `matchers: ["severity = \\U00002067warning"]`, '\\U00002067'],
    ['\\0 (NUL) in a double-quoted key', '  walCompression: true', '  "walCompression\\0": true', '\\0'],
    ['\\N (NEL) in a double-quoted URL', 'url: http://hive.home.arpa:8080/alertmanager', 'url: "http://hive.home.arpa:8080/\\Nalertmanager"', '\\N'],
    ['\\r (CR) in a double-quoted description', 'description: Unbound resolver for the LAN, with RPZ filtering.', 'description: "Unbound\\r resolver"', '\\r'],
    ['\\uD800 (a high surrogate alone) in a double-quoted description', 'description: Unbound resolver for the LAN, with RPZ filtering.', 'description: "Unbound \\uD800 resolver"', '\\uD800'],
    ['\\udc00 (a low surrogate alone) in a double-quoted key', '  walCompression: true', '  "walCompression\\udc00": true', '\\udc00'],
    ['\\U0000DBFF (a high surrogate before no low one) in a receiver name', '- name: hive-webhook', '- name: "hive\\U0000DBFF\\u0041-webhook"', '\\U0000DBFF'],
  ];
  it.each(cases)('%s', (_name, from, to, escape) => {
    const text = edit(from, to);
    const found = controls(schemaDiagnostics(text));
    expect(found.map((d) => ({ line: d.line, column: d.column }))).toEqual([pos(text, escape)]);
    expect(found[0]!.message).toContain(`the escape ${escape}`);
    expect(found[0]!.endColumn - found[0]!.column).toBe(escape.length);
  });

  it('half a surrogate pair is named as such, with a hint to write the character', () => {
    const found = controls(schemaDiagnostics(edit('description: Unbound resolver for the LAN, with RPZ filtering.', 'description: "Unbound \\udbff resolver"')));
    expect(found.map((d) => d.message)).toEqual(['the escape \\udbff writes U+DBFF (LONE SURROGATE) into `hosts[0].description`']);
    expect(found[0]!.hint).toMatch(/both halves of its surrogate pair/);
  });

  it('an escaped backslash starts no escape: "\\\\e" is a backslash and an e', () => {
    expect(forbiddenEscapes('"a\\\\e"')).toEqual([]);
    expect(schemaDiagnostics(edit('description: Headless k3s HA cluster', 'description: "Headless \\\\e k3s" #'))).toEqual([]);
  });

  it('a value reached through an alias is reported where the alias stands', () => {
    const text = edit('    description: Unbound resolver for the LAN, with RPZ filtering.', '    description: &d "x\\ey"\n  - name: nas\n    address: 192.168.0.171\n    description: *d');
    const found = controls(schemaDiagnostics(text));
    // once at the escape in the anchored value, once where the alias repeats it
    expect(found.map((d) => [d.line, d.column])).toEqual([[pos(text, '\\e').line, pos(text, '\\e').column], [pos(text, '*d').line, pos(text, '*d').column]]);
  });
});

describe('what stays allowed', () => {
  it('tab inside a value, tab and newline escapes, CRLF line breaks, ordinary Unicode', () => {
    const text = edit('description: Unbound resolver for the LAN, with RPZ filtering.', 'description: "Unbound\\tresolver\\n\u00e9\u65e5\u00a0" #\ttab in a comment')
      .replace(/description: Headless k3s.*/, 'description: |\n    Headless\tk3s\n    with two lines');
    expect(schemaDiagnostics(text)).toEqual([]);
    expect(controls(schemaDiagnostics(veil.replace(/\n/g, '\r\n')))).toEqual([]);
  });
  it('an escape past U+10FFFF is a syntax error at the escape, on both loaders', () => {
    for (const escape of ['\\U00110000', '\\UFFFFFFFF', '\\U80000000']) {
      const text = edit('description: Unbound resolver for the LAN, with RPZ filtering.', `description: "Unbound ${escape} resolver"`);
      const found = schemaDiagnostics(text);
      expect(found.map((d) => [d.rule, d.line]), escape).toEqual([['VEIL-LOAD-001', pos(text, escape).line]]);
    }
  });

  it('a character beyond U+FFFF written as the two halves of its surrogate pair, or as one escape', () => {
    const text = edit('description: Unbound resolver for the LAN, with RPZ filtering.', 'description: "Unbound \\uD83D\\uDE00 \\U0000d83d\\U0000de00 \\U0001F600 resolver"');
    expect(schemaDiagnostics(text)).toEqual([]);
    expect(forbiddenEscapes('"\\uD83D\\uDE00"')).toEqual([]);
    expect(forbiddenEscapes('"\\U0000D83D\\U0000DE00 \\uD83D\\U0000DE00 \\U0000d83d\\ude00"')).toEqual([]);
    // the two halves on either side of an escaped line break
    expect(forbiddenEscapes('"a \\uD83D\\\n      \\uDE00 b"')).toEqual([]);
    // a high half followed by a high half, or by \u0000 and text: both lone
    expect(forbiddenEscapes('"\\uD83D\\uD83D"').map((e) => e.code)).toEqual([0xd83d, 0xd83d]);
    expect(forbiddenEscapes('"\\uD83D\\u0000dc00"').map((e) => e.code)).toEqual([0xd83d, 0]);
  });
  it('veil.spec.yaml has none', () => {
    expect(controls(schemaDiagnostics(veil))).toEqual([]);
  });
});

describe('a control character does not hide the rest of the file', () => {
  it('the control character and the schema errors elsewhere are reported together', () => {
    const text = edit('description: Unbound resolver', 'description: Unbound\u001b resolver').replace('mode: l2', 'mode: l3').replace('retention: 20', 'retention: lots');
    expect(schemaDiagnostics(text).map((d) => d.rule)).toEqual(['VEIL-LOAD-009', 'VEIL-SCHEMA-003', 'VEIL-SCHEMA-005']);
  });

  it('the CLI denies it (exit 1) and writes nothing', async () => {
    const spec = writeTemp(edit('- name: scratch', '- name: "scr\\eatch"'));
    const out = `${spec}.out`;
    const r = await runCli(['compile', '--spec', spec, '--out', out, '--format', 'json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: Diagnostic[] }).findings.map((d) => d.rule)).toContain('VEIL-LOAD-009');
    expect(r.stderr).toBe('');
  });

  it('a lone surrogate is a finding at its escape, not a failure of the policy engine (exit 1, not 2)', async () => {
    const spec = writeTemp(edit('description: Unbound resolver for the LAN, with RPZ filtering.', 'description: "Unbound \\ud800 resolver"'));
    const r = await runCli(['validate', '--spec', spec, '--format', 'json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { findings: Diagnostic[] }).findings.map((d) => d.rule)).toEqual(['VEIL-LOAD-009']);
    expect(r.stderr).toBe('');
  });

  it('messages quote user text with its control characters made visible', () => {
    expect(visible('a\u001bb\u202ec')).toBe('a\\x1bb\\u202ec');
    const text = edit('  walCompression: true', '  "walC\\u0007ompression": true');
    const unknown = schemaDiagnostics(text).find((d) => d.rule === 'VEIL-SCHEMA-001')!;
    expect(unknown.message).toContain('walC\\x07ompression');
    expect(unknown.message).not.toContain('\u0007');
  });

  it('loadSpec alone still refuses the file (callers that do not judge the rest stay safe)', () => {
    expect(() => loadSpec(writeTemp(edit('retention: 20', 'retention: 2\u00070')))).toThrow(SpecError);
  });
});

describe('hasInvisible', () => {
  it('agrees with isInvisible on every code point of the ranges it covers, alone and inside text', () => {
    const codes = [...Array(0x300).keys(), ...Array.from({ length: 0x80 }, (_, i) => 0x2000 + i), 0x061b, 0x061c, 0x061d, 0xfefe, 0xfeff, 0xff00, 0x1f600];
    for (const code of codes) {
      const c = String.fromCodePoint(code);
      expect(hasInvisible(c), `U+${code.toString(16)}`).toBe(isInvisible(c));
      expect(hasInvisible(`node-1 ${c} x`), `U+${code.toString(16)} in text`).toBe(isInvisible(c));
    }
    expect(hasInvisible('sudo cat /var/lib/rancher/k3s/server/token')).toBe(false);
  });
});
