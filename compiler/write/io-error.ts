// File-system failures as one line a user can act on: what veilc tried, on
// which path, and the cause in words (exit 2, see cli/main.ts). The errno
// codes and their meanings are POSIX's (errno(3), Linux man-pages).
import { UsageError } from '../diagnostics/diagnostic.ts';
import { shownPath } from './shown-path.ts';

const CAUSES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted (an immutable or append-only file, or a missing privilege)',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EEXIST: 'something already exists there',
  ENOTEMPTY: 'the folder is not empty',
  ELOOP: 'too many symbolic links (a link loop, or a link where none is allowed)',
  EBUSY: 'it is busy (a mount point, or in use by another process)',
  ENOENT: 'no such file or folder',
  EXDEV: 'it is on another file system',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'input/output error (a failing disk or network file system)',
  EINVAL: 'invalid argument (a name or operation this file system does not allow)',
  EFBIG: 'the file is too large',
  ETXTBSY: 'the file is in use',
  EAGAIN: 'the resource is temporarily unavailable',
  EMSGSIZE: 'the message is too long for the socket',
};

/** The cause of a Node.js file-system error in words, with its errno code, e.g. `read-only file system (EROFS)`. */
export function describeCause(e: unknown): string {
  const code = errnoCode(e);
  if (code) return `${CAUSES[code] ?? 'file-system error'} (${code})`;
  return e instanceof Error ? e.message.split('\n')[0]! : String(e);
}

/** `EACCES` etc. when `e` is a Node.js system error, else undefined. */
export function errnoCode(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** The file system does not offer the operation (hard links, modes on vfat or some network mounts). */
export function isUnsupported(e: unknown): boolean {
  const code = errnoCode(e);
  return code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP';
}

/**
 * `veilc: cannot <action> <path>: <cause>` (exit 2). `action` is a verb phrase
 * ("write", "replace", "read", "lock"), `path` what the user named or what
 * veilc was working on, printed with control characters made visible.
 */
export class IoError extends UsageError {
  constructor(readonly action: string, readonly path: string, readonly error: unknown, hint?: string) {
    super(`cannot ${action} ${shownPath(path)}: ${describeCause(error)}`, hint);
    this.name = 'IoError';
  }
}

/** Runs `fn`; a file-system error becomes an IoError for `action` on `path`. Other errors pass through. */
export function withIo<T>(action: string, path: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof UsageError || !errnoCode(e)) throw e;
    throw new IoError(action, path, e);
  }
}

const SYSCALL_ACTIONS: Record<string, string> = {
  open: 'open', read: 'read', write: 'write', mkdir: 'create the folder', mkdtemp: 'create a folder in',
  rename: 'rename', unlink: 'remove', rmdir: 'remove the folder', rm: 'remove', scandir: 'list the folder',
  lstat: 'look at', stat: 'look at', realpath: 'resolve', chmod: 'set permissions of', link: 'link',
  copyfile: 'copy', access: 'access', symlink: 'create a link at', readlink: 'read the link',
};

/** An IoError from a raw Node.js system error that escaped its caller (the CLI's last line of defence), or null. */
export function fromSystemError(e: unknown): IoError | null {
  if (e instanceof UsageError || !errnoCode(e)) return null;
  const err = e as NodeJS.ErrnoException;
  const action = SYSCALL_ACTIONS[err.syscall ?? ''] ?? 'access';
  return new IoError(action, err.path ?? '(unknown path)', err);
}
