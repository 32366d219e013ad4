// The ownership manifest: every tree veilc compiles carries
// `.veilc-manifest.json`, naming the tool, its version, the spec (relative to
// the tree) and every file with its SHA-256. It is how `compile` knows a folder
// is its own to replace, and which files in it are someone else's. Its bytes
// depend only on the compiled files, the version and the relative spec path,
// so it is committed with out/ and checked for drift like any other file.
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { utf8Of, type OutputFile } from '../emit/output.ts';
import type { FileToWrite } from './tree.ts';

export const MANIFEST_NAME = '.veilc-manifest.json';

export interface Manifest {
  generator: 'veilc';
  version: string;
  /** The spec, relative to the tree, POSIX separators, e.g. `../veil.spec.yaml`. */
  spec: string;
  /** Path relative to the tree -> SHA-256 of the file's bytes, lower-case hex. */
  files: Record<string, string>;
}

/** SHA-256 of a file's bytes as written (utf8Of: a runbook's own bytes, other text as UTF-8). */
const fileDigest = (f: FileToWrite) => createHash('sha256').update(utf8Of(f)).digest('hex');

/** The manifest file for `files` (which must not include it), as veilc writes it: sorted keys, two-space JSON, LF. */
export function manifestFile(files: readonly FileToWrite[], spec: string, version: string = pkg.version): OutputFile {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest: Manifest = { generator: 'veilc', version, spec, files: Object.fromEntries(sorted.map((f) => [f.path, fileDigest(f)])) };
  return { path: MANIFEST_NAME, content: `${JSON.stringify(manifest, null, 2)}\n` };
}

/** The spec's path as the manifest records it: relative to the tree's real location, both resolved with realpath. */
export function specFromTree(treeAbs: string, specFile: string): string {
  let spec = specFile;
  try {
    spec = realpathSync(specFile);
  } catch { /* a spec that cannot be resolved is reported by the load stage */ }
  return relative(treeAbs, spec).split(sep).join('/');
}

const SAFE_PATH = /^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[^\u0000-\u001f\u007f]+$/;

/** The manifest in `text` when it is one veilc wrote (shape, safe relative paths, hex digests), else null. */
export function parseManifest(text: string): Manifest | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const m = data as Partial<Manifest>;
  if (m.generator !== 'veilc' || typeof m.version !== 'string' || typeof m.spec !== 'string') return null;
  if (!m.files || typeof m.files !== 'object' || Array.isArray(m.files)) return null;
  for (const [path, digest] of Object.entries(m.files)) {
    if (!SAFE_PATH.test(path) || path.split('/').includes('') || typeof digest !== 'string' || !/^[0-9a-f]{64}$/.test(digest)) return null;
  }
  return m as Manifest;
}

/** Folders the manifest's files live in (every ancestor, POSIX, relative): they belong to veilc too. */
export function manifestFolders(m: Manifest): Set<string> {
  const dirs = new Set<string>();
  for (const path of Object.keys(m.files)) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  return dirs;
}
