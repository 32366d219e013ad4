// May `compile` replace this output folder? Only when nothing is there, when it
// is an empty folder, or when it carries a manifest veilc wrote. Entries the
// manifest does not list (or that are not regular files where it lists one)
// are someone else's: they are named, and removed only when the user says so.
import { join } from 'node:path';
import { withIo } from './io-error.ts';
import { MANIFEST_NAME, manifestFolders, parseManifest, type Manifest } from './manifest.ts';
import { shownPath } from './shown-path.ts';
import { KIND_WORDS, listTree, readRegularFile, type TreeEntry } from './tree.ts';
import { RefusedTarget, type OutTarget } from './target.ts';

export type TargetState =
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'managed'; manifest: Manifest; unknown: TreeEntry[] };

const FOREIGN_HINT = 'veilc replaces only folders it made (they carry .veilc-manifest.json); move this one away, or pass another --out';

/** A managed tree's entries veilc did not write: unlisted files and folders (a folder once, not its contents), and anything non-regular. */
export function unknownEntries(entries: readonly TreeEntry[], manifest: Manifest): TreeEntry[] {
  const folders = manifestFolders(manifest);
  const unknown: TreeEntry[] = [];
  let skip: string | null = null;
  for (const e of entries) {
    if (skip !== null && e.path.startsWith(`${skip}/`)) continue;
    skip = null;
    if (e.kind === 'dir') {
      if (folders.has(e.path)) continue;
      unknown.push(e);
      skip = e.path;
    } else if (e.kind !== 'file' || (e.path !== MANIFEST_NAME && !Object.hasOwn(manifest.files, e.path))) {
      unknown.push(e);
    }
  }
  return unknown;
}

/** `docs/NOTES.md`, `docs/extra/`, `docs/env.md (a symbolic link)`. */
export function describeEntry(e: TreeEntry): string {
  const p = shownPath(e.path);
  return e.kind === 'file' ? p : e.kind === 'dir' ? `${p}/` : `${p} (${KIND_WORDS[e.kind]})`;
}

/** What is at the target; throws RefusedTarget (exit 2, nothing touched) for anything veilc did not make. */
export function inspectTarget(t: OutTarget): TargetState {
  const listing = withIo('read', t.given, () => listTree(t.abs));
  if (listing.root === 'missing') return { kind: 'missing' };
  if (listing.root !== 'dir') {
    throw new RefusedTarget(t.given, `it is ${KIND_WORDS[listing.root]}, not a folder veilc made${listing.root === 'symlink' ? ' (veilc never writes through a link)' : ''}`, FOREIGN_HINT);
  }
  if (listing.entries.length === 0) return { kind: 'empty' };
  const git = listing.entries.find((e) => e.path.split('/').pop() === '.git');
  if (git) throw new RefusedTarget(t.given, `it holds a .git (${shownPath(git.path)}): a repository, not an output folder`, FOREIGN_HINT);
  const top = listing.entries.find((e) => e.path === MANIFEST_NAME);
  if (!top) throw new RefusedTarget(t.given, `it is not empty and has no ${MANIFEST_NAME}: veilc did not make it`, FOREIGN_HINT);
  const text = top.kind === 'file' ? withIo('read', join(t.given, MANIFEST_NAME), () => readRegularFile(join(t.abs, MANIFEST_NAME))) : null;
  const manifest = text === null ? null : parseManifest(text);
  if (!manifest) throw new RefusedTarget(t.given, `its ${MANIFEST_NAME} is not a manifest veilc wrote`, FOREIGN_HINT);
  return { kind: 'managed', manifest, unknown: unknownEntries(listing.entries, manifest) };
}
