// Server processes for tests that must never outlive the test run.
//
// Each server runs in a process group of its own (spawn `detached`), writes
// its output to a log file (a pipe that nobody drains while a test blocks the
// event loop would stall the server), and is stopped by signalling the whole
// group: SIGTERM, then SIGKILL after a grace period. Three nets catch what a
// test forgets or a crash skips:
//   1. `stop()` from afterAll (the normal path);
//   2. the worker's `exit` event and SIGINT/SIGTERM/SIGHUP: every live group is
//      killed (SIGKILL) and every registered folder removed;
//   3. a watchdog (`sh`, its own group) per process set: when the test worker
//      dies without running any hook (SIGKILL, OOM), it kills the groups whose
//      ids are recorded in the set's folder (as read while the worker lived,
//      should the folder be gone already) and removes that folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

// The group ids are read (with shell built-ins, no process per read) while the
// worker lives and kept: the test run's teardown removes its temporary folder,
// `dir` among them, as soon as the last worker is gone (test/setup/temp-root.ts).
const WATCHDOG = [
  'parent=$1; dir=$2; groups=',
  // a file holds the id without a newline: `read` fails at its end but sets g
  'recorded() { found=; for f in "$dir"/pgids/*; do g=; [ -f "$f" ] && read -r g < "$f"; [ -n "$g" ] && found="$found $g"; done; }',
  'while kill -0 "$parent" 2>/dev/null; do recorded; groups=$found; sleep 0.5; done',
  'recorded',
  'for g in $groups $found; do kill -KILL "-$g" 2>/dev/null; done',
  'rm -rf "$dir"',
].join('\n');

/** Every live process group and folder of this worker, for the exit hooks. */
const liveGroups = new Set<number>();
const liveDirs = new Set<string>();
let hooksInstalled = false;

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: the group is gone already
  }
}

function emergencyCleanup(): void {
  for (const pgid of liveGroups) killGroup(pgid, 'SIGKILL');
  liveGroups.clear();
  for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
  liveDirs.clear();
}

function installExitHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.once('exit', emergencyCleanup);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      emergencyCleanup();
      // the listener replaced the default action; die of the signal as before
      process.kill(process.pid, signal);
    });
  }
}

/** A port on 127.0.0.1 that was free a moment ago (the caller retries if a server loses the race). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  readonly name: string;
  readonly pid: number;
  readonly logFile: string;
  /** Exit code or signal once it exited, else null. */
  exited(): string | null;
  /** The last `lines` lines of its log (for error messages). */
  logTail(lines?: number): string;
}

interface Running extends ServerProcess {
  child: ChildProcess;
  done: Promise<void>;
}

/**
 * A set of server processes sharing one folder (`dir`): logs in `dir/logs`,
 * group ids in `dir/pgids` for the watchdog. `stop()` stops every process
 * (in reverse start order) and the watchdog, then removes `dir`.
 */
export class ProcessSet {
  private readonly procs: Running[] = [];
  private watchdog: ChildProcess | null = null;
  private stopped = false;

  constructor(readonly dir: string) {
    installExitHooks();
    liveDirs.add(dir);
    mkdirSync(join(dir, 'logs'), { recursive: true });
    mkdirSync(join(dir, 'pgids'), { recursive: true });
    const w = spawn('sh', ['-c', WATCHDOG, 'watchdog', String(process.pid), dir], { detached: true, stdio: 'ignore' });
    w.unref();
    this.watchdog = w;
    if (w.pid !== undefined) liveGroups.add(w.pid);
  }

  /** Every process started in this set, in start order (running or exited). */
  get processes(): readonly ServerProcess[] {
    return this.procs;
  }

  /** Starts `binary args` in a new process group; stdout and stderr go to `dir/logs/<name>.log`. */
  start(name: string, binary: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): ServerProcess {
    if (this.stopped) throw new Error(`process set ${this.dir} is stopped`);
    const logFile = join(this.dir, 'logs', `${name}.log`);
    const fd = openSync(logFile, 'a');
    let child: ChildProcess;
    try {
      child = spawn(binary, args, { detached: true, stdio: ['ignore', fd, fd], env });
    } finally {
      closeSync(fd);
    }
    if (child.pid === undefined) throw new Error(`cannot start ${name} (${binary})`);
    const pid = child.pid;
    liveGroups.add(pid);
    writeFileSync(join(this.dir, 'pgids', name), String(pid));
    let exit: string | null = null;
    const done = new Promise<void>((resolve) => {
      child.once('exit', (code, signal) => {
        exit = signal ?? String(code);
        resolve();
      });
      child.once('error', (e) => {
        exit = `spawn error: ${e.message}`;
        resolve();
      });
    });
    child.unref();
    const proc: Running = {
      name,
      pid,
      logFile,
      child,
      done,
      exited: () => exit,
      logTail: (lines = 40) => {
        try {
          return readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n');
        } catch {
          return '';
        }
      },
    };
    this.procs.push(proc);
    return proc;
  }

  /** Stops one process group: SIGTERM, then SIGKILL after `graceMs`. */
  async stopOne(p: ServerProcess, graceMs = 5000): Promise<void> {
    const proc = this.procs.find((x) => x === p);
    if (!proc) return;
    if (proc.exited() === null) {
      killGroup(proc.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(proc.pid, 'SIGKILL'), graceMs);
      await proc.done;
      clearTimeout(timer);
    }
    // children the leader left behind
    killGroup(proc.pid, 'SIGKILL');
    liveGroups.delete(proc.pid);
    rmSync(join(this.dir, 'pgids', proc.name), { force: true });
  }

  /** Stops every process (last started first) and the watchdog, and removes the folder. Idempotent. */
  async stop(graceMs = 5000): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const p of [...this.procs].reverse()) await this.stopOne(p, graceMs);
    if (this.watchdog?.pid !== undefined) {
      killGroup(this.watchdog.pid, 'SIGKILL');
      liveGroups.delete(this.watchdog.pid);
    }
    this.watchdog = null;
    rmSync(this.dir, { recursive: true, force: true });
    liveDirs.delete(this.dir);
  }
}
