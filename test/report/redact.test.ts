// The redaction pass every report goes through (compiler/report/redact.ts):
// secrets masked and control characters made visible in everything a report
// echoes, in every format, with the code frame's caret still under the
// finding. The detectors are the compiled policy's (veil/redactions) unless
// a test stubs them.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../compiler/diagnostics/diagnostic.ts';
import { excerptOf, mask, MASK, policyDetect, redactReport, safeText, secretRanges } from '../../compiler/report/redact.ts';
import { FORMATS, render, type ReportInput } from '../../compiler/report/render.ts';
import { codeFrame } from '../../compiler/report/text.ts';
import { visible } from '../../compiler/text/visible.ts';

const ESC = '\x1b';

const diag = (over: Partial<Diagnostic> = {}): Diagnostic => ({
  rule: 'VEIL-SECRET-001', severity: 'deny', message: 'this URL carries a user name and password', path: 'dns.filtering[0].url',
  file: '/repo/veil.spec.yaml', line: 2, column: 10, endLine: 2, endColumn: 51, hint: 'use a block-list URL that needs no credentials', ...over,
});

describe('masking', () => {
  it('replaces every occurrence of every secret, longest first, merging overlaps', () => {
    expect(mask('a=Pa55word b=Pa55word', ['Pa55word'])).toBe(`a=${MASK} b=${MASK}`);
    expect(secretRanges('xx-sekrit-tok3n-yy', ['sekrit-tok3n', 'tok3n-yy'])).toEqual([[3, 18]]);
    expect(mask('user:Pa55word@host', ['user:Pa55word', 'Pa55word'])).toBe(`${MASK}@host`);
  });

  it('masks a short secret only where it stands alone', () => {
    expect(mask('pw=x9 in box9x, x9!', ['x9'])).toBe(`pw=${MASK} in box9x, ${MASK}!`);
  });

  it('makes control and bidirectional characters visible, line feeds too unless asked to keep them', () => {
    expect(mask(`red ${ESC}[31mtext${ESC}[0m\r\0 \u202eevil\u2066`, [])).toBe('red \\x1b[31mtext\\x1b[0m\\x0d\\x00 \\u202eevil\\u2066');
    expect(visible('a\nb')).toBe('a\\x0ab');
    expect(visible('a\nb\tc', { lines: true })).toBe('a\nb\tc');
    expect(visible('\u0085\u009b\u007f\ufeff')).toBe('\\x85\\x9b\\x7f\\ufeff');
  });
});

describe('the excerpt of a source line', () => {
  const line = `  url: https://ops:Tr0ub4dor@lists.example.org/hosts   # ${ESC}[2Jwiped`;

  it('masks the secret and keeps the caret under the finding', () => {
    const start = line.indexOf('https') + 1;
    const end = line.indexOf('   #') + 1;
    const e = excerptOf(line, start, end, ['ops:Tr0ub4dor']);
    expect(e.text).toBe(`  url: https://${MASK}@lists.example.org/hosts   # \\x1b[2Jwiped`);
    expect(e.text.slice(e.start - 1, e.end - 1)).toBe(`https://${MASK}@lists.example.org/hosts`);
    expect(codeFrame(7, e)).toBe([
      `   7 |   url: https://${MASK}@lists.example.org/hosts   # \\x1b[2Jwiped`,
      `     |        ${'^'.repeat(`https://${MASK}@lists.example.org/hosts`.length)}`,
    ].join('\n'));
  });

  it('underlines to the end of the line for a finding that spans lines, and at least one column', () => {
    expect(excerptOf('\tkey: |', 2, null, [])).toEqual({ text: ' key: |', start: 2, end: 8 });
    expect(excerptOf('abc', 4, 4, [])).toEqual({ text: 'abc', start: 4, end: 5 });
  });
});

const SPEC = [
  'dns:',
  '  url: https://ops:Tr0ub4dor@lists.example.org/hosts   # ops token ghp_Zq7wZq7wZq7wZq7wZq7wZq7wZq7wZq7wZq7w',
  `  description: "${ESC}[31mred\u202e"`,
].join('\n');

