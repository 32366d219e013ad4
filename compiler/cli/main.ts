// veilc: the command line. Parses flags, runs the pipeline, reports, and maps
// outcomes to exit codes: 0 clean or warnings only, 1 deny or drift, 2 usage or I/O.
import { Command, CommanderError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { SpecError, sortDiagnostics, UsageError } from '../diagnostics/diagnostic.ts';
import { NotImplementedError } from '../emit/output.ts';
import { runCheck } from '../gate/check.ts';
import { checkFindings, toolFindings } from '../gate/check-findings.ts';
import type { ToolCheck } from '../verify/tool-check.ts';
import { CHECK_RULES } from '../report/rule-catalog.ts';
import { docsBaseOf } from '../report/sarif.ts';
import { computePlan } from '../gate/plan.ts';
import { runTransition } from '../gate/transition.ts';
import { actionCounts, changeJson, changeLines, transitionHeader, transitionSummaryLine } from '../report/changes.ts';
import { pickStyle } from '../report/text.ts';
import { TRANSITION_RULES, type Transition } from '../transition/transition.ts';
import { compileModel, hasDeny, validateSpec } from '../pipeline.ts';
import { safeText } from '../report/redact.ts';
import { FORMATS, render, type Format, type ReportInput } from '../report/render.ts';
import { verifyOptions } from '../verify/options.ts';
import { VERIFIERS } from '../verify/verifiers.ts';
import { fromSystemError } from '../write/io-error.ts';
import { manifestFile, specFromTree } from '../write/manifest.ts';
import { readOutSnapshot } from '../write/snapshot.ts';
import { refuseOutTarget, writeOutAtomically, type WriteResult } from '../write/write-out.ts';
import { explain } from '../report/explain.ts';
import { gitPath } from '../model/place.ts';
import { placeOutput } from '../place/output-place.ts';
import { hasPicture, PICTURES, type PictureName } from '../emit/pictures/emit-pictures.ts';
import { picturePageHtml, pictureSheetSvg } from '../emit/pictures/sheet.ts';
import { planHasChanges, planLines, planSummary } from '../report/plan-text.ts';
import { checkNotes, checkSummary, junitChecks, toolLine } from './check-report.ts';
import { addInitCommand, runInit } from './init-command.ts';
import { runRpz } from './rpz-command.ts';

export const EXIT = { ok: 0, deny: 1, usage: 2 } as const;
/**
 * `plan --detailed-exitcode`, terraform's convention: 0 succeeded with no
 * changes, 1 error, 2 succeeded with changes. veilc's deny (1) stays 1 and its
 * usage or I/O error (2) becomes 1, so 2 means only "changes".
 * https://developer.hashicorp.com/terraform/cli/commands/plan#detailed-exitcode
 */
export const DETAILED_EXIT = { none: 0, error: 1, changes: 2 } as const;

export interface Io { stdout: { write(s: string): unknown; isTTY?: boolean }; stderr: { write(s: string): unknown }; stdin?: NodeJS.ReadableStream & { isTTY?: boolean } }

const collect = (v: string, prev: string[]) => [...prev, v];
const specOption = () => new Option('-s, --spec <file>', 'the spec to read').default('veil.spec.yaml');
const outOption = () => new Option('-o, --out <dir>', 'the compiled output folder').default('out');
const formatOption = (all = false) => new Option('-f, --format <format>', 'report format').choices(all ? [...FORMATS] : ['text', 'json']).default('text');
const baseOption = () => new Option('--base <rev>', 'judge the transition from the spec and out/ at this git revision (what is deployed), e.g. origin/main');
const toolOptions = (cmd: Command) => cmd
  .option('--schema-location <template>', 'kubeconform schema location (repeatable); default: kubeconform\'s own, plus the public CRD catalog', collect, [])
  .option('--schemas-dir <dir>', 'offline schemas laid out like shared/schemas (env VEILC_SCHEMAS_DIR)')
  .option('--kubernetes-version <version>', 'Kubernetes version for kubeconform', '1.34.0');

class VerifyFailed extends Error {}

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let exit: number = EXIT.ok;
  let format: Format = 'text';
  let command = '';
  const docsBase = docsBaseOf(pkg);
  const out = async (r: ReportInput) => { io.stdout.write(await render(format, { command, ...(docsBase ? { docsBase } : {}), ...r }, io.stdout)); };

  const program = new Command('veilc')
    .description('Compile veil.spec.yaml into Flux manifests, Unbound zones and runbooks, after proving it with JSON Schema and Rego policies.')
    .version(pkg.version, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run `veilc --help` for usage)')
    .hook('preAction', (_p, cmd) => { format = (cmd.opts() as { format?: Format }).format ?? 'text'; command = cmd.name(); });

  program.command('validate')
    .description('check the spec against the schema and the policies; write nothing')
    .addOption(specOption()).addOption(outOption()).addOption(formatOption(true))
    .action(async (o: { spec: string; out: string }) => {
      const v = await validateSpec(o.spec, placeOutput(o.out, o.spec).place);
      await out({ diagnostics: v.diagnostics, text: v.source.text, redact: v.redact, rulesEvaluated: v.rulesEvaluated, version: pkg.version });
      exit = hasDeny(v.diagnostics) ? EXIT.deny : EXIT.ok;
    });

  toolOptions(program.command('compile')
    .description('validate, then write the compiled tree to the output folder atomically (nothing is written when the spec is denied)')
    .addOption(specOption()).addOption(outOption()).addOption(formatOption())
    .option('--verify', 'run kubeconform, kustomize, unbound-checkconf, amtool and shellcheck on the compiled tree before it replaces the output folder')
    .option('--prune-unknown', 'delete entries of the output folder that its .veilc-manifest.json does not list (without it they stop the compile)'))
    .action(async (o: { spec: string; out: string; verify?: boolean; pruneUnknown?: boolean; schemaLocation: string[]; schemasDir?: string; kubernetesVersion: string }) => {
      refuseOutTarget(o.out, o.spec, !!o.pruneUnknown);
      const placed = placeOutput(o.out, o.spec);
      const v = await validateSpec(o.spec, placed.place);
      const base = { diagnostics: v.diagnostics, text: v.source.text, redact: v.redact, rulesEvaluated: v.rulesEvaluated, version: pkg.version, notes: placed.notes };
      if (hasDeny(v.diagnostics)) {
        await out({ ...base, notes: [...placed.notes, 'nothing written: the spec is denied'], summary: { written: 0 } });
        exit = EXIT.deny;
        return;
      }
      const files = compileModel(v.model);
      const tools: string[] = [];
      let written: WriteResult;
      const checks: ToolCheck[] = [];
      try {
        written = await writeOutAtomically(o.out, files, { spec: o.spec, pruneUnknown: !!o.pruneUnknown, beforeSwap: o.verify ? async (staging) => {
          const opts = verifyOptions(o);
          const failed: string[] = [];
          for (const verify of VERIFIERS) {
            const t = await verify(staging, opts);
            checks.push(t);
            tools.push(toolLine(t));
            if (t.ran && !t.ok) failed.push(t.tool);
          }
          if (failed.length) throw new VerifyFailed(failed.join(', '));
        } : undefined });
      } catch (e) {
        if (!(e instanceof VerifyFailed)) throw e;
        // a rejection is a finding (VEIL-CHECK-003), as in `check`, at the compiled file the checker names
        const diagnostics = sortDiagnostics([...v.diagnostics, ...toolFindings(checks, files, o.out, o.spec)]);
        await out({ ...base, diagnostics, specFile: o.spec, notes: [...placed.notes, ...tools, `nothing written: ${e.message} rejected the compiled tree`], summary: { written: 0, tools } });
        exit = EXIT.deny;
        return;
      }
      const notes = [...placed.notes, ...tools, `wrote ${files.length} files to ${o.out}/ (Flux paths from ${gitPath(placed.place.outDir)})`,
        ...written.pruned.map((p) => `pruned (--prune-unknown): ${p}`), ...written.cleaned.map((n) => `removed the leftover ${n} of an interrupted compile`)];
      if (written.leftBehind) notes.push(`could not remove the previous tree ${written.leftBehind}; the next compile removes it`);
      await out({ ...base, notes, summary: { written: files.length, out: o.out, outFromRepositoryRoot: placed.place.outDir, repository: placed.repository !== null, tools, pruned: written.pruned } });
    });

  toolOptions(program.command('check')
    .description('the CI gate: schema, policies, compile to a temporary folder, drift against the committed output, and the external checkers')
    .addOption(specOption()).addOption(outOption()).addOption(formatOption(true))
    .option('--require-tools', 'a checker that is not installed is an error, not a skip')
    .option('--skip-tools', 'do not run the external checkers (benchmarks, quick local runs)')
    .addOption(baseOption()))
    .action(async (o: { spec: string; out: string; base?: string; requireTools?: boolean; skipTools?: boolean; schemaLocation: string[]; schemasDir?: string; kubernetesVersion: string }) => {
      const r = await runCheck({ spec: o.spec, out: o.out, requireTools: !!o.requireTools, skipTools: !!o.skipTools, verify: verifyOptions(o) });
      if (r.validated.rulesEvaluated.length === 0) throw new UsageError('zero policy rules were evaluated: the policy bundle is broken', 'rebuild it with `bash scripts/build-policy.sh`');
      // drift, a stale glue copy and a checker's rejection are findings too: every format shows why the gate failed;
      // the transition is judged on a spec that passed its own rules (a denied spec compiles nothing)
      const t = o.base && r.files ? runTransition({ base: o.base, spec: o.spec, out: o.out }, r.validated, r.files) : null;
      const diagnostics = sortDiagnostics([...r.diagnostics, ...checkFindings(r, o.out, o.spec), ...(t ? t.diagnostics : [])]);
      await out({
        diagnostics, text: r.validated.source.text, redact: r.validated.redact, specFile: o.spec, version: pkg.version,
        rulesEvaluated: [...r.validated.rulesEvaluated, ...(r.files ? CHECK_RULES : []), ...(t ? TRANSITION_RULES : [])],
        notes: [...r.placed.notes, ...checkNotes(r, o.out), ...(t ? transitionNotes(t, o.spec) : o.base ? [`transition from ${o.base}: not judged, the spec is denied`] : [])],
        summary: { ...checkSummary(r), ...(t ? { transition: transitionSummary(t) } : {}) }, checks: junitChecks(r),
      });
      exit = r.missingRequired.length ? EXIT.usage : hasDeny(diagnostics) || !r.passed ? EXIT.deny : EXIT.ok;
    });

  program.command('plan')
    .description('what compiling the spec would change in the output folder, by resource, runbook section and DNS record, value by value; with --base, how each change reaches the running cluster')
    .addOption(specOption()).addOption(outOption()).addOption(formatOption(true)).addOption(baseOption())
    .option('--detailed-exitcode', 'exit 0 when nothing would change, 2 when something would, 1 on a denied spec or any error (terraform plan -detailed-exitcode)')
    .action(async (o: { spec: string; out: string; base?: string; detailedExitcode?: boolean }) => {
      if (!o.base && format !== 'text' && format !== 'json') throw new UsageError(`plan --format ${format} needs --base`, 'without --base, plan prints text or json');
      const placed = placeOutput(o.out, o.spec);
      const v = await validateSpec(o.spec, placed.place);
      const base = { diagnostics: v.diagnostics, text: v.source.text, redact: v.redact, specFile: o.spec, rulesEvaluated: v.rulesEvaluated, version: pkg.version };
      if (hasDeny(v.diagnostics)) {
        await out({ ...base, notes: [...placed.notes, 'no plan: the spec is denied'] });
        exit = EXIT.deny;
        return;
      }
      const files = compileModel(v.model);
      if (o.base) {
        const t = runTransition({ base: o.base, spec: o.spec, out: o.out }, v, files);
        const diagnostics = sortDiagnostics([...v.diagnostics, ...t.diagnostics]);
        const rulesEvaluated = [...v.rulesEvaluated, ...TRANSITION_RULES];
        if (format === 'json') {
          const changes = t.changes.map((c) => changeJson(c, v.source.file, o.out));
          const report = await render('json', { diagnostics, text: v.source.text, redact: v.redact, specFile: o.spec, rulesEvaluated, version: pkg.version, summary: { transition: transitionSummary(t) } }, io.stdout);
          io.stdout.write(`${JSON.stringify({ changes, ...JSON.parse(report) }, null, 2)}\n`);
        } else {
          const text = format === 'text';
          if (text) io.stdout.write(`${[transitionHeader(t, o.spec), ...changeLines(t, o.spec, pickStyle(io.stdout))].join('\n')}\n\n`);
          const notes = [...placed.notes, ...(text ? [...t.notes, `${transitionHeader(t, o.spec)}: ${transitionSummaryLine(t)}`] : transitionNotes(t, o.spec))];
          await out({ diagnostics, text: v.source.text, redact: v.redact, specFile: o.spec, rulesEvaluated, version: pkg.version, notes, summary: { transition: transitionSummary(t) } });
        }
        exit = hasDeny(diagnostics) ? EXIT.deny : o.detailedExitcode && t.changes.length ? DETAILED_EXIT.changes : EXIT.ok;
        return;
      }
      const committed = await readOutSnapshot(o.out);
      const plan = computePlan([...files, manifestFile(files, specFromTree(committed.target.abs, o.spec))], committed);
      if (format === 'json') {
        // the plan, then the findings and their summary as every json report has them
        // (through render: the findings are redacted like every report's)
        io.stdout.write(`${JSON.stringify({ ...plan, ...JSON.parse(await render('json', base, io.stdout)) }, null, 2)}\n`);
      } else {
        for (const n of placed.notes) io.stderr.write(`${n}\n`);
        await out({ ...base, notes: [...planLines(plan, o.out, pickStyle(io.stdout)), planSummary(plan, o.out, `veilc compile${o.out === 'out' ? '' : ` --out ${o.out}`}`)] });
      }
      exit = o.detailedExitcode && planHasChanges(plan) ? DETAILED_EXIT.changes : EXIT.ok;
    });

  program.command('explain')
    .description('print the derived facts: erasure sets, capacity, failure tolerance per drive and node, etcd quorum, the address plan; or draw them (--format svg|html)')
    .addOption(specOption())
    .addOption(new Option('-f, --format <format>', 'text: facts in words and tables; svg: the pictures as one SVG document; html: a page with the pictures').choices(['text', 'svg', 'html']).default('text'))
    .addOption(new Option('-p, --picture <name>', 'draw only this picture (repeatable; svg and html)').choices([...PICTURES]).argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v]))
    .action(async (o: { spec: string; format: 'text' | 'svg' | 'html'; picture?: PictureName[] }) => {
      const v = await validateSpec(o.spec);
      const drawn = o.format !== 'text';
      if (drawn) {
        const names = (o.picture ?? [...PICTURES]).filter((n) => hasPicture(n, v.model));
        if (!names.length) throw new UsageError(`the spec has nothing to draw as ${o.picture!.join(', ')}`, 'the erasure layout needs an objectStore section');
        io.stdout.write(o.format === 'svg' ? pictureSheetSvg(v.model, names) : picturePageHtml(v.model, names));
      } else {
        io.stdout.write(explain(v.model));
      }
      if (v.diagnostics.length) {
        // findings go beside a picture (stderr), never into it
        const report = await render('text', { diagnostics: v.diagnostics, text: v.source.text, redact: v.redact, rulesEvaluated: v.rulesEvaluated, version: pkg.version }, drawn ? {} : io.stdout);
        if (drawn) io.stderr.write(report);
        else io.stdout.write(`\n${report}`);
      }
      exit = hasDeny(v.diagnostics) ? EXIT.deny : EXIT.ok;
    });

  addInitCommand(program, specOption(), async (o) => {
    exit = await runInit(o, { stdin: io.stdin ?? process.stdin, stdout: io.stdout, stderr: io.stderr }, pkg.version);
  });

  program.command('rpz')
    .description('convert a hosts-format block list (e.g. StevenBlack) into the RPZ zone the compiled Unbound config loads (run on the DNS host, see DNS.md)')
    .requiredOption('-l, --list <name>', 'the dns.filtering list this file is for')
    .option('-i, --in <file>', 'hosts file to read (default: stdin)')
    .option('-o, --out <file>', 'zone file to write atomically (default: stdout)')
    .option('--empty', 'write the zone with no entries: what the DNS host needs before the first download (Unbound will not start without it)')
    .addOption(specOption())
    .action(async (o: { list: string; in?: string; out?: string; spec: string; empty?: boolean }) => {
      exit = await runRpz(o, { stdout: io.stdout, stderr: io.stderr, stdin: process.stdin });
    });

  // known before parsing, so that a bad flag or an unreadable spec is 1 too
  const detailed = argv[0] === 'plan' && argv.includes('--detailed-exitcode');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (e) {
    const code = await handleError(e, io, format, command);
    return detailed && code === EXIT.usage ? DETAILED_EXIT.error : code;
  }
}

function transitionSummary(t: Transition): Record<string, unknown> {
  return { base: t.base.rev, commit: t.base.commit, baseSpec: t.base.spec, baseTree: t.base.tree, changes: t.changes.length, actions: actionCounts(t) };
}

/** The transition in a few lines for notes: the forbidden and manual ones by name, the rest counted. */
function transitionNotes(t: Transition, specFile: string): string[] {
  const notes = [...t.notes];
  const heavy = t.changes.filter((c) => c.action === 'forbidden' || c.action === 'procedure');
  if (heavy.length) notes.push(...heavy.map((c) => `${c.action}: ${c.kind} ${c.namespace ? `${c.namespace}/` : ''}${c.name} (${specFile}:${c.line})`));
  notes.push(`${transitionHeader(t, specFile)}: ${transitionSummaryLine(t)}`);
  return notes;
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
