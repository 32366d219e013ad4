// veilc: the command line. Parses flags, runs the pipeline, reports, and maps
// outcomes to exit codes: 0 clean or warnings only, 1 deny or drift, 2 usage or I/O.
import { Command, CommanderError, Option } from 'commander';
import { resolve } from 'node:path';
import { SpecError, UsageError, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { NotImplementedError } from '../emit/output.ts';
import { compileModel, hasDeny, validateSpec } from '../pipeline.ts';
import { toJsonReport } from '../report/json.ts';
import { formatDiagnostic, formatSummary, pickStyle } from '../report/text.ts';
import { writeOutAtomically } from '../write/write-out.ts';

export const EXIT = { ok: 0, deny: 1, usage: 2 } as const;

interface Io { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream }

type Format = 'text' | 'json';

function report(io: Io, format: Format, diags: Diagnostic[], text: string | undefined, summary: Record<string, unknown>): void {
  if (format === 'json') {
    io.stdout.write(toJsonReport(diags, summary));
    return;
  }
  const s = pickStyle(io.stdout);
  for (const d of diags) io.stdout.write(`${formatDiagnostic(d, text, s)}\n\n`);
  const rules = typeof summary.rulesEvaluated === 'number' ? summary.rulesEvaluated : undefined;
  io.stdout.write(`${formatSummary(diags, rules, s)}\n`);
}

const formatOption = () => new Option('-f, --format <format>', 'report format').choices(['text', 'json']).default('text');
const specOption = () => new Option('-s, --spec <file>', 'the spec to read').default('veil.spec.yaml');

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let exit: number = EXIT.ok;
  let format: Format = 'text';
  const program = new Command('veilc')
    .description('Compile veil.spec.yaml into Flux manifests, Unbound zones and runbooks, after proving it with JSON Schema and Rego policies.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run `veilc --help` for usage)')
    .hook('preAction', (_p, cmd) => { format = (cmd.opts() as { format?: Format }).format ?? 'text'; });

  program.command('validate')
    .description('check the spec against the schema and the policies; write nothing')
    .addOption(specOption()).addOption(formatOption())
    .action(async (o: { spec: string; format: Format }) => {
      const v = await validateSpec(o.spec);
      report(io, o.format, v.diagnostics, v.source.text, { rulesEvaluated: v.rulesEvaluated.length });
      exit = hasDeny(v.diagnostics) ? EXIT.deny : EXIT.ok;
    });

  program.command('compile')
    .description('validate, then write the compiled tree to the output folder (atomically)')
    .addOption(specOption()).addOption(formatOption())
    .option('-o, --out <dir>', 'output folder', 'out')
    .action(async (o: { spec: string; format: Format; out: string }) => {
      const v = await validateSpec(o.spec);
      if (hasDeny(v.diagnostics)) {
        report(io, o.format, v.diagnostics, v.source.text, { rulesEvaluated: v.rulesEvaluated.length, written: 0 });
        exit = EXIT.deny;
        return;
      }
      const files = compileModel(v.model);
      await writeOutAtomically(o.out, files);
      report(io, o.format, v.diagnostics, v.source.text, { rulesEvaluated: v.rulesEvaluated.length, written: files.length, out: resolve(o.out) });
      if (o.format === 'text') io.stdout.write(`wrote ${files.length} files to ${o.out}/\n`);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (e) {
    return handleError(e, io, format);
  }
}

function handleError(e: unknown, io: Io, format: Format): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (e instanceof SpecError) {
    report(io, format, e.diagnostics, e.text, { rulesEvaluated: 0, stoppedAt: 'load or schema' });
    return EXIT.deny;
  }
  if (e instanceof UsageError) {
    io.stderr.write(`veilc: ${e.message}\n${e.hint ? `hint: ${e.hint}\n` : ''}`);
    return EXIT.usage;
  }
  if (e instanceof NotImplementedError) {
    io.stderr.write(`veilc: ${e.message}\n`);
    return EXIT.usage;
  }
  // a bug, not bad input: say so plainly; the stack only on request
  const err = e instanceof Error ? e : new Error(String(e));
  io.stderr.write(`veilc: internal error: ${err.message}\n${process.env.VEILC_DEBUG ? `${err.stack}\n` : 'set VEILC_DEBUG=1 for details\n'}`);
  return EXIT.usage;
}
