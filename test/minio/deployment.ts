// A real distributed MinIO on loopback, laid out by veilc's compiled server
// arguments: one `minio server` process per server of every pool, each on
// 127.0.0.1 with its own port, all given the same pool arguments.
//
// The compiled argument of a pool,
//   http://minio-{0...2}.minio-hl.minio.svc.cluster.local:9000/data{0...1}
// becomes
//   http://127.0.0.1:{P...P+2}/proc/self/cwd/data{0...1}
// with a block of consecutive free ports: the same ellipsis patterns (one over
// the servers, one over the drives) in the same places, so MinIO forms the
// same sets. In Kubernetes every pod mounts its own /data0; here every process
// runs in its own folder and reaches it as /proc/self/cwd, so each process owns
// only its own drive folders. On a machine that looks like a container
// (/.dockerenv), MinIO cannot tell which loopback endpoint is its own and
// waits forever, so each process is told (_MINIO_SERVER_LOCAL=127.0.0.1:PORT);
// MINIO_CI_CD=1 allows drives on the root disk. Every process is in its own
// process group and is killed with it: after the tests and on exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plainGet, type Credentials } from './s3.ts';

export const ROOT_CREDENTIALS: Credentials = { accessKeyId: 'veilc-test', secretAccessKey: 'veilc-test-secret-not-real' };

export interface PoolOfArgs {
  /** The pool's StatefulSet name (its pods are NAME-0, NAME-1, ...). */
  name: string;
  servers: number;
  /** The compiled MinIO argument of this pool. */
  arg: string;
}

export interface Server {
  pool: number;
  ordinal: number;
  port: number;
  dir: string;
  child: ChildProcess | null;
  log: string;
}

export interface Deployment {
  dir: string;
  servers: Server[];
  /** The loopback arguments every process got, one per pool. */
  args: string[];
  /** A port of a server that is running. */
  livePort(): number;
  /** Kills one server's process group (SIGKILL: a node that dies). */
  kill(pool: number, ordinal: number): Promise<void>;
  stopAll(): Promise<void>;
  logs(): string;
}

const groups = new Set<number>();
process.once('exit', () => { for (const g of groups) { try { process.kill(-g, 'SIGKILL'); } catch { /* gone */ } } });

async function portFree(port: number): Promise<boolean> {
  return new Promise((res) => {
    const srv = createServer();
    srv.once('error', () => res(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => res(true)));
  });
}

/** `count` consecutive free ports from a random base (an ellipsis needs consecutive numbers). */
export async function freePortBlock(count: number, taken: ReadonlySet<number> = new Set()): Promise<number[]> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 40_000);
    const ports = Array.from({ length: count }, (_, i) => base + i);
    if (ports.some((p) => taken.has(p))) continue;
    let ok = true;
    for (const p of ports) if (!(await portFree(p))) { ok = false; break; }
    if (ok) return ports;
  }
  throw new Error(`no ${count} consecutive free ports on 127.0.0.1`);
}

const COMPILED = /^http:\/\/([a-z0-9-]+)-(\{0\.\.\.(\d+)\}|0)\.[a-z0-9-]+-hl\.[a-z0-9-]+\.svc\.cluster\.local:9000\/(.+)$/;

/** The compiled argument on loopback: the server pattern over ports, the drives below /proc/self/cwd. */
export function loopbackArg(pool: PoolOfArgs, ports: readonly number[]): string {
  const m = COMPILED.exec(pool.arg);
  if (!m || m[1] !== pool.name) throw new Error(`unexpected compiled MinIO argument for pool ${pool.name}: ${pool.arg}`);
  const servers = m[3] === undefined ? 1 : Number(m[3]) + 1;
  if (servers !== pool.servers || ports.length !== servers) throw new Error(`pool ${pool.name}: argument has ${servers} servers, expected ${pool.servers}`);
  const hosts = servers > 1 ? `{${ports[0]}...${ports[ports.length - 1]}}` : String(ports[0]);
  return `http://127.0.0.1:${hosts}/proc/self/cwd/${m[4]}`;
}

export interface StartOptions {
  minio: string;
  pools: readonly PoolOfArgs[];
  /** MINIO_STORAGE_CLASS_STANDARD as the manifests set it. */
  storageClassStandard: string;
  /** Reuse the folders and ports of an earlier deployment (a restart, e.g. with a pool added). */
  reuse?: { dir: string; ports: number[][] };
  readyTimeoutMs?: number;
  /** Where a pool's ports come from (freePortBlock; a test hands out a taken one). */
  portBlock?: (count: number, taken: ReadonlySet<number>) => Promise<number[]>;
}

/** What a MinIO server prints when its --address is taken: another process bound it after freePortBlock saw it free. */
const PORT_IN_USE = /Specified port is already in use/;

/**
 * startDeployment, again on fresh ports (up to three times) when a server
 * could not bind its port: a port found free can be taken by another test's
 * server before MinIO binds it. A restart on reused ports is not retried (the
 * ports are the deployment's endpoints).
 */
export async function startDeployment(o: StartOptions): Promise<Deployment> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(o);
    } catch (e) {
      if (o.reuse || attempt >= 3 || !(e instanceof PortTakenError)) throw e;
    }
  }
}

