// The output folder's place in its Git repository, found as git finds the
// repository, and checked against the real git.
import { execFileSync } from 'node:child_process';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitTopLevel, placeOutput } from '../../compiler/place/output-place.ts';
import { tempDir } from '../foundation/helpers.ts';
import { git } from '../fixtures/git.ts';

/** What git itself says is the top-level of `dir`, or null outside a repository. */
function gitSays(dir: string): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** outer/ is a repository; outer/inner/ another one nested in it; outer/wt/ a worktree of outer (.git is a file there). */
function repositories(): { base: string; outer: string; inner: string; wt: string; none: string } {
  const base = realpathSync(tempDir('veilc-place-'));
  const outer = join(base, 'outer'), inner = join(outer, 'apps', 'inner'), none = join(base, 'plain');
  mkdirSync(inner, { recursive: true });
  mkdirSync(none);
  git(outer, 'init', '-q');
  writeFileSync(join(outer, 'README'), 'x\n');
  git(outer, 'add', 'README');
  git(outer, 'commit', '-q', '-m', 'x');
  git(inner, 'init', '-q');
  const wt = join(base, 'wt');
  git(outer, 'worktree', 'add', '-q', wt);
  return { base, outer, inner, wt, none };
}

describe('the Git top-level of a folder', () => {
  it('agrees with `git rev-parse --show-toplevel`: plain, nested (the inner one wins), worktree, outside any repository', () => {
    const r = repositories();
    for (const dir of [r.outer, join(r.outer, 'apps'), r.inner, r.wt, r.none]) {
      expect(gitTopLevel(dir), dir).toBe(gitSays(dir));
    }
    expect(gitTopLevel(r.inner)).toBe(r.inner);
    expect(gitTopLevel(r.none)).toBeNull();
  });

  it('of a folder that does not exist yet: that of its nearest existing ancestor', () => {
    const r = repositories();
    expect(gitTopLevel(join(r.inner, 'deploy', 'veil'))).toBe(r.inner);
    expect(gitTopLevel(join(r.outer, 'apps', 'deploy'))).toBe(r.outer);
  });
});

describe('placeOutput: --out and --spec as repository paths', () => {
  it('--out deploy/veil in a repository nested inside another: paths from the inner repository root', () => {
    const r = repositories();
    const p = placeOutput(join(r.inner, 'deploy/veil'), join(r.inner, 'veil.spec.yaml'));
    expect(p).toMatchObject({ place: { outDir: 'deploy/veil', specFile: 'veil.spec.yaml' }, repository: r.inner, notes: [] });
  });

  it('a spec in a sub-folder and the output beside it', () => {
    const r = repositories();
    const p = placeOutput(join(r.outer, 'clusters/home/compiled'), join(r.outer, 'clusters/home/veil.spec.yaml'));
    expect(p.place).toEqual({ outDir: 'clusters/home/compiled', specFile: 'clusters/home/veil.spec.yaml' });
  });

  it('outside any repository: the spec folder is taken as the root, and a note says so', () => {
    const r = repositories();
    const p = placeOutput(join(r.none, 'deploy'), join(r.none, 'veil.spec.yaml'));
    expect(p.repository).toBeNull();
    expect(p.place).toEqual({ outDir: 'deploy', specFile: 'veil.spec.yaml' });
    expect(p.notes.join('\n')).toMatch(/not inside a Git repository.*\.\/deploy/);
  });

  it('outside any repository and away from the spec: the output folder\'s parent, the spec by name only (no machine paths)', () => {
    const r = repositories();
    const p = placeOutput(join(r.none, 'x', 'out'), join(r.outer, 'my.spec.yaml'));
    expect(p.place).toEqual({ outDir: 'out', specFile: 'my.spec.yaml' });
  });
});
