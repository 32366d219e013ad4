// One file veilc replaces on its own (`veilc rpz --out FILE`): like the output
// tree, only when nothing is there, when it is empty, or when it is a file
// veilc wrote (`isOurs` recognises it by its content). Never a link, a folder
// or someone else's file. Written beside the target, then renamed over it, so
// a reader never sees half a file.
import { closeSync, constants, fchmodSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { IoError, withIo } from './io-error.ts';
import { RefusedTarget } from './target.ts';
import { KIND_WORDS, kindOf, lstatOrNull, readRegularFile } from './tree.ts';

/** Replaces `file` with `content` atomically; throws RefusedTarget or IoError (exit 2), leaving the file as it was. */
export function replaceOwnedFile(file: string, content: string, isOurs: (text: string) => boolean, what: string): void {
  const st = withIo('write', file, () => lstatOrNull(file));
  if (st) {
    if (!st.isFile()) throw new RefusedTarget(file, `it is ${KIND_WORDS[kindOf(st)]}, not ${what}`, 'pass the path of the file to write');
    const text = withIo('read', file, () => readRegularFile(file));
    if (text === null || (text !== '' && !isOurs(text))) {
      throw new RefusedTarget(file, `it is not ${what}`, 'veilc replaces only files it wrote; move this one away, or pass another --out');
    }
  }
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
    try {
      fchmodSync(fd, 0o644);
      writeFileSync(fd, content);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new IoError('write', file, e);
  }
}
