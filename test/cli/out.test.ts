// --out everywhere: the Flux paths, the runbooks' commands, and what check and
// plan compare all follow the output folder's place in its Git repository.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { extractShellBlocks } from '../../compiler/verify/shellcheck.ts';
import { git } from '../fixtures/git.ts';
import { tempDir, VEIL_SPEC } from '../foundation/helpers.ts';
import { runCli } from './run-cli.ts';

/** veil.spec.yaml without its flux: block, so the Flux paths follow --out. */
const SPEC = readFileSync(VEIL_SPEC, 'utf8').replace(/^flux:\n(  .*\n)+\n?/m, '');

/** A fresh Git repository (in `sub` of a folder that may itself be a repository) holding the spec. */
function repository(sub = ''): { root: string; spec: string } {
  const root = join(realpathSync(tempDir('veilc-out-')), sub);
  mkdirSync(root, { recursive: true });
  git(root, 'init', '-q');
  writeFileSync(join(root, 'veil.spec.yaml'), SPEC);
  return { root, spec: join(root, 'veil.spec.yaml') };
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile()).sort();
}

/** spec.path of every Flux Kustomization under the folder, with the file it is in. */
function fluxPaths(out: string): { file: string; path: string }[] {
  const found: { file: string; path: string }[] = [];
  for (const f of files(out).filter((x) => x.endsWith('.yaml'))) {
    for (const doc of parseAllDocuments(readFileSync(join(out, f), 'utf8'))) {
      const o = doc.toJS() as { apiVersion?: string; spec?: { path?: string } } | null;
      if (o?.apiVersion?.startsWith('kustomize.toolkit.fluxcd.io/') && o.spec?.path) found.push({ file: f, path: o.spec.path });
    }
  }
  return found;
}

