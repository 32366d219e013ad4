// The bundle's standard output and error on real descriptors
// (compiler/cli/stdio.ts): a report of megabytes arrives whole through a
// pipe another process made non-blocking, whose reader is behind, into a
// file, and before what the run writes to stderr after it; a reader that
// closes the pipe early changes neither the exit code nor the rest of the
// output; a shell pipe or a file costs no Node.js stream. `veilc rpz` prints
// a zone as large as the block list it is given, then a summary to stderr.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, createReadStream, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRINT_LOADED, printedLoads, ROOT } from '../foundation/helpers.ts';
import { SPECS } from '../fixtures/fixtures.ts';
import { runCli } from './run-cli.ts';

const LAUNCHER = join(ROOT, 'dist/veilc.cjs');
const builtinsIn = (stderr: string) => printedLoads(stderr).builtins;

let dir: string;
let hostsFile: string;
let args: string[];
let zone: string;
let summary: string;
// veil.spec.yaml with a password in a URL: denied, exit 1
let denied: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'veilc-stdio-'));
  // 40,000 names: a zone of ~1.3 MB, twenty times what a pipe holds
  hostsFile = join(dir, 'hosts');
  writeFileSync(hostsFile, Array.from({ length: 40_000 }, (_, i) => `0.0.0.0 ads-${i}.tracker.example\n`).join(''));
  args = ['rpz', '--list', 'stevenblack', '--spec', SPECS.veil, '--in', hostsFile];
  const r = await runCli(args);
  expect(r.code, r.stderr).toBe(0);
  zone = r.stdout;
  summary = r.stderr;
  expect(zone.length).toBeGreaterThan(1_000_000);
  expect(summary).toMatch(/^veilc rpz: .* 40000 names/);
  denied = join(dir, 'denied.spec.yaml');
  writeFileSync(denied, readFileSync(SPECS.veil, 'utf8').replace(/description: (.*)/, 'description: "https://user:hunter22@example.com/hook"'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A FIFO in `dir` and its two ends, both opened without waiting, both blocking. */
function fifo(name: string): { writeEnd: number; readEnd: number } {
  const path = join(dir, name);
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  const opener = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  const writeEnd = openSync(path, 'w'); // a reader exists: does not wait
  const readEnd = openSync(path, 'r'); // a writer exists: does not wait
  closeSync(opener);
  return { writeEnd, readEnd };
}

/** Everything that comes out of `fd` until every writer has closed it, read in Node.js's thread pool. */
function readAll(fd: number): Promise<string> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => createReadStream('', { fd }).on('data', (c) => chunks.push(c as Buffer)).on('end', () => resolve(Buffer.concat(chunks).toString('utf8'))).on('error', reject));
}

