// `veilc explain`: the derived facts in words, or drawn as SVG or HTML.
import { Option } from 'commander';
import pkg from '../../../package.json' with { type: 'json' };
import { UsageError } from '../../diagnostics/diagnostic.ts';
import { hasPicture, PICTURES, type PictureName } from '../../emit/pictures/emit-pictures.ts';
import { picturePageHtml, pictureSheetSvg } from '../../emit/pictures/sheet.ts';
import { hasDeny, validateSpec } from '../../pipeline.ts';
import { explain } from '../../report/explain.ts';
import { render } from '../../report/render.ts';
import { EXIT, specOption, type CliCommand } from '../program.ts';

export const explainCommand: CliCommand = (program, ctx) => {
  const { io } = ctx;
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
      ctx.exit = hasDeny(v.diagnostics) ? EXIT.deny : EXIT.ok;
    });
};
