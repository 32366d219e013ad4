// How much spec text a report echoes (compiler/text/clip.ts): one marker,
// `… (N characters)`, for every cut; long runs cut to their first characters,
// long lines cut to a window that keeps the finding's column; and the cut
// made after the redaction pass, so it never leaves part of a secret.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../compiler/diagnostics/diagnostic.ts';
import { excerptOf, MASK, policyDetect, redactReport } from '../../compiler/report/redact.ts';
import { codeFrame } from '../../compiler/report/text.ts';
import { clip, CLIP, quoteOrCount, quotePath, windowExcerpt } from '../../compiler/text/clip.ts';

/** Every piece of `secret` at least `n` long that shows in `out`. */
const pieces = (out: string, secret: string, n = 6) => {
  const found: string[] = [];
  for (let i = 0; i + n <= secret.length; i++) if (out.includes(secret.slice(i, i + n))) found.push(secret.slice(i, i + n));
  return found;
};

describe('clip', () => {
  it('shows a text within its limit whole', () => {
    const text = `unknown key \`${'q'.repeat(300)}\` in \`cluster\``;
    expect(clip(text, 400)).toBe(text);
  });

  it('cuts a long run to its first characters and counts the run, keeping the words around it', () => {
    const key = `retention${'w'.repeat(5000)}`;
    expect(clip(`unknown key \`${key}\` in \`cluster\``, 2000)).toBe(`unknown key \`${key.slice(0, CLIP.runHead)}… (${key.length} characters)\` in \`cluster\``);
    expect(clip(`cluster.${key}.retain[2]`, CLIP.path)).toBe(`cluster.${key.slice(0, CLIP.runHead)}… (${key.length} characters).retain[2]`);
  });

  it('cuts a text of many short runs at the limit, counting the whole text', () => {
    const text = 'ab.'.repeat(10_000);
    const out = clip(text, CLIP.path);
    expect(out).toBe(`${text.slice(0, CLIP.path)}… (${text.length} characters)`);
  });

  it('clips each line on its own when asked to keep lines', () => {
    const long = 'z'.repeat(3000);
    expect(clip(`first\n${long}\nlast`, 100, { lines: true })).toBe(`first\n${'z'.repeat(CLIP.runHead)}… (3000 characters)\nlast`);
  });

  it('never leaves half of a surrogate pair', () => {
    const text = `${'a'.repeat(CLIP.runHead - 1)}${'😀'.repeat(200)}`;
    const out = clip(text, 100);
    expect(out).toBe(`${'a'.repeat(CLIP.runHead - 1)}… (${text.length} characters)`);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/); // no lone surrogate
  });

  it('a message quotes user text only whole: a longer key is counted, never cut', () => {
    expect(quoteOrCount('x'.repeat(64))).toBe('x'.repeat(64));
    expect(quoteOrCount('x'.repeat(65))).toBe('… (65 characters)');
    expect(quotePath(['nodes', 1, 'labels', `example.org/${'n'.repeat(100)}`])).toBe('nodes[1].labels.… (112 characters)');
  });
});

describe('the window of a long source line', () => {
  it('shows a short line whole', () => {
    const e = excerptOf('  name: veil', 9, 13, []);
    expect(windowExcerpt(e)).toEqual(e);
  });

  it('keeps an error near the end of a 1 MB line in the window, with the caret under it', () => {
    const line = `cluster: { description: "${'d'.repeat(1_000_000)}", colour: red }`;
    const column = line.indexOf('colour') + 1;
    const e = windowExcerpt(excerptOf(line, column, column + 'colour'.length, []));
    // the error is in the last CLIP.before characters: the window is the line's end
    expect(e.text).toBe(`…${line.slice(-CLIP.window)} (${line.length} characters)`);
    expect(e.text.slice(e.start - 1, e.end - 1)).toBe('colour');
    const [, caret] = codeFrame(1, e).split('\n');
    expect(codeFrame(1, e).split('\n')[0]!.slice(caret!.indexOf('^'))).toMatch(/^colour: red \}/);
  });

  it('cuts both sides of a window in the middle, and the start of a line at its start', () => {
    const line = `${'a'.repeat(5000)}BAD${'b'.repeat(5000)}`;
    const mid = windowExcerpt(excerptOf(line, 5001, 5004, []));
    expect(mid.text).toBe(`…${'a'.repeat(CLIP.before)}BAD${'b'.repeat(CLIP.window - CLIP.before - 3)}… (10003 characters)`);
    expect(mid.text.slice(mid.start - 1, mid.end - 1)).toBe('BAD');
    const start = windowExcerpt(excerptOf(line, 1, 2, []));
    expect(start.text).toBe(`${'a'.repeat(CLIP.window)}… (10003 characters)`);
    expect([start.start, start.end]).toEqual([1, 2]);
  });

  it('underlines a span that runs past the window only to its edge', () => {
    const line = `k: ${'v'.repeat(100_000)}`;
    const e = windowExcerpt(excerptOf(line, 4, null, []));
    expect(e.start).toBe(4);
    expect(e.end).toBe(CLIP.window + 1);
  });
});

describe('masking comes before clipping', () => {
  // an npm token is recognised only whole (npm_ and 36 characters): cut
  // first, its first characters would no longer be a token to mask
  const TOKEN = 'npm_R4inCl0udF0gM1stHa1lSn0wSl33tW1ndGaX';
  const diag = (over: Partial<Diagnostic>): Diagnostic => ({
    rule: 'VEIL-SCHEMA-001', severity: 'deny', message: 'unknown key', path: '', file: '/repo/veil.spec.yaml',
    line: 1, column: 1, endLine: 1, endColumn: 2, ...over,
  });

  it('the detectors see the whole token, so neither a clipped path nor a clipped message keeps a piece of it', async () => {
    const key = `${TOKEN}${'k'.repeat(1_000_000)}`;
    expect((await policyDetect([key.slice(0, 4 + CLIP.runHead)]))[0]).toEqual([]); // what a cut-first report would have echoed unmasked
    const r = await redactReport({
      diagnostics: [diag({ path: `cluster.${key}`, message: `unknown key \`${key}\` in \`cluster\`` })],
      rulesEvaluated: [], version: '0',
    });
    const [d] = r.diagnostics;
    expect(d!.path).toBe(`cluster.${MASK}${'k'.repeat(CLIP.runHead - MASK.length)}… (${key.length - TOKEN.length + MASK.length} characters)`);
    expect(d!.message).toContain(`\`${MASK}kkk`);
    expect(pieces(JSON.stringify(r), TOKEN)).toEqual([]);
  });

  it('a window placed where, unmasked, its edge would cut a secret shows the mask and no piece of it', async () => {
    const pad = 'x'.repeat(2000);
    const line = `  description: "${pad} ${TOKEN} and then${' more'.repeat(400)} BAD"`;
    // the finding sits so that the window's left edge (CLIP.before to its left) lands inside the token
    const column = line.indexOf(TOKEN) + 10 + CLIP.before + 1;
    const r = await redactReport({
      diagnostics: [diag({ column, endColumn: column + 3 })],
      text: `${line}\n`, rulesEvaluated: [], version: '0',
    });
    const e = r.diagnostics[0]!.excerpt!;
    expect(e.text.startsWith('…')).toBe(true);
    expect(e.text.length).toBeLessThan(CLIP.window + 40);
    expect(pieces(e.text, TOKEN, 4)).toEqual([]);
    // unmasked, the same window would have shown 30 characters of the token
    expect(pieces(windowExcerpt(excerptOf(line, column, column + 3, [])).text, TOKEN, 4)).not.toEqual([]);
  });
});
