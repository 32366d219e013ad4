// Starts the veilc process with some commands: what every bundle's entry runs
// (entry.ts with all of them, entries/<command>.ts with one).
import type { UsageError } from '../diagnostics/diagnostic.ts';
import { EXIT, runProgram, type CliCommand } from './program.ts';
import { descriptorOutput } from './stdio.ts';
import { mark, reportTimings } from '../timing.ts';

/** Runs the program on this process's arguments and sets its exit code; call once, after the modules have loaded. */
export function start(commands: readonly CliCommand[]): void {
  // everything before this call is Node.js start-up and module loading
  mark('startup+modules');
  // a write Node.js's stream reports failed (stdout on /dev/full): one line on stderr, exit 2
  let failedWrite = false;
  const failed = (e: UsageError) => {
    failedWrite = true;
    process.exitCode = EXIT.usage;
    io.stderr.write(`veilc: ${e.message}\n`);
  };
  const io = {
    stdout: descriptorOutput(1, () => process.stdout, failed),
    stderr: descriptorOutput(2, () => process.stderr, failed),
  };
  // no top-level await: the bundle is CommonJS, which Node.js compiles faster at start-up
  void runProgram(process.argv.slice(2), io, commands).then((code) => {
    process.exitCode = failedWrite ? Math.max(code, EXIT.usage) : code;
    reportTimings((text) => io.stderr.write(text));
  });
}