class PortTakenError extends Error {}

async function startOnce(o: StartOptions): Promise<Deployment> {
  const dir = o.reuse?.dir ?? mkdtempSync(join(tmpdir(), 'veilc-minio-'));
  const taken = new Set<number>(o.reuse?.ports.flat() ?? []);
  const ports: number[][] = [];
  for (const [i, p] of o.pools.entries()) {
    const block = o.reuse?.ports[i] ?? await (o.portBlock ?? freePortBlock)(p.servers, taken);
    for (const x of block) taken.add(x);
    ports.push(block);
  }
  const args = o.pools.map((p, i) => loopbackArg(p, ports[i]!));
  const container = existsSync('/.dockerenv');
  const servers: Server[] = o.pools.flatMap((p, pi) => ports[pi]!.map((port, ordinal) => ({ pool: pi, ordinal, port, dir: join(dir, `${p.name}-${ordinal}`), child: null, log: '' })));

  const stopOne = async (s: Server) => {
    const c = s.child;
    if (!c || c.pid === undefined) return;
    if (c.exitCode === null && c.signalCode === null) {
      const exited = new Promise<void>((res) => c.once('exit', () => res()));
      try { process.kill(-c.pid, 'SIGKILL'); } catch { /* already gone */ }
      await Promise.race([exited, new Promise((res) => setTimeout(res, 10_000))]);
    }
    groups.delete(c.pid);
    s.child = null;
  };
  const logs = () => servers.map((s) => `--- ${o.pools[s.pool]!.name}-${s.ordinal} :${s.port}\n${s.log.slice(-3000)}`).join('\n');
  const deployment: Deployment = {
    dir, servers, args,
    livePort: () => {
      const s = servers.find((x) => x.child !== null);
      if (!s) throw new Error('no MinIO server is running');
      return s.port;
    },
    kill: async (pool, ordinal) => stopOne(servers.find((s) => s.pool === pool && s.ordinal === ordinal)!),
    stopAll: async () => { await Promise.all(servers.map(stopOne)); },
    logs,
  };

  try {
    for (const s of servers) {
      mkdirSync(s.dir, { recursive: true });
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        HOME: s.dir,
        MINIO_ROOT_USER: ROOT_CREDENTIALS.accessKeyId,
        MINIO_ROOT_PASSWORD: ROOT_CREDENTIALS.secretAccessKey,
        MINIO_STORAGE_CLASS_STANDARD: o.storageClassStandard,
        MINIO_CI_CD: '1',
        MINIO_BROWSER: 'off',
        MINIO_PROMETHEUS_AUTH_TYPE: 'public',
        MINIO_UPDATE: 'off',
        ...(container ? { _MINIO_SERVER_LOCAL: `127.0.0.1:${s.port}` } : {}),
      };
      const c = spawn(o.minio, ['server', '--quiet', '--address', `127.0.0.1:${s.port}`, '--certs-dir', join(s.dir, '.certs'), ...args], { cwd: s.dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      s.child = c;
      if (c.pid !== undefined) groups.add(c.pid);
      const keep = (d: Buffer) => { s.log = (s.log + d.toString('utf8')).slice(-20_000); };
      c.stdout!.on('data', keep);
      c.stderr!.on('data', keep);
      c.once('exit', (code, signal) => { s.log += `\n[exited: ${code ?? signal}]`; });
    }
    // ready when every server says the cluster has write quorum on every set;
    // any server that exits meanwhile fails the start at once (the others would wait for it in vain)
    const deadline = Date.now() + (o.readyTimeoutMs ?? 90_000);
    const exited = () => servers.find((x) => x.child?.exitCode !== null && x.child?.exitCode !== undefined);
    for (const s of servers) {
      for (;;) {
        const gone = exited();
        if (gone) {
          // its last words may still be in the pipe when 'exit' fires
          await new Promise((res) => { gone.child!.once('close', res); setTimeout(res, 1_000); });
          const message = `minio ${o.pools[gone.pool]!.name}-${gone.ordinal} exited before it was ready`;
          throw PORT_IN_USE.test(gone.log) ? new PortTakenError(message) : new Error(message);
        }
        const r = await plainGet(s.port, '/minio/health/cluster', 2_000).catch(() => null);
        if (r?.status === 200) break;
        if (Date.now() > deadline) throw new Error(`MinIO was not ready within ${(o.readyTimeoutMs ?? 90_000) / 1000} s`);
        await new Promise((res) => setTimeout(res, 250));
      }
    }
    return deployment;
  } catch (e) {
    const text = logs();
    await deployment.stopAll();
    if (!o.reuse) rmSync(dir, { recursive: true, force: true });
    const message = `${e instanceof Error ? e.message : String(e)}\n${text}`;
    throw e instanceof PortTakenError ? new PortTakenError(message) : new Error(message);
  }
}

/** Stops every process and removes the folders. */
export async function destroy(d: Deployment | undefined): Promise<void> {
  if (!d) return;
  await d.stopAll();
  rmSync(d.dir, { recursive: true, force: true });
}
