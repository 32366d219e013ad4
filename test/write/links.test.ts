// Issue 10, item 2: nothing that reads, diffs or removes out/, the staged tree
// or --out itself follows a link. A pull request that turns an out/ file into a
// link to /proc/self/environ or to any file on the runner gets drift ("a
// symbolic link where veilc writes a file"), and not one byte of the target in
// any report format; compile never deletes the target.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../compiler/report/render.ts';
import { listTree, readTreeSnapshot, removeTree, writeTree } from '../../compiler/write/tree.ts';
import { runCli } from '../cli/run-cli.ts';
import { tempDir } from '../foundation/helpers.ts';
import { expectOneLineIoError, listing, repo, runBundle } from './helpers.ts';

const MARKER = 'MARKER-5f3a9c-never-print-me';

/** A file outside the tree holding the marker, as a secret on a CI runner would. */
function secretFile(): string {
  const file = join(tempDir(), 'secret.txt');
  writeFileSync(file, `TOKEN=${MARKER}\n`);
  return file;
}

async function checkAll(spec: string, out: string): Promise<{ format: string; code: number; text: string }[]> {
  const runs = [];
  for (const format of FORMATS) {
    const r = await runCli(['check', '--spec', spec, '--out', out, '--skip-tools', '--format', format]);
    runs.push({ format, code: r.code, text: r.stdout + r.stderr });
  }
  return runs;
}

