// `veilc check`: the CI gate.
import pkg from '../../../package.json' with { type: 'json' };
import { sortDiagnostics, UsageError } from '../../diagnostics/diagnostic.ts';
import { runCheck } from '../../gate/check.ts';
import { checkFindings } from '../../gate/check-findings.ts';
import { runTransition } from '../../gate/transition.ts';
import { hasDeny } from '../../pipeline.ts';
import { CHECK_RULES } from '../../report/rule-catalog.ts';
import { TRANSITION_RULES } from '../../transition/transition.ts';
import { verifyOptions } from '../../verify/options.ts';
import { checkNotes, checkSummary, junitChecks } from '../check-report.ts';
import { baseOption, EXIT, formatOption, outOption, specOption, toolOptions, type CliCommand } from '../program.ts';
import { transitionNotes, transitionSummary } from '../transition-notes.ts';

export const checkCommand: CliCommand = (program, ctx) => {
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
      await ctx.out({
        diagnostics, text: r.validated.source.text, redact: r.validated.redact, specFile: o.spec, version: pkg.version,
        rulesEvaluated: [...r.validated.rulesEvaluated, ...(r.files ? CHECK_RULES : []), ...(t ? TRANSITION_RULES : [])],
        notes: [...r.placed.notes, ...checkNotes(r, o.out), ...(t ? transitionNotes(t, o.spec) : o.base ? [`transition from ${o.base}: not judged, the spec is denied`] : [])],
        summary: { ...checkSummary(r), ...(t ? { transition: transitionSummary(t) } : {}) }, checks: junitChecks(r),
      });
      ctx.exit = r.missingRequired.length ? EXIT.usage : hasDeny(diagnostics) || !r.passed ? EXIT.deny : EXIT.ok;
    });
};
