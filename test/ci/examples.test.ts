// The CI examples for a repository that uses veilc as a tool: linted by the
// real linters (actionlint for GitHub Actions, gitlab-ci-local for GitLab CI:
// GitLab's own JSON schema plus its needs/stage checks), on current action
// majors and Node.js LTS, and running the installed veilc with flags it has.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTool, missingToolHint } from '../../compiler/verify/find-tool.ts';
import { runCli } from '../cli/run-cli.ts';
import { git } from '../fixtures/git.ts';
import { ROOT, tempDir } from '../foundation/helpers.ts';
import { toolsRequired } from '../tools-required.ts';

const GITHUB = join(ROOT, 'examples/github-actions/veil-gate.yml');
const GITLAB = join(ROOT, 'examples/gitlab-ci/.gitlab-ci.yml');
const ACTIONLINT_VERSION = '1.7.12';

const required = () => toolsRequired();

function actionlint(): string | null {
  try {
    return findTool('actionlint')?.path ?? null;
  } catch {
    return null;
  }
}

describe('GitHub Actions example', () => {
  const tool = actionlint();
  const text = readFileSync(GITHUB, 'utf8');

  it.skipIf(!tool && !required())(`passes actionlint ${ACTIONLINT_VERSION}, which rejects a broken copy`, () => {
    expect(tool, missingToolHint('actionlint')).not.toBeNull();
    expect(execFileSync(tool!, ['-version'], { encoding: 'utf8' }).split('\n')[0]!.replace(/^v/, '')).toBe(ACTIONLINT_VERSION);
    const clean = spawnSync(tool!, ['-no-color', '-oneline', GITHUB], { encoding: 'utf8' });
    expect(clean.stdout + clean.stderr).toBe('');
    expect(clean.status).toBe(0);
    // the linter is really looking: an action without a ref and an unknown context are errors
    const broken = join(tempDir('veilc-actionlint-'), 'broken.yml');
    writeFileSync(broken, text.replace('actions/checkout@v7', 'actions/checkout').replace('github.event.pull_request.base.sha', 'github.event.pull_request.base.shaa'));
    const r = spawnSync(tool!, ['-no-color', '-oneline', broken], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/checkout/);
  });

  it('uses the current majors, all on the Node.js 24 runtime, and Node.js 24 LTS', () => {
    // checkout v7, setup-node v7, setup-go v7 and codeql-action v4 (upload-sarif) declare `using: node24`;
    // codeql-action v3 is deprecated in December 2026 (github.blog changelog 2025-10-28)
    const uses = [...text.matchAll(/uses:\s*(\S+)@(\S+)/g)].map((m) => `${m[1]}@${m[2]}`).sort();
    expect(uses).toEqual(['actions/checkout@v7', 'actions/setup-go@v7', 'actions/setup-node@v7', 'github/codeql-action/upload-sarif@v4']);
    expect(text).toMatch(/node-version: 24\n/);
  });

  it('runs the installed veilc (npm ci, npx veilc), not a fork of this repository', () => {
    expect(text).toContain('npm ci');
    expect(text).not.toMatch(/dist\/veilc\.cjs|scripts\/setup\.sh|scripts\/toolchain\.sh/);
    expect(text).toMatch(/npx veilc check --out "\$VEILC_OUT" --base "\$VEILC_BASE" --require-tools --format github/);
  });
});

describe('GitLab CI example', () => {
  const text = readFileSync(GITLAB, 'utf8');
  const require = createRequire(import.meta.url);
  const cli = require.resolve('gitlab-ci-local/src/index.js');

  /** gitlab-ci-local --list in a fresh repository holding `ci` as .gitlab-ci.yml: schema, needs and stages checked, nothing run. */
  function lint(ci: string): { status: number | null; out: string } {
    const dir = join(tempDir('veilc-gitlab-'), 'repo');
    mkdirSync(dir);
    git(dir, 'init', '-q');
    writeFileSync(join(dir, '.gitlab-ci.yml'), ci);
    git(dir, 'add', '.gitlab-ci.yml');
    git(dir, 'commit', '-q', '-m', 'ci');
    const r = spawnSync(process.execPath, [cli, '--list'], { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    return { status: r.status, out: r.stdout + r.stderr };
  }

  it('passes gitlab-ci-local\'s validation (GitLab\'s CI schema, needs, stages) and lists both jobs; a broken copy fails', () => {
    const ok = lint(text);
    expect(ok.status, ok.out).toBe(0);
    expect(ok.out).toMatch(/veil-tools\s+tools/);
    expect(ok.out).toMatch(/veil-gate\s+gate\s+.*\[veil-tools\]/);
    expect(lint(text.replace('- veil-tools\n  variables', '- veil-tool\n  variables')).status).toBe(1);
    expect(lint(text.replace('expire_in: 1 day', 'expire_in: 1 day\n    bogus: 1')).status).toBe(1);
  }, 240_000); // three runs of a linter that compiles GitLab's whole schema each time

  it('runs the installed veilc on Node.js 24 with pinned tools', () => {
    expect(text).toContain('image: node:24-');
    expect(text).toContain('npm ci');
    expect(text).not.toMatch(/dist\/veilc\.cjs|scripts\/setup\.sh/);
    expect(text).toMatch(/kubeconform@v0\.8\.0/);
  });
});

describe('the veilc commands of both examples', () => {
  it('use only flags `veilc check` has (--base once the transition stage adds it)', async () => {
    const help = (await runCli(['check', '--help'])).stdout;
    for (const file of [GITHUB, GITLAB]) {
      const lines = readFileSync(file, 'utf8').split('\n').filter((l) => /^\s*(- )?(run: )?npx veilc check /.test(l));
      expect(lines.length, file).toBeGreaterThan(1);
      for (const line of lines) {
        expect(line, file).toMatch(/--out "\$VEILC_OUT" --base "\$VEILC_BASE"/);
        for (const flag of line.match(/--[a-z-]+/g) ?? []) {
          if (flag === '--base' && !help.includes('--base')) continue; // added by the change-safety work (issue 11)
          expect(help, `${file}: ${flag}`).toContain(flag);
        }
      }
    }
  });
});