describe('check never follows a link in out/', () => {
  it('a link to a secret file, where veilc writes a file and where it writes nothing: drift, target never printed, any format', async () => {
    const { spec, out } = repo();
    const secret = secretFile();
    unlinkSync(join(out, 'docs/DNS.md'));
    symlinkSync(secret, join(out, 'docs/DNS.md'));
    symlinkSync(secret, join(out, 'docs/env.md'));
    for (const r of await checkAll(spec, out)) {
      expect(r.code, r.format).toBe(1);
      expect(r.text, r.format).not.toContain(MARKER);
    }
    const json = JSON.parse((await runCli(['check', '--spec', spec, '--out', out, '--skip-tools', '--format', 'json'])).stdout);
    expect(json.summary.drift).toEqual({ added: [], changed: [], removed: [], unknown: [], links: ['docs/DNS.md', 'docs/env.md'] });
    const text = (await runCli(['check', '--spec', spec, '--out', out, '--skip-tools'])).stdout;
    expect(text).toContain(`${out}/docs/DNS.md: a symbolic link where veilc writes a file (not followed)`);
    expect(text).toContain(`${out}/docs/env.md: a symbolic link where veilc writes nothing (not followed)`);
  });

  it('a link to /proc/self/environ (the check process\'s own environment, holding a marker): drift, nothing of it printed', async () => {
    const { spec, out } = repo();
    symlinkSync('/proc/self/environ', join(out, 'docs/env.md'));
    for (const format of FORMATS) {
      const r = await runBundle(['check', '--spec', spec, '--out', out, '--skip-tools', '--format', format], { env: { CI_SECRET: MARKER } });
      expect(r.code, format).toBe(1);
      expect(r.stdout + r.stderr, format).not.toContain(MARKER);
      expect(r.stdout + r.stderr, format).not.toContain('CI_SECRET');
    }
  }, 180_000);

  it('a link to a folder is not entered; a FIFO is not opened (check does not hang)', async () => {
    const { spec, out } = repo();
    const dir = tempDir();
    writeFileSync(join(dir, 'inside.md'), `${MARKER}\n`);
    symlinkSync(dir, join(out, 'docs/more'));
    execFileSync('mkfifo', [join(out, 'docs/pipe.md')]);
    const r = await runCli(['check', '--spec', spec, '--out', out, '--skip-tools', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain(MARKER);
    expect(JSON.parse(r.stdout).summary.drift.links).toEqual(['docs/more', 'docs/pipe.md']);
  });

  it('--out itself a link: one drift line for the folder, the target never read', async () => {
    const { dir, spec } = repo(false);
    const elsewhere = tempDir();
    writeFileSync(join(elsewhere, 'notes.md'), `${MARKER}\n`);
    symlinkSync(elsewhere, join(dir, 'out'));
    for (const r of await checkAll(spec, join(dir, 'out'))) {
      expect(r.code, r.format).toBe(1);
      expect(r.text, r.format).not.toContain(MARKER);
    }
    const json = JSON.parse((await runCli(['check', '--spec', spec, '--out', join(dir, 'out'), '--skip-tools', '--format', 'json'])).stdout);
    expect(json.summary.drift.links).toEqual(['.']);
    const plan = await runCli(['plan', '--spec', spec, '--out', join(dir, 'out')]);
    expect(plan.stdout).not.toContain(MARKER);
    expect(plan.stdout).toContain('a symbolic link where veilc writes a folder');
  });

  it('plan reports a link as an entry to replace and never prints its target', async () => {
    const { spec, out } = repo();
    unlinkSync(join(out, 'docs/DNS.md'));
    symlinkSync(secretFile(), join(out, 'docs/DNS.md'));
    for (const format of ['text', 'json']) {
      const r = await runCli(['plan', '--spec', spec, '--out', out, '--format', format]);
      expect(r.stdout).not.toContain(MARKER);
      expect(r.stdout).toContain('symbolic link (not followed)');
    }
  });

  it('a spec that is a link is refused by check (its target would be quoted in code frames)', async () => {
    const { dir, out } = repo();
    const target = join(tempDir(), 'real.yaml');
    writeFileSync(target, `cluster: {name: ${MARKER}\n`);
    symlinkSync(target, join(dir, 'linked.spec.yaml'));
    const r = await runCli(['check', '--spec', join(dir, 'linked.spec.yaml'), '--out', out, '--skip-tools']);
    expect(expectOneLineIoError(r)).toContain('it is a symbolic link');
    expect(r.stdout + r.stderr).not.toContain(MARKER);
  });

  it('the hand-kept bootstrap glue copy as a link: reported, not followed', async () => {
    const { dir, spec, out } = repo();
    mkdirSync(join(dir, 'clusters/veil'), { recursive: true });
    symlinkSync(secretFile(), join(dir, 'clusters/veil/veil.yaml'));
    const r = await runCli(['check', '--spec', spec, '--out', out, '--skip-tools']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bootstrap glue: clusters/veil/veil.yaml is a symbolic link');
    expect(r.stdout).not.toContain(MARKER);
  });

  it('a file name that would forge a CI log line is printed with its control characters visible', async () => {
    const { spec, out } = repo();
    writeFileSync(join(out, 'docs/x\n::error file=veil.spec.yaml::forged\n.md'), `line\n\x1b[2Jcleared\n`);
    const gh = await runCli(['check', '--spec', spec, '--out', out, '--skip-tools', '--format', 'github']);
    expect(gh.code).toBe(1);
    expect(gh.stdout).not.toMatch(/^::error file=veil\.spec\.yaml::forged/m);
    expect(gh.stdout).toContain('docs/x\\x0a::error file=veil.spec.yaml::forged\\x0a.md');
    expect(gh.stdout).not.toContain('\x1b[2J');
    expect(gh.stdout).toContain('\\x1b[2Jcleared');
  });
});

describe('compile never follows, deletes through or writes through a link', () => {
  it('refuses links in a managed tree; --prune-unknown unlinks them and leaves their targets', async () => {
    const { dir, spec, out } = repo();
    const secret = secretFile();
    const folder = tempDir();
    writeFileSync(join(folder, 'keep.txt'), 'keep\n');
    unlinkSync(join(out, 'docs/DNS.md'));
    symlinkSync(secret, join(out, 'docs/DNS.md'));
    symlinkSync(folder, join(out, 'flux/linked-folder'));
    const before = listing(dir);
    const refused = await runCli(['compile', '--spec', spec, '--out', out]);
    expect(expectOneLineIoError(refused)).toContain('docs/DNS.md (a symbolic link)');
    expect(listing(dir)).toEqual(before);
    const pruned = await runCli(['compile', '--spec', spec, '--out', out, '--prune-unknown']);
    expect(pruned.code).toBe(0);
    expect(pruned.stdout + pruned.stderr).not.toContain(MARKER);
    expect(readFileSync(secret, 'utf8')).toContain(MARKER);
    expect(readFileSync(join(folder, 'keep.txt'), 'utf8')).toBe('keep\n');
    expect(existsSync(join(out, 'flux/linked-folder'))).toBe(false);
    expect(listTree(out).entries.filter((e) => e.kind !== 'file' && e.kind !== 'dir')).toEqual([]);
  });
});

describe('the tree primitives use lstat semantics', () => {
  it('readTreeSnapshot reports links and special files by kind and opens none', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'a\n');
    symlinkSync(secretFile(), join(dir, 'b.txt'));
    symlinkSync('/proc/self/environ', join(dir, 'c.txt'));
    symlinkSync(join(dir, 'loop'), join(dir, 'loop'));
    execFileSync('mkfifo', [join(dir, 'd.fifo')]);
    const snap = readTreeSnapshot(dir);
    expect(snap.entries).toEqual([
      { path: 'a.txt', kind: 'file', content: 'a\n' },
      { path: 'b.txt', kind: 'symlink' },
      { path: 'c.txt', kind: 'symlink' },
      { path: 'd.fifo', kind: 'fifo' },
      { path: 'loop', kind: 'symlink' },
    ]);
  });

  it('writeTree never writes through a link planted in the staging folder', () => {
    const dir = tempDir();
    const secret = secretFile();
    mkdirSync(join(dir, 'docs'));
    symlinkSync(secret, join(dir, 'docs/DNS.md'));
    expect(() => writeTree(dir, [{ path: 'docs/DNS.md', content: 'overwritten\n' }])).toThrow(/EEXIST/);
    expect(readFileSync(secret, 'utf8')).toContain(MARKER);
  });

  it('removeTree unlinks links and leaves their targets', () => {
    const dir = tempDir();
    const folder = tempDir();
    writeFileSync(join(folder, 'keep.txt'), 'keep\n');
    const secret = secretFile();
    mkdirSync(join(dir, 'sub'));
    symlinkSync(folder, join(dir, 'sub/folder-link'));
    symlinkSync(secret, join(dir, 'file-link'));
    removeTree(dir);
    expect(existsSync(dir)).toBe(false);
    expect(readFileSync(join(folder, 'keep.txt'), 'utf8')).toBe('keep\n');
    expect(readFileSync(secret, 'utf8')).toContain(MARKER);
    rmSync(folder, { recursive: true });
  });
});
