// Issue 10, item 6: every file-system failure is one line
// `veilc: cannot <action> <path>: <cause in words> (<CODE>)`, exit 2, no stack
// trace, no "internal error", and nothing half-written: the previous out/ stays
// as it was and no staging folder is left. Provoked for real: a file where a
// folder is expected, a link loop, a mount point, a full and a read-only tmpfs
// (as root), an immutable folder (chattr), and a user without write access.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IoError, fromSystemError } from '../../compiler/write/io-error.ts';
import { runCli } from '../cli/run-cli.ts';
import { tempDir } from '../foundation/helpers.ts';
import { canMount, expectOneLineIoError, listing, mountTmpfs, OUT, repo, runBundle, umount, VEIL } from './helpers.ts';

const root = process.getuid?.() === 0;
const mountable = canMount();
const hasChattr = root && spawnSync('chattr', ['--help']).error === undefined;
const cleanups: (() => void)[] = [];
afterEach(() => { for (const c of cleanups.splice(0).reverse()) c(); });

describe('clear I/O errors from compile, check and plan', () => {
  it('ENOTDIR: a file where a folder is expected, in every command', async () => {
    const { dir, spec } = repo(false);
    writeFileSync(join(dir, 'file'), 'x\n');
    for (const out of ['file/out', 'file/sub/out']) {
      for (const cmd of ['compile', 'check', 'plan']) {
        const line = expectOneLineIoError(await runCli([cmd, '--spec', spec, '--out', join(dir, out), ...(cmd === 'check' ? ['--skip-tools'] : [])]));
        expect(line, `${cmd} ${out}`).toMatch(new RegExp(`^veilc: cannot \\w[\\w ]* ${dir}/${out}: a part of the path is a file, not a folder \\(ENOTDIR\\)$`));
      }
    }
  });

  it('ELOOP: a link loop on the way to --out', async () => {
    const { dir, spec } = repo(false);
    symlinkSync('loop', join(dir, 'loop'));
    for (const cmd of ['compile', 'check']) {
      const line = expectOneLineIoError(await runCli([cmd, '--spec', spec, '--out', join(dir, 'loop/out'), ...(cmd === 'check' ? ['--skip-tools'] : [])]));
      expect(line).toContain('too many symbolic links');
      expect(line).toContain('(ELOOP)');
    }
  });

  it('EEXIST: the lock name taken by a folder veilc did not make', async () => {
    const { dir, spec, out } = repo();
    mkdirSync(join(dir, '.out.lock'));
    const before = listing(dir);
    const line = expectOneLineIoError(await runCli(['compile', '--spec', spec, '--out', out]));
    expect(line).toMatch(/^veilc: cannot lock .*out: something already exists there \(EEXIST\)$/);
    expect(listing(dir)).toEqual(before);
  });

  it.skipIf(!mountable)('EBUSY: --out is a mount point (it cannot be renamed away)', async () => {
    const { dir, spec, out } = repo(false);
    mkdirSync(out);
    mountTmpfs(out, '1m');
    cleanups.push(() => umount(out));
    const line = expectOneLineIoError(await runCli(['compile', '--spec', spec, '--out', out]));
    expect(line).toMatch(/^veilc: cannot replace .*out: it is busy \(a mount point, or in use by another process\) \(EBUSY\)$/);
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['out', 'veil.spec.yaml']);
  });

  it.skipIf(!mountable)('ENOSPC: a full disk, before and while staging, keeps the previous out/ and leaves nothing behind', async () => {
    const disk = tempDir();
    mountTmpfs(disk, '512k');
    cleanups.push(() => umount(disk));
    writeFileSync(join(disk, 'veil.spec.yaml'), VEIL);
    cpSync(OUT, join(disk, 'out'), { recursive: true });
    const filler = join(disk, 'filler');
    spawnSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=4k'], { stdio: 'ignore' });
    const spec = join(disk, 'veil.spec.yaml'), out = join(disk, 'out');
    // full: not even the lock fits
    let before = listing(disk);
    expect(expectOneLineIoError(await runCli(['compile', '--spec', spec, '--out', out]))).toMatch(/^veilc: cannot lock .*: no space left on the device \(ENOSPC\)$/);
    expect(listing(disk)).toEqual(before);
    // 32 KiB free: the lock fits, the staged tree does not
    spawnSync('truncate', ['-s', '-32k', filler]);
    before = listing(disk);
    expect(expectOneLineIoError(await runCli(['compile', '--spec', spec, '--out', out]))).toMatch(/^veilc: cannot write .*out: no space left on the device \(ENOSPC\)$/);
    expect(listing(disk)).toEqual(before);
  });

  it.skipIf(!mountable)('EROFS: compile on a read-only file system touches nothing; check and plan still work there', async () => {
    const disk = tempDir();
    mountTmpfs(disk, '1m');
    cleanups.push(() => umount(disk));
    writeFileSync(join(disk, 'veil.spec.yaml'), VEIL);
    cpSync(OUT, join(disk, 'out'), { recursive: true });
    expect(spawnSync('mount', ['-o', 'remount,ro', disk]).status).toBe(0);
    const spec = join(disk, 'veil.spec.yaml'), out = join(disk, 'out');
    const line = expectOneLineIoError(await runCli(['compile', '--spec', spec, '--out', out]));
    expect(line).toContain('read-only file system (EROFS)');
    expect((await runCli(['check', '--spec', spec, '--out', out, '--skip-tools'])).code).toBe(0);
    expect((await runCli(['plan', '--spec', spec, '--out', out])).stdout).toContain('is up to date');
  });

  it.skipIf(!hasChattr)('EPERM: an immutable output folder cannot be replaced; it stays as it was', async () => {
    const { dir, spec, out } = repo();
    if (spawnSync('chattr', ['+i', out]).status !== 0) return; // a file system without the attribute (tmpfs, overlay)
    cleanups.push(() => spawnSync('chattr', ['-i', out]));
    const before = listing(dir);
    const line = expectOneLineIoError(await runCli(['compile', '--spec', spec, '--out', out]));
    expect(line).toMatch(/^veilc: cannot replace .*out: operation not permitted .*\(EPERM\)$/);
    expect(listing(dir)).toEqual(before);
  });

  it.skipIf(!root)('EACCES: a user without write access to the folder (the bundled CLI run as nobody)', async () => {
    const { dir, spec, out } = repo();
    chmodSync(dir, 0o755);
    const before = listing(dir);
    const r = await runBundle(['compile', '--spec', spec, '--out', out], { uid: 65534, gid: 65534 });
    expect(expectOneLineIoError(r)).toMatch(/^veilc: cannot lock .*out: permission denied \(EACCES\)$/);
    expect(listing(dir)).toEqual(before);
    // and a file the user may not read in out/: check says so in one line
    chmodSync(join(out, 'docs/DNS.md'), 0o600);
    const c = await runBundle(['check', '--spec', spec, '--out', out, '--skip-tools'], { uid: 65534, gid: 65534 });
    expect(expectOneLineIoError(c)).toMatch(/^veilc: cannot read .*out: permission denied \(EACCES\)$/);
  });
});

describe('the last line of defence', () => {
  it('a raw Node.js system error that escaped every stage still becomes one line (no "internal error")', () => {
    const raw = Object.assign(new Error("EISDIR: illegal operation on a directory, read"), { code: 'EISDIR', syscall: 'read', path: '/x/out' });
    const e = fromSystemError(raw);
    expect(e).toBeInstanceOf(IoError);
    expect(e!.message).toBe('cannot read /x/out: it is a folder, not a file (EISDIR)');
    expect(fromSystemError(new Error('a bug'))).toBeNull();
  });
});
