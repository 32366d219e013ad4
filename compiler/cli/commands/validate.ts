// `veilc validate`: schema and policies, nothing written.
import pkg from '../../../package.json' with { type: 'json' };
import { hasDeny, validateSpec } from '../../pipeline.ts';
import { placeOutput } from '../../place/output-place.ts';
import { EXIT, formatOption, outOption, specOption, type CliCommand } from '../program.ts';

export const validateCommand: CliCommand = (program, ctx) => {
  program.command('validate')
    .description('check the spec against the schema and the policies; write nothing')
    .addOption(specOption()).addOption(outOption()).addOption(formatOption(true))
    .action(async (o: { spec: string; out: string }) => {
      const v = await validateSpec(o.spec, placeOutput(o.out, o.spec).place);
      await ctx.out({ diagnostics: v.diagnostics, text: v.source.text, redact: v.redact, rulesEvaluated: v.rulesEvaluated, version: pkg.version });
      ctx.exit = hasDeny(v.diagnostics) ? EXIT.deny : EXIT.ok;
    });
};
