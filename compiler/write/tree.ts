// The output tree on disk, seen with lstat semantics only. out/ comes from the
// repository, i.e. possibly from a pull request: a symbolic link in it may point
// at /proc/self/environ or at the runner's home. Nothing here follows a link,
// opens a FIFO or descends into another file system; such entries are reported
// by kind and left alone.
import { closeSync, constants, fchmodSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, rmdirSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import type { OutputFile } from '../emit/output.ts';
import { isUnsupported } from './io-error.ts';

/** What an entry is, from lstat: `mount` is a folder on another file system (never entered). */
export type EntryKind = 'file' | 'dir' | 'symlink' | 'fifo' | 'socket' | 'device' | 'mount' | 'other';

export interface TreeEntry {
  /** POSIX path relative to the tree root. */
  path: string;
  kind: EntryKind;
}

export interface TreeListing {
  /** What the root itself is; `missing` when nothing is there. */
  root: EntryKind | 'missing';
  /** Every entry below the root, folders included, sorted by path; folders of kind `mount` are not entered. */
  entries: TreeEntry[];
}

/** A regular file with its text, or a non-regular entry (never opened). Folders are left out. */
export type SnapshotEntry = { path: string; kind: 'file'; content: string } | { path: string; kind: Exclude<EntryKind, 'file' | 'dir'> };

export interface TreeSnapshot {
  root: EntryKind | 'missing';
  entries: SnapshotEntry[];
}

/** Words for a message: "a symbolic link", "a FIFO", ... */
export const KIND_WORDS: Record<EntryKind, string> = {
  file: 'a file', dir: 'a folder', symlink: 'a symbolic link', fifo: 'a FIFO (named pipe)', socket: 'a socket',
  device: 'a device file', mount: 'a mount point (another file system)', other: 'a special file',
};

export function kindOf(st: Stats, rootDev?: number): EntryKind {
  if (st.isSymbolicLink()) return 'symlink';
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return rootDev !== undefined && st.dev !== rootDev ? 'mount' : 'dir';
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  if (st.isBlockDevice() || st.isCharacterDevice()) return 'device';
  return 'other';
}

/** lstat, or null when nothing is there. */
export function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Lists `dir` without following any link. Throws the raw system error (ENOENT when a folder vanishes mid-walk). */
export function listTree(dir: string): TreeListing {
  const top = lstatOrNull(dir);
  if (!top) return { root: 'missing', entries: [] };
  const root = kindOf(top);
  const entries: TreeEntry[] = [];
  if (root !== 'dir') return { root, entries };
  const walk = (abs: string, rel: string) => {
    for (const name of readdirSync(abs).sort()) {
      const a = join(abs, name);
      const r = rel ? `${rel}/${name}` : name;
      const kind = kindOf(lstatSync(a), top.dev);
      entries.push({ path: r, kind });
      if (kind === 'dir') walk(a, r);
    }
  };
  walk(dir, '');
  return { root, entries };
}

/** Opened without following a link and without blocking on a FIFO; null when `path` is not a regular file. */
export function readRegularFile(path: string): string | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') return null; // a link, swapped in since the listing
    throw e;
  }
  try {
    if (!fstatSync(fd).isFile()) return null;
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** Every regular file below `dir` with its text, and every non-regular entry by kind (never opened). */
export function readTreeSnapshot(dir: string): TreeSnapshot {
  const { root, entries } = listTree(dir);
  const out: SnapshotEntry[] = [];
  for (const e of entries) {
    if (e.kind === 'dir') continue;
    if (e.kind !== 'file') { out.push({ path: e.path, kind: e.kind }); continue; }
    const content = readRegularFile(join(dir, ...e.path.split('/')));
    out.push(content === null ? { path: e.path, kind: 'other' } : { path: e.path, kind: 'file', content });
  }
  return { root, entries: out };
}

/** A file for writeTree: text (written as UTF-8), or bytes already encoded (see write-out.ts). */
export interface FileToWrite {
  /** POSIX path relative to the tree root. */
  path: string;
  content: string | Uint8Array;
}

/** The regular files of a snapshot (for code that only compares contents, e.g. plan and tests). */
export function regularFiles(s: TreeSnapshot): OutputFile[] {
  return s.entries.flatMap((e) => (e.kind === 'file' ? [{ path: e.path, content: e.content }] : []));
}

/**
 * Writes `files` into `root`, which must be a new, empty folder: folders 0755,
 * files 0644 whatever the umask, every file created exclusively (O_EXCL: an
 * existing file or link is an error, never written through). `first` is
 * written before everything else (the ownership manifest, so a half-written
 * staging folder is still recognisable as veilc's).
 */
export function writeTree(root: string, files: readonly FileToWrite[], first?: FileToWrite): void {
  const made = new Set<string>();
  const ensureDir = (d: string) => {
    if (d === root || made.has(d)) return;
    ensureDir(dirname(d));
    try {
      mkdirSync(d, { mode: 0o755 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !lstatSync(d).isDirectory()) throw e;
    }
    made.add(d);
  };
  for (const f of first ? [first, ...files] : files) {
    const target = join(root, ...f.path.split('/'));
    ensureDir(dirname(target));
    const fd = openSync(target, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
    try {
      setMode(fd, 0o644);
      writeFileSync(fd, f.content);
    } finally {
      closeSync(fd);
    }
  }
  // mkdir's mode is masked by the umask (and mkdtemp makes 0700): set it outright
  for (const d of [root, ...made]) chmodDir(d);
}

function chmodDir(d: string): void {
  const fd = openSync(d, constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW);
  try {
    setMode(fd, 0o755);
  } finally {
    closeSync(fd);
  }
}

/** fchmod, where the file system has modes at all (vfat and some network file systems refuse it: keep their default). */
function setMode(fd: number, mode: number): void {
  try {
    fchmodSync(fd, mode);
  } catch (e) {
    if (!isUnsupported(e)) throw e;
  }
}

/**
 * Removes the folder `dir` and everything in it with lstat semantics: a link is
 * unlinked (its target untouched), a folder on another file system is not
 * entered (EBUSY). `last` (a name directly in `dir`) goes last, so an
 * interrupted removal leaves the ownership manifest behind.
 */
export function removeTree(dir: string, last?: string): void {
  const top = lstatOrNull(dir);
  if (!top) return;
  if (!top.isDirectory()) { unlinkSync(dir); return; }
  const remove = (abs: string) => {
    const st = lstatOrNull(abs);
    if (!st) return;
    if (!st.isDirectory()) { unlinkSync(abs); return; }
    if (st.dev !== top.dev) throw Object.assign(new Error(`${abs} is a mount point`), { code: 'EBUSY', syscall: 'rmdir', path: abs });
    for (const name of readdirSync(abs)) remove(join(abs, name));
    rmdirSync(abs);
  };
  for (const name of readdirSync(dir)) if (name !== last) remove(join(dir, name));
  if (last) remove(join(dir, last));
  rmdirSync(dir);
}
