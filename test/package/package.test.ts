// What `npm pack` ships and how it installs: only what runs, no tool shims for
// users, and an install that needs no registry (the bundle has no runtime
// dependencies), from a tarball and from a git URL.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { NPM_TIMEOUT, npmInstallOffline, npxVeilc, pack, project, repositoryCopy, ROOT, type Packed } from './npm.ts';
import { veilWithZones } from '../fixtures/fixtures.ts';

/** Everything the package ships: the bundle, what it reads at run time (the policy Wasm and its data), the schema editors load, and the documents. */
const SHIPPED = [
  'LICENSE',
  'README.md',
  'dist/veilc-all.cjs',
  'dist/veilc-all.v8-cache',
  'dist/veilc-tldts.cjs',
  'dist/veilc-validate.cjs',
  'dist/veilc-validate.v8-cache',
  'dist/veilc-yaml.cjs',
  'dist/veilc.cjs',
  'package.json',
  'policies/RULES.md',
  'policies/build/data.json',
  'policies/build/manifest.json',
  'policies/build/veil.wasm',
  'schema/veil.schema.json',
];

/**
 * veil.spec.yaml with a zone at the apex of a public domain, written into `dir`:
 * the one kind of zone that makes the bundles load the Public Suffix List
 * (dist/veilc-tldts.cjs) and warn VEIL-DNS-009.
 */
function publicZoneSpec(dir: string): string {
  const file = join(dir, 'public-zone.spec.yaml');
  writeFileSync(file, veilWithZones(['myfamily.net']));
  return file;
}

/** `veilc validate` of publicZoneSpec in the installed project `dir`: it must run and warn once. */
function expectPublicZoneWarned(dir: string): void {
  const v = npxVeilc(dir, ['validate', '--spec', publicZoneSpec(dir), '--format', 'json']);
  expect(v.code, v.stderr).toBe(0);
  expect((JSON.parse(v.stdout) as { findings: { rule: string }[] }).findings.filter((f) => f.rule === 'VEIL-DNS-009')).toHaveLength(1);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

let packed: Packed;
beforeAll(() => { packed = pack(); }, NPM_TIMEOUT);

describe('npm pack', () => {
  it(`ships exactly ${SHIPPED.length} files: the bundle, its run-time files, the schema and the documents`, () => {
    expect(packed.files).toEqual(SHIPPED);
  });

  it('ships nothing from test/, out/, tools/, scripts/, compiler/ or the development tool shims', () => {
    for (const f of packed.files) expect(f).not.toMatch(/^(test|out|tools|scripts|compiler|bin|examples|node_modules)\//);
  });

  it('exports only `veilc` as a command: kubeconform, opa and kustomize are not linked into a user\'s node_modules/.bin', () => {
    expect(pkg.bin).toEqual({ veilc: 'dist/veilc.cjs' });
  });

  it('has no runtime dependencies: the bundles require only Node.js built-ins (and the launcher its bundles)', () => {
    expect('dependencies' in pkg).toBe(false);
    for (const file of packed.files.filter((f) => f.startsWith('dist/') && f.endsWith('.cjs'))) {
      // every require() call of the bundle (esbuild bundles all but built-ins);
      // the lookbehind skips require("…") inside string literals of generated code
      const bundle = readFileSync(join(ROOT, file), 'utf8');
      const required = [...bundle.matchAll(/(?<![.'"\w])require\("([^"]+)"\)/g)].map((m) => m[1]!);
      // the launcher requires its bundles by a computed path, the yaml bundle a few built-ins, tldts nothing at all
      if (file === 'dist/veilc-tldts.cjs') {
        expect(required, file).toEqual([]);
        continue;
      }
      const least = ({ 'dist/veilc.cjs': 1, 'dist/veilc-yaml.cjs': 2 } as Record<string, number>)[file] ?? 6;
      expect(required.length, file).toBeGreaterThanOrEqual(least);
      const foreign = required.filter((id) => !builtinModules.includes(id.replace(/^node:/, '')));
      expect(foreign, file).toEqual([]);
    }
  });

  it('ships every file a bundle loads on first use (scripts/bundle.mjs, LAZY_PACKAGES)', () => {
    const lazy = packed.files.filter((f) => f.startsWith('dist/') && f.endsWith('.cjs')).flatMap((file) =>
      [...readFileSync(join(ROOT, file), 'utf8').matchAll(/__dirname,\s*"(veilc-[^"]+\.cjs)"/g)].map((m) => `dist/${m[1]}`));
    expect(lazy).toContain('dist/veilc-tldts.cjs');
    for (const f of lazy) expect(packed.files).toContain(f);
  });

  it('is never published by accident (private), yet installs from a tarball or git', () => {
    expect(pkg.private).toBe(true);
  });

  it('has no script that makes npm prepare a git dependency (it would install every devDependency from the registry)', () => {
    // pacote's GitFetcher runs a full `npm install --include=dev` in the clone when
    // any of these scripts, or workspaces, exist (pacote lib/git.js #prepareDir)
    for (const s of ['build', 'prepare', 'prepack', 'preinstall', 'install', 'postinstall']) expect(pkg.scripts).not.toHaveProperty(s);
    expect(pkg).not.toHaveProperty('workspaces');
  });
});

describe('installed into a fresh project, offline, with an empty npm cache', () => {
  it('from the tarball: the shipped files, one command, and it runs', () => {
    const dir = project();
    npmInstallOffline(dir, packed.tarball);
    const installed = join(dir, 'node_modules/veilc');
    expect(filesUnder(installed)).toEqual(SHIPPED);
    expect(readdirSync(join(dir, 'node_modules')).filter((n) => n !== '.package-lock.json' && n !== '.bin')).toEqual(['veilc']);
    expect(readdirSync(join(dir, 'node_modules/.bin'))).toEqual(['veilc']);
    const r = npxVeilc(dir, ['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
    // the policy Wasm is found next to the installed bundle: validate evaluates the rules
    const v = npxVeilc(dir, ['validate', '--spec', join(ROOT, 'veil.spec.yaml'), '--format', 'json']);
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout).summary.rulesEvaluated).toBeGreaterThan(30);
    expectPublicZoneWarned(dir);
  }, NPM_TIMEOUT);

  it('from a git URL (git+file://…#main): the same files, no preparation step', () => {
    const repo = repositoryCopy();
    const dir = project();
    npmInstallOffline(dir, `git+file://${repo}#main`);
    expect(filesUnder(join(dir, 'node_modules/veilc'))).toEqual(SHIPPED);
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).devDependencies.veilc).toMatch(/^git\+file:/);
    const r = npxVeilc(dir, ['validate', '--spec', join(ROOT, 'veil.spec.yaml')]);
    expect(r.code).toBe(0);
    expectPublicZoneWarned(dir);
  }, NPM_TIMEOUT);
});
