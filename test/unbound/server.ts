// A real Unbound for tests: the compiled zones and config in a temporary
// folder, on 127.0.0.1 and a free port, with no way out to the internet.
//
// The config under test is the compiled <cluster>.conf, included exactly as
// Debian includes unbound.conf.d/*.conf (include-toplevel). Only two things
// change: every `zonefile:` points into the temporary folder (same lines), and
// its `interface:` lines are commented out (the DNS host's LAN address does
// not exist here); the wrapper listens on 127.0.0.1:PORT instead.
//
// Out-of-zone names must fail fast and must not leak: `do-not-query-address`
// for all of 0.0.0.0/0 and ::/0 leaves the iterator no server it may ask, so
// Unbound answers SERVFAIL at once. That still proves "not resolved": a name
// outside every zone gets no answer from the compiled zones or the RPZ,
// exactly what the production resolver would have to fetch upstream.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, join } from 'node:path';
import { rewriteZonefiles } from '../../compiler/verify/unbound-checkconf.ts';
import { tempDir, toolPath } from './helpers.ts';

export interface DigResult {
  status: string;
  flags: string[];
  answers: { name: string; ttl: number; type: string; data: string }[];
  raw: string;
}

export interface RunningUnbound {
  port: number;
  dir: string;
  log(): string;
  /** Resolves once the log matches (dig runs synchronously, so the log catches up between awaits). */
  waitForLog(re: RegExp, ms?: number): Promise<string>;
  dig(name: string, type: string): DigResult;
  stop(): Promise<void>;
}

/** A port free for both UDP and TCP on 127.0.0.1 (Unbound binds both). */
async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const udp = createSocket('udp4');
    const port = await new Promise<number>((res, rej) => {
      udp.once('error', rej);
      udp.bind(0, '127.0.0.1', () => res(udp.address().port));
    });
    const tcpFree = await new Promise<boolean>((res) => {
      const srv = createServer();
      srv.once('error', () => res(false));
      srv.listen(port, '127.0.0.1', () => srv.close(() => res(true)));
    });
    await new Promise<void>((res) => udp.close(() => res()));
    if (tcpFree) return port;
  }
  throw new Error('no free port on 127.0.0.1');
}

export function dig(port: number, name: string, type: string): DigResult {
  const r = spawnSync(toolPath('dig'), ['@127.0.0.1', '-p', String(port), '+noall', '+comments', '+answer', '+time=2', '+tries=1', name, type], { encoding: 'utf8' });
  const raw = `${r.stdout}${r.stderr}`;
  // dig exits 9 when no reply came back at all (the `drop` action)
  if (r.status === 9) return { status: 'NO-REPLY', flags: [], answers: [], raw };
  const status = /status: ([A-Z]+)/.exec(raw)?.[1] ?? `unparsed (dig exit ${r.status})`;
  const flags = /;; flags: ([a-z ]+);/.exec(raw)?.[1]!.trim().split(/\s+/) ?? [];
  const answers = r.stdout.split('\n').filter((l) => l.trim() && !l.startsWith(';')).map((l) => {
    const [n, ttl, , t, ...data] = l.trim().split(/\s+/);
    return { name: n!, ttl: Number(ttl), type: t!, data: data.join(' ') };
  });
  return { status, flags, answers, raw };
}

export interface StartOptions {
  /** Compiled files (paths relative to out/), as emitUnbound returns them. */
  files: Map<string, string>;
  /** RPZ zone text by file name (`L.rpz.zone`), standing in for the downloaded lists. */
  rpz: Map<string, string>;
}

const children = new Set<ChildProcess>();
process.once('exit', () => { for (const c of children) c.kill('SIGKILL'); });

export async function startUnbound(o: StartOptions): Promise<RunningUnbound> {
  const dir = tempDir('veilc-unbound-server-');
  let child: ChildProcess | null = null;
  let output = '';
  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const c = child;
      const exited = new Promise<void>((res) => c.once('exit', () => res()));
      c.kill('SIGTERM');
      const timer = setTimeout(() => c.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    if (child) children.delete(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const d of ['zones', 'rpz', 'unbound.conf.d']) mkdirSync(join(dir, d));
    for (const [path, content] of o.files) {
      if (path.startsWith('unbound/zones/')) writeFileSync(join(dir, 'zones', basename(path)), content);
    }
    for (const [name, content] of o.rpz) writeFileSync(join(dir, 'rpz', name), content);
    const confs = [...o.files].filter(([p]) => p.startsWith('unbound/unbound.conf.d/'));
    if (confs.length !== 1) throw new Error(`expected one compiled config, got ${confs.length}`);
    const [confPath, conf] = confs[0]!;
    const staged = rewriteZonefiles(conf, (r) => join(dir, r.clause === 'rpz' ? 'rpz' : 'zones', basename(r.path)))
      .replace(/^(\s*)interface:/gm, '$1# (test) interface:');
    writeFileSync(join(dir, 'unbound.conf.d', basename(confPath)), staged);

    const port = await freePort();
    writeFileSync(join(dir, 'unbound.conf'), [
      'server:',
      '    interface: 127.0.0.1',
      `    port: ${port}`,
      '    do-ip6: no',
      '    do-daemonize: no',
      '    username: ""',
      '    chroot: ""',
      `    directory: "${dir}"`,
      `    pidfile: "${dir}/unbound.pid"`,
      '    use-syslog: no',
      '    logfile: ""',
      '    verbosity: 1',
      '    num-threads: 1',
      '    do-not-query-address: 0.0.0.0/0',
      '    do-not-query-address: ::/0',
      'remote-control:',
      '    control-enable: no',
      `include-toplevel: "${dir}/unbound.conf.d/*.conf"`,
      '',
    ].join('\n'));

    const c = spawn(toolPath('unbound'), ['-d', '-c', join(dir, 'unbound.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = c;
    children.add(c);
    c.stdout!.setEncoding('utf8').on('data', (d: string) => { output += d; });
    c.stderr!.setEncoding('utf8').on('data', (d: string) => { output += d; });

    // ready when it answers at all (the tests judge what); give up after 15 s or if unbound exits
    const probe = [...o.files.keys()].find((p) => p.startsWith('unbound/zones/'))!.replace(/^unbound\/zones\//, '').replace(/zone$/, '');
    const deadline = Date.now() + 15_000;
    for (;;) {
      if (c.exitCode !== null || c.signalCode !== null) throw new Error(`unbound exited (${c.exitCode ?? c.signalCode}) before answering:\n${output}`);
      if (/^[A-Z]+$/.test(dig(port, probe, 'SOA').status) && !output.includes('fatal error')) break;
      if (Date.now() > deadline) throw new Error(`unbound did not answer within 15 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const waitForLog = async (re: RegExp, ms = 5000) => {
      const end = Date.now() + ms;
      while (!re.test(output) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
      return output;
    };
    return { port, dir, log: () => output, waitForLog, dig: (n, t) => dig(port, n, t), stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
