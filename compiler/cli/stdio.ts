// The process's standard output and error as the veilc command writes them.
// Node.js makes process.stdout a net.Socket when it is a pipe (what CI, editors
// and the benchmark give a command) and loads its net and stream modules for
// it: ~5 ms of every run that prints anything (README, "Benchmark"), for
// writes that are synchronous on Linux anyway. A pipe or a regular file is
// written here with write(2) on the descriptor itself; a terminal, or anything
// else, gets Node.js's own stream (it knows the terminal). Every byte is
// written, in order; while both are written here, what the run writes to
// stdout and to stderr reaches a pipe or file both share in the order the run
// wrote it (Node.js's streams interleaved them once a pipe was full).
//
// A reader that has gone (`veilc check | head`: EPIPE) is the reader's choice,
// not the run's failure: the rest of that output is dropped and the run goes
// on to its own exit code (a denied spec still exits 1 for `set -o pipefail`),
// its other output included.
import { fstatSync, writeSync } from 'node:fs';
import { UsageError } from '../diagnostics/diagnostic.ts';
import { describeCause } from '../write/io-error.ts';

/** What a command writes to: whole strings, in order. `isTTY` as Node.js's stream has it. */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY: boolean;
}

/** The system calls a descriptor writer uses (tests give others). */
export interface DescriptorIo {
  /** Whether `fd` is a pipe, a socket or a regular file (write(2) on it is all it takes). */
  plain(fd: number): boolean;
  /** write(2): bytes written, or throws (code EAGAIN, EPIPE, ...). */
  write(fd: number, bytes: Uint8Array, offset: number, length: number): number;
}

const SYSTEM: DescriptorIo = {
  plain(fd) {
    // Windows pipes are not what fstat says they are: there, Node.js's stream
    if (process.platform === 'win32') return false;
    try {
      const s = fstatSync(fd);
      return s.isFIFO() || s.isSocket() || s.isFile();
    } catch {
      return false;
    }
  },
  write: (fd, bytes, offset, length) => writeSync(fd, bytes, offset, length),
};

const NAMES: Record<number, string> = { 1: 'standard output', 2: 'standard error' };

/**
 * Standard output (`fd` 1) or error (2) for one run. `stream()` returns
 * Node.js's stream for the descriptor (process.stdout or process.stderr); it
 * is asked for only when the descriptor is not plain, or when a write would
 * block (EAGAIN: a non-blocking pipe whose reader is behind), and then takes
 * the rest and everything after, so nothing overtakes what it still holds.
 * When the reader has gone (EPIPE) the rest of the output is dropped. Any
 * other write error (a full disk: ENOSPC) drops the rest too and becomes a
 * UsageError naming the descriptor and the cause: thrown by the write(2)
 * that met it, and given to `failed` when Node.js's stream reports it (later,
 * as an event; a stack trace otherwise).
 */
export function descriptorOutput(fd: number, stream: () => NodeJS.WritableStream & { isTTY?: boolean }, failed: (e: UsageError) => void, io: DescriptorIo = SYSTEM): OutputStream {
  let plain: boolean | undefined;
  let fallback: (NodeJS.WritableStream & { isTTY?: boolean }) | undefined;
  let gone = false;
  const failure = (e: unknown) => new UsageError(`cannot write to ${NAMES[fd] ?? `descriptor ${fd}`}: ${describeCause(e)}`);
  const streamed = () => {
    const s = stream();
    s.on('error', (e: NodeJS.ErrnoException) => {
      // after an error the stream reports every later write as one more
      if (gone) return;
      gone = true;
      if (e.code !== 'EPIPE') failed(failure(e));
    });
    return s;
  };
  const direct = () => (plain ??= io.plain(fd)) && !fallback;
  return {
    get isTTY() {
      return direct() ? false : !!(fallback ??= streamed()).isTTY;
    },
    write(text: string) {
      if (gone) return true;
      if (!direct()) return (fallback ??= streamed()).write(text);
      const bytes = Buffer.from(text, 'utf8');
      let at = 0;
      while (at < bytes.length) {
        try {
          at += io.write(fd, bytes, at, bytes.length - at);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          // Node.js's stream waits for the reader; it takes the rest, and all later writes
          if (code === 'EAGAIN') return (fallback = streamed()).write(bytes.subarray(at));
          gone = true;
          if (code === 'EPIPE') return true;
          throw failure(e);
        }
      }
      return true;
    },
  };
}
