// `veilc ... | head` closes the pipe early; that is the reader's choice, not an error.

/**
 * `stream` (process.stdout or process.stderr) with its reader's leaving
 * ignored: Node.js reports EPIPE, and every later write to the destroyed
 * stream, as error events, which would otherwise end the process with a
 * stack trace. The run goes on to its own exit code (stdio.ts does the same
 * for the descriptors it writes itself). Other errors stay errors.
 */
export function ignoringGoneReader<S extends NodeJS.WritableStream>(stream: S): S {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') return;
    throw e;
  });
  return stream;
}
