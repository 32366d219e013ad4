// `veilc init`: flags and prompts in ../init-command.ts.
import pkg from '../../../package.json' with { type: 'json' };
import { addInitCommand, runInit } from '../init-command.ts';
import { specOption, type CliCommand } from '../program.ts';

export const initCommand: CliCommand = (program, ctx) => {
  const { io } = ctx;
  addInitCommand(program, specOption(), async (o) => {
    ctx.exit = await runInit(o, { stdin: io.stdin ?? process.stdin, stdout: io.stdout, stderr: io.stderr }, pkg.version);
  });
};
