// Issue 10, item 7: compiles into the same out/ serialise on a lock and all
// succeed; a check during a compile never fails on a vanishing file; what a
// SIGKILLed compile leaves (staging folder, lock) is removed by the next one;
// out/ has ordinary permissions whatever the umask. Real processes of the
// bundled CLI, as a user or CI would run them.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, lockPathFor } from '../../compiler/write/lock.ts';
import { listTree } from '../../compiler/write/tree.ts';
import { readTree, refuseOutTarget } from '../../compiler/write/write-out.ts';
import { tempDir } from '../foundation/helpers.ts';
import { BUNDLE, OUT, repo, runBundle } from './helpers.ts';

const committed = readTree(OUT);
const ROUNDS = 4;

/** The PID of a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('concurrent compiles into one out/', () => {
  it(`8 at once, ${ROUNDS} rounds: every one exits 0, the tree is complete and valid, nothing is left beside it`, async () => {
    const { dir, spec, out } = repo(false);
    for (let round = 0; round < ROUNDS; round++) {
      const runs = await Promise.all(Array.from({ length: 8 }, () => runBundle(['compile', '--spec', spec, '--out', out])));
      for (const r of runs) expect(r.code, r.stderr).toBe(0);
      expect(readTree(out)).toEqual(committed);
      expect(readdirSync(dir).sort()).toEqual(['out', 'veil.spec.yaml']);
    }
  }, 240_000);

  it("compile's early look at out/ (before the lock) is not fooled by another compile swapping it", async () => {
    const { dir, spec, out } = repo();
    // a second veilc-made tree, and a process that swaps the two the way a compile replaces out/ (two renames)
    cpSync(out, join(dir, 'other'), { recursive: true });
    const swapper = spawn(process.execPath, ['-e', `
      const { renameSync } = require('node:fs');
      const [out, other, aside] = process.argv.slice(1);
      const end = Date.now() + 3000;
      const pause = new Int32Array(new SharedArrayBuffer(4));
      while (Date.now() < end) { renameSync(out, aside); renameSync(other, out); renameSync(aside, other); Atomics.wait(pause, 0, 0, 5); }
    `, out, join(dir, 'other'), join(dir, 'aside')], { stdio: 'ignore' });
    const done = new Promise((r) => swapper.on('exit', r));
    const errors: string[] = [];
    let reads = 0;
    for (let i = 0; i < 3000 && swapper.exitCode === null; i++, reads++) {
      try {
        refuseOutTarget(out, spec);
      } catch (e) {
        errors.push((e as Error).message);
      }
      if (i % 100 === 0) await new Promise((r) => setImmediate(r));
    }
    await done;
    expect(reads).toBeGreaterThan(100);
    expect(errors.slice(0, 3)).toEqual([]);
  }, 60_000);

  it('check while compiles replace out/ over and over: every check passes', async () => {
    const { spec, out } = repo();
    for (let round = 0; round < ROUNDS; round++) {
      const compiles = Array.from({ length: 3 }, () => runBundle(['compile', '--spec', spec, '--out', out]));
      const checks = Array.from({ length: 3 }, () => runBundle(['check', '--spec', spec, '--out', out, '--skip-tools']));
      for (const r of await Promise.all(compiles)) expect(r.code, r.stderr).toBe(0);
      for (const r of await Promise.all(checks)) expect(r.code, r.stdout.slice(-2000) + r.stderr).toBe(0);
    }
  }, 240_000);

  it('out/ is 0755 folders and 0644 files, even under umask 077', async () => {
    const { dir, spec, out } = repo(false);
    const r = spawnSync('sh', ['-c', `umask 077 && exec "${process.execPath}" "${BUNDLE}" compile --spec "${spec}" --out "${out}"`], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(lstatSync(out).mode & 0o777).toBe(0o755);
    for (const e of listTree(out).entries) expect([e.path, lstatSync(join(out, e.path)).mode & 0o777]).toEqual([e.path, e.kind === 'dir' ? 0o755 : 0o644]);
    expect(readdirSync(dir).sort()).toEqual(['out', 'veil.spec.yaml']);
  });
});

describe('a killed compile', () => {
  it('SIGKILL while holding the lock with a staged tree: the next compile takes over at once and removes the leftovers', async () => {
    const { dir, spec, out } = repo();
    const tools = tempDir();
    const started = join(tools, 'started');
    // a kubeconform that signals it is running (the tree is staged, the lock held) and then hangs
    writeFileSync(join(tools, 'kubeconform'), `#!/bin/sh\ntouch "${started}"\nexec sleep 120\n`, { mode: 0o755 });
    const child = spawn(process.execPath, [BUNDLE, 'compile', '--spec', spec, '--out', out, '--verify'], { env: { ...process.env, VEILC_KUBECONFORM: join(tools, 'kubeconform') }, detached: true, stdio: 'ignore' });
    const exited = new Promise((r) => child.on('exit', r));
    for (let i = 0; i < 600 && !existsSync(started); i++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(started)).toBe(true);
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
    const left = readdirSync(dir).filter((n) => n !== 'out' && n !== 'veil.spec.yaml').sort();
    expect(left).toContain('.out.lock');
    expect(left.some((n) => /^\.out\.staging-\w{6}$/.test(n))).toBe(true);

    // also what a kill between the two renames would leave, and a look-alike that is not veilc's
    cpSync(out, join(dir, '.out.staging-Abc123.old'), { recursive: true });
    mkdirSync(join(dir, '.out.staging-zzzzzz'));
    writeFileSync(join(dir, '.out.staging-zzzzzz/mine.txt'), 'not veilc\'s\n');

    const t0 = Date.now();
    const r = await runBundle(['compile', '--spec', spec, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(Date.now() - t0).toBeLessThan(30_000); // a dead holder is not waited for
    expect(r.stdout).toMatch(/removed the leftover \.out\.staging-\w{6} of an interrupted compile/);
    expect(r.stdout).toContain('removed the leftover .out.staging-Abc123.old');
    expect(readdirSync(dir).sort()).toEqual(['.out.staging-zzzzzz', 'out', 'veil.spec.yaml']);
    expect(readTree(out)).toEqual(committed);
  }, 120_000);
});

describe('the lock', () => {
  it('one holder at a time: a second acquire waits for the release', async () => {
    const dir = tempDir();
    const path = lockPathFor(dir, 'out');
    const first = await acquireLock(path);
    let second = false;
    const waiting = acquireLock(path).then((l) => { second = true; return l; });
    await new Promise((r) => setTimeout(r, 200));
    expect(second).toBe(false);
    first.release();
    (await waiting).release();
    expect(second).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a lock held by a dead process on this host is broken at once', async () => {
    const dir = tempDir();
    const path = lockPathFor(dir, 'out');
    writeFileSync(path, JSON.stringify({ host: hostname(), pid: deadPid(), token: 'dead' }));
    const lock = await acquireLock(path, { timeoutMs: 2000 });
    expect(JSON.parse(readFileSync(path, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('a lock held by a live process waits, then fails in one line naming the holder; an abandoned one (over 10 minutes) is broken', async () => {
    const dir = tempDir();
    const path = lockPathFor(dir, 'out');
    writeFileSync(path, JSON.stringify({ host: hostname(), pid: process.ppid, token: 'alive' }));
    await expect(acquireLock(path, { timeoutMs: 300, label: 'out' })).rejects.toThrow(/^cannot lock out: it is busy .*\(EBUSY\)$/);
    writeFileSync(path, JSON.stringify({ host: 'another-host', pid: 1, token: 'old' }));
    const old = (Date.now() - 11 * 60 * 1000) / 1000;
    utimesSync(path, old, old);
    (await acquireLock(path, { timeoutMs: 2000 })).release();
    expect(readdirSync(dir)).toEqual([]);
  });
});
