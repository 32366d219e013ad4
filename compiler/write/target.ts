// Where `--out` really is, and whether veilc may ever replace it. The path is
// resolved the way the kernel would (realpath semantics for every component
// but the last: `./out/../out`, `out/`, a symlinked parent), but the last
// component is never followed: a link named out/ is the link, not its target.
// Some folders are never an output folder, whatever they contain: `/`, the
// home folder, the repository root, the spec's folder, anything that holds the
// spec or a `.git`, and anything inside a `.git`.
import { existsSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { UsageError } from '../diagnostics/diagnostic.ts';
import { IoError } from './io-error.ts';
import { shownPath } from './shown-path.ts';

export interface OutTarget {
  /** As the user wrote it (for messages). */
  given: string;
  /** Absolute, with every component but the last resolved. */
  abs: string;
  parent: string;
  name: string;
}

/** The output folder is not veilc's to replace (exit 2); nothing was touched. */
export class RefusedTarget extends UsageError {
  constructor(given: string, why: string, hint?: string) {
    super(`refusing to replace ${shownPath(given)}: ${why}`, hint);
    this.name = 'RefusedTarget';
  }
}

/** realpath of the longest existing prefix of `p`, the rest appended lexically (nothing there to follow). */
function realpathDeep(p: string, given: string): string {
  try {
    return realpathSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw new IoError('resolve', given, e);
    const parent = dirname(p);
    if (parent === p) throw new IoError('resolve', given, e);
    return join(realpathDeep(parent, given), basename(p));
  }
}

/** Resolves `--out` (see the module comment); throws IoError when a component cannot be resolved (ELOOP, ENOTDIR, EACCES). */
export function resolveOutTarget(given: string): OutTarget {
  if (given.trim() === '') throw new UsageError('--out is empty', 'name the output folder, e.g. --out out');
  const abs0 = isAbsolute(given) ? given : resolve(process.cwd(), given);
  // `resolve` already drops trailing slashes; `.` and `..` as the last component name a folder that exists, to be resolved whole
  const last = given.replace(/\/+$/, '').split('/').pop();
  if (last === '.' || last === '..' || last === '' || abs0 === sep) {
    const abs = realpathDeep(lexicalKeepingDots(given), given);
    return { given, abs, parent: dirname(abs), name: basename(abs) };
  }
  const parent = realpathDeep(dirname(lexicalKeepingDots(given)), given);
  const name = basename(abs0);
  return { given, abs: join(parent, name), parent, name };
}

/** The path made absolute without collapsing `..` (realpath must see `link/..` as the kernel does). */
function lexicalKeepingDots(given: string): string {
  const p = isAbsolute(given) ? given : `${process.cwd()}/${given}`;
  return p.replace(/\/+$/, '') || '/';
}

/** Walks up from `dir` to the folder holding `.git` (a folder, or a file in a worktree). */
export function gitTopLevel(dir: string): string | null {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return null;
  }
}

const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer === sep ? sep : `${outer}${sep}`);

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

/**
 * Throws RefusedTarget when `t` is `/`, the home folder, a repository root,
 * the spec's folder, holds one of them or the spec, or lies inside a `.git`.
 */
export function refuseProtectedTarget(t: OutTarget, specFile: string): void {
  const spec = realOrSelf(specFile);
  const specDir = dirname(spec);
  const home = realOrSelf(homedir());
  const protectedDirs: [string, string][] = [
    [sep, 'the root folder /'],
    [home, 'your home folder'],
    [specDir, `the spec's folder (${shownPath(specFile)} is in it)`],
  ];
  for (const from of [specDir, t.abs]) {
    const top = gitTopLevel(from);
    if (top) protectedDirs.push([top, 'the root of a git repository']);
  }
  const hint = 'veilc replaces the whole output folder; pass a folder of its own, e.g. --out out';
  if (t.abs.split(sep).includes('.git')) throw new RefusedTarget(t.given, 'it is inside a .git folder', hint);
  if (t.abs === spec) throw new RefusedTarget(t.given, 'it is the spec file', hint);
  for (const [dir, what] of protectedDirs) if (t.abs === dir) throw new RefusedTarget(t.given, `it is ${what}`, hint);
  if (within(spec, t.abs)) throw new RefusedTarget(t.given, `it holds the spec ${shownPath(specFile)}`, hint);
  for (const [dir, what] of protectedDirs) if (within(dir, t.abs)) throw new RefusedTarget(t.given, `it holds ${what}`, hint);
}
