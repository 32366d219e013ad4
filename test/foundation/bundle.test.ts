import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { OWN_BUNDLE } from '../../compiler/cli/own-bundles.ts';
import { ROOT } from './helpers.ts';

const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('dist/, the bundles `npx veilc` runs', () => {
  it('are what scripts/bundle.mjs builds from the current sources (run `npm run build:bundle`)', async () => {
    const { bundle } = await import('../../scripts/bundle.mjs');
    const built = await bundle();
    expect(Object.keys(built).sort()).toEqual(['dist/veilc-all.cjs', ...OWN_BUNDLE.map((c) => `dist/veilc-${c}.cjs`), 'dist/veilc.cjs'].sort());
    // nothing in dist/ that the build does not make (a bundle of a command that lost its own)
    expect(readdirSync(join(ROOT, 'dist')).map((f) => `dist/${f}`).sort()).toEqual(Object.keys(built).sort());
    for (const [file, text] of Object.entries(built)) expect(readFileSync(join(ROOT, file), 'utf8') === text, `${file} is stale: run \`npm run build:bundle\``).toBe(true);
  });

  it('run with Node.js alone, and the launcher is what package.json exposes as `veilc`', () => {
    expect(pkg.bin.veilc).toBe('dist/veilc.cjs');
    expect(node([join(ROOT, 'dist/veilc.cjs'), '--version']).trim()).toBe(pkg.version);
  });

  it('the launcher loads only the bundle of the command it runs', () => {
    // a preload that lists, at exit, the files Node.js loaded as CommonJS modules
    const preload = join(tmpdir(), `veilc-loaded-${process.pid}.cjs`);
    writeFileSync(preload, "process.on('exit', () => { process.stderr.write('\\nloaded ' + JSON.stringify(Object.keys(require.cache)) + '\\n'); });\n");
    const loaded = (args: string[]) => {
      const { stderr } = spawnSync(process.execPath, ['-r', preload, join(ROOT, 'dist/veilc.cjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
      const files = JSON.parse(/\nloaded (.*)\n/.exec(stderr)![1]!) as string[];
      return files.filter((f) => f.startsWith(join(ROOT, 'dist'))).map((f) => relative(ROOT, f)).sort();
    };
    for (const c of OWN_BUNDLE) expect(loaded([c, '--help'])).toEqual([`dist/veilc-${c}.cjs`, 'dist/veilc.cjs'].sort());
    expect(loaded(['--version'])).toEqual(['dist/veilc-all.cjs', 'dist/veilc.cjs'].sort());
    expect(loaded(['rpz', '--help'])).toEqual(['dist/veilc-all.cjs', 'dist/veilc.cjs'].sort());
  });

  it.each(OWN_BUNDLE)('a command\'s own bundle has the same flags and the same report as the bundle with every command: %s', (c) => {
    expect(node([join(ROOT, `dist/veilc-${c}.cjs`), c, '--help'])).toBe(node([join(ROOT, 'dist/veilc-all.cjs'), c, '--help']));
    const spec = join(ROOT, 'veil.spec.yaml');
    expect(node([join(ROOT, 'dist/veilc.cjs'), c, '--spec', spec, '--format', 'json'])).toBe(node([join(ROOT, 'dist/veilc-all.cjs'), c, '--spec', spec, '--format', 'json']));
  });
});
