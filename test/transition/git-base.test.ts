// Reading the base with git: the spec and out/ at a revision, never a
// checkout, links never followed, and a clear usage error when git, the
// repository or the revision is missing.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../compiler/diagnostics/diagnostic.ts';
import { readBase } from '../../compiler/transition/git-base.ts';
import { tempDir, writeTemp } from '../foundation/helpers.ts';
import { git, makeRepo } from './git-repo.ts';

const savedPath = process.env.PATH;
afterEach(() => { process.env.PATH = savedPath; });

describe('readBase', () => {
  it('reads the spec and the compiled tree at a revision, and leaves the working tree alone', () => {
    const repo = makeRepo({ 'deploy/spec.yaml': 'cluster: { name: a }\n', 'deploy/out/flux/a/x.yaml': 'kind: A\n', 'deploy/out/docs/A.md': '# a\n' }, false);
    repo.write('deploy/spec.yaml', 'cluster: { name: b }\n');
    repo.write('deploy/out/flux/a/x.yaml', 'kind: B\n');
    const head = git(repo.dir, 'rev-parse', 'HEAD').trim();
    const b = readBase('HEAD', join(repo.dir, 'deploy/spec.yaml'), join(repo.dir, 'deploy/out'));
    expect(b.commit).toBe(head);
    expect(b.spec?.path).toBe('deploy/spec.yaml');
    expect(b.spec?.bytes.toString()).toBe('cluster: { name: a }\n');
    expect(b.out).toEqual([{ path: 'docs/A.md', content: '# a\n' }, { path: 'flux/a/x.yaml', content: 'kind: A\n' }]);
    expect(b.outPath).toBe('deploy/out');
    expect(repo.read('deploy/spec.yaml')).toBe('cluster: { name: b }\n');
    expect(git(repo.dir, 'status', '--porcelain')).toMatch(/M deploy\/spec.yaml/);
  });

  it('an earlier revision by name, and a spec or tree that did not exist there', () => {
    const repo = makeRepo({ 'README.md': 'x\n' }, false);
    repo.write('spec.yaml', 'cluster: { name: a }\n');
    repo.commit('add the spec');
    const b = readBase('HEAD~1', join(repo.dir, 'spec.yaml'), join(repo.dir, 'out'));
    expect(b.spec).toBeNull();
    expect(b.out).toBeNull();
    expect(readBase('HEAD', join(repo.dir, 'spec.yaml'), join(repo.dir, 'out')).spec).not.toBeNull();
  });

  it('skips symbolic links in the tree: their targets are never read', () => {
    const repo = makeRepo({ 'spec.yaml': 'a: 1\n', 'out/docs/A.md': '# a\n' }, false);
    symlinkSync('/etc/passwd', join(repo.dir, 'out/docs/env.md'));
    repo.commit('a link');
    const b = readBase('HEAD', join(repo.dir, 'spec.yaml'), join(repo.dir, 'out'));
    expect(b.out!.map((f) => f.path)).toEqual(['docs/A.md']);
  });

  it.each([
    ['a revision that does not exist', (dir: string) => readBase('no-such-branch', join(dir, 'spec.yaml'), join(dir, 'out')), /revision no-such-branch does not exist.*/],
    ['something that looks like an option', (dir: string) => readBase('--output=/tmp/x', join(dir, 'spec.yaml'), join(dir, 'out')), /is not a revision/],
    ['a spec outside any repository', (_dir: string) => readBase('HEAD', writeTemp('a: 1\n'), join(tempDir(), 'out')), /not inside a git repository/],
  ])('%s is a usage error', (_what, call, message) => {
    const repo = makeRepo({ 'spec.yaml': 'a: 1\n' }, false);
    let err: unknown;
    try { call(repo.dir); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toMatch(message);
  });

  it('a missing git is a usage error that says so', () => {
    const repo = makeRepo({ 'spec.yaml': 'a: 1\n' }, false);
    process.env.PATH = '/nonexistent';
    expect(() => readBase('HEAD', join(repo.dir, 'spec.yaml'), join(repo.dir, 'out'))).toThrow(/--base needs git, and git is not installed/);
  });
});
