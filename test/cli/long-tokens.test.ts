// A spec may hold a key, a value or a line of about a megabyte (the input cap
// is 1 MiB). Every report format stays small for it: each finding echoes at
// most a clipped path, message and a window of its line (compiler/text/clip.ts),
// while its line and column stay exact and it still names the key or value.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MAX_SPEC_BYTES } from '../../compiler/load/load-spec.ts';
import { FORMATS, type Format } from '../../compiler/report/render.ts';
import { CLIP } from '../../compiler/text/clip.ts';
import { VEIL_SPEC, writeTemp } from '../foundation/helpers.ts';
import { errorsOf, junitSchemaErrors, multitoolProblems, skipMultitool, skipXmllint } from '../report/consumers.ts';
import { runCli } from './run-cli.ts';

const veil = readFileSync(VEIL_SPEC, 'utf8');
/** Bytes of report a finding may take, in any format. */
const PER_FINDING = 20_000;

function edit(from: string, to: string): string {
  if (!veil.includes(from)) throw new Error(`veil.spec.yaml has no ${JSON.stringify(from)}`);
  return veil.replace(from, () => to);
}

/** 1-based line and column (UTF-16 code units) of the first `needle` in `text`. */
function at(text: string, needle: string): [number, number] {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`no ${needle.slice(0, 40)} in the spec`);
  const before = text.slice(0, i);
  return [before.split('\n').length, i - before.lastIndexOf('\n')];
}

interface Example {
  spec: string;
  /** The finding the example is about: its rule and where it must be reported. */
  rule: string;
  where: [number, number];
  /** Text that identifies the key or value in every format (clipped path or message). */
  names: string;
  /** Text of the line next to the finding that its window must show (not in github annotations, which carry no line). */
  window: string;
}

const KEY = `retention${'r'.repeat(1_000_000 - 'retention'.length)}`;
const DESCRIPTION = 'Lab cluster on three mini PCs; '.repeat(32_000);
const LABELS = Array.from({ length: 60_000 }, (_, i) => `zone${i}: rack`).join(', ');

function minified(): string {
  const spec = parse(veil) as { cluster: Record<string, unknown>; network: Record<string, unknown>; hosts: Record<string, unknown>[] };
  spec.cluster.description = 'x'.repeat(400_000);
  spec.hosts[0]![`alias${'a'.repeat(200_000)}`] = 'skaia-old';
  spec.network.gatewy = '192.168.0.1';
  return `${JSON.stringify(spec)}\n`;
}

const EXAMPLES: Record<string, () => Example> = {
  'a 1 MB key': () => {
    const spec = edit(/^cluster:\n {2}name: veil\n {2}description: .*\n/m.exec(veil)![0], `cluster: { name: veil, ${KEY}: 1 }\n`);
    return { spec, rule: 'VEIL-SCHEMA-001', where: at(spec, KEY), names: `cluster.${KEY.slice(0, CLIP.runHead)}… (${KEY.length} characters)`, window: 'cluster: { name: veil, retentionrrr' };
  },
  'a 1 MB description on its line': () => {
    const spec = edit('  description: Headless k3s', `  description: ${DESCRIPTION}Headless k3s`);
    return { spec, rule: 'VEIL-SCHEMA-006', where: at(spec, `${DESCRIPTION}Headless`), names: '`cluster.description` must NOT have more than 500 characters', window: '  description: Lab cluster on three' };
  },
  'a 1 MB line with the error at its end': () => {
    const spec = edit('  - name: meteor-1\n    address: 192.168.0.201                # example\n    role: server\n',
      `  - { name: meteor-1, address: 192.168.0.201, labels: { ${LABELS} }, role: boss }\n`);
    return { spec, rule: 'VEIL-SCHEMA-005', where: at(spec, 'boss }'), names: '`nodes[0].role` is "boss"', window: 'zone59999: rack }, role: boss }' };
  },
  'minified flow YAML on one line': () => {
    const spec = minified();
    return { spec, rule: 'VEIL-SCHEMA-001', where: at(spec, '"gatewy"'), names: 'unknown key `gatewy` in `network`', window: '"gatewy":"192.168.0.1"' };
  },
};