const report = (over: Partial<ReportInput> = {}): ReportInput => ({
  diagnostics: [
    diag({ message: 'quoted "https://ops:Tr0ub4dor@lists.example.org/hosts"', waived: { reason: 'see ops:Tr0ub4dor', expires: '2030-01-01' } }),
    diag({ rule: 'VEIL-SCHEMA-009', line: 3, column: 16, endLine: 3, endColumn: 35, message: `is "${ESC}[31mred"`, path: `dns.${ESC}[2J` }),
  ],
  text: SPEC,
  redact: ['Tr0ub4dor', 'ops:Tr0ub4dor'], // as VEIL-SECRET-001 reports it: the user part and its password
  rulesEvaluated: ['VEIL-SECRET-001'],
  notes: [`drift: out/x differs\n+ ${ESC}]0;title${ESC}\\ Tr0ub4dor`],
  checks: [{ name: 'drift', failure: `changed ops:Tr0ub4dor\nline two` }],
  summary: { drift: { changed: ['ops:Tr0ub4dor'] } },
  version: '0.0.0',
  ...over,
});

describe('redactReport', () => {
  it('masks known secrets and what the detectors find, everywhere, and drops the spec text', async () => {
    const r = await redactReport(report(), (texts) => texts.map((t) => (t.includes('ghp_') ? ['ghp_Zq7wZq7wZq7wZq7wZq7wZq7wZq7wZq7wZq7w'] : [])));
    const all = JSON.stringify(r);
    expect(all).not.toContain('Tr0ub4dor');
    expect(all).not.toContain('ghp_');
    expect(all).not.toContain(ESC);
    expect(r.text).toBeUndefined();
    expect(r.redact).toBeUndefined();
    const [a, b] = r.diagnostics;
    expect(a!.message).toBe(`quoted "https://${MASK}@lists.example.org/hosts"`);
    expect(a!.waived!.reason).toBe(`see ${MASK}`);
    expect(a!.excerpt!.text).toBe(`  url: https://${MASK}@lists.example.org/hosts   # ops token ${MASK}`);
    expect(b!.path).toBe('dns.\\x1b[2J');
    expect(b!.excerpt!.text).toBe('  description: "\\x1b[31mred\\u202e"');
    expect(r.notes![0]).toBe(`drift: out/x differs\n+ \\x1b]0;title\\x1b\\ ${MASK}`);
    expect(r.checks![0]!.failure).toBe(`changed ${MASK}\nline two`);
  });

  it('with detectors that fail, still masks known secrets but echoes no source line', async () => {
    const r = await redactReport(report(), () => { throw new Error('broken bundle'); });
    expect(JSON.stringify(r)).not.toContain('Tr0ub4dor');
    expect(r.diagnostics.every((d) => d.excerpt === undefined)).toBe(true);
  });

  it('uses the compiled policy detectors by default', async () => {
    const [found] = await policyDetect(['  url: https://ci:hunter2hunter2@git.example.org/x.git']);
    expect(found).toEqual(['ci:hunter2hunter2', 'hunter2hunter2']);
  });
});

describe('safeText, for errors on stderr', () => {
  it('masks what the detectors find and shows control characters, keeping lines', async () => {
    const msg = `veilc: internal error: cannot emit https://ci:Gr4nite-Pass@git.example.org ${ESC}[2J\nset VEILC_DEBUG=1 for details\n`;
    expect(await safeText(msg)).toBe(`veilc: internal error: cannot emit https://${MASK}@git.example.org \\x1b[2J\nset VEILC_DEBUG=1 for details\n`);
    expect(await safeText(`a ${ESC}b`, () => { throw new Error('broken'); })).toBe('a \\x1bb');
  });

  it('masks a secret around half a surrogate pair, which the detectors see as U+FFFD', async () => {
    // the engine refused the escape JSON.stringify writes for a lone surrogate: the
    // detectors failed, and the secret was masked only if a finding had named it
    for (const msg of ['cannot reach https://ci:hunter2\ud800hunter2@git.example.org', 'key \udc00https://ci:Gr4nite-Pass@git.example.org']) {
      const out = await safeText(msg);
      expect(out).toContain(MASK);
      expect(out).not.toMatch(/hunter2|Gr4nite/);
      expect(out).not.toMatch(/[\ud800-\udfff]/);
    }
  });
});

describe('every format', () => {
  it.each(FORMATS.map((f) => [f]))('%s shows no secret and no raw control character, and masks the excerpt', async (format) => {
    const out = await render(format, report(), { isTTY: false });
    expect(out).not.toContain('Tr0ub4dor');
    expect(out).not.toContain('ghp_Zq7w');
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\u202e');
    if (format !== 'github') expect(out).toContain(`https://${MASK}@lists.example.org/hosts   # ops token ${MASK}`);
  });

  it('text colours only its own output on a terminal, never the echoed spec', async () => {
    const out = await render('text', report(), { isTTY: true });
    expect(out).toContain('\\x1b[31mred');
    expect(out).not.toContain(`${ESC}[31mred`);
    expect(out).not.toContain(`${ESC}[2J`);
  });
});
