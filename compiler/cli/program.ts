// The command line's frame: the program, its shared options, the report
// writer and the mapping of outcomes to exit codes (0 clean or warnings only,
// 1 deny or drift, 2 usage or I/O). Each command lives in commands/ and is
// registered here by whoever runs the program: main.ts registers all of them,
// a per-command bundle (scripts/bundle.mjs) only its own, so that it loads
// nothing the command does not run.
import { Command, CommanderError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { SpecError, UsageError } from '../diagnostics/diagnostic.ts';
import { NotImplementedError } from '../emit/output.ts';
import { docsBaseOf } from '../report/sarif.ts';
import { safeText } from '../report/redact.ts';
import { FORMATS, render, type Format, type ReportInput } from '../report/render.ts';
import { fromSystemError } from '../write/io-error.ts';

export const EXIT = { ok: 0, deny: 1, usage: 2 } as const;
/**
 * `plan --detailed-exitcode`, terraform's convention: 0 succeeded with no
 * changes, 1 error, 2 succeeded with changes. veilc's deny (1) stays 1 and its
 * usage or I/O error (2) becomes 1, so 2 means only "changes".
 * https://developer.hashicorp.com/terraform/cli/commands/plan#detailed-exitcode
 */
export const DETAILED_EXIT = { none: 0, error: 1, changes: 2 } as const;

export interface Io { stdout: { write(s: string): unknown; isTTY?: boolean }; stderr: { write(s: string): unknown }; stdin?: NodeJS.ReadableStream & { isTTY?: boolean } }

/** What a command's action shares with the program: the streams, the report writer, the chosen format and the exit code to return. */
export interface CliContext {
  io: Io;
  /** Renders a report in the chosen format to stdout. */
  out(r: ReportInput): Promise<void>;
  readonly format: Format;
  exit: number;
}

/** Adds one command, with its flags and action, to the program. */
export type CliCommand = (program: Command, ctx: CliContext) => void;

export const collect = (v: string, prev: string[]) => [...prev, v];
export const specOption = () => new Option('-s, --spec <file>', 'the spec to read').default('veil.spec.yaml');
export const outOption = () => new Option('-o, --out <dir>', 'the compiled output folder').default('out');
export const formatOption = (all = false) => new Option('-f, --format <format>', 'report format').choices(all ? [...FORMATS] : ['text', 'json']).default('text');
export const baseOption = () => new Option('--base <rev>', 'judge the transition from the spec and out/ at this git revision (what is deployed), e.g. origin/main');
export const toolOptions = (cmd: Command) => cmd
  .option('--schema-location <template>', 'kubeconform schema location (repeatable); default: kubeconform\'s own, plus the public CRD catalog', collect, [])
  .option('--schemas-dir <dir>', 'offline schemas laid out like shared/schemas (env VEILC_SCHEMAS_DIR)')
  .option('--kubernetes-version <version>', 'Kubernetes version for kubeconform', '1.34.0');

/**
 * Runs veilc with `commands` registered (in that order, which is the order
 * `--help` lists them in) on `argv` (the arguments after the program name).
 * Resolves to the exit code; never throws.
 */
export async function runProgram(argv: string[], io: Io, commands: readonly CliCommand[]): Promise<number> {
  let format: Format = 'text';
  let command = '';
  const docsBase = docsBaseOf(pkg);
  const ctx: CliContext = {
    io,
    exit: EXIT.ok,
    get format() { return format; },
    out: async (r) => { io.stdout.write(await render(format, { command, ...(docsBase ? { docsBase } : {}), ...r }, io.stdout)); },
  };

  const program = new Command('veilc')
    .description('Compile veil.spec.yaml into Flux manifests, Unbound zones and runbooks, after proving it with JSON Schema and Rego policies.')
    .version(pkg.version, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run `veilc --help` for usage)')
    .hook('preAction', (_p, cmd) => { format = (cmd.opts() as { format?: Format }).format ?? 'text'; command = cmd.name(); });
  for (const add of commands) add(program, ctx);

  // known before parsing, so that a bad flag or an unreadable spec is 1 too
  const detailed = argv[0] === 'plan' && argv.includes('--detailed-exitcode');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ctx.exit;
  } catch (e) {
    const code = await handleError(e, io, format, command);
    return detailed && code === EXIT.usage ? DETAILED_EXIT.error : code;
  }
}

async function handleError(e: unknown, io: Io, format: Format, command: string): Promise<number> {
  if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (e instanceof SpecError) {
    io.stdout.write(await render(format, { command, diagnostics: e.diagnostics, text: e.text, redact: e.redact, rulesEvaluated: [], version: pkg.version, summary: { stoppedAt: 'load or schema' } }, io.stdout));
    return EXIT.deny;
  }
  if (e instanceof UsageError) {
    io.stderr.write(await safeText(`veilc: ${e.message}\n${e.hint ? `hint: ${e.hint}\n` : ''}`));
    return EXIT.usage;
  }
  if (e instanceof NotImplementedError) {
    io.stderr.write(`veilc: ${e.message}\n`);
    return EXIT.usage;
  }
  // a file-system error no stage wrapped: still one line, never "internal error"
  const sysErr = fromSystemError(e);
  if (sysErr) {
    io.stderr.write(`veilc: ${sysErr.message}\n`);
    return EXIT.usage;
  }
  // a bug, not bad input: say so plainly; the stack only on request
  const err = e instanceof Error ? e : new Error(String(e));
  // the message may quote the spec: it goes through the same redaction as a report
  io.stderr.write(await safeText(`veilc: internal error: ${err.message}\n${process.env.VEILC_DEBUG ? `${err.stack}\n` : 'set VEILC_DEBUG=1 for details\n'}`));
  return EXIT.usage;
}
