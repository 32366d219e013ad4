// `veilc rpz --out FILE` replaces only a zone `veilc rpz` wrote (or nothing,
// or an empty file): never a hand-kept zone, a downloaded RPZ list, a link or
// a folder. A refusal is exit 2, one line, and the file as it was.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPECS } from '../fixtures/fixtures.ts';
import { tempDir } from '../foundation/helpers.ts';
import { HOSTS_SAMPLE } from '../unbound/helpers.ts';
import { expectOneLineIoError, listing } from '../write/helpers.ts';
import { runCli } from './run-cli.ts';

const rpz = (out: string, ...more: string[]) => runCli(['rpz', '--list', 'stevenblack', '--spec', SPECS.veil, '--in', HOSTS_SAMPLE, '--out', out, ...more]);

describe('rpz --out', () => {
  it('writes a new file, fills an empty one, and replaces its own zone', async () => {
    const dir = tempDir();
    const file = join(dir, 'stevenblack.rpz.zone');
    expect((await rpz(file)).code).toBe(0);
    const first = readFileSync(file, 'utf8');
    expect((await rpz(file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(first);
    writeFileSync(join(dir, 'empty.zone'), '');
    expect((await rpz(join(dir, 'empty.zone'))).code).toBe(0);
    expect(readFileSync(join(dir, 'empty.zone'), 'utf8')).toBe(first);
    expect((await runCli(['rpz', '--list', 'stevenblack', '--spec', SPECS.veil, '--empty', '--out', file])).code).toBe(0);
    expect((await rpz(file)).code).toBe(0); // the empty zone is veilc's too
  });

  it('refuses a file veilc did not write, a link (even to its own zone) and a folder; each stays as it was', async () => {
    const dir = tempDir();
    const own = join(dir, 'own.zone');
    expect((await rpz(own)).code).toBe(0);
    writeFileSync(join(dir, 'hand.zone'), '$ORIGIN block.rpz.\n@ SOA localhost. root.localhost. 1 1 1 1 1\n');
    symlinkSync(own, join(dir, 'link.zone'));
    mkdirSync(join(dir, 'folder.zone'));
    const before = listing(dir);
    expect(expectOneLineIoError(await rpz(join(dir, 'hand.zone')))).toContain('it is not an RPZ zone `veilc rpz` wrote');
    expect(expectOneLineIoError(await rpz(join(dir, 'link.zone')))).toContain('it is a symbolic link');
    expect(expectOneLineIoError(await rpz(join(dir, 'folder.zone')))).toContain('it is a folder');
    expect(listing(dir)).toEqual(before);
  });

  it('an unwritable place is one line naming the file and the cause', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x\n');
    expect(expectOneLineIoError(await rpz(join(dir, 'file/z.zone')))).toMatch(/^veilc: cannot write .*file\/z\.zone: a part of the path is a file, not a folder \(ENOTDIR\)$/);
    expect(expectOneLineIoError(await rpz(join(dir, 'missing/z.zone')))).toMatch(/no such file or folder \(ENOENT\)$/);
    const fromFolder = await runCli(['rpz', '--list', 'stevenblack', '--spec', SPECS.veil, '--in', dir, '--out', join(dir, 'z.zone')]);
    expect(expectOneLineIoError(fromFolder)).toBe(`veilc: cannot read ${dir}: it is a folder, not a file (EISDIR)`);
  });
});
