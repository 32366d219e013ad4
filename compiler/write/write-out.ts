// Stage 7: write the compiled files atomically, into a folder veilc owns.
// Under the output folder's lock: refuse a target that is not veilc's
// (target.ts, ownership.ts), remove what killed runs left (leftovers.ts),
// write the tree and its manifest into a fresh sibling folder, and swap it in
// with two renames. A failure at any point leaves the previous out/ as it was.
import { mkdirSync, mkdtempSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { utf8Of, type OutputFile } from '../emit/output.ts';
import { IoError, describeCause, errnoCode, withIo } from './io-error.ts';
import { removeLeftovers } from './leftovers.ts';
import { acquireLock, lockPathFor } from './lock.ts';
import { MANIFEST_NAME, manifestFile, specFromTree } from './manifest.ts';
import { describeEntry, inspectTarget, type TargetState } from './ownership.ts';
import { shownPath } from './shown-path.ts';
import { folderIdentity } from './snapshot.ts';
import { refuseProtectedTarget, RefusedTarget, resolveOutTarget, type OutTarget } from './target.ts';
import { readTreeSnapshot, regularFiles, removeTree, writeTree } from './tree.ts';

export { writeTree } from './tree.ts';

export interface WriteOptions {
  /** The spec file: never inside the target; recorded in the manifest relative to the tree. */
  spec: string;
  /** Delete entries of the managed tree its manifest does not list (otherwise they stop the write). */
  pruneUnknown?: boolean;
  /** Sees the complete staged tree (verification); if it throws, out/ is left exactly as it was. */
  beforeSwap?: (staging: string) => Promise<void>;
  /** How long to wait for another compile into the same folder (default 120 s). */
  lockTimeoutMs?: number;
}

export interface WriteResult {
  /** Files written, the manifest not counted. */
  written: number;
  /** Entries deleted with --prune-unknown, as described to the user. */
  pruned: string[];
  /** Leftovers of killed runs removed beside the target. */
  cleaned: string[];
  /** Set when the previous tree could not be removed after the swap (the new one is in place). */
  leftBehind?: string;
}

const MAX_NAMED = 10;

function refuseUnknown(t: OutTarget, state: TargetState, prune: boolean): void {
  if (state.kind !== 'managed' || state.unknown.length === 0) return;
  const mounts = state.unknown.filter((e) => e.kind === 'mount');
  if (mounts.length) throw new RefusedTarget(t.given, `it has a file system mounted inside: ${mounts.map(describeEntry).join(', ')}`, 'unmount it first');
  if (prune) return;
  const named = state.unknown.slice(0, MAX_NAMED).map(describeEntry).join(', ');
  const more = state.unknown.length > MAX_NAMED ? ` and ${state.unknown.length - MAX_NAMED} more` : '';
  throw new RefusedTarget(t.given, `${state.unknown.length} entr${state.unknown.length === 1 ? 'y' : 'ies'} veilc did not write (not in ${MANIFEST_NAME}): ${named}${more}`,
    'move them out of the output folder, or pass --prune-unknown to delete them');
}

/** The folder the target lives in; a file or a dangling link on the way is ENOTDIR/ENOENT for the target the user named. */
function makeParent(t: OutTarget): void {
  try {
    mkdirSync(t.parent, { recursive: true });
  } catch (e) {
    const notDir = errnoCode(e) === 'EEXIST' ? Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }) : e;
    throw new IoError('create', t.given, notDir);
  }
}

/**
 * Throws RefusedTarget (exit 2) when `outDir` may never be an output folder
 * (target.ts) or holds what veilc did not write (ownership.ts). `compile` calls it before judging the spec, so a careless
 * `--out` is named as such rather than as policy findings about the paths it
 * implies; writeOutAtomically checks again.
 */
export function refuseOutTarget(outDir: string, specFile: string, pruneUnknown = false): void {
  const t = resolveOutTarget(outDir);
  refuseProtectedTarget(t, specFile);
  const state = inspectWithoutLock(t);
  if (state) refuseUnknown(t, state, pruneUnknown);
}

/** Reads of a folder another compile may be swapping before this one gives up. */
const UNLOCKED_READS = 20;

/**
 * inspectTarget outside the lock: another compile may swap the folder
 * meanwhile (two renames, writeOutAtomically below), so an entry vanishes
 * or the folder is briefly missing. A read that meets ENOENT, or whose
 * folder was replaced while it read, is read again, up to UNLOCKED_READS
 * times; after that the early verdict is skipped (null), since the one under
 * the lock is what counts. Other errors are thrown.
 */
function inspectWithoutLock(t: OutTarget): TargetState | null {
  for (let read = 1; read <= UNLOCKED_READS; read++) {
    const before = folderIdentity(t.abs, t.given);
    try {
      const state = inspectTarget(t);
      if (folderIdentity(t.abs, t.given) === before) return state;
    } catch (e) {
      if (!(e instanceof IoError && errnoCode(e.error) === 'ENOENT')) throw e;
    }
  }
  return null;
}

/** Writes `files` (plus the ownership manifest) to `outDir`, replacing it atomically; throws RefusedTarget or IoError (exit 2). */
export async function writeOutAtomically(outDir: string, files: readonly OutputFile[], o: WriteOptions): Promise<WriteResult> {
  const t = resolveOutTarget(outDir);
  refuseProtectedTarget(t, o.spec);
  makeParent(t);
  const lock = await acquireLock(lockPathFor(t.parent, t.name), { label: outDir, timeoutMs: o.lockTimeoutMs });
  try {
    const cleaned = removeLeftovers(t.parent, t.name);
    const state = inspectTarget(t);
    refuseUnknown(t, state, !!o.pruneUnknown);
    // encoded to UTF-8 once (the runbooks come so), for the manifest's digests and for the disk
    const encoded = files.map((f) => ({ path: f.path, content: utf8Of(f) }));
    const manifest = manifestFile(encoded, specFromTree(t.abs, o.spec));
    const staging = withIo('create a folder beside', outDir, () => mkdtempSync(join(t.parent, `.${t.name}.staging-`)));
    try {
      withIo('write', outDir, () => writeTree(staging, encoded, manifest));
      if (o.beforeSwap) await o.beforeSwap(staging);
      // the folder may have changed while the tree was verified: judge it again
      const now = inspectTarget(t);
      refuseUnknown(t, now, !!o.pruneUnknown);
      const result: WriteResult = { written: files.length, pruned: o.pruneUnknown && now.kind === 'managed' ? now.unknown.map(describeEntry) : [], cleaned };
      if (now.kind === 'missing') {
        withIo('create', outDir, () => renameSync(staging, t.abs));
        return result;
      }
      const old = `${staging}.old`;
      withIo('replace', outDir, () => renameSync(t.abs, old));
      try {
        renameSync(staging, t.abs);
      } catch (e) {
        renameSync(old, t.abs); // put the previous tree back
        throw new IoError('replace', outDir, e);
      }
      try {
        removeTree(old, MANIFEST_NAME);
      } catch (e) {
        result.leftBehind = `${shownPath(old)} (${describeCause(e)})`;
      }
      return result;
    } catch (e) {
      try { removeTree(staging, MANIFEST_NAME); } catch { /* removed by the next run (leftovers.ts) */ }
      throw e;
    }
  } finally {
    lock.release();
  }
}

/** Every regular file under `dir` as POSIX relative paths with contents; links and other non-regular entries are skipped, never followed. */
export function readTree(dir: string): OutputFile[] {
  return regularFiles(readTreeSnapshot(dir));
}