/** [rule, line, column] of every finding a report shows (junit: no rule, ''). */
function locations(format: Format, out: string): [string, number, number][] {
  switch (format) {
    case 'json':
      return (JSON.parse(out) as { findings: { rule: string; line: number; column: number }[] }).findings.map((f) => [f.rule, f.line, f.column]);
    case 'sarif':
      return (JSON.parse(out) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[] }[] })
        .runs[0]!.results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.region.startLine, r.locations[0]!.physicalLocation.region.startColumn]);
    case 'text':
      return [...out.matchAll(/^\S+:(\d+):(\d+) (?:deny|warn|waived) (VEIL-[A-Z]+-\d{3}) /gm)].map((m) => [m[3]!, Number(m[1]), Number(m[2])]);
    case 'github':
      return [...out.matchAll(/^::(?:error|warning) file=[^,]*,line=(\d+),col=(\d+),endLine=\d+,endColumn=\d+,title=(VEIL-[A-Z]+-\d{3})::/gm)].map((m) => [m[3]!, Number(m[1]), Number(m[2])]);
    case 'junit':
      // each finding is a line of a failure or system-out body: the first follows its tag
      return [...out.matchAll(/[^\s>]+:(\d+):(\d+) (?:deny|warn|waived) /g)].map((m) => ['', Number(m[1]), Number(m[2])]);
  }
}

describe.each(Object.entries(EXAMPLES))('%s', (_, make) => {
  const ex = make();
  const file = writeTemp(ex.spec);

  it('is a spec veilc reads (under the input cap), with the finding where the example puts it', async () => {
    expect(Buffer.byteLength(ex.spec)).toBeGreaterThan(400_000);
    expect(Buffer.byteLength(ex.spec)).toBeLessThanOrEqual(MAX_SPEC_BYTES);
    const json = JSON.parse((await runCli(['validate', '--spec', file, '--format', 'json'])).stdout) as { findings: { rule: string; line: number; column: number; excerpt?: string }[] };
    expect(json.findings.map((f) => [f.rule, f.line, f.column])).toContainEqual([ex.rule, ...ex.where]);
  });

  it.each(FORMATS.map((f) => [f]))('%s: bounded, exact line and column, and names the key or value', async (format) => {
    const r = await runCli(['validate', '--spec', file, '--format', format]);
    expect(r.code, r.stderr).toBe(1);
    const found = locations(format, r.stdout);
    expect(found.length).toBeGreaterThan(0);
    expect(r.stdout.length).toBeLessThan(PER_FINDING * found.length);
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThan(CLIP.text * 3);
    expect(found).toContainEqual([format === 'junit' ? '' : ex.rule, ...ex.where]);
    expect(r.stdout).toContain(ex.names.replace(/"/g, format === 'junit' ? '&quot;' : format === 'json' || format === 'sarif' ? '\\"' : '"'));
    if (format !== 'github') expect(r.stdout).toContain(JSON.stringify(ex.window).slice(1, -1).replace(/\\"/g, format === 'json' || format === 'sarif' ? '\\"' : format === 'junit' ? '&quot;' : '"'));
  });

  // the multitool is a 100 MB .NET binary: seconds per run
  it.skipIf(skipMultitool && skipXmllint)('the clipped SARIF and JUnit reports still pass their consumers\' validators', async () => {
    if (!skipMultitool) expect(errorsOf(multitoolProblems((await runCli(['validate', '--spec', file, '--format', 'sarif'])).stdout))).toEqual([]);
    if (!skipXmllint) expect(junitSchemaErrors((await runCli(['validate', '--spec', file, '--format', 'junit'])).stdout)).toBe('');
  }, 240_000);

  it('text: the caret stands under the finding in its window', async () => {
    const out = (await runCli(['validate', '--spec', file])).stdout;
    const [line, column] = ex.where;
    const block = out.split('\n\n').find((b) => b.includes(`:${line}:${column} deny ${ex.rule} `))!;
    const [, frame, caret] = block.split('\n');
    const under = frame!.slice(caret!.indexOf('^'));
    expect(under.slice(0, 6)).toBe(ex.spec.split('\n')[line - 1]!.slice(column - 1, column + 5));
  });
});
