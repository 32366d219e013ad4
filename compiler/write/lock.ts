// One compile at a time per output folder: a lock file beside it
// (`.out.lock` for out/), created atomically with its content (written to a
// private file, then hard-linked into place: link(2) fails when the name
// exists). The content names the holder (host, pid, a random token). A lock
// whose holder is dead (same host, no such process) or older than
// STALE_AFTER_MS is stale: it is moved aside under a unique name and removed
// only if it is still the lock judged stale; a fresh lock moved by mistake is
// linked back. No library does the dead-PID recovery (proper-lockfile judges
// by age alone, so a killed compile would block the next one for its whole
// stale period), hence this module.
import { randomBytes } from 'node:crypto';
import { linkSync, lstatSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { IoError, isUnsupported } from './io-error.ts';
import { readRegularFile } from './tree.ts';

/** A compile (even with --verify and remote schemas) never takes this long; a lock this old is abandoned. */
export const STALE_AFTER_MS = 10 * 60 * 1000;

interface Holder { host: string; pid: number; token: string }

export interface Lock {
  path: string;
  release(): void;
}

export interface LockOptions {
  /** Give up after this long (default 120 s). */
  timeoutMs?: number;
  /** What the lock is for, in messages, e.g. the --out the user gave. */
  label?: string;
}

export function lockPathFor(parent: string, name: string): string {
  return join(parent, `.${name}.lock`);
}

function readHolder(path: string): { holder: Holder | null; ageMs: number; regular: boolean } | null {
  let text: string | null;
  let mtime: number;
  try {
    mtime = lstatSync(path).mtimeMs;
    text = readRegularFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  let holder: Holder | null = null;
  try {
    const h = JSON.parse(text ?? '') as Partial<Holder>;
    if (typeof h.host === 'string' && Number.isInteger(h.pid) && typeof h.token === 'string') holder = h as Holder;
  } catch { /* not a lock veilc wrote: judged by age alone */ }
  return { holder, ageMs: Date.now() - mtime, regular: text !== null };
}

/** True when no process `pid` runs on this host (kill(pid, 0) fails with ESRCH; EPERM means it runs as someone else). */
export function processIsGone(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** The holder is known to be gone: same host, and its process no longer runs. */
function holderIsDead(h: Holder): boolean {
  return h.host === hostname() && processIsGone(h.pid);
}

/** A running veilc on this host holds the lock at `path` (what `check` waits for; anything else is not worth waiting on). */
export function lockIsLive(path: string): boolean {
  try {
    const seen = readHolder(path);
    return !!seen?.holder && seen.ageMs <= STALE_AFTER_MS && seen.holder.host === hostname() && !processIsGone(seen.holder.pid);
  } catch {
    return false;
  }
}

function breakStale(path: string, staleToken: string | null): void {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else broke it first
    throw e;
  }
  const moved = readHolder(aside);
  if (moved && moved.holder?.token !== staleToken && moved.holder !== null) {
    // a fresh lock was taken between our look and the rename: give it back
    try { linkSync(aside, path); } catch { /* a third process took the name: it holds the lock now */ }
  }
  unlinkSync(aside);
}

/**
 * Puts the private file `mine` at `path` unless something is there (EEXIST).
 * Where the file system has no hard links (vfat, some network mounts), the
 * lock is created exclusively and written: for a moment it is empty, which
 * others judge by age, never as stale.
 */
function takeName(mine: string, path: string): void {
  try {
    linkSync(mine, path);
  } catch (e) {
    if (!isUnsupported(e)) throw e;
    writeFileSync(path, readFileSync(mine), { flag: 'wx', mode: 0o644 });
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for and takes the lock at `path`; throws IoError when it stays held past the timeout. */
export async function acquireLock(path: string, o: LockOptions = {}): Promise<Lock> {
  const timeoutMs = o.timeoutMs ?? 120_000;
  const holder: Holder = { host: hostname(), pid: process.pid, token: randomBytes(8).toString('hex') };
  const mine = `${path}.${process.pid}-${holder.token}`;
  const started = Date.now();
  let delay = 5;
  try {
    writeFileSync(mine, `${JSON.stringify(holder)}\n`, { flag: 'wx', mode: 0o644 });
  } catch (e) {
    rmSync(mine, { force: true }); // created, but the content did not fit (ENOSPC)
    throw new IoError('lock', o.label ?? path, e);
  }
  try {
    for (;;) {
      try {
        takeName(mine, path);
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new IoError('lock', o.label ?? path, e);
      }
      const seen = readHolder(path);
      if (seen && !seen.regular) {
        throw new IoError('lock', o.label ?? path, Object.assign(new Error('not a lock'), { code: 'EEXIST' }),
          `${path} is not a lock file veilc made (a link or a folder); remove it`);
      }
      if (seen && (seen.ageMs > STALE_AFTER_MS || (seen.holder !== null && holderIsDead(seen.holder)))) {
        breakStale(path, seen.holder?.token ?? null);
        continue;
      }
      if (Date.now() - started > timeoutMs) {
        const who = seen?.holder ? `process ${seen.holder.pid} on ${seen.holder.host}` : 'another process';
        throw new IoError('lock', o.label ?? path, Object.assign(new Error('held'), { code: 'EBUSY' }),
          `${who} holds ${path} (another veilc compile?); if no compile runs, remove that file`);
      }
      await sleep(delay);
      delay = Math.min(delay * 2, 100);
    }
  } finally {
    try { unlinkSync(mine); } catch { /* already gone */ }
  }
  return {
    path,
    /** Removes the lock if it is still ours; never throws (a lock left behind is taken over as stale). */
    release() {
      try {
        if (readHolder(path)?.holder?.token === holder.token) unlinkSync(path);
      } catch { /* see above */ }
    },
  };
}
