// `veilc ... | head` closes stdout early; that is the reader's choice, not an error.

/** Ends the run as it would have ended had its reader stayed: the exit code it has so far. */
export function exitQuietly(): never {
  process.exit(process.exitCode ?? 0);
}

/** `stream` (process.stdout or process.stderr), a closed reader (EPIPE) ending the run quietly. */
export function quietOnClosedPipe<S extends NodeJS.WritableStream>(stream: S): S {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') exitQuietly();
    throw e;
  });
  return stream;
}
