// Starts the veilc process with some commands: what every bundle's entry runs
// (entry.ts with all of them, entries/<command>.ts with one).
import { ignoringGoneReader } from './pipe.ts';
import { runProgram, type CliCommand } from './program.ts';
import { descriptorOutput } from './stdio.ts';
import { mark, reportTimings } from '../timing.ts';

/** Runs the program on this process's arguments and sets its exit code; call once, after the modules have loaded. */
export function start(commands: readonly CliCommand[]): void {
  // everything before this call is Node.js start-up and module loading
  mark('startup+modules');
  const io = {
    stdout: descriptorOutput(1, () => ignoringGoneReader(process.stdout)),
    stderr: descriptorOutput(2, () => ignoringGoneReader(process.stderr)),
  };
  // no top-level await: the bundle is CommonJS, which Node.js compiles faster at start-up
  void runProgram(process.argv.slice(2), io, commands).then((code) => {
    process.exitCode = code;
    reportTimings((text) => io.stderr.write(text));
  });
}
