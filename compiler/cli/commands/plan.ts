// `veilc plan`: what a compile would change in the output folder; with --base, how each change reaches the cluster.
import pkg from '../../../package.json' with { type: 'json' };
import { sortDiagnostics, UsageError } from '../../diagnostics/diagnostic.ts';
import { computePlan } from '../../gate/plan.ts';
import { runTransition } from '../../gate/transition.ts';
import { compileModel, hasDeny, validateSpec } from '../../pipeline.ts';
import { placeOutput } from '../../place/output-place.ts';
import { changeJson, changeLines, transitionHeader, transitionSummaryLine } from '../../report/changes.ts';
import { planHasChanges, planLines, planSummary } from '../../report/plan-text.ts';
import { render } from '../../report/render.ts';
import { pickStyle } from '../../report/text.ts';
import { TRANSITION_RULES } from '../../transition/transition.ts';
import { manifestFile, specFromTree } from '../../write/manifest.ts';
import { readOutSnapshot } from '../../write/snapshot.ts';
import { baseOption, DETAILED_EXIT, EXIT, formatOption, outOption, specOption, type CliCommand } from '../program.ts';
import { transitionNotes, transitionSummary } from '../transition-notes.ts';

export const planCommand: CliCommand = (program, ctx) => {
  const { io } = ctx;
  program.command('plan')
    .description('what compiling the spec would change in the output folder, by resource, runbook section and DNS record, value by value; with --base, how each change reaches the running cluster')
    .addOption(specOption()).addOption(outOption()).addOption(formatOption(true)).addOption(baseOption())
    .option('--detailed-exitcode', 'exit 0 when nothing would change, 2 when something would, 1 on a denied spec or any error (terraform plan -detailed-exitcode)')
    .action(async (o: { spec: string; out: string; base?: string; detailedExitcode?: boolean }) => {
      const format = ctx.format;
      if (!o.base && format !== 'text' && format !== 'json') throw new UsageError(`plan --format ${format} needs --base`, 'without --base, plan prints text or json');
      const placed = placeOutput(o.out, o.spec);
      const v = await validateSpec(o.spec, placed.place);
      const base = { diagnostics: v.diagnostics, text: v.source.text, redact: v.redact, specFile: o.spec, rulesEvaluated: v.rulesEvaluated, version: pkg.version };
      if (hasDeny(v.diagnostics)) {
        await ctx.out({ ...base, notes: [...placed.notes, 'no plan: the spec is denied'] });
        ctx.exit = EXIT.deny;
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
          await ctx.out({ diagnostics, text: v.source.text, redact: v.redact, specFile: o.spec, rulesEvaluated, version: pkg.version, notes, summary: { transition: transitionSummary(t) } });
        }
        ctx.exit = hasDeny(diagnostics) ? EXIT.deny : o.detailedExitcode && t.changes.length ? DETAILED_EXIT.changes : EXIT.ok;
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
        await ctx.out({ ...base, notes: [...planLines(plan, o.out, pickStyle(io.stdout)), planSummary(plan, o.out, `veilc compile${o.out === 'out' ? '' : ` --out ${o.out}`}`)] });
      }
      ctx.exit = o.detailedExitcode && planHasChanges(plan) ? DETAILED_EXIT.changes : EXIT.ok;
    });
};
