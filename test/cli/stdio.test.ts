// The command's standard output and error (compiler/cli/stdio.ts): write(2)
// on a pipe or a file, Node.js's stream for anything else or once a write
// would block. Here with a scripted descriptor; test/cli/stdio-process.test.ts
// runs the bundle on real pipes.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { descriptorOutput, type DescriptorIo } from '../../compiler/cli/stdio.ts';

const errno = (code: string) => Object.assign(new Error(`${code}: scripted`), { code });

/** A descriptor that takes at most `max` bytes per write(2) and then, scripted by call number, throws. */
function descriptor(plain: boolean, max = Infinity, fail: Record<number, string> = {}) {
  const written: number[] = [];
  let calls = 0;
  const io: DescriptorIo = {
    plain: vi.fn(() => plain),
    write(_fd, bytes, offset, length) {
      const code = fail[calls++];
      if (code) throw errno(code);
      const n = Math.min(length, max);
      written.push(...bytes.subarray(offset, offset + n));
      return n;
    },
  };
  return { io, bytes: () => Buffer.from(written).toString('utf8'), calls: () => calls };
}

/** Node.js's stream, as far as a writer sees it: `fail` makes it report an error, as Node.js's streams do, by an event. */
function stream(isTTY = false) {
  let text = '';
  const s = Object.assign(new EventEmitter(), { isTTY, write: vi.fn((t: string | Uint8Array) => { text += typeof t === 'string' ? t : Buffer.from(t).toString('utf8'); return true; }) });
  return { get: vi.fn(() => s as unknown as NodeJS.WritableStream & { isTTY?: boolean }), text: () => text, fail: (code: string) => s.emit('error', errno(code)) };
}

const unexpected = () => { throw new Error('no write should fail here'); };

describe('descriptorOutput', () => {
  it('writes every byte of a pipe\'s or file\'s text in order, through partial writes that split characters', () => {
    const d = descriptor(true, 3);
    const s = stream();
    const out = descriptorOutput(1, s.get, unexpected, d.io);
    const texts = ['veil.spec.yaml:1:1 deny ', 'naïve — ünïcödé 🧊 ', '', 'x'.repeat(1000), '\n'];
    for (const t of texts) out.write(t);
    expect(d.bytes()).toBe(texts.join(''));
    expect(out.isTTY).toBe(false);
    // Node.js's stream is never made for a plain descriptor
    expect(s.get).not.toHaveBeenCalled();
    // fstat once, not per write
    expect(d.io.plain).toHaveBeenCalledTimes(1);
  });

  it('hands the rest to Node.js\'s stream when a write would block, and everything after it too', () => {
    // the third write(2) finds the pipe full (a non-blocking pipe whose reader is behind)
    const d = descriptor(true, 4, { 2: 'EAGAIN' });
    const s = stream();
    const out = descriptorOutput(1, s.get, unexpected, d.io);
    out.write('0123456789abcdef');
    out.write('ghij');
    out.write('klm');
    // 8 bytes went by write(2), then the stream took the rest: nothing lost, nothing reordered
    expect(d.bytes()).toBe('01234567');
    expect(s.text()).toBe('89abcdefghijklm');
    expect(d.calls()).toBe(3);
    expect(s.get).toHaveBeenCalledTimes(1);
  });

  it('drops the rest of the output once the reader has gone (EPIPE), without an error: the run goes on', () => {
    const piped = descriptor(true, 2, { 1: 'EPIPE' });
    const s = stream();
    const out = descriptorOutput(1, s.get, unexpected, piped.io);
    expect(out.write('hello')).toBe(true);
    out.write('more');
    expect(piped.bytes()).toBe('he');
    // no write(2) after EPIPE, and no stream made for the rest
    expect(piped.calls()).toBe(2);
    expect(s.get).not.toHaveBeenCalled();
  });

  it('throws any other write error once, naming the descriptor and the cause, and drops what follows', () => {
    const full = descriptor(true, Infinity, { 0: 'ENOSPC' });
    const out = descriptorOutput(1, stream().get, unexpected, full.io);
    expect(() => out.write('x')).toThrow(expect.objectContaining({ name: 'UsageError', message: 'cannot write to standard output: no space left on the device (ENOSPC)' }));
    out.write('y');
    expect(full.calls()).toBe(1);
    expect(() => descriptorOutput(2, stream().get, unexpected, descriptor(true, Infinity, { 0: 'EIO' }).io).write('x')).toThrow(/^cannot write to standard error: input\/output error/);
  });

  it('after a write that would block, asks the stream whether it is a terminal', () => {
    const d = descriptor(true, Infinity, { 0: 'EAGAIN' });
    const s = stream(true);
    const out = descriptorOutput(1, s.get, unexpected, d.io);
    expect(out.isTTY).toBe(false);
    out.write('x');
    expect(out.isTTY).toBe(true);
    expect(s.text()).toBe('x');
  });

  it('gives what Node.js\'s stream reports failed (a terminal hung up, /dev/full) to `failed` once, and drops what follows; a reader gone is no failure', () => {
    const failed = vi.fn();
    const s = stream();
    const out = descriptorOutput(1, s.get, failed, descriptor(false).io);
    out.write('a');
    s.fail('ENOSPC');
    // the stream then reports every later write too
    s.fail('ERR_STREAM_DESTROYED');
    out.write('b');
    expect(failed).toHaveBeenCalledTimes(1);
    expect(failed.mock.calls[0]![0]).toMatchObject({ name: 'UsageError', message: 'cannot write to standard output: no space left on the device (ENOSPC)' });
    expect(s.text()).toBe('a');
    const piped = stream();
    const gone = descriptorOutput(2, piped.get, failed, descriptor(false).io);
    gone.write('a');
    piped.fail('EPIPE');
    gone.write('b');
    expect(failed).toHaveBeenCalledTimes(1);
    expect(piped.text()).toBe('a');
  });

  it('leaves anything but a pipe or a file (a terminal) to Node.js\'s stream, made on first use', () => {
    const d = descriptor(false);
    const s = stream(true);
    const out = descriptorOutput(2, s.get, unexpected, d.io);
    expect(s.get).not.toHaveBeenCalled();
    expect(out.isTTY).toBe(true);
    out.write('a');
    out.write('b');
    expect(s.text()).toBe('ab');
    expect(d.calls()).toBe(0);
    expect(s.get).toHaveBeenCalledTimes(1);
  });
});
