// A consistent read of the output folder for `check` and `plan`, which take no
// lock (they write nothing, and may run on a read-only checkout). A compile
// replaces out/ with two renames, so a read can race it: a file vanishes, the
// folder is briefly missing, or half the files come from each tree. The read
// is accepted only when the folder's identity (device, inode) is the same
// before and after it; otherwise, or when the folder is missing while a live
// compile holds the lock, it is read again.
import { IoError, errnoCode } from './io-error.ts';
import { lockIsLive, lockPathFor } from './lock.ts';
import { resolveOutTarget, type OutTarget } from './target.ts';
import { lstatOrNull, readTreeSnapshot, type TreeSnapshot } from './tree.ts';

export interface OutSnapshot extends TreeSnapshot {
  target: OutTarget;
}

/** `device:inode` of `abs` (lstat), or `missing`: a folder swapped by a compile gets another. Throws IoError for `given`. */
export function folderIdentity(abs: string, given: string): string {
  try {
    const st = lstatOrNull(abs);
    return st ? `${st.dev}:${st.ino}` : 'missing';
  } catch (e) {
    throw new IoError('read', given, e);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reads `outDir` with lstat semantics (tree.ts) as one consistent tree; throws IoError (exit 2) when it cannot. */
export async function readOutSnapshot(outDir: string, o: { waitMs?: number } = {}): Promise<OutSnapshot> {
  const target = resolveOutTarget(outDir);
  const lock = lockPathFor(target.parent, target.name);
  const deadline = Date.now() + (o.waitMs ?? 30_000);
  let lastError: unknown = null;
  for (;;) {
    const before = folderIdentity(target.abs, outDir);
    let snap: TreeSnapshot | null = null;
    try {
      snap = readTreeSnapshot(target.abs);
    } catch (e) {
      const code = errnoCode(e);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new IoError('read', outDir, e);
      lastError = e; // the tree moved under us
    }
    const settled = snap !== null && folderIdentity(target.abs, outDir) === before && !(snap.root === 'missing' && lockIsLive(lock));
    if (settled) return { ...snap!, target };
    if (Date.now() > deadline) {
      if (snap) return { ...snap, target }; // a compile that never finishes: judge what is there
      throw new IoError('read', outDir, lastError);
    }
    await sleep(10);
  }
}
