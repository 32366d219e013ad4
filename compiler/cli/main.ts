// veilc: the command line. Parses flags, runs the pipeline, reports, and maps
// outcomes to exit codes: 0 clean or warnings only, 1 deny or drift, 2 usage or I/O.
import { Command, CommanderError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { SpecError, sortDiagnostics, UsageError } from '../diagnostics/diagnostic.ts';
import { NotImplementedError } from '../emit/output.ts';
import { runCheck } from '../gate/check.ts';
import { computePlan } from '../gate/plan.ts';
import { runTransition } from '../gate/transition.ts';
import { actionCounts, changeJson, changeLines, transitionHeader, transitionSummaryLine } from '../report/changes.ts';
import { jsonReport } from '../report/json.ts';
import { pickStyle } from '../report/text.ts';
import { TRANSITION_RULES, type Transition } from '../transition/transition.ts';
import { compileModel, hasDeny, validateSpec } from '../pipeline.ts';
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
import { checkNotes, checkSummary, junitChecks, toolLine } from './check-report.ts';
import { addInitCommand, runInit } from './init-command.ts';
import { runRpz } from './rpz-command.ts';

export const EXIT = { ok: 0, deny: 1, usage: 2 } as const;

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
  const out = (r: ReportInput) => io.stdout.write(render(format, r, io.stdout));

  const program = new Command('veilc')
    .description('Compile veil.spec.yaml into Flux manifests, Unbound zones and runbooks, after proving it with JSON Schema and Rego policies.')
    .version(pkg.version, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(run `veilc --help` for usage)')
    .hook('preAction', (_p, cmd) => { format = (cmd.opts() as { format?: Format }).format ?? 'text'; });

  program.command('validate')
    .description('check the spec against the schema and the policies; write nothing')
    .addOption(specOption()).addOption(outOption()).addOption(formatOption(true))
    .action(async (o: { spec: string; out: string }) => {
      const v = await validateSpec(o.spec, placeOutput(o.out, o.spec).place);
      out({ diagnostics: v.diagnostics, text: v.source.text, rulesEvaluated: v.rulesEvaluated, version: pkg.version });
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
      const base = { diagnostics: v.diagnostics, text: v.source.text, rulesEvaluated: v.rulesEvaluated, version: pkg.version, notes: placed.notes };
      if (hasDeny(v.diagnostics)) {
        out({ ...base, notes: [...placed.notes, 'nothing written: the spec is denied'], summary: { written: 0 } });
        exit = EXIT.deny;
        return;
      }
      const files = compileModel(v.model);
      const tools: string[] = [];
      let written: WriteResult;
      try {
        written = await writeOutAtomically(o.out, files, { spec: o.spec, pruneUnknown: !!o.pruneUnknown, beforeSwap: o.verify ? async (staging) => {
          const opts = verifyOptions(o);
          const failed: string[] = [];
          for (const verify of VERIFIERS) {
            const t = await verify(staging, opts);
            tools.push(toolLine(t));
            if (t.ran && !t.ok) failed.push(t.tool);
          }
          if (failed.length) throw new VerifyFailed(failed.join(', '));
        } : undefined });
      } catch (e) {
        if (!(e instanceof VerifyFailed)) throw e;
        out({ ...base, notes: [...placed.notes, ...tools, `nothing written: ${e.message} rejected the compiled tree`], summary: { written: 0, tools } });
        exit = EXIT.deny;
        return;
      }
      const notes = [...placed.notes, ...tools, `wrote ${files.length} files to ${o.out}/ (Flux paths from ${gitPath(placed.place.outDir)})`,
        ...written.pruned.map((p) => `pruned (--prune-unknown): ${p}`), ...written.cleaned.map((n) => `removed the leftover ${n} of an interrupted compile`)];
      if (written.leftBehind) notes.push(`could not remove the previous tree ${written.leftBehind}; the next compile removes it`);
      out({ ...base, notes, summary: { written: files.length, out: o.out, outFromRepositoryRoot: placed.place.outDir, repository: placed.repository !== null, tools, pruned: written.pruned } });
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
      // the transition is judged on a spec that passed its own rules (a denied spec compiles nothing)
      const t = o.base && r.files ? runTransition({ base: o.base, spec: o.spec, out: o.out }, r.validated, r.files) : null;
      const diagnostics = t ? sortDiagnostics([...r.diagnostics, ...t.diagnostics]) : r.diagnostics;
      out({
        diagnostics, text: r.validated.source.text, rulesEvaluated: t ? [...r.validated.rulesEvaluated, ...TRANSITION_RULES] : r.validated.rulesEvaluated, version: pkg.version,
        notes: [...r.placed.notes, ...checkNotes(r, o.out), ...(t ? transitionNotes(t, o.spec) : o.base ? [`transition from ${o.base}: not judged, the spec is denied`] : [])],
        summary: { ...checkSummary(r), ...(t ? { transition: transitionSummary(t) } : {}) }, checks: junitChecks(r),
      });
      exit = r.missingRequired.length ? EXIT.usage : hasDeny(diagnostics) || !r.passed ? EXIT.deny : EXIT.ok;
    });

  program.command('plan')
    .description('what compiling the spec would change in the output folder, by resource, runbook section and DNS record; with --base, how each change reaches the running cluster')
    .addOption(specOption()).addOption(outOption()).addOption(formatOption(true)).addOption(baseOption())
    .action(async (o: { spec: string; out: string; base?: string }) => {
      if (!o.base && format !== 'text' && format !== 'json') throw new UsageError(`plan --format ${format} needs --base`, 'without --base, plan prints text or json');
      const placed = placeOutput(o.out, o.spec);
      const v = await validateSpec(o.spec, placed.place);
      if (hasDeny(v.diagnostics)) {
        out({ diagnostics: v.diagnostics, text: v.source.text, rulesEvaluated: v.rulesEvaluated, version: pkg.version, notes: [...placed.notes, 'no plan: the spec is denied'] });
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
          io.stdout.write(`${JSON.stringify({ changes, ...jsonReport(diagnostics, { rulesEvaluated: rulesEvaluated.length, transition: transitionSummary(t) }) }, null, 2)}\n`);
        } else {
          const text = format === 'text';
          if (text) io.stdout.write(`${[transitionHeader(t, o.spec), ...changeLines(t, o.spec, pickStyle(io.stdout))].join('\n')}\n\n`);
          const notes = [...placed.notes, ...(text ? [...t.notes, `${transitionHeader(t, o.spec)}: ${transitionSummaryLine(t)}`] : transitionNotes(t, o.spec))];
          out({ diagnostics, text: v.source.text, rulesEvaluated, version: pkg.version, notes, summary: { transition: transitionSummary(t) } });
        }
        exit = hasDeny(diagnostics) ? EXIT.deny : EXIT.ok;
        return;
      }
      const committed = await readOutSnapshot(o.out);
      const plan = computePlan([...files, manifestFile(files, specFromTree(committed.target.abs, o.spec))], committed);
      if (format === 'json') { io.stdout.write(`${JSON.stringify(plan, null, 2)}\n`); return; }
      for (const n of placed.notes) io.stderr.write(`${n}\n`);
      const sign = { add: '+', change: '~', remove: '-' } as const;
      let lastFile = '';
      for (const c of plan.changes) {
        if (c.file !== lastFile) { io.stdout.write(`${o.out}/${c.file}\n`); lastFile = c.file; }
        io.stdout.write(`  ${sign[c.change]} ${c.item}\n`);
      }
      const n = plan.filesAdded.length + plan.filesChanged.length + plan.filesRemoved.length;
      io.stdout.write(n ? `${plan.changes.length} change(s) in ${n} file(s): ${plan.filesAdded.length} added, ${plan.filesChanged.length} changed, ${plan.filesRemoved.length} removed; run \`veilc compile${o.out === 'out' ? '' : ` --out ${o.out}`}\` to apply\n` : `${o.out}/ is up to date\n`);
    });

  program.command('explain')
    .description('print the derived facts: erasure sets, capacity, failure tolerance per drive and node, etcd quorum, the address plan')
    .addOption(specOption())
    .action(async (o: { spec: string }) => {
      const v = await validateSpec(o.spec);
      io.stdout.write(explain(v.model));
      if (v.diagnostics.length) {
        io.stdout.write('\n');
        out({ diagnostics: v.diagnostics, text: v.source.text, rulesEvaluated: v.rulesEvaluated, version: pkg.version });
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

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (e) {
    return handleError(e, io, format);
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

function handleError(e: unknown, io: Io, format: Format): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (e instanceof SpecError) {
    io.stdout.write(render(format, { diagnostics: e.diagnostics, text: e.text, rulesEvaluated: [], version: pkg.version, summary: { stoppedAt: 'load or schema' } }, io.stdout));
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
  // a file-system error no stage wrapped: still one line, never "internal error"
  const sysErr = fromSystemError(e);
  if (sysErr) {
    io.stderr.write(`veilc: ${sysErr.message}\n`);
    return EXIT.usage;
  }
  // a bug, not bad input: say so plainly; the stack only on request
  const err = e instanceof Error ? e : new Error(String(e));
  io.stderr.write(`veilc: internal error: ${err.message}\n${process.env.VEILC_DEBUG ? `${err.stack}\n` : 'set VEILC_DEBUG=1 for details\n'}`);
  return EXIT.usage;
}
