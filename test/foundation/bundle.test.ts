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

  it('validate loads no Node.js built-in it does not use, and no library code the bundles replace', () => {
    // what a run costs grows with every module Node.js compiles (README, "Benchmark")
    const preload = join(tmpdir(), `veilc-builtins-${process.pid}.cjs`);
    writeFileSync(preload, "process.on('exit', () => { process.stderr.write('\\nbuiltins ' + JSON.stringify(process.moduleLoadList) + '\\n'); });\n");
    const { stderr, status } = spawnSync(process.execPath, ['-r', preload, join(ROOT, 'dist/veilc.cjs'), 'validate'], { cwd: ROOT, encoding: 'utf8' });
    expect(status).toBe(0);
    const builtins = (JSON.parse(/\nbuiltins (.*)\n/.exec(stderr)![1]!) as string[]).filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
    expect(builtins).toContain('fs');
    // commander's child_process (scripts/bundle.mjs), the stage timer's perf_hooks
    expect(builtins.filter((m) => ['child_process', 'perf_hooks', 'readline'].includes(m))).toEqual([]);
    for (const file of ['dist/veilc-validate.cjs', 'dist/veilc-all.cjs']) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      // the opa-wasm SDK's copy of the yaml package (v1), behind its YAML built-ins
      expect(text, file).not.toContain('node_modules/@open-policy-agent/opa-wasm/node_modules/yaml');
      expect(text, file).toContain('compiler/policy/sdk-yaml-builtins.cjs');
    }
  });

  it.each(OWN_BUNDLE)('a command\'s own bundle has the same flags and the same report as the bundle with every command: %s', (c) => {
    expect(node([join(ROOT, `dist/veilc-${c}.cjs`), c, '--help'])).toBe(node([join(ROOT, 'dist/veilc-all.cjs'), c, '--help']));
    const spec = join(ROOT, 'veil.spec.yaml');
    expect(node([join(ROOT, 'dist/veilc.cjs'), c, '--spec', spec, '--format', 'json'])).toBe(node([join(ROOT, 'dist/veilc-all.cjs'), c, '--spec', spec, '--format', 'json']));
  });
});
