// `veilc explain --format svg|html`: pictures on stdout, findings on stderr
// (never inside the picture), --picture picks, a picture the spec cannot have
// is a usage error, and the same spec prints the same bytes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runCli } from '../cli/run-cli.ts';
import { rawSpec, SPECS } from '../fixtures/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'veilc-explain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function specFile(name: string, data: unknown): string {
  const file = join(dir, `${name}.spec.yaml`);
  writeFileSync(file, stringify(data));
  return file;
}

describe('veilc explain --format svg|html', () => {
  it('prints one SVG with every picture; findings go to stderr', async () => {
    const r = await runCli(['explain', '--spec', SPECS.veil, '--format', 'svg']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(r.stdout.match(/<svg /g)).toHaveLength(4);
    for (const t of ['Address plan of veil', 'Erasure layout of MinIO minio', 'Flux dependency order of veil']) expect(r.stdout).toContain(t);
    expect(r.stdout).not.toContain('VEIL-');
    expect(r.stderr).toContain('VEIL-MINIO-005');
    const again = await runCli(['explain', '--spec', SPECS.veil, '--format', 'svg']);
    expect(again.stdout).toBe(r.stdout);
  });

  it('draws only the pictures asked for', async () => {
    const r = await runCli(['explain', '--spec', SPECS.nimbus, '--format', 'svg', '--picture', 'erasure-layout']);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/<svg /g)).toHaveLength(1);
    expect(r.stdout).toContain('<title id="erasure-layout-title">');
    const two = await runCli(['explain', '--spec', SPECS.nimbus, '--format', 'html', '-p', 'address-plan', '-p', 'flux-order']);
    expect(two.stdout.match(/<figure>/g)).toHaveLength(2);
    expect(two.stdout).not.toContain('erasure-layout');
  });

  it('says so when the spec has nothing to draw, and keeps text as the default', async () => {
    const s = rawSpec('veil');
    delete s.objectStore;
    const file = specFile('no-store', s);
    const r = await runCli(['explain', '--spec', file, '--format', 'svg', '--picture', 'erasure-layout']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/nothing to draw as erasure-layout/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const all = await runCli(['explain', '--spec', file, '--format', 'svg']);
    expect(all.code).toBe(0);
    expect(all.stdout.match(/<svg /g)).toHaveLength(3);
    const text = await runCli(['explain', '--spec', file]);
    expect(text.stdout).not.toContain('<svg');
    const bad = await runCli(['explain', '--spec', file, '--format', 'png']);
    expect(bad.code).toBe(2);
  });
});
