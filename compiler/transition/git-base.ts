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
 * does not exist; a spec or out/ absent at that revision is `null`. Three git
 * processes: rev-parse, ls-tree (spec and tree at once), cat-file --batch.
 */
export function readBase(rev: string, specFile: string, outDir: string): BaseRevision {
  if (!rev || rev.startsWith('-')) throw new UsageError(`--base ${JSON.stringify(rev)} is not a revision`, 'pass a commit, branch or tag, e.g. --base origin/main');
  const specAbs = resolve(specFile);
  const cwd = dirname(specAbs);
  const parsed = git(cwd, ['rev-parse', '--show-toplevel', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (parsed.missing) throw new UsageError('--base needs git, and git is not installed', 'install git (apt-get install git), or run without --base');
  const lines = parsed.stdout.toString('utf8').trim().split('\n');
  if (parsed.status !== 0) {
    const top = git(cwd, ['rev-parse', '--show-toplevel']);
    if (top.status !== 0) throw new UsageError(`--base: ${cwd} is not inside a git repository (${firstLine(top.stderr)})`, 'run veilc in the clone of your GitOps repository');
    throw new UsageError(`--base: revision ${rev} does not exist in ${top.stdout.toString('utf8').trim()}`,
      'in CI, fetch it first (GitHub Actions: actions/checkout with fetch-depth: 0, or `git fetch origin main`)');
  }
  const root = realpathSync(lines[0]!);
  const commit = lines[1]!;
  const specPath = inside(root, real(specAbs));
  if (specPath === null || specPath === '') throw new UsageError(`--base: the spec ${specFile} is not inside the repository ${root}`);
  const outRel = inside(root, real(resolve(outDir)));
  const outPath = outRel === null || outRel === '' ? null : outRel;

  const ls = git(root, ['ls-tree', '-r', '-z', '-l', '--full-tree', commit, '--', specPath, ...(outPath ? [`${outPath}/`] : [])]);
  if (ls.status !== 0) throw new UsageError(`--base: cannot list ${commit.slice(0, 12)}: ${firstLine(ls.stderr)}`);
  // regular files only: symbolic links (120000) and submodules are never followed
  const entries = ls.stdout.toString('utf8').split('\0').filter(Boolean).map((line) => {
    const tab = line.indexOf('\t');
    const [mode, type, hash, size] = line.slice(0, tab).split(/ +/) as [string, string, string, string];
    return { mode, type, hash, size: Number(size), path: line.slice(tab + 1) };
  }).filter((e) => e.type === 'blob' && (e.mode === '100644' || e.mode === '100755'));
  const specEntry = entries.find((e) => e.path === specPath);
  if (specEntry && specEntry.size > MAX_SPEC_BYTES) throw new UsageError(`--base: ${specPath} at ${commit.slice(0, 12)} is larger than ${MAX_SPEC_BYTES} bytes`);
  const outEntries = outPath ? entries.filter((e) => e.path.startsWith(`${outPath}/`)) : [];
  const blobs = readBlobs(root, [...(specEntry ? [specEntry.hash] : []), ...outEntries.map((e) => e.hash)]);
  const out = outEntries.map((e) => ({ path: e.path.slice(outPath!.length + 1), content: blobs.get(e.hash)!.toString('utf8') }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    rev, commit, outPath,
    spec: specEntry ? { path: specPath, bytes: blobs.get(specEntry.hash)! } : null,
    out: out.length ? out : null,
  };
}

/** Blob contents by hash, in one `git cat-file --batch` ("<hash> blob <size>\n<bytes>\n" per blob). */
function readBlobs(root: string, hashes: string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const wanted = [...new Set(hashes)];
  if (!wanted.length) return out;
  const batch = git(root, ['cat-file', '--batch'], Buffer.from(wanted.map((h) => `${h}\n`).join('')));
  if (batch.status !== 0) throw new UsageError(`--base: cannot read the revision's files: ${firstLine(batch.stderr)}`);
  let at = 0;
  for (const h of wanted) {
    const nl = batch.stdout.indexOf(10, at);
    const size = Number(batch.stdout.subarray(at, nl).toString('utf8').split(' ')[2]);
    out.set(h, batch.stdout.subarray(nl + 1, nl + 1 + size));
    at = nl + 1 + size + 1;
  }
  return out;
}
