// The process supervisor behind the control-plane harness: a stopped set
// leaves no process and no folder behind, even when the server forked, and
// even when the test worker itself is killed without running any hook.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures/fixtures.ts';
import { freePort, ProcessSet } from './processes.ts';

/** Running (a killed process whose parent has not reaped it yet is a zombie: dead). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // /proc/PID/stat: "pid (comm) STATE ..."
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function until(what: string, ok: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A "server" that forks a grandchild into its group and records both pids. */
const FORKING = 'sleep 300 & echo $! > "$1/grandchild"; echo $$ > "$1/self"; wait';

/**
 * A stand-in for a test worker: a process that starts a forking server in a
 * ProcessSet of its own and stays alive; its folder, the server's pid and
 * the grandchild's, once both run.
 */
async function workerWithServer(): Promise<{ worker: ChildProcess; dir: string; pid: number; grandchild: number }> {
  const script = [
    "import { mkdtempSync } from 'node:fs';",
    "import { tmpdir } from 'node:os';",
    "import { join } from 'node:path';",
    `import { ProcessSet } from ${JSON.stringify(join(ROOT, 'test/kube/processes.ts'))};`,
    "const dir = mkdtempSync(join(tmpdir(), 'veilc-procs-orphan-'));",
    'const set = new ProcessSet(dir);',
    `const p = set.start('forker', 'sh', ['-c', ${JSON.stringify(FORKING)}, 'forker', dir]);`,
    'console.log(JSON.stringify({ dir, pid: p.pid }));',
    'setInterval(() => {}, 1000);',
  ].join('\n');
  const worker = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  worker.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  await until('the worker to start its server', () => out.includes('\n'), 30_000);
  const { dir, pid } = JSON.parse(out) as { dir: string; pid: number };
  await until('the grandchild', () => existsSync(join(dir, 'grandchild')) && readFileSync(join(dir, 'grandchild'), 'utf8').trim() !== '');
  const grandchild = Number(readFileSync(join(dir, 'grandchild'), 'utf8'));
  expect(alive(pid)).toBe(true);
  return { worker, dir, pid, grandchild };
}

describe('ProcessSet', () => {
  it('stop() kills the whole process group, grandchildren included, and removes the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veilc-procs-'));
    const set = new ProcessSet(dir);
    const p = set.start('forker', 'sh', ['-c', FORKING, 'forker', dir]);
    await until('the grandchild', () => existsSync(join(dir, 'grandchild')) && readFileSync(join(dir, 'grandchild'), 'utf8').trim() !== '');
    const grandchild = Number(readFileSync(join(dir, 'grandchild'), 'utf8'));
    expect(alive(p.pid)).toBe(true);
    expect(alive(grandchild)).toBe(true);
    await set.stop(1000);
    expect(alive(p.pid)).toBe(false);
    expect(alive(grandchild)).toBe(false);
    expect(existsSync(dir)).toBe(false);
    expect(() => set.start('late', 'true', [])).toThrow(/stopped/);
  });

  it('escalates to SIGKILL when a server ignores SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veilc-procs-'));
    const set = new ProcessSet(dir);
    const p = set.start('stubborn', 'sh', ['-c', 'trap "" TERM; echo up > "$1/up"; while :; do sleep 1; done', 'stubborn', dir]);
    await until('start', () => existsSync(join(dir, 'up')));
    await set.stop(300);
    expect(p.exited()).toBe('SIGKILL');
    expect(alive(p.pid)).toBe(false);
  });

  it('keeps each log and reports an early exit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veilc-procs-'));
    const set = new ProcessSet(dir);
    const p = set.start('talker', 'sh', ['-c', 'echo hello from the server; echo on stderr >&2; exit 3']);
    await until('exit', () => p.exited() !== null);
    expect(p.exited()).toBe('3');
    expect(p.logTail()).toContain('hello from the server');
    expect(p.logTail()).toContain('on stderr');
    await set.stop();
  });

  it('the watchdog stops the servers and removes the folder when the test worker is SIGKILLed', async () => {
    const { worker, dir, pid, grandchild } = await workerWithServer();
    worker.kill('SIGKILL'); // no exit hook runs
    await until('the watchdog to kill the server', () => !alive(pid) && !alive(grandchild));
    await until('the watchdog to remove the folder', () => !existsSync(dir));
  }, 60_000);

  it('the watchdog stops the servers even when the folder is removed as the worker dies (the run\'s teardown removes its temporary folder)', async () => {
    const { worker, dir, pid, grandchild } = await workerWithServer();
    await new Promise((r) => setTimeout(r, 1200)); // the watchdog has read the group ids by now
    worker.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true }); // before the watchdog notices the worker is gone
    await until('the watchdog to kill the server', () => !alive(pid) && !alive(grandchild));
  }, 60_000);

  it('freePort gives a bindable loopback port', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(1023);
    expect(port).toBeLessThan(65536);
  });
});
