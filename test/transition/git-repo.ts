// Throwaway git repositories for the --base tests: `git init` in a temporary
// folder, commits with a fixed identity, nothing global touched.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, tempDir } from '../foundation/helpers.ts';

const ENV = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: { ...process.env, ...ENV }, encoding: 'utf8' });
}

export interface Repo {
  dir: string;
  spec: string;
  out: string;
  read(path: string): string;
  write(path: string, text: string): void;
  commit(message: string): string;
}

/** A repository holding `files` (path -> text), committed once; `withVeil` adds veil.spec.yaml and its out/. */
export function makeRepo(files: Record<string, string> = {}, withVeil = true): Repo {
  const dir = tempDir('veilc-repo-');
  git(dir, 'init', '-q', '-b', 'main');
  if (withVeil) {
    cpSync(join(ROOT, 'veil.spec.yaml'), join(dir, 'veil.spec.yaml'));
    cpSync(join(ROOT, 'out'), join(dir, 'out'), { recursive: true });
  }
  const repo: Repo = {
    dir,
    spec: join(dir, 'veil.spec.yaml'),
    out: join(dir, 'out'),
    read: (p) => readFileSync(join(dir, p), 'utf8'),
    write: (p, text) => { mkdirSync(dirname(join(dir, p)), { recursive: true }); writeFileSync(join(dir, p), text); },
    commit: (message) => { git(dir, 'add', '-A'); git(dir, 'commit', '-q', '-m', message); return git(dir, 'rev-parse', 'HEAD').trim(); },
  };
  for (const [p, text] of Object.entries(files)) repo.write(p, text);
  repo.commit('base');
  return repo;
}
