// The base of a transition: the spec and the compiled tree as they are at a
// git revision (what Flux deployed from). Read with `git cat-file`, never a
// checkout: the working tree is not touched. Paths are taken relative to the
// repository that holds the spec. I/O edge of the transition stage.
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../diagnostics/diagnostic.ts';
import type { OutputFile } from '../emit/output.ts';
import { MAX_SPEC_BYTES } from '../load/load-spec.ts';

export interface BaseRevision {
  /** As the user wrote it, e.g. origin/main. */
  rev: string;
  /** The commit it resolves to (40 hex digits). */
  commit: string;
  /** The spec at that commit: its repository path and bytes; null when the file did not exist there. */
  spec: { path: string; bytes: Buffer } | null;
  /** The compiled tree at that commit, relative to out/; null when the folder did not exist there. */
  out: OutputFile[] | null;
  /** The out/ folder's repository path, e.g. `out`; null when it lies outside the repository. */
  outPath: string | null;
}

interface GitResult { status: number | null; stdout: Buffer; stderr: string; missing: boolean }

function git(cwd: string, args: string[], input?: Buffer): GitResult {
  const r = spawnSync('git', args, {
    cwd, input, maxBuffer: 256 * 1024 * 1024,
    // no pager, no prompts, no optional locks: this only reads
    env: { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
  });
  const missing = (r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  return { status: r.status, stdout: r.stdout ?? Buffer.alloc(0), stderr: r.stderr?.toString('utf8') ?? String(r.error ?? ''), missing };
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

/** Resolves symlinks of the longest existing prefix, so /tmp and /private/tmp agree. */
function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(real(parent), basename(path));
  }
}

function inside(root: string, path: string): string | null {
  const rel = relative(root, path);
  if (rel === '') return '';
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

/**
 * Reads `specFile` and the tree `outDir` at `rev`. Throws UsageError (exit 2)
 * when git is missing, the spec is not in a git repository, or the revision
 * does not exist; a spec or out/ absent at that revision is `null`.
 */
export function readBase(rev: string, specFile: string, outDir: string): BaseRevision {
  if (!rev || rev.startsWith('-')) throw new UsageError(`--base ${JSON.stringify(rev)} is not a revision`, 'pass a commit, branch or tag, e.g. --base origin/main');
  const specAbs = resolve(specFile);
  const cwd = dirname(specAbs);
  const top = git(cwd, ['rev-parse', '--show-toplevel']);
  if (top.missing) throw new UsageError('--base needs git, and git is not installed', 'install git (apt-get install git), or run without --base');
  if (top.status !== 0) throw new UsageError(`--base: ${cwd} is not inside a git repository (${firstLine(top.stderr)})`, 'run veilc in the clone of your GitOps repository');
  const root = realpathSync(top.stdout.toString('utf8').trim());
  const verified = git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (verified.status !== 0) {
    throw new UsageError(`--base: revision ${rev} does not exist in ${root}`,
      'in CI, fetch it first (GitHub Actions: actions/checkout with fetch-depth: 0, or `git fetch origin main`)');
  }
  const commit = verified.stdout.toString('utf8').trim();
  const specPath = inside(root, real(specAbs));
  if (specPath === null || specPath === '') throw new UsageError(`--base: the spec ${specFile} is not inside the repository ${root}`);
  const outPath = inside(root, real(resolve(outDir)));
  return { rev, commit, spec: readBlob(root, commit, specPath), out: outPath === null || outPath === '' ? null : readTree(root, commit, outPath), outPath: outPath || null };
}

function readBlob(root: string, commit: string, path: string): { path: string; bytes: Buffer } | null {
  const size = git(root, ['cat-file', '-s', `${commit}:${path}`]);
  if (size.status !== 0) return null;
  if (Number(size.stdout.toString('utf8').trim()) > MAX_SPEC_BYTES) {
    throw new UsageError(`--base: ${path} at ${commit.slice(0, 12)} is larger than ${MAX_SPEC_BYTES} bytes`);
  }
  const blob = git(root, ['cat-file', 'blob', `${commit}:${path}`]);
  if (blob.status !== 0) throw new UsageError(`--base: cannot read ${path} at ${commit.slice(0, 12)}: ${firstLine(blob.stderr)}`);
  return { path, bytes: blob.stdout };
}

/** Regular files under `dir` at `commit` (symbolic links and submodules are skipped, never followed). */
function readTree(root: string, commit: string, dir: string): OutputFile[] | null {
  const ls = git(root, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', `${dir}/`]);
  if (ls.status !== 0) throw new UsageError(`--base: cannot list ${dir}/ at ${commit.slice(0, 12)}: ${firstLine(ls.stderr)}`);
  const entries = ls.stdout.toString('utf8').split('\0').filter(Boolean).map((line) => {
    const tab = line.indexOf('\t');
    const [mode, type, hash] = line.slice(0, tab).split(' ') as [string, string, string];
    return { mode, type, hash, path: line.slice(tab + 1) };
  }).filter((e) => e.type === 'blob' && (e.mode === '100644' || e.mode === '100755'));
  if (!entries.length) return null;
  // one process for every blob: `cat-file --batch` answers "<hash> blob <size>\n<bytes>\n" per request
  const batch = git(root, ['cat-file', '--batch'], Buffer.from(entries.map((e) => `${e.hash}\n`).join('')));
  if (batch.status !== 0) throw new UsageError(`--base: cannot read ${dir}/ at ${commit.slice(0, 12)}: ${firstLine(batch.stderr)}`);
  const files: OutputFile[] = [];
  let at = 0;
  for (const e of entries) {
    const nl = batch.stdout.indexOf(10, at);
    const size = Number(batch.stdout.subarray(at, nl).toString('utf8').split(' ')[2]);
    files.push({ path: e.path.slice(dir.length + 1), content: batch.stdout.subarray(nl + 1, nl + 1 + size).toString('utf8') });
    at = nl + 1 + size + 1;
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
