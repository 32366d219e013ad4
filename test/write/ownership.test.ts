// Issue 10, item 1: veilc replaces only a tree it made. Every careless --out
// of the issue (the spec's folder, `.`, `..`, a foreign folder, a file, a
// link, /, home, a repository) is refused with exit 2 and one line, and
// nothing is touched; a managed tree's unknown files stop the compile unless
// --prune-unknown says to delete them.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_NAME, parseManifest } from '../../compiler/write/manifest.ts';
import { readTree } from '../../compiler/write/write-out.ts';
import { runCli } from '../cli/run-cli.ts';
import { tempDir } from '../foundation/helpers.ts';
import { expectOneLineIoError, listing, OUT, repo } from './helpers.ts';

/** Runs `fn` in `cwd` with `env` set (the CLI in-process: much faster than a process per spelling). */
async function inProcess<T>(fn: () => Promise<T>, o: { cwd?: string; env?: Record<string, string> }): Promise<T> {
  const cwd = process.cwd();
  const saved = Object.fromEntries(Object.keys(o.env ?? {}).map((k) => [k, process.env[k]]));
  if (o.cwd) process.chdir(o.cwd);
  Object.assign(process.env, o.env);
  try {
    return await fn();
  } finally {
    process.chdir(cwd);
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
  }
}

/** Runs `compile` and proves it refused: exit 2, one line, and `watched` exactly as before. */
async function expectRefused(args: string[], watched: string, o: { cwd?: string; env?: Record<string, string> } = {}): Promise<string> {
  const before = listing(watched);
  const r = await inProcess(() => runCli(['compile', ...args]), o);
  const line = expectOneLineIoError(r);
  expect(line).toMatch(/^veilc: refusing to replace /);
  expect(listing(watched)).toEqual(before);
  return line;
}

describe('compile refuses a target that is not an output folder', () => {
  it('--out p with --spec p/veil.spec.yaml: the spec and the notes beside it stay', async () => {
    const { dir, spec } = repo(false);
    writeFileSync(join(dir, 'notes.md'), 'my notes\n');
    const line = await expectRefused(['--spec', spec, '--out', dir], dir);
    expect(line).toContain("the spec's folder");
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('my notes\n');
  });

  it('every spelling of the spec folder or above it: ., .., ./, ./out/.., trailing slashes, absolute', async () => {
    const { dir } = repo();
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    for (const [out, cwd] of [['.', dir], ['./', dir], ['.//', dir], ['..', sub], ['../', sub], ['./out/..', dir], ['./out/../out/..', dir], [`${dir}/`, dir], [dir, sub], [dirname(dir), dir]] as const) {
      await expectRefused(['--spec', join(dir, 'veil.spec.yaml'), '--out', out], dir, { cwd });
    }
  });

  it('the spec file itself', async () => {
    const { dir, spec } = repo(false);
    expect(await expectRefused(['--spec', spec, '--out', spec], dir)).toContain('it is the spec file');
  });

  it('symlinked spellings: a link to the spec folder, link/., link/.. and a link in the parent path', async () => {
    const { dir, spec } = repo();
    const links = tempDir();
    symlinkSync(dir, join(links, 'to-repo'));
    symlinkSync(join(dir, 'out'), join(links, 'to-out'));
    expect(await expectRefused(['--spec', spec, '--out', join(links, 'to-repo')], dir)).toContain('symbolic link');
    await expectRefused(['--spec', spec, '--out', join(links, 'to-repo/.')], dir);
    await expectRefused(['--spec', spec, '--out', join(links, 'to-out/..')], dir, { cwd: links });
    await expectRefused(['--spec', spec, '--out', 'to-out/../'], dir, { cwd: links });
    // a link named as the output folder is never written through, even to a tree veilc made
    expect(await expectRefused(['--spec', spec, '--out', join(links, 'to-out')], dir)).toContain('never writes through a link');
  });

  it('/ and the home folder, and anything holding them', async () => {
    const { dir, spec } = repo(false);
    const home = join(tempDir(), 'home', 'me');
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, '.bashrc'), '# mine\n');
    expect(await expectRefused(['--spec', spec, '--out', '/'], dir)).toContain('/');
    expect(await expectRefused(['--spec', spec, '--out', home], home, { env: { HOME: home } })).toContain('home folder');
    expect(await expectRefused(['--spec', spec, '--out', dirname(home)], home, { env: { HOME: home } })).toContain('home folder');
  });

  it('a repository root, a tree holding a .git anywhere (even with --prune-unknown), a folder inside .git', async () => {
    const { dir, spec, out } = repo();
    const project = tempDir();
    mkdirSync(join(project, '.git'));
    expect(await expectRefused(['--spec', spec, '--out', project], project)).toContain('git repository');
    mkdirSync(join(out, 'docs/.git'));
    expect(await expectRefused(['--spec', spec, '--out', out, '--prune-unknown'], dir)).toContain('.git');
    expect(await expectRefused(['--spec', spec, '--out', join(project, '.git/out')], project)).toContain('inside a .git');
  });

  it('a non-empty folder veilc did not make, a regular file, a symbolic link, a broken manifest', async () => {
    const { dir, spec } = repo(false);
    const foreign = join(dir, 'deploy');
    mkdirSync(join(foreign, 'keep'), { recursive: true });
    writeFileSync(join(foreign, 'keep/data.txt'), 'precious\n');
    expect(await expectRefused(['--spec', spec, '--out', foreign], dir)).toContain(`has no ${MANIFEST_NAME}`);
    writeFileSync(join(dir, 'file-out'), 'a file\n');
    expect(await expectRefused(['--spec', spec, '--out', join(dir, 'file-out')], dir)).toContain('it is a file');
    mkdirSync(join(dir, 'empty'));
    symlinkSync(join(dir, 'empty'), join(dir, 'link-out'));
    expect(await expectRefused(['--spec', spec, '--out', join(dir, 'link-out')], dir)).toContain('symbolic link');
    expect(readdirSync(join(dir, 'empty'))).toEqual([]);
    writeFileSync(join(foreign, MANIFEST_NAME), '{"generator":"someone else"}\n');
    expect(await expectRefused(['--spec', spec, '--out', foreign], dir)).toContain('not a manifest veilc wrote');
  });
});

