// The bundle's standard output on real descriptors (compiler/cli/stdio.ts):
// a report of megabytes arrives whole through a non-blocking pipe whose reader
// is behind, into a file, and a reader that closes the pipe early ends the run
// quietly. `veilc rpz` prints a zone as large as the block list it is given.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, createReadStream, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../foundation/helpers.ts';
import { SPECS } from '../fixtures/fixtures.ts';
import { runCli } from './run-cli.ts';

const LAUNCHER = join(ROOT, 'dist/veilc.cjs');
let dir: string;
let args: string[];
let hostsFile: string;
let expected: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'veilc-stdio-'));
  // 40,000 names: a zone of ~1.3 MB, twenty times what a pipe holds
  const hosts = (hostsFile = join(dir, 'hosts'));
  writeFileSync(hosts, Array.from({ length: 40_000 }, (_, i) => `0.0.0.0 ads-${i}.tracker.example\n`).join(''));
  args = ['rpz', '--list', 'stevenblack', '--spec', SPECS.veil, '--in', hosts];
  const r = await runCli(args);
  expect(r.code, r.stderr).toBe(0);
  expected = r.stdout;
  expect(expected.length).toBeGreaterThan(1_000_000);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the bundle\'s standard output', () => {
  it('arrives whole through a pipe another process made non-blocking, whose reader starts late', async () => {
    // a pipe shared with a Node.js process (`node a.js & veilc ...) | reader`):
    // while it runs, Node.js keeps a pipe on its stdout non-blocking for every
    // process that writes to it (libuv's uv_pipe_open), and a write beyond what
    // the pipe holds then fails with EAGAIN until the reader catches up
    const fifo = join(dir, 'out.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const opener = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writeEnd = openSync(fifo, 'w'); // a reader exists: does not wait
    const readEnd = openSync(fifo, 'r'); // a writer exists: does not wait
    closeSync(opener);
    // the hosts file comes on stdin: the run writes nothing before it has it
    const child = spawn(process.execPath, [LAUNCHER, ...args.filter((a, i) => a !== '--in' && args[i - 1] !== '--in')], { cwd: ROOT, stdio: ['pipe', writeEnd, 'pipe'] });
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
      // the run fills the pipe and finds it full before anything is read
      await sleep(1500);
      const chunks: Buffer[] = [];
      // read in Node.js's thread pool: the event loop sees the run end, and ends the other process
      const read = new Promise<void>((resolve, reject) => createReadStream('', { fd: readEnd }).on('data', (c) => chunks.push(c as Buffer)).on('end', resolve).on('error', reject));
      expect(await exited, stderr).toBe(0);
      await read;
      expect(Buffer.concat(chunks).toString('utf8') === expected, 'the zone read from the pipe differs from the one printed in-process').toBe(true);
    } finally {
      other.kill();
      child.kill();
    }
  }, 60_000);

  it('is written whole into a file', () => {
    const file = join(dir, 'out.zone');
    const fd = openSync(file, 'w');
    try {
      const r = spawnSync(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(file, 'utf8') === expected).toBe(true);
  });

  it('ends the run quietly when its reader closes the pipe early (`veilc ... | head`)', async () => {
    const child = spawn(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => { stderr += c.toString(); });
    // read a little, as head does, then close the read end
    await new Promise<void>((resolve) => child.stdout!.once('data', () => { child.stdout!.destroy(); resolve(); }));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  }, 60_000);
});
