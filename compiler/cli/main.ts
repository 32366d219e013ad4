// veilc: the command line with every command (the frame is program.ts, each
// command is in commands/). The per-command bundles register one command
// each (scripts/bundle.mjs); this is what `--help` and the tests run.
import { checkCommand } from './commands/check.ts';
import { compileCommand } from './commands/compile.ts';
import { explainCommand } from './commands/explain.ts';
import { initCommand } from './commands/init.ts';
import { planCommand } from './commands/plan.ts';
import { rpzCommand } from './commands/rpz.ts';
import { validateCommand } from './commands/validate.ts';
import { runProgram, type CliCommand, type Io } from './program.ts';

export { DETAILED_EXIT, EXIT, type Io } from './program.ts';

/** Every command, in the order `veilc --help` lists them. */
export const COMMANDS: readonly CliCommand[] = [validateCommand, compileCommand, checkCommand, planCommand, explainCommand, initCommand, rpzCommand];

/** Runs veilc on `argv` (the arguments after the program name); resolves to the exit code. */
export function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  return runProgram(argv, io, COMMANDS);
}
