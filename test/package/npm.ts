// The package as a user gets it: `npm pack`, then `npm install` of the
// tarball or of a git URL into a fresh project, offline and with an empty npm
// cache, so any dependency the registry would have to supply fails the install.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../fixtures/fixtures.ts';
import { git } from '../fixtures/git.ts';
import { tempDir } from '../foundation/helpers.ts';

export { git, ROOT };

/** npm installs and npx runs are whole processes on a shared 2-core machine: minutes, not the default 60 s. */
export const NPM_TIMEOUT = 300_000;

export interface Packed {
  tarball: string;
  /** Paths inside the package, as `npm pack --json` lists them. */
  files: string[];
}

const run = (cmd: string, args: string[], cwd: string): string =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });

/** `npm pack` of the working tree into a temporary folder. */
export function pack(): Packed {
  const dest = tempDir('veilc-pack-');
  const [info] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dest], ROOT)) as { filename: string; files: { path: string }[] }[];
  return { tarball: join(dest, info!.filename), files: info!.files.map((f) => f.path).sort() };
}

/** A fresh project folder with a package.json (and a git repository when asked). */
export function project(opts: { git?: boolean } = {}): string {
  const dir = tempDir('veilc-user-');
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'gitops', version: '1.0.0', private: true }, null, 2)}\n`);
  if (opts.git) git(dir, 'init', '-q', '-b', 'main');
  return dir;
}

/** `npm install -D SPEC` with no registry: --offline and a cache that starts empty. */
export function npmInstallOffline(cwd: string, spec: string): string {
  return run('npm', ['install', '--save-dev', '--offline', '--cache', tempDir('veilc-npm-cache-'), '--no-audit', '--no-fund', '--loglevel=error', spec], cwd);
}

/**
 * A git repository holding the working tree's files as committed to this
 * project (tracked and new, not ignored), on branch `main`: what
 * `npm install git+file://…` clones.
 */
export function repositoryCopy(): string {
  const dir = join(tempDir('veilc-git-'), 'veilc');
  mkdirSync(dir);
  const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT).split('\0').filter(Boolean);
  for (const f of listed) {
    const from = join(ROOT, f);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    copyFileSync(from, join(dir, f));
  }
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'veilc');
  return dir;
}

/** Runs the installed veilc the way a user does, with `npx veilc`. */
export function npxVeilc(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): { code: number; stdout: string; stderr: string } {
  try {
    return { code: 0, stdout: execFileSync('npx', ['--no-install', 'veilc', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000, env: { ...process.env, NO_COLOR: '1', ...env } }), stderr: '' };
  } catch (e) {
    const err = e as { status: number | null; stdout: string; stderr: string };
    return { code: err.status ?? -1, stdout: err.stdout, stderr: err.stderr };
  }
}
