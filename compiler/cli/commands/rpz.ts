// `veilc rpz`: a hosts-format block list as the RPZ zone Unbound loads (conversion in ../rpz-command.ts).
import { runRpz } from '../rpz-command.ts';
import { specOption, type CliCommand } from '../program.ts';

export const rpzCommand: CliCommand = (program, ctx) => {
  const { io } = ctx;
  program.command('rpz')
    .description('convert a hosts-format block list (e.g. StevenBlack) into the RPZ zone the compiled Unbound config loads (run on the DNS host, see DNS.md)')
    .requiredOption('-l, --list <name>', 'the dns.filtering list this file is for')
    .option('-i, --in <file>', 'hosts file to read (default: stdin)')
    .option('-o, --out <file>', 'zone file to write atomically (default: stdout)')
    .option('--empty', 'write the zone with no entries: what the DNS host needs before the first download (Unbound will not start without it)')
    .addOption(specOption())
    .action(async (o: { list: string; in?: string; out?: string; spec: string; empty?: boolean }) => {
      ctx.exit = await runRpz(o, { stdout: io.stdout, stderr: io.stderr, stdin: process.stdin });
    });
};