describe('the bundle\'s standard output and error', () => {
  it('arrive whole through a pipe another process made non-blocking, whose reader starts late', async () => {
    // a pipe shared with a Node.js process (`(node a.js & veilc ...) | reader`):
    // while it runs, Node.js keeps a pipe on its stdout non-blocking for every
    // process that writes to it (libuv's uv_pipe_open), and a write beyond what
    // the pipe holds then fails with EAGAIN until the reader catches up
    const { writeEnd, readEnd } = fifo('nonblocking.fifo');
    // the hosts file comes on stdin: the run writes nothing before it has it
    const stdinArgs = args.filter((a, i) => a !== '--in' && args[i - 1] !== '--in');
    const child = spawn(process.execPath, ['-r', PRINT_LOADED, LAUNCHER, ...stdinArgs], { cwd: ROOT, stdio: ['pipe', writeEnd, 'pipe'] });
    const other = spawn(process.execPath, ['-e', "process.stdout.write(''); setInterval(() => {}, 1000)"], { stdio: ['ignore', writeEnd, 'ignore'] });
    closeSync(writeEnd);
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => { stderr += c.toString(); });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => { other.kill(); resolve(code); }));
    try {
      // the run's stdout is non-blocking once the other process has opened its own (/proc/<pid>/fdinfo/1, flags in octal)
      const nonBlocking = () => (parseInt(/^flags:\s+([0-7]+)/m.exec(readFileSync(`/proc/${child.pid}/fdinfo/1`, 'utf8'))![1]!, 8) & constants.O_NONBLOCK) !== 0;
      for (let waited = 0; !nonBlocking(); waited += 20) {
        expect(waited, 'the other process never made the pipe non-blocking').toBeLessThan(20_000);
        await sleep(20);
      }
      child.stdin!.end(readFileSync(hostsFile));
      // nothing is read before the run has filled the pipe (64 KiB; /proc/<pid>/io counts what it
      // wrote): its next write finds it full
      const written = () => Number(/^wchar:\s+(\d+)/m.exec(readFileSync(`/proc/${child.pid}/io`, 'utf8'))![1]);
      for (let waited = 0; written() < 65_536; waited += 20) {
        expect(waited, 'the run never filled the pipe').toBeLessThan(30_000);
        await sleep(20);
      }
      await sleep(100);
      const read = readAll(readEnd);
      expect(await exited, stderr).toBe(0);
      expect((await read) === zone, 'the zone read from the pipe differs from the one printed in-process').toBe(true);
      expect(stderr.startsWith(summary), stderr).toBe(true);
      // the write that found the pipe full handed the rest to Node.js's stream (a net.Socket on a pipe)
      expect(builtinsIn(stderr)).toContain('net');
    } finally {
      other.kill();
      child.kill();
    }
  }, 60_000);

  it('reach a pipe both share in the order the run wrote them, the reader behind', async () => {
    const { writeEnd, readEnd } = fifo('shared.fifo');
    const child = spawn(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, stdio: ['ignore', writeEnd, writeEnd] });
    closeSync(writeEnd);
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await sleep(500);
    const read = readAll(readEnd);
    expect(await exited).toBe(0);
    expect((await read) === zone + summary, 'the summary is not after the whole zone').toBe(true);
  }, 60_000);

  it('are written whole into files by write(2), without Node.js\'s streams', () => {
    const out = join(dir, 'out.zone');
    const err = join(dir, 'err.txt');
    const fds = [openSync(out, 'w'), openSync(err, 'w')];
    try {
      const r = spawnSync(process.execPath, ['-r', PRINT_LOADED, LAUNCHER, ...args], { cwd: ROOT, stdio: ['ignore', fds[0]!, fds[1]!] });
      expect(r.status).toBe(0);
    } finally {
      fds.forEach((fd) => closeSync(fd));
    }
    expect(readFileSync(out, 'utf8') === zone).toBe(true);
    const stderr = readFileSync(err, 'utf8');
    expect(stderr.startsWith(summary), stderr).toBe(true);
    // Node.js writes a file through a SyncWriteStream, a pipe through a net.Socket
    expect(builtinsIn(stderr).filter((m) => ['net', 'tty', 'internal/fs/sync_write_stream'].includes(m))).toEqual([]);
  });

  it('go to a terminal through Node.js\'s stream, in colour unless NO_COLOR is set', () => {
    // script(1) (util-linux) runs the command on a pseudo-terminal and copies what it prints
    const onTerminal = (env: NodeJS.ProcessEnv) => {
      const r = spawnSync('script', ['-qec', `"${process.execPath}" "${LAUNCHER}" validate --spec "${SPECS.veil}"`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    const { NO_COLOR: _, ...env } = process.env;
    const coloured = onTerminal(env);
    expect(coloured).toContain('\x1b[33mwarn\x1b[39m');
    const plain = onTerminal({ ...env, NO_COLOR: '1' });
    expect(plain).toContain('warn VEIL-LIFECYCLE-001');
    expect(plain).not.toContain('\x1b[');
    // the same words either way (the terminal turns line feeds into CR LF)
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('that fail to write (/dev/full, through Node.js\'s stream) end the run with one line and exit 2, never a stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      for (const spec of [SPECS.veil, denied]) {
        const r = spawnSync(process.execPath, [LAUNCHER, 'validate', '--spec', spec], { cwd: ROOT, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
        expect({ status: r.status, stderr: r.stderr }, spec).toEqual({ status: 2, stderr: 'veilc: cannot write to standard output: no space left on the device (ENOSPC)\n' });
      }
      // stderr itself full: nothing to say it on, still exit 2 and no crash
      const r = spawnSync(process.execPath, [LAUNCHER, 'validate', '--spec', join(dir, 'missing.yaml')], { cwd: ROOT, stdio: ['ignore', 'pipe', full], encoding: 'utf8' });
      expect({ status: r.status, signal: r.signal, stdout: r.stdout }).toEqual({ status: 2, signal: null, stdout: '' });
    } finally {
      closeSync(full);
    }
  });

  it('go to a shell pipe without a net.Socket', () => {
    // a shell's `|` is a FIFO (Node.js's own 'pipe' is a socket pair)
    const r = spawnSync('sh', ['-c', '"$0" -r "$1" "$2" validate --spec "$3" | cat >/dev/null', process.execPath, PRINT_LOADED, LAUNCHER, SPECS.veil], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(builtinsIn(r.stderr).filter((m) => ['net', 'tty'].includes(m))).toEqual([]);
  });

  it('lose nothing else, and the run keeps its exit code, when the reader closes the pipe early (`veilc ... | head`)', async () => {
    const early = async (argv: string[]) => {
      const child = spawn(process.execPath, [LAUNCHER, ...argv], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      // the reader goes before the run writes: every write to stdout finds it gone (EPIPE)
      child.stdout!.destroy();
      let stderr = '';
      child.stderr!.on('data', (c: Buffer) => { stderr += c.toString(); });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      return { code, stderr };
    };
    // the denied spec still exits 1 (`set -o pipefail` sees the gate's answer)
    expect(await early(['validate', '--spec', denied])).toEqual({ code: 1, stderr: '' });
    expect(await early(['check', '--skip-tools', '--spec', denied, '--out', join(dir, 'none')])).toEqual({ code: 1, stderr: '' });
    expect(await early(['validate', '--spec', join(dir, 'missing.yaml')]).then((r) => r.code)).toBe(2);
    // what the run writes to stderr after it still arrives
    expect(await early(args)).toEqual({ code: 0, stderr: summary });
  }, 60_000);
});
