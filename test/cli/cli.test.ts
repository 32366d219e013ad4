import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { manifestFile } from '../../compiler/write/manifest.ts';
import { readTree, writeOutAtomically } from '../../compiler/write/write-out.ts';
import { tempDir, VEIL_SPEC, writeTemp } from '../foundation/helpers.ts';
import { runCli } from './run-cli.ts';

const veil = readFileSync(VEIL_SPEC, 'utf8');

/** A tree an earlier veilc wrote: one file, SENTINEL, listed in its manifest. */
function sentinelOut(): string {
  const out = join(tempDir(), 'out');
  mkdirSync(out);
  const sentinel = { path: 'SENTINEL', content: 'previous output\n' };
  writeFileSync(join(out, 'SENTINEL'), sentinel.content);
  const manifest = manifestFile([sentinel], '../spec.yaml');
  writeFileSync(join(out, manifest.path), manifest.content);
  return out;
}
const previous = ['.veilc-manifest.json', 'SENTINEL'];

describe('exit codes and output shape', () => {
  it('validate: 0 on veil.spec.yaml, with the JSON shape the README documents', async () => {
    const r = await runCli(['validate', '--spec', VEIL_SPEC, '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['findings', 'summary']);
    expect(json.summary.deny).toBe(0);
    expect(json.summary.rulesEvaluated).toBeGreaterThan(0);
    for (const f of json.findings) expect(Object.keys(f).slice(0, 8)).toEqual(['rule', 'severity', 'message', 'path', 'file', 'line', 'column', 'endLine']);
  });

  it('validate: 1 on a broken spec, every error with line and column', async () => {
    const file = writeTemp(veil.replace('mode: l2', 'mode: l9').replace('driveSize: 125Gi', 'driveSize: lots'));
    const r = await runCli(['validate', '--spec', file]);
    expect(r.code).toBe(1);
    const lineOf = (s: string) => veil.split('\n').findIndex((l) => l.includes(s)) + 1;
    expect(r.stdout).toContain(`${file}:${lineOf('mode: l2')}:`);
    expect(r.stdout).toContain(`${file}:${lineOf('driveSize: 125Gi')}:`);
    expect(r.stdout).toMatch(/\^+/); // a code frame with a caret
    expect(r.stdout).toContain('2 denied');
  });

  it('2 when the spec file does not exist, with a hint', async () => {
    const r = await runCli(['validate', '--spec', '/nonexistent/veil.spec.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read /nonexistent/veil.spec.yaml');
    expect(r.stderr).toContain('hint:');
  });

  it('2 on a usage error', async () => {
    expect((await runCli(['validate', '--no-such-flag'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect((await runCli(['validate', '--format', 'xml'])).code).toBe(2);
  });

  it('never prints a stack trace for bad input', async () => {
    const r = await runCli(['validate', '--spec', writeTemp(Buffer.from([0xff, 0xfe, 0x00, 0x41]))]);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });
});

describe('compile writes atomically and deterministically', () => {
  it('a denied spec leaves the previous output untouched', async () => {
    const out = sentinelOut();
    const r = await runCli(['compile', '--spec', writeTemp(veil.replace('servers: 3', 'servers: 0')), '--out', out]);
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(previous);
  });

  it('two compiles give byte-identical trees, and replace the old tree entirely', async () => {
    const out = sentinelOut();
    expect((await runCli(['compile', '--spec', VEIL_SPEC, '--out', out])).code).toBe(0);
    const first = readTree(out);
    expect(first.map((f) => f.path)).not.toContain('SENTINEL');
    expect((await runCli(['compile', '--spec', VEIL_SPEC, '--out', out])).code).toBe(0);
    expect(readTree(out)).toEqual(first);
    expect(readdirSync(dirname(out)).filter((n) => n.includes('staging'))).toEqual([]);
  });

  it('a failure while staging keeps the old tree and leaves no staging folder', async () => {
    const out = sentinelOut();
    await expect(writeOutAtomically(out, [{ path: 'a/b.txt', content: 'x\n' }], { spec: VEIL_SPEC, beforeSwap: async () => { throw new Error('verifier said no'); } })).rejects.toThrow('verifier said no');
    expect(readdirSync(out).sort()).toEqual(previous);
    expect(readdirSync(dirname(out))).toEqual(['out']);
  });

  it('property: bad specs never touch the output folder', async () => {
    const lines = veil.split('\n');
    await fc.assert(fc.asyncProperty(fc.nat(lines.length - 1), fc.string({ minLength: 1, maxLength: 6 }), async (i, junk) => {
      const mutated = [...lines];
      mutated[i] = junk + mutated[i];
      const out = sentinelOut();
      const r = await runCli(['compile', '--spec', writeTemp(mutated.join('\n')), '--out', out]);
      if (r.code !== 0) expect(readdirSync(out).sort()).toEqual(previous);
      else expect(existsSync(join(out, 'SENTINEL'))).toBe(false);
    }), { numRuns: 25 });
  });
});

describe('compile --verify', () => {
  it('runs the checkers on the staged tree and keeps the old output when one rejects it', async () => {
    const dir = tempDir();
    // stands in for a kubeconform that rejects everything: the point is the swap, not the tool
    const rejecting = join(dir, 'kubeconform');
    writeFileSync(rejecting, '#!/bin/sh\necho "rejected by test" >&2\nexit 1\n', { mode: 0o755 });
    const out = sentinelOut();
    const saved = process.env.VEILC_KUBECONFORM;
    process.env.VEILC_KUBECONFORM = rejecting;
    try {
      const r = await runCli(['compile', '--spec', VEIL_SPEC, '--out', out, '--verify']);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('kubeconform: FAILED');
      expect(r.stdout).toContain('nothing written');
      expect(readdirSync(out).sort()).toEqual(previous);
    } finally {
      if (saved === undefined) delete process.env.VEILC_KUBECONFORM; else process.env.VEILC_KUBECONFORM = saved;
    }
  });
});
