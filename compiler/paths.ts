// Files veilc ships next to its code. This module sits one folder below the
// repository root, and so does the bundle (dist/veilc.cjs), so one relative
// URL works from the sources and from the bundle alike.
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export function repoPath(...segments: string[]): string {
  return [REPO_ROOT.replace(/\/$/, ''), ...segments].join('/');
}
