// What a killed compile leaves beside the output folder: `.out.staging-XXXXXX`
// (a tree being written), `.out.staging-XXXXXX.old` (the previous tree being
// removed) and the private half of a lock. The next compile, holding the lock,
// removes those that are provably veilc's: an empty folder, or a folder whose
// manifest lists every entry in it (the manifest is written first and removed
// last, so an interrupted write or removal still carries it). Anything else
// with such a name is left alone.
import { readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { processIsGone } from './lock.ts';
import { MANIFEST_NAME, parseManifest } from './manifest.ts';
import { unknownEntries } from './ownership.ts';
import { listTree, lstatOrNull, readRegularFile, removeTree } from './tree.ts';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Is the folder at `abs` one veilc made and may remove? */
export function provablyVeilcs(abs: string): boolean {
  const listing = listTree(abs);
  if (listing.root !== 'dir') return false;
  if (listing.entries.length === 0) return true;
  const top = listing.entries.find((e) => e.path === MANIFEST_NAME && e.kind === 'file');
  const text = top ? readRegularFile(join(abs, MANIFEST_NAME)) : null;
  const manifest = text === null ? null : parseManifest(text);
  return manifest !== null && unknownEntries(listing.entries, manifest).length === 0;
}

/**
 * Removes the leftovers of killed runs for the output folder `name` in
 * `parent`. Call only while holding that folder's lock. Returns the names
 * removed; failures are ignored (a leftover is harmless, the next run tries again).
 */
export function removeLeftovers(parent: string, name: string): string[] {
  const staging = new RegExp(`^\\.${escapeRe(name)}\\.staging-[A-Za-z0-9]{6}(\\.old)?$`);
  const lockPart = new RegExp(`^\\.${escapeRe(name)}\\.lock\\.(?:stale-)?(\\d+)-[0-9a-f]{8,16}$`);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return removed;
  }
  // both patterns start `.<name>.`: test that first, as the parent can hold ~100,000
  // entries (--out in /tmp), and sort only what is left (~200 -> ~90 ms there)
  const prefix = `.${name}.`;
  for (const n of names.filter((n) => n.startsWith(prefix)).sort()) {
    const abs = join(parent, n);
    try {
      if (staging.test(n) && provablyVeilcs(abs)) {
        removeTree(abs, MANIFEST_NAME);
        removed.push(n);
      } else {
        const m = lockPart.exec(n);
        if (m && lstatOrNull(abs)?.isFile() && processIsGone(Number(m[1]))) {
          unlinkSync(abs);
          removed.push(n);
        }
      }
    } catch { /* left for the next run */ }
  }
  return removed;
}