describe('compile replaces a missing, empty or managed target', () => {
  it('creates a missing folder (and its parents) and fills an empty one', async () => {
    const { dir, spec } = repo(false);
    expect((await runCli(['compile', '--spec', spec, '--out', join(dir, 'a/b/out')])).code).toBe(0);
    expect(readTree(join(dir, 'a/b/out')).map((f) => f.path)).toEqual(readTree(OUT).map((f) => f.path));
    // the Flux paths depend on where the output sits: compare the same path, empty and then missing
    mkdirSync(join(dir, 'target'));
    expect((await runCli(['compile', '--spec', spec, '--out', join(dir, 'target')])).code).toBe(0);
    const intoEmpty = readTree(join(dir, 'target'));
    rmSync(join(dir, 'target'), { recursive: true });
    expect((await runCli(['compile', '--spec', spec, '--out', join(dir, 'target')])).code).toBe(0);
    expect(readTree(join(dir, 'target'))).toEqual(intoEmpty);
  });

  it('a managed tree: files it lists are replaced (a hand edit is reverted), files it does not list stop the compile', async () => {
    const { dir, spec, out } = repo();
    writeFileSync(join(out, 'docs/DNS.md'), 'edited by hand\n');
    expect((await runCli(['compile', '--spec', spec, '--out', out])).code).toBe(0);
    expect(readFileSync(join(out, 'docs/DNS.md'), 'utf8')).toBe(readFileSync(join(OUT, 'docs/DNS.md'), 'utf8'));

    writeFileSync(join(out, 'docs/NOTES.md'), 'mine\n');
    mkdirSync(join(out, 'extra/deep'), { recursive: true });
    writeFileSync(join(out, 'extra/deep/x.txt'), 'mine too\n');
    const line = await expectRefused(['--spec', spec, '--out', out], dir);
    expect(line).toContain('2 entries veilc did not write');
    expect(line).toContain('docs/NOTES.md');
    expect(line).toContain('extra/');

    const r = await runCli(['compile', '--spec', spec, '--out', out, '--prune-unknown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('pruned (--prune-unknown): docs/NOTES.md');
    expect(existsSync(join(out, 'docs/NOTES.md'))).toBe(false);
    expect(existsSync(join(out, 'extra'))).toBe(false);
    expect(readTree(out)).toEqual(readTree(OUT));
  });

  it('a file the spec no longer compiles to, listed in the old manifest, is removed without a flag', async () => {
    const { spec, out } = repo();
    const manifest = parseManifest(readFileSync(join(out, MANIFEST_NAME), 'utf8'))!;
    manifest.files['docs/OLD.md'] = createHash('sha256').update('old\n').digest('hex');
    writeFileSync(join(out, MANIFEST_NAME), JSON.stringify(manifest));
    writeFileSync(join(out, 'docs/OLD.md'), 'old\n');
    expect((await runCli(['compile', '--spec', spec, '--out', out])).code).toBe(0);
    expect(existsSync(join(out, 'docs/OLD.md'))).toBe(false);
  });
});

describe('the manifest', () => {
  it('lists every file of the committed out/ with its SHA-256, the version and the spec relative to the tree', () => {
    const files = readTree(OUT);
    const m = parseManifest(readFileSync(join(OUT, MANIFEST_NAME), 'utf8'))!;
    expect(m).toMatchObject({ generator: 'veilc', spec: '../veil.spec.yaml' });
    const listed = files.filter((f) => f.path !== MANIFEST_NAME);
    expect(Object.keys(m.files).sort()).toEqual(listed.map((f) => f.path).sort());
    for (const f of listed) expect(m.files[f.path]).toBe(createHash('sha256').update(f.content).digest('hex'));
  });

  it('is byte-identical across compiles into different folders with the same layout', async () => {
    const a = repo(false), b = repo(false);
    expect((await runCli(['compile', '--spec', a.spec, '--out', a.out])).code).toBe(0);
    expect((await runCli(['compile', '--spec', b.spec, '--out', b.out])).code).toBe(0);
    expect(readFileSync(join(a.out, MANIFEST_NAME))).toEqual(readFileSync(join(b.out, MANIFEST_NAME)));
    expect(readFileSync(join(a.out, MANIFEST_NAME))).toEqual(readFileSync(join(OUT, MANIFEST_NAME)));
  });

  it('is checked like any other output file: an edited or missing manifest is drift', async () => {
    const { spec, out } = repo();
    writeFileSync(join(out, MANIFEST_NAME), readFileSync(join(out, MANIFEST_NAME), 'utf8').replace('"0.', '"9.'));
    const edited = await runCli(['check', '--spec', spec, '--out', out, '--skip-tools', '--format', 'json']);
    expect(edited.code).toBe(1);
    expect(JSON.parse(edited.stdout).summary.drift.changed).toEqual([MANIFEST_NAME]);
    rmSync(join(out, MANIFEST_NAME));
    const missing = await runCli(['check', '--spec', spec, '--out', out, '--skip-tools', '--format', 'json']);
    expect(JSON.parse(missing.stdout).summary.drift.added).toEqual([MANIFEST_NAME]);
  });

  it('files in a managed tree that it does not list are drift in check ("unknown"), named in every format', async () => {
    const { spec, out } = repo();
    writeFileSync(join(out, 'docs/NOTES.md'), 'mine\n');
    const text = await runCli(['check', '--spec', spec, '--out', out, '--skip-tools']);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`unknown: ${out}/docs/NOTES.md (not in ${MANIFEST_NAME}`);
    const junit = await runCli(['check', '--spec', spec, '--out', out, '--skip-tools', '--format', 'junit']);
    // a failed VEIL-CHECK-001 test case at the file (reports: every cause of exit 1 is a finding)
    expect(junit.stdout).toContain(`${out}/docs/NOTES.md was not written by veilc (not in its manifest)`);
  });
});
