import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { ROOT } from './helpers.ts';

describe('dist/veilc.cjs, the bundle `npx veilc` runs', () => {
  it('is what scripts/bundle.mjs builds from the current sources (run `npm run build:bundle`)', async () => {
    const { bundle } = await import('../../scripts/bundle.mjs');
    expect(readFileSync(join(ROOT, 'dist/veilc.cjs'), 'utf8') === (await bundle()), 'dist/veilc.cjs is stale: run `npm run build:bundle`').toBe(true);
  });
  it('runs with Node.js alone and is what package.json exposes as `veilc`', () => {
    expect(pkg.bin.veilc).toBe('dist/veilc.cjs');
    expect(execFileSync(process.execPath, [join(ROOT, 'dist/veilc.cjs'), '--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
  });
});
