// Where the output folder sits in its Git repository: the edge that turns
// --out and --spec into the model's OutputPlace. The repository is found the
// way git discovers one (gitrepository-layout(5), git(1) "GIT_DIR"): the
// nearest folder, from the output folder upwards, that holds a `.git` entry
// (a directory, or a file as in worktrees and submodules), so a repository
// nested inside another one wins. GIT_DIR / GIT_WORK_TREE are not consulted.
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { OutputPlace } from '../model/place.ts';

export interface PlacedOutput {
  place: OutputPlace;
  /** The Git top-level of the output folder (absolute), or null when it is in no repository. */
  repository: string | null;
  /** The folder the repository paths are taken from: the repository, or the assumed root outside one. */
  root: string;
  /** What the user should know about the place (output outside any repository). */
  notes: string[];
}

/** The real path of a folder that may not exist yet: its nearest existing ancestor resolved, the rest appended. */
export function realFolder(path: string): string {
  const abs = resolve(path);
  let existing = abs;
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) break;
    rest.unshift(basename(existing));
    existing = parent;
  }
  return join(realpathSync(existing), ...rest);
}

/** The Git top-level of `folder` (absolute, real), or null. */
export function gitTopLevel(folder: string): string | null {
  let dir = realFolder(folder);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

const posixRelative = (from: string, to: string) => relative(from, to).split(sep).join('/') || '.';
const isWithin = (path: string, root: string) => path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);

/**
 * The OutputPlace of `outDir` and `specFile` (both relative to cwd or
 * absolute). Outside any repository the spec's folder is taken as the future
 * repository root when the output lies inside it, else the output's parent, and
 * a note says so. A spec outside the root is named by its file name alone.
 */
export function placeOutput(outDir: string, specFile: string): PlacedOutput {
  const out = realFolder(outDir);
  const spec = join(realFolder(dirname(resolve(specFile))), basename(specFile));
  const repository = gitTopLevel(out);
  const specFolder = dirname(spec);
  const root = repository ?? (isWithin(out, specFolder) ? specFolder : dirname(out));
  // a spec outside the root has no repository path: its name alone keeps machine paths out of the output
  const place: OutputPlace = { outDir: posixRelative(root, out), specFile: isWithin(spec, root) ? posixRelative(root, spec) : basename(spec) };
  const notes = repository ? [] : [
    `note: ${outDir} is not inside a Git repository; Flux paths take ${root} as the repository root (./${place.outDir === '.' ? '' : place.outDir}); compile inside the repository Flux syncs to get them right`,
  ];
  return { place, repository, root, notes };
}
