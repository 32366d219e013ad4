// `veilc compile`: validate, then write the compiled tree atomically, optionally verified by the external checkers.
import pkg from '../../../package.json' with { type: 'json' };
import { sortDiagnostics } from '../../diagnostics/diagnostic.ts';
import { toolFindings } from '../../gate/check-findings.ts';
import { gitPath } from '../../model/place.ts';
import { compileModel, hasDeny, validateSpec } from '../../pipeline.ts';
import { placeOutput } from '../../place/output-place.ts';
import { verifyOptions } from '../../verify/options.ts';
import type { ToolCheck } from '../../verify/tool-check.ts';
import { VERIFIERS } from '../../verify/verifiers.ts';
import { refuseOutTarget, writeOutAtomically, type WriteResult } from '../../write/write-out.ts';
import { toolLine } from '../check-report.ts';
import { EXIT, formatOption, outOption, specOption, toolOptions, type CliCommand } from '../program.ts';

class VerifyFailed extends Error {}

export const compileCommand: CliCommand = (program, ctx) => {
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
        await ctx.out({ ...base, notes: [...placed.notes, 'nothing written: the spec is denied'], summary: { written: 0 } });
        ctx.exit = EXIT.deny;
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
        await ctx.out({ ...base, diagnostics, specFile: o.spec, notes: [...placed.notes, ...tools, `nothing written: ${e.message} rejected the compiled tree`], summary: { written: 0, tools } });
        ctx.exit = EXIT.deny;
        return;
      }
      const notes = [...placed.notes, ...tools, `wrote ${files.length} files to ${o.out}/ (Flux paths from ${gitPath(placed.place.outDir)})`,
        ...written.pruned.map((p) => `pruned (--prune-unknown): ${p}`), ...written.cleaned.map((n) => `removed the leftover ${n} of an interrupted compile`)];
      if (written.leftBehind) notes.push(`could not remove the previous tree ${written.leftBehind}; the next compile removes it`);
      await ctx.out({ ...base, notes, summary: { written: files.length, out: o.out, outFromRepositoryRoot: placed.place.outDir, repository: placed.repository !== null, tools, pruned: written.pruned } });
    });
};
