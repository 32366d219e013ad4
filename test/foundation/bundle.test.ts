import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { ROOT, tempDir } from './helpers.ts';

const LAUNCHER = join(ROOT, 'dist/veilc.cjs');

/** `veilc ARGS` through the launcher with its cache under `cacheHome`; stdout and the exit code. */
function veilc(cacheHome: string, args: string[], env: Record<string, string> = {}): { stdout: string; code: number } {
  try {
    const stdout = execFileSync(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome, NO_COLOR: '1', ...env } });
    return { stdout, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; status: number };
    return { stdout: err.stdout, code: err.status };
  }
}

const cacheFiles = (home: string) => readdirSync(join(home, 'veilc')).filter((f) => f.endsWith('.v8cache')).sort();

describe('dist/veilc.cjs and dist/veilc-main.cjs, what `npx veilc` runs', () => {
  it('are what scripts/bundle.mjs builds from the current sources (run `npm run build:bundle`)', async () => {
    const { bundle } = await import('../../scripts/bundle.mjs');
    const files = await bundle();
    expect(Object.keys(files).sort()).toEqual(['dist/veilc-main.cjs', 'dist/veilc.cjs']);
    for (const [path, text] of Object.entries(files)) {
      expect(readFileSync(join(ROOT, path), 'utf8') === text, `${path} is stale: run \`npm run build:bundle\``).toBe(true);
    }
  });

  it('runs with Node.js alone and is what package.json exposes as `veilc`', () => {
    expect(pkg.bin.veilc).toBe('dist/veilc.cjs');
    expect(execFileSync(process.execPath, [LAUNCHER, '--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
  });
});

describe('the V8 code cache of the launcher (compiler/cli/launch.ts)', () => {
  const args = ['validate', '--spec', 'veil.spec.yaml'];
  const uncached = veilc(tempDir('veilc-nocache-'), args, { VEILC_NO_CODE_CACHE: '1' });

  it('is off with VEILC_NO_CODE_CACHE: nothing is written', () => {
    const home = tempDir('veilc-cache-');
    expect(uncached.code).toBe(0);
    expect(uncached.stdout).toContain('rules evaluated');
    veilc(home, args, { VEILC_NO_CODE_CACHE: '1' });
    expect(readdirSync(home)).toEqual([]);
  });

  it('is written by the first run of a command, private, and read by the next, with the same output', () => {
    const home = tempDir('veilc-cache-');
    expect(veilc(home, args)).toEqual(uncached);
    const [file] = cacheFiles(home);
    expect(file).toMatch(/^validate-[0-9a-f]{32}\.v8cache$/);
    expect(statSync(join(home, 'veilc')).mode & 0o777).toBe(0o700);
    expect(statSync(join(home, 'veilc', file!)).mode & 0o777).toBe(0o600);
    const written = statSync(join(home, 'veilc', file!)).mtimeMs;
    expect(veilc(home, args)).toEqual(uncached);
    // accepted: not rewritten
    expect(statSync(join(home, 'veilc', file!)).mtimeMs).toBe(written);
    // another command gets a file of its own
    expect(veilc(home, ['--version']).stdout.trim()).toBe(pkg.version);
    expect(cacheFiles(home).map((f) => f.split('-')[0])).toEqual(['other', 'validate']);
  });

  it('survives a corrupt or truncated file: same output, and the file is replaced', () => {
    const home = tempDir('veilc-cache-');
    veilc(home, args);
    const file = join(home, 'veilc', cacheFiles(home)[0]!);
    const good = readFileSync(file);
    for (const bad of [Buffer.from('not V8 data'), good.subarray(0, good.length >> 1), Buffer.alloc(0)]) {
      writeFileSync(file, bad);
      expect(veilc(home, args)).toEqual(uncached);
      expect(readFileSync(file).length).toBeGreaterThan(1000);
    }
  });

  it('never reads or writes a folder other users could write to', () => {
    const home = tempDir('veilc-cache-');
    mkdirSync(join(home, 'veilc'));
    chmodSync(join(home, 'veilc'), 0o777);
    expect(veilc(home, args)).toEqual(uncached);
    expect(readdirSync(join(home, 'veilc'))).toEqual([]);
  });

  it('never reads a cache file other users could write to (cached data is code)', () => {
    const home = tempDir('veilc-cache-');
    veilc(home, args);
    const file = join(home, 'veilc', cacheFiles(home)[0]!);
    // valid data, had anyone been allowed to write it: a file that is read and accepted is never rewritten
    chmodSync(file, 0o666);
    const planted = statSync(file).ino;
    expect(veilc(home, args)).toEqual(uncached);
    expect(statSync(file).ino).not.toBe(planted);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