/** Every file a runbook command reads from the repository (`< FILE` and `cp FILE …`), unquoted. */
function filesCommandsRead(out: string): string[] {
  const read: string[] = [];
  for (const f of files(join(out, 'docs'))) {
    for (const b of extractShellBlocks(f, readFileSync(join(out, 'docs', f), 'utf8'))) {
      for (const m of b.code.matchAll(/(?:<\s+|\bcp\s+)('[^']+'|[^\s'"$<>|;&]+)/g)) read.push(m[1]!.replace(/^'(.*)'$/, '$1'));
    }
  }
  return read;
}

describe('compile --out deploy/veil in a Git repository', () => {
  it('every Flux path is under ./deploy/veil and names a folder that exists from the repository root', async () => {
    const { root, spec } = repository();
    const out = join(root, 'deploy/veil');
    const r = await runCli(['compile', '--spec', spec, '--out', out]);
    expect(r.code, r.stdout).toBe(0);
    const paths = fluxPaths(out);
    expect(paths.length).toBeGreaterThan(4);
    for (const { file, path } of paths) {
      expect(path, file).toMatch(/^\.\/deploy\/veil\/flux\/veil(\/|$)/);
      expect(existsSync(join(root, path)) && statSync(join(root, path)).isDirectory(), `${file}: ${path}`).toBe(true);
    }
    expect(r.stdout).not.toContain('not inside a Git repository');
  });

  it('the runbooks read the real folder: every file a command reads exists, and no command or text names out/', async () => {
    const { root, spec } = repository();
    const out = join(root, 'deploy/veil');
    expect((await runCli(['compile', '--spec', spec, '--out', out])).code).toBe(0);
    const read = filesCommandsRead(out).filter((p) => !p.startsWith('/') && !p.startsWith('"'));
    expect(read.length).toBeGreaterThan(3);
    for (const p of read) expect(existsSync(join(root, p)), p).toBe(true);
    for (const f of files(out)) {
      const text = readFileSync(join(out, f), 'utf8');
      expect(text, f).not.toMatch(/(^|[\s`'"(<])\.?\/?out\//m);
      if (/veilc compile/.test(text)) expect(text, f).toContain('npx veilc compile --out deploy/veil');
    }
  });

  it('check --out and plan --out compare that tree: clean after compile, drift when it was compiled for another place', async () => {
    const { root, spec } = repository();
    const out = join(root, 'deploy');
    expect((await runCli(['compile', '--spec', spec, '--out', out])).code).toBe(0);
    const clean = await runCli(['check', '--spec', spec, '--out', out, '--skip-tools', '--format', 'json']);
    expect(clean.code, clean.stdout).toBe(0);
    expect(JSON.parse(clean.stdout).summary).toMatchObject({ passed: true, outFromRepositoryRoot: 'deploy', repository: true });
    expect((await runCli(['plan', '--spec', spec, '--out', out])).stdout).toContain('is up to date');

    // the same tree moved to another folder still names ./deploy: Flux would sync the wrong folder
    const moved = join(root, 'elsewhere');
    cpSync(out, moved, { recursive: true });
    const stale = await runCli(['check', '--spec', spec, '--out', moved, '--skip-tools', '--format', 'json']);
    expect(stale.code).toBe(1);
    expect(JSON.parse(stale.stdout).summary.drift.changed).toEqual(expect.arrayContaining(['flux/veil/bootstrap/veil.yaml', 'flux/veil/sources.yaml']));
    const plan = await runCli(['plan', '--spec', spec, '--out', moved]);
    expect(plan.stdout).toContain('~ Kustomization flux-system/veil');
    expect(plan.stdout).toContain('run `veilc compile --out');
  });

  it('in a repository nested in a sub-folder of another: paths from the inner repository', async () => {
    const outer = realpathSync(tempDir('veilc-outer-'));
    git(outer, 'init', '-q');
    const { root } = repository();
    const inner = join(outer, 'gitops');
    cpSync(root, inner, { recursive: true });
    const r = await runCli(['compile', '--spec', join(inner, 'veil.spec.yaml'), '--out', join(inner, 'deploy/veil')]);
    expect(r.code).toBe(0);
    for (const { path } of fluxPaths(join(inner, 'deploy/veil'))) {
      expect(path).toMatch(/^\.\/deploy\/veil\//);
      expect(existsSync(join(inner, path))).toBe(true);
    }
  });
});

describe('says so when the place is doubtful', () => {
  it('outside any Git repository: a note, and paths from the spec\'s folder', async () => {
    const dir = realpathSync(tempDir('veilc-norepo-'));
    writeFileSync(join(dir, 'veil.spec.yaml'), SPEC);
    const r = await runCli(['compile', '--spec', join(dir, 'veil.spec.yaml'), '--out', join(dir, 'deploy')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/note: .*deploy is not inside a Git repository/);
    expect(fluxPaths(join(dir, 'deploy')).every((p) => p.path.startsWith('./deploy/'))).toBe(true);
  });

  it('a flux.path that is not where the tree is written: VEIL-FLUX-006 at the flux.path line', async () => {
    const { root } = repository();
    const spec = join(root, 'veil.spec.yaml');
    writeFileSync(spec, `${SPEC}\nflux:\n  path: ./out/flux/veil\n`);
    const line = readFileSync(spec, 'utf8').split('\n').findIndex((l) => l.includes('path: ./out/flux/veil')) + 1;
    const r = await runCli(['compile', '--spec', spec, '--out', join(root, 'deploy'), '--format', 'json']);
    expect(r.code).toBe(0); // a warning: the tree may be published there by other means
    const f = JSON.parse(r.stdout).findings.filter((x: { rule: string }) => x.rule === 'VEIL-FLUX-006');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warn', path: 'flux.path', line });
    expect(f[0].message).toContain('./deploy/flux/veil');
    // with the matching --out there is nothing to say
    const ok = await runCli(['validate', '--spec', spec, '--out', join(root, 'out'), '--format', 'json']);
    expect(JSON.parse(ok.stdout).findings.map((x: { rule: string }) => x.rule)).not.toContain('VEIL-FLUX-006');
  });
});
